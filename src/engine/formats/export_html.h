// The annotated article as one self-contained HTML page, for reading, printing, screen readers and pasting into a
// CMS: no script, no external resource (inline CSS and SVG; a Content-Security-Policy that forbids scripts in
// case anything slipped through). It holds the article with mentions tinted in their actor's colour and claim
// cues marked (▲ accusation, ○ rebuttal, + support, colour and glyph), footnote-style numbers after each cue
// linking to its entry in the claims list, a rebuttal's "↩ n" links to the accusations it answers, the actors
// by side, the claims, a diagram of who accuses whom between sides, and the provenance.
//
// Everything taken from the document (text, names, ids, colours, title, URL) is untrusted: it is escaped as text
// (& < > " '), colours are used only when they are #rrggbb, a URL becomes a link only when it is http(s), and
// nothing from the document is ever written inside <style> or a script context.
#pragma once
#include <string>
#include <string_view>

#include "engine/document/document.h"
#include "engine/formats/export_provenance.h"

namespace riposte {

std::string to_annotated_html(const Document& doc, const ExportOptions& options);

// Text escaped for HTML element content and double- or single-quoted attribute values.
std::string html_escape(std::string_view text);

}  // namespace riposte
