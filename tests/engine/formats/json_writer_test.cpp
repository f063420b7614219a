#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/formats/json_writer.h"
#include "engine/text/utf8.h"

using namespace riposte;

namespace {

// A document with one actor and a mention over `needle` (first occurrence) in `text`.
Document doc_with_mention(const std::string& text, const std::string& needle) {
  Document d;
  d.text = repair_utf8(text).text;
  Actor a;
  a.id = "a1";
  a.name = needle;
  d.actors.push_back(a);
  const auto at = d.text.find(needle);
  REQUIRE(at != std::string::npos);
  d.mentions.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())}, 0, "test"});
  return d;
}

// The code point range of the first mention, checked against the JSON text itself.
std::pair<int, int> mention_range(const nlohmann::json& j) {
  return {j["mentions"][0]["start"].get<int>(), j["mentions"][0]["end"].get<int>()};
}

std::u32string as_u32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, i));
  return out;
}

}  // namespace

TEST_CASE("JSON offsets are code points: ASCII") {
  auto j = to_json(doc_with_mention("China accused the US.", "US"));
  CHECK(j["schema"] == "riposte/1");
  CHECK(mention_range(j) == std::pair{18, 20});
}

TEST_CASE("JSON offsets are code points: curly quotes before the mention") {
  const std::string text = "\xE2\x80\x9CIrrational\xE2\x80\x9D accusations by the United States";
  auto j = to_json(doc_with_mention(text, "United States"));
  auto [s, e] = mention_range(j);
  auto u = as_u32(j["text"].get<std::string>());
  CHECK(s == 32);  // “Irrational” (12) + " accusations by the " (20)
  CHECK(u.substr(s, e - s) == U"United States");
}

TEST_CASE("JSON offsets are code points: emoji outside the BMP count once") {
  const std::string text = "\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1 Beijing hit back";
  auto j = to_json(doc_with_mention(text, "Beijing"));
  CHECK(mention_range(j) == std::pair{3, 10});
}

