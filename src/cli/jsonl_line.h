// One input line of `riposte annotate --jsonl`: {"id": ..., "text": "..."} -> the text, and the id as the JSON
// riposte writes back. A fast scanner reads the common lines without building a JSON tree (parsing with
// nlohmann::json cost a sixth of the CLI's time); any line it is not sure of goes through nlohmann::json, so what is
// accepted, refused and written back is exactly what nlohmann's parser and dump() give.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace riposte::cli {

struct InputLine {
  std::string text;     // the "text" member, decoded (UTF-8)
  std::string id_json;  // the "id" member in compact JSON (nlohmann's dump), or the line number when there is none
  std::string problem;  // non-empty: why the line cannot be annotated ("not valid JSON", ...); text is then empty
};

// Parses `line` (without its newline) into `out`, reusing its buffers. `line_no` is the id of a line without one.
void parse_input_line(std::string_view line, size_t line_no, InputLine& out);

// The same through nlohmann::json only (the reference the fast scanner must agree with; tests compare the two).
void parse_input_line_reference(std::string_view line, size_t line_no, InputLine& out);

}  // namespace riposte::cli
