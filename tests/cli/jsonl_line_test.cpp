#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cli/jsonl_line.h"

using riposte::cli::InputLine;
using riposte::cli::parse_input_line;
using riposte::cli::parse_input_line_reference;

namespace {

// The fast scanner and nlohmann::json must agree on every line: same text, same id bytes, same problem.
void agree(const std::string& line, size_t line_no = 7) {
  InputLine fast, reference;
  parse_input_line(line, line_no, fast);
  parse_input_line_reference(line, line_no, reference);
  INFO("line: " << line);
  CHECK(fast.problem == reference.problem);
  CHECK(fast.id_json == reference.id_json);
  CHECK(fast.text == reference.text);
}

}  // namespace

TEST_CASE("jsonl_line: the usual lines are read without nlohmann and give what nlohmann gives") {
  InputLine line;
  parse_input_line(R"({"id": "bbc/001", "text": "China \"accused\" the US.\nThey denied it."})", 3, line);
  CHECK(line.problem.empty());
  CHECK(line.id_json == R"("bbc/001")");
  CHECK(line.text == "China \"accused\" the US.\nThey denied it.");
  for (const std::string s : {
           R"({"id": "a", "text": "One."})",
           R"({"text": "no id"})",
           R"(  {"text":"x","id":42}  )",
           R"({"id": -17, "text": "negative id"})",
           R"({"id": 0, "text": "zero"})",
           R"({"id": "caf\u00e9 \ud83d\ude00 \/ \t", "text": "escapes \u00e9\u4e2d\ud83d\ude00 \b\f\r"})",
           "{\"id\": \"caf\xC3\xA9\", \"text\": \"raw UTF-8 \xE2\x80\x9Cquotes\xE2\x80\x9D\"}",
           R"({"meta": {"a": [1, 2.5e3, -0.5, true, false, null, {"b": "c"}]}, "text": "other members", "n": 1E-3})",
           R"({"id": "x", "text": ""})",
           "{\"text\": \"crlf\"}\r",
       })
    agree(s);
}

TEST_CASE("jsonl_line: what the scanner is unsure of goes to nlohmann, which decides as before") {
  for (const std::string s : {
           "not json",
           "",
           "[1, 2]",
           "\"a string\"",
           "{}",
           R"({"id": "x"})",
           R"({"text": 5})",
           R"({"text": null, "id": 3})",
           R"({"id": 1.5, "text": "float id"})",
           R"({"id": 1e3, "text": "exponent id"})",
           R"({"id": -0, "text": "minus zero id"})",
           R"({"id": 123456789012345678901234, "text": "huge id"})",
           R"({"id": 18446744073709551615, "text": "uint64 id"})",
           R"({"id": [1, "two"], "text": "array id"})",
           R"({"id": {"k": 1}, "text": "object id"})",
           R"({"id": true, "text": "bool id"})",
           R"({"id": null, "text": "null id"})",
           R"({"te\u0078t": "escaped key"})",
           R"({"text": "a", "text": "duplicate text"})",
           R"({"id": 1, "id": 2, "text": "duplicate id"})",
           R"({"text": "lone surrogate \ud800"})",
           R"({"text": "low surrogate first \udc00"})",
           R"({"text": "bad escape \x"})",
           "{\"text\": \"control \x01 char\"}",
           "{\"text\": \"invalid UTF-8 \xC3\"}",
           "{\"text\": \"overlong \xC0\xAF\"}",
           R"({"text": "trailing"} x)",
           R"({"text": "unterminated)",
           R"({"text": "missing brace")",
           R"({"text": "x",})",
           R"({"a": 01, "text": "leading zero"})",
           R"({"a": [1,], "text": "trailing comma"})",
           R"({"a": tru, "text": "bad literal"})",
           R"({"a": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]], "text": "deep"})",
       })
    agree(s);
}

TEST_CASE("jsonl_line: a line without an id takes its line number") {
  InputLine line;
  parse_input_line(R"({"text": "x"})", 12, line);
  CHECK(line.id_json == "12");
  parse_input_line("not json", 13, line);
  CHECK(line.id_json == "13");
  CHECK(line.problem == "not valid JSON");
}
