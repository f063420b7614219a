// W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): an
// AnnotationCollection whose one AnnotationPage holds an Annotation per mention (motivation
// "identifying": which actor) and per claim (motivation "classifying": accusation, rebuttal or
// support, with source, target and the accusation rebutted). Every target carries a
// TextQuoteSelector (exact, and up to 32 code points of prefix and suffix) and a TextPositionSelector
// (code points), so Hypothesis-style tools can anchor them even in a re-rendered copy of the article.
// The target's source is the article URL when known, else a urn:riposte: name derived from the text;
// the title, when known, is in the collection's label.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "engine/document/document.h"
#include "engine/formats/export_provenance.h"

namespace riposte {

inline constexpr int kQuoteContext = 32;  // code points of prefix and suffix, as Hypothesis records

nlohmann::json to_web_annotation(const Document& doc, const ExportOptions& options);
std::string to_web_annotation_string(const Document& doc, const ExportOptions& options, int indent = 1);

}  // namespace riposte
