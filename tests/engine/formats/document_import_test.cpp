#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/formats/document_import.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"

using namespace riposte;
using nlohmann::json;

namespace {

// Curly quotes, an emoji and a non-Latin name before the spans, so code points and bytes differ.
Document import_sample() {
  Document d;
  d.text = "\xE2\x80\x9CLies,\xE2\x80\x9D said \xE5\xBC\xA0\xE4\xB8\x89 \xF0\x9F\x98\xA1 of China; NATO denied it.";
  auto span_of = [&](std::string_view needle) {
    const auto at = static_cast<uint32_t>(d.text.find(needle));
    return Span{at, at + static_cast<uint32_t>(needle.size())};
  };
  d.actors = {{"a1", "\xE5\xBC\xA0\xE4\xB8\x89", ActorKind::Person, 1, "", "#0072b2", {"title+name"}},
              {"a2", "China", ActorKind::State, -1, "CHN", "#d55e00", {"gazetteer:country"}},
              {"a3", "NATO", ActorKind::Organisation, -1, "NATO", "#009e73", {}, true}};
  d.mentions = {{span_of("\xE5\xBC\xA0\xE4\xB8\x89"), 0, "name"},
                {span_of("China"), 1, "gazetteer"},
                {span_of("NATO"), 2, "human", true}};
  d.claims = {
      {"c1", ClaimKind::Accusation, 0, 2, -1, span_of("Lies"), span_of("Lies,"), -0.7, "112", "ACCUSE"},
      {"c2", ClaimKind::Rebuttal, 2, 0, 0, span_of("denied"), span_of("denied it"), -0.25, "125", "REJECT", true}};
  d.stance = {{0, 2, -0.7, {0}}, {2, 0, -0.25, {1}}};
  d.provenance = {"riposte-engine 0.0.1", "2026-11-27T14:05:00Z", "A \"title\"", "https://example.org/a?b=1#c"};
  d.tokens = tokenize(d.text);  // the diagnostics count sentences and quotes
  d.sentences = split_sentences(d.text, d.tokens);
  d.quotes = find_quotes(d.text, d.tokens);
  return d;
}

json sample_json() { return to_json(import_sample()); }

// Imports `j` and expects the one-line error to contain `needle`.
void expect_error(const json& j, const std::string& needle) {
  auto r = document_from_json(j.dump());
  REQUIRE_FALSE(r.ok());
  CHECK_MESSAGE(r.error().find(needle) != std::string::npos, r.error());
  CHECK(r.error().find('\n') == std::string::npos);
}

}  // namespace

TEST_CASE("import: a full document round-trips losslessly") {
  const json j = sample_json();
  auto r = document_from_json(j.dump());
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(to_json(r.value()) == j);
  CHECK(to_json_string(r.value()) == j.dump());
  // Back in byte spans, with references resolved to indices.
  const Document& d = r.value();
  const Document want = import_sample();
  REQUIRE(d.mentions.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(d.mentions[i].span == want.mentions[i].span);
  CHECK(d.claims[1].rebuts == 0);
  CHECK(d.claims[1].cue == want.claims[1].cue);
  CHECK(d.claims[1].content == want.claims[1].content);
  CHECK(d.claims[1].human);
  CHECK(d.actors[0].affiliation == 1);
  CHECK(d.actors[2].human);
  CHECK(d.provenance.url == "https://example.org/a?b=1#c");
  CHECK(d.provenance.engine == "riposte-engine 0.0.1");
  CHECK_FALSE(d.tokens.empty());  // recomputed, so the page can edit it like a fresh annotation
}

TEST_CASE("import: every dev article round-trips, as annotated by the engine and as gold") {
  const Annotator engine;
  for (const auto& article : testing::dev_articles()) {
    CAPTURE(article.id);
    for (const Document& doc : {engine.annotate(article.text), testing::gold_document(article)}) {
      const std::string once = to_json_string(doc);
      auto r = document_from_json(once);
      REQUIRE_MESSAGE(r.ok(), r.error());
      CHECK(r.value().text == doc.text);
      CHECK_MESSAGE(to_json_string(r.value()) == once, "round trip differs");
    }
  }
}

TEST_CASE("import: minimal documents and optional fields") {
  auto r = document_from_json(R"({"schema": "riposte/1", "text": ""})");
  REQUIRE(r.ok());
  CHECK(r.value().text.empty());
  CHECK(r.value().actors.empty());
  // A hand-written file: no colour, no content (defaults to the cue), mentions out of order (sorted).
  r = document_from_json(R"({"schema": "riposte/1", "text": "Iran blamed Israel.",
      "actors": [{"id": "x", "name": "Iran", "kind": "state"}, {"id": "y", "name": "Israel", "kind": "state"}],
      "mentions": [{"start": 12, "end": 18, "actor": "y"}, {"start": 0, "end": 4, "actor": "x"}],
      "claims": [{"id": "k", "kind": "accusation", "source": "x", "target": "y", "start": 5, "end": 11}]})");
  REQUIRE_MESSAGE(r.ok(), r.error());
  CHECK(r.value().mentions[0].span == Span{0, 4});
  CHECK(r.value().mentions[1].span == Span{12, 18});
  CHECK(r.value().claims[0].content == Span{5, 11});
  CHECK(r.value().claims[0].rebuts == -1);
  CHECK(looks_like_json_document("\xEF\xBB\xBF \n{\"schema\""));
  CHECK_FALSE(looks_like_json_document("China said {x}"));
  CHECK_FALSE(looks_like_json_document("   "));
}