TEST_CASE("JSON offsets are code points of the repaired text: invalid UTF-8") {
  // Two invalid bytes become two U+FFFD (one code point each, three bytes each in the repaired text).
  const std::string text = "\xFF\xFE Moscow denied it";
  auto d = doc_with_mention(text, "Moscow");
  auto j = to_json(d);
  CHECK(mention_range(j) == std::pair{3, 9});
  CHECK(j["text"].get<std::string>().substr(0, 6) == "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("JSON document carries every contract field") {
  Document d = doc_with_mention("NATO blamed Russia.", "NATO");
  d.actors.push_back({"a2", "Russia", ActorKind::State, -1, "RUS", "#112233", {}});
  d.actors[0].affiliation = -1;
  d.claims.push_back({"c1", ClaimKind::Accusation, 0, 1, -1, {5, 11}, {0, 18}, -0.6, "112", "ACCUSE"});
  d.claims.push_back({"c2", ClaimKind::Rebuttal, 1, 0, 0, {5, 11}, {0, 18}, -0.4, "125", "REJECT"});
  d.stance.push_back({0, 1, -0.6, {0}});
  auto j = to_json(d);
  for (const char* k : {"schema", "engine", "text", "actors", "mentions", "claims", "stance"}) CHECK(j.contains(k));
  CHECK(j["actors"][1]["kind"] == "state");
  CHECK(j["actors"][1]["affiliation"].is_null());
  CHECK(j["claims"][0]["kind"] == "accusation");
  CHECK(j["claims"][0]["rebuts"].is_null());
  CHECK(j["claims"][1]["rebuts"] == "c1");
  CHECK(j["claims"][1]["source"] == "a2");
  CHECK(j["claims"][0]["content"] == nlohmann::json::array({0, 18}));
  CHECK(j["stance"][0]["claims"] == nlohmann::json::array({"c1"}));
  CHECK(j["stance"][0]["from"] == "a1");
}

TEST_CASE("annotating empty and whitespace-only text gives an empty, valid document") {
  Annotator engine;
  for (const char* text : {"", "   \n\t  \n"}) {
    auto j = to_json(engine.annotate(text));
    CHECK(j["mentions"].empty());
    CHECK(j["claims"].empty());
    CHECK(j["text"] == text);
  }
}

TEST_CASE("JSON writes the optional human flags, actor code and provenance only when set") {
  Document d = doc_with_mention("NATO blamed Russia.", "NATO");
  auto plain = to_json(d);
  CHECK_FALSE(plain.contains("provenance"));
  CHECK_FALSE(plain["actors"][0].contains("human"));
  CHECK_FALSE(plain["actors"][0].contains("code"));
  CHECK(plain["engine"] == std::string(kEngineVersion));
  d.actors[0].human = true;
  d.actors[0].code = "NATO";
  d.mentions[0].human = true;
  d.provenance = {"riposte-engine 0.0.9", "2026-11-27T14:05:00Z", "A title", ""};
  auto j = to_json(d);
  CHECK(j["actors"][0]["human"] == true);
  CHECK(j["actors"][0]["code"] == "NATO");
  CHECK(j["mentions"][0]["human"] == true);
  CHECK(j["engine"] == "riposte-engine 0.0.9");
  CHECK(j["provenance"] == nlohmann::json{{"annotated", "2026-11-27T14:05:00Z"}, {"title", "A title"}});
}

// The compact string is written directly (no nlohmann tree); it must stay the tree's dump byte for byte.
namespace {
std::string tree_dump(const Document& d) {
  return to_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}
}  // namespace

TEST_CASE("compact JSON written directly equals the nlohmann tree's dump: escapes, flags, scores, provenance") {
  Document d =
      doc_with_mention(std::string("Tab\there \"quoted\" back\\slash \x01\x1f\x7f caf\xc3\xa9 \xf0\x9f\x98\x80 ") +
                           "line\nbreak\r\f\b China",
                       "China");
  d.actors[0].code = "CHN";
  d.actors[0].human = true;
  d.actors[0].explanation = {"gazetteer", "w\"ord"};
  d.actors.push_back(Actor{"a2", "B\\", ActorKind::Person, 0, "", "#123456", {}, false});
  d.mentions[0].human = true;
  Claim c1{"c1", ClaimKind::Accusation, 0, 1, -1, {0, 3}, {4, 9}, -0.8333333, "112", "ACCUSE", true};
  Claim c2{"c2", ClaimKind::Rebuttal, 1, 7, 0, {10, 12}, {0, 0}, 1.0, "", "", false};
  Claim c3{"c3", ClaimKind::Support, -1, 0, 5, {1, 2}, {1, 2}, 0.0005, "0", "x", false};
  d.claims = {c1, c2, c3};
  d.stance.push_back({0, 1, -0.25, {0, 1, 9, -1}});
  d.stance.push_back({1, 3, 0.0, {}});
  d.repaired_sequences = 2;
  CHECK(to_json_string(d) == tree_dump(d));
  d.provenance.title = "T\u00e9";
  CHECK(to_json_string(d) == tree_dump(d));
  d.provenance.annotated = "2026-11-27T14:05:00Z";
  d.provenance.url = "https://example.org/?a=\"b\"";
  d.provenance.engine = "other 1.0";
  CHECK(to_json_string(d) == tree_dump(d));
  // Human edits ("edits", between "diagnostics" and "engine"), with escapes in the names.
  d.edits.push_back(edit::RenameActor{"B\\", "new \"name\"\n"});
  d.edits.push_back(edit::AddMention{{3, 7}, "caf\xc3\xa9", ActorKind::Place});
  CHECK(to_json_string(d) == tree_dump(d));
  // Invalid UTF-8 in a field (the engine never makes it; an imported document could) follows nlohmann's replace.
  d.actors[1].name = "bad \xc3\x28 \xed\xa0\x80 \xff end";
  CHECK(to_json_string(d) == tree_dump(d));
  // With an id, as the CLI's JSONL lines.
  auto with_id = to_json(d);
  with_id["id"] = "doc-7";
  std::string out;
  const nlohmann::json id = "doc-7";
  append_json(out, d, &id);
  CHECK(out == with_id.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

TEST_CASE("compact JSON written directly equals the nlohmann tree's dump on annotated articles") {
  const Annotator engine;
  const char* texts[] = {
      "",
      "China's Foreign Ministry spokesman Zhao Lijian said on Monday that the US accusations were \"groundless\".\n\n"
      "The United States accused Beijing of hacking. \u201cThis is a smear,\u201d Mr Zhao said.",
      "Tory leader Michael Howard attacked Labour. Mr Blunkett rejected the claims as \u201cnonsense\u201d.",
  };
  for (const char* t : texts) {
    const Document d = engine.annotate(t);
    CHECK(to_json_string(d) == tree_dump(d));
  }
}

TEST_CASE("append_json_string escapes as nlohmann does, at every position of an 8-byte block") {
  const std::string specials[] = {
      "\"",   "\\",           "\n", "\t", "\x01", "\x1f", "\x7f", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\xA1",
      "\xC3", "\xED\xA0\x80", " ",  "/"};
  for (const std::string& special : specials)
    for (size_t before = 0; before < 17; ++before) {
      const std::string s = std::string(before, 'a') + special + std::string(9, 'b');
      std::string out = "x";
      append_json_string(out, s);
      INFO("special " << nlohmann::json(special).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace)
                      << " after " << before);
      CHECK(out == "x" + nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
}

TEST_CASE("append_json with an id given as JSON equals the nlohmann-id form") {
  const Document d = doc_with_mention("China accused the US.", "US");
  const nlohmann::json id = "bbc/001";
  std::string a, b;
  append_json(a, d, &id);
  append_json(b, d, std::string_view(R"("bbc/001")"));
  CHECK(a == b);
  auto j = to_json(d);
  j["id"] = id;
  CHECK(a == j.dump());
}

TEST_CASE("json_plain_run stops at the first byte that needs escaping or checking, wherever it lies in a word") {
  // Eight bytes at a time: the first flagged byte of a word must be the first special one, also when special bytes
  // follow it (a borrow flags bytes above a special one) and when plain bytes sit next to the limits.
  const auto naive = [](std::string_view s, size_t i) {
    while (i < s.size()) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
      ++i;
    }
    return i;
  };
  const std::string specials[] = {"\"",       "\\",   std::string(1, '\0'),     "\x01",    "\x1F", "\x80",
                                  "\xC3\xA9", "\xFF", std::string("\0\x01", 2), "\x1F\"\\"};
  const std::string plains =
      " !#[]^_`{}~\x7F"
      "az09";
  for (const std::string& special : specials)
    for (size_t at = 0; at < 20; ++at)
      for (char fill : plains) {
        std::string s(at, fill);
        s += special;
        s += std::string(9, fill);
        for (size_t from = 0; from <= at; from += 3) {
          CAPTURE(at);
          CAPTURE(from);
          CHECK(riposte::json_plain_run(s, from) == naive(s, from));
        }
      }
  CHECK(riposte::json_plain_run(std::string(30, 'x'), 0) == 30);
}
