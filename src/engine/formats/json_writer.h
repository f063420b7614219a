// The riposte/1 JSON contract (see ARCHITECTURE.md): byte spans become Unicode code point offsets here
// and nowhere else.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "engine/document/document.h"

namespace riposte {

inline constexpr const char* kSchema = "riposte/1";

nlohmann::json to_json(const Document& doc);
// Compact (indent -1) output is written directly, byte-identical to to_json(doc).dump() but without the tree.
std::string to_json_string(const Document& doc, int indent = -1);
// Appends the compact JSON of `doc` to `out`; with `id`, the document carries that "id" member (the CLI's JSONL
// lines), as if to_json(doc)["id"] = *id had been dumped.
void append_json(std::string& out, const Document& doc, const nlohmann::json* id = nullptr);
// The same with the "id" member's value given as compact JSON (`id_json`; empty: no "id"), as the CLI has it.
void append_json(std::string& out, const Document& doc, std::string_view id_json);
// Appends `s` as a JSON string, escaped exactly as nlohmann::json's dump() does (UTF-8 kept, not \u-escaped).
void append_json_string(std::string& out, std::string_view s);
// The index of the first byte at or after `from` that a JSON string cannot hold as it is (below 0x20, '"', '\\') or
// that starts a multi-byte UTF-8 sequence (>= 0x80), or s.size(): what writers and readers of JSON strings skip
// 8 bytes at a time.
size_t json_plain_run(std::string_view s, size_t from);

}  // namespace riposte