TEST_CASE("import: untrusted input gives one clear error and no document") {
  CHECK(document_from_json("").error() == "not valid JSON");
  CHECK(document_from_json("{\"schema\": \"riposte/1\", \"text\": \"x\"").error() == "not valid JSON");
  CHECK_FALSE(document_from_json("[1, 2]").ok());
  CHECK_FALSE(document_from_json("{\"schema\": \"riposte/1\", \"text\": \"\\ud800\"}").ok());  // lone surrogate

  json j = sample_json();
  j["schema"] = "riposte/2";
  expect_error(j, "unsupported schema \"riposte/2\"");
  j = sample_json();
  j.erase("text");
  expect_error(j, "missing \"text\"");
  j = sample_json();
  j["actors"][1]["id"] = "a1";
  expect_error(j, "actors[1].id: duplicate id \"a1\"");
  j = sample_json();
  j["actors"][0]["id"] = "";
  expect_error(j, "empty id");
  j = sample_json();
  j["actors"][0]["kind"] = "alien";
  expect_error(j, "unknown actor kind \"alien\"");
  j = sample_json();
  j["actors"][0]["affiliation"] = "a9";
  expect_error(j, "actors[0].affiliation: no actor with id \"a9\"");
  j = sample_json();
  j["actors"][1]["affiliation"] = "a1";  // a1 -> a2 -> a1
  expect_error(j, "affiliation cycle");
  j = sample_json();
  j["actors"][0]["affiliation"] = "a1";
  expect_error(j, "own affiliation");
  j = sample_json();
  j["actors"][0]["color"] = "red";
  expect_error(j, "colour");
  j = sample_json();
  j["mentions"][0]["end"] = 100000;
  expect_error(j, "mentions[0].end: offset 100000 is past the end of the text");
  j = sample_json();
  j["mentions"][0]["start"] = -1;
  expect_error(j, "negative offset");
  j = sample_json();
  j["mentions"][0]["start"] = 2.5;
  expect_error(j, "not an integer offset");
  j = sample_json();
  j["mentions"][0]["start"] = 30;
  j["mentions"][0]["end"] = 29;
  expect_error(j, "end is before start");
  j = sample_json();
  j["mentions"][0]["actor"] = "nobody";
  expect_error(j, "no actor with id \"nobody\"");
  j = sample_json();
  j["mentions"][0].erase("actor");
  expect_error(j, "missing \"actor\"");
  j = sample_json();
  j["claims"][0]["kind"] = "insult";
  expect_error(j, "unknown claim kind");
  j = sample_json();
  j["claims"][1]["rebuts"] = "c7";
  expect_error(j, "claims[1].rebuts: no claim with id \"c7\"");
  j = sample_json();
  j["claims"][1]["rebuts"] = "c2";
  expect_error(j, "cannot rebut itself");
  j = sample_json();
  j["claims"][0]["score"] = -3;
  expect_error(j, "not in [-1, 1]");
  j = sample_json();
  j["claims"][0]["content"] = {1};
  expect_error(j, "claims[0].content: not a [start, end] pair");
  j = sample_json();
  j["claims"][0]["human"] = "yes";
  expect_error(j, "not true or false");
  j = sample_json();
  j["stance"][0]["claims"] = {"c9"};
  expect_error(j, "stance[0].claims[0]: no claim with id \"c9\"");
  j = sample_json();
  j["mentions"][0]["actor"] = nullptr;  // found by json_import_fuzz
  expect_error(j, "mentions[0].actor: a mention must name an actor");
  j = sample_json();
  j["mentions"][0]["end"] = j["mentions"][0]["start"];  // found by json_import_fuzz
  expect_error(j, "mentions[0]: a mention must cover at least one character");
  j = sample_json();
  j["stance"][0]["from"] = nullptr;
  expect_error(j, "stance[0]: a stance edge needs both");
  j = sample_json();
  j["mentions"] = "none";
  expect_error(j, "mentions: not an array");
  j = sample_json();
  j["provenance"] = 3;
  expect_error(j, "provenance: not an object");
}

TEST_CASE("import: the json overload rejects text that is not UTF-8") {
  json j = sample_json();
  j["text"] = std::string("caf\xC3");
  auto r = document_from_json_value(j);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "text: not valid UTF-8");
}
