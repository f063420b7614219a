// Reads a riposte/1 JSON document (what json_writer writes: code point offsets) back into a Document
// (byte spans). The input is untrusted (share links, files people edited): it is parsed without
// exceptions and every field is checked (ids unique, offsets inside the text, references to existing
// actors and claims, known kinds, no affiliation cycle); the first problem is returned as an error
// value and no partial document escapes.
//
// Lossless: to_json(import(to_json(doc))) == to_json(doc), human edits ("edits", edit_json.h) included. Tokens,
// sentences and quotes are not part of the format; they are recomputed from the text so that the document can be edited
// and re-annotated like a fresh one.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string_view>

#include "engine/document/document.h"
#include "engine/result.h"

namespace riposte {

// Parses `json_text` (UTF-8) and imports it. Never throws (except std::bad_alloc).
Result<Document> document_from_json(std::string_view json_text);
// Imports an already parsed value. Never throws (except std::bad_alloc).
Result<Document> document_from_json_value(const nlohmann::json& j);

// True when `s` looks like a JSON document rather than article text: its first character other than
// white space or a byte-order mark is '{'. The CLI uses it to choose between import and annotation.
bool looks_like_json_document(std::string_view s);

}  // namespace riposte
