// A compact binary form of an annotated Document, for handing the engine's result from the page's
// Web Worker to the page's main thread: decoding it is a few memcpy-like passes, where parsing the
// riposte/1 JSON of a 5 MB article would block the main thread for a long time.
// Tokens are not carried (the view does not need them; document_from_json and reannotate recompute them);
// everything else is, human flags, provenance and edits included, so that an autosave restores exactly.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "engine/document/document.h"

namespace riposte {

std::string encode_document(const Document& doc);
// Returns nullopt on any malformed, truncated or inconsistent input (spans outside the text,
// indices outside their tables); never throws.
std::optional<Document> decode_document(std::string_view bytes);

}  // namespace riposte
