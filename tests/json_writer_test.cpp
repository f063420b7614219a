#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/json_writer.h"
#include "engine/utf8.h"

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
