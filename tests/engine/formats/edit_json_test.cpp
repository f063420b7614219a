#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/formats/document_import.h"
#include "engine/formats/edit_json.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"
#include "support/document_builder.h"

using namespace riposte;
using nlohmann::json;

namespace {

// Curly quotes and an emoji early on, so code points and bytes differ.
const std::string kText = "\xE2\x80\x9CLies\xE2\x80\x9D \xF0\x9F\x98\xA1 said China; NATO denied it.";

Span span_of(std::string_view needle) { return testing::find_span(kText, needle); }

// One edit of every kind (the values need not apply to any document: edits are history).
std::vector<Edit> every_kind() {
  const ClaimRef acc{span_of("Lies"), ClaimKind::Accusation, "China", "NATO"};
  const ClaimRef reb{span_of("denied"), ClaimKind::Rebuttal, "NATO", "China"};
  return {edit::AddMention{span_of("China"), "China", ActorKind::State},
          edit::RemoveMention{span_of("NATO")},
          edit::RenameActor{"China", "People\xE2\x80\x99s Republic"},
          edit::MergeActors{"Beijing", "China"},
          edit::SplitActor{"China", "Chinese state media", ActorKind::Media, {span_of("China"), span_of("said")}},
          edit::SetAffiliation{"NATO", "China"},
          edit::SetAffiliation{"NATO", ""},
          edit::SetClaimKind{acc, ClaimKind::Support},
          edit::SetClaimSource{acc, "NATO"},
          edit::SetClaimTarget{acc, "China"},
          edit::SetClaimRebuts{reb, acc},
          edit::SetClaimRebuts{reb, std::nullopt},
          edit::AddClaim{ClaimKind::Rebuttal, "NATO", "China", span_of("denied"), span_of("denied it"), acc},
          edit::AddClaim{ClaimKind::Accusation, "China", "NATO", span_of("Lies"), {}, std::nullopt},
          edit::DeleteClaim{reb}};
}

std::string dumped(const std::vector<Edit>& edits, const CodepointIndex* cps) {
  return edits_to_json(edits, cps).dump();
}

void expect_error(const json& edits, const std::string& needle, const CodepointIndex* cps) {
  auto r = edits_from_json(edits, kText, cps);
  REQUIRE_FALSE(r.ok());
  CHECK_MESSAGE(r.error().find(needle) != std::string::npos, r.error());
}

}  // namespace

TEST_CASE("edit json: every kind of edit round-trips, in code points and in bytes") {
  const CodepointIndex cps(kText);
  const auto edits = every_kind();
  for (const CodepointIndex* index : {&cps, static_cast<const CodepointIndex*>(nullptr)}) {
    const json j = edits_to_json(edits, index);
    REQUIRE(j.size() == edits.size());
    auto back = edits_from_json(j, kText, index);
    REQUIRE_MESSAGE(back.ok(), back.error());
    CHECK(dumped(back.value(), index) == j.dump());
    CHECK(back.value().size() == edits.size());
    for (size_t i = 0; i < edits.size(); ++i) CHECK(back.value()[i].index() == edits[i].index());
  }
  // The documented shape, offsets in code points: "China" starts at code point 14.
  const json j = edits_to_json(edits, &cps);
  CHECK(j[0] == json::parse(R"({"op":"add_mention","span":[14,19],"actor":"China","kind":"state"})"));
  CHECK(j[1]["op"] == "remove_mention");
  CHECK(j[3] == json::parse(R"({"op":"merge_actors","from":"Beijing","into":"China"})"));
  CHECK(j[4]["mentions"] == json::parse("[[14,19],[9,13]]"));
  CHECK(j[6]["parent"].is_null());
  CHECK(j[7]["claim"] == json::parse(R"({"cue":[1,5],"kind":"accusation","source":"China","target":"NATO"})"));
  CHECK(j[11]["rebuts"].is_null());
  CHECK(j[12]["content"] == json::parse("[26,35]"));
  CHECK(j[13]["content"] == json::parse("[0,0]"));
  CHECK(edits_to_json(edits, nullptr)[0]["span"] == json::parse("[21,26]"));  // bytes
}

TEST_CASE("edit json: untrusted edits give one clear error") {
  const CodepointIndex cps(kText);
  const json good = edits_to_json(every_kind(), &cps);
  expect_error(json::object(), "edits: not an array", &cps);
  expect_error(json::array({3}), "edits[0]: not an object", &cps);
  json j = good;
  j[2]["op"] = "paint_actor";
  expect_error(j, "edits[2].op: unknown edit \"paint_actor\"", &cps);
  j = good;
  j[0].erase("op");
  expect_error(j, "edits[0]: missing \"op\"", &cps);
  j = good;
  j[0]["span"] = json::array({14, 999});
  expect_error(j, "edits[0].span: offset 999 is past the end of the text", &cps);
  j = good;
  j[0]["span"] = json::array({12, 11});
  expect_error(j, "edits[0].span: end is before start", &cps);
  j = good;
  j[0]["span"] = json::array({-1, 11});
  expect_error(j, "negative offset", &cps);
  j = good;
  j[0]["span"] = 4;
  expect_error(j, "edits[0].span: not a [start, end] pair", &cps);
  j = good;
  j[0]["kind"] = "alien";
  expect_error(j, "edits[0].kind: unknown actor kind \"alien\"", &cps);
  j = good;
  j[2]["name"] = 7;
  expect_error(j, "edits[2].name: not a string", &cps);
  j = good;
  j[4]["mentions"][1] = json::array({1});
  expect_error(j, "edits[4].mentions[1]: not a [start, end] pair", &cps);
  j = good;
  j[7]["claim"]["kind"] = "insult";
  expect_error(j, "edits[7].claim.kind: unknown claim kind \"insult\"", &cps);
  j = good;
  j[10]["rebuts"] = "c1";
  expect_error(j, "edits[10].rebuts: not a claim reference", &cps);
  j = good;
  j[12].erase("cue");
  expect_error(j, "edits[12]: missing \"cue\"", &cps);
  // In bytes, an offset must fall on a character boundary.
  j = edits_to_json(every_kind(), nullptr);
  j[0]["span"] = json::array({1, 4});
  expect_error(j, "edits[0].span: offset inside a character", nullptr);
}

TEST_CASE("edit json: a document's edits are written by both JSON writers and imported back") {
  static const Annotator engine;
  const auto articles = testing::dev_articles();
  for (size_t k = 0; k < articles.size(); k += 4) {
    CAPTURE(articles[k].id);
    const Document original = engine.annotate(articles[k].text);
    Document d = original;
    REQUIRE(d.actors.size() >= 2);
    REQUIRE(d.tokens.size() > 20);
    CHECK(to_json_string(d).find("\"edits\"") == std::string::npos);  // only when there are some
    const std::string first = d.actors[0].name, second = d.actors[1].name;
    CHECK(apply_edit(d, edit::RenameActor{first, first + " \xE2\x80\x94 renamed"}).ok);
    CHECK(apply_edit(d, edit::AddMention{d.tokens[20].span, "Somebody \xF0\x9F\x98\xA1", ActorKind::Person}).ok);
    CHECK(
        apply_edit(d,
                   edit::AddClaim{
                       ClaimKind::Accusation, "Somebody \xF0\x9F\x98\xA1", second, d.tokens[20].span, {}, std::nullopt})
            .ok);
    CHECK(apply_edit(d, edit::SetAffiliation{"Somebody \xF0\x9F\x98\xA1", second}).ok);
    REQUIRE(d.edits.size() == 4);
    const std::string once = to_json_string(d);
    CHECK(once == to_json(d).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    auto imported = document_from_json(once);
    REQUIRE_MESSAGE(imported.ok(), imported.error());
    CHECK(imported.value().edits.size() == 4);
    CHECK(to_json_string(imported.value()) == once);
    CHECK(to_json_string(imported.value(), 1) == to_json_string(d, 1));
    // The imported edits replay onto the engine's annotation of the same text.
    Document replayed = original;
    for (const Edit& e : imported.value().edits) CHECK(apply_edit(replayed, e).ok);
    CHECK(to_json_string(replayed) == once);
  }
}

TEST_CASE("edit json: import refuses a document whose edits are malformed") {
  Document d;
  d.text = kText;
  d.edits = every_kind();
  json j = to_json(d);
  REQUIRE(document_from_json(j.dump()).ok());
  j["edits"][0]["op"] = "nope";
  auto r = document_from_json(j.dump());
  REQUIRE_FALSE(r.ok());
  CHECK(r.error() == "edits[0].op: unknown edit \"nope\"");
  j["edits"] = "none";
  CHECK(document_from_json(j.dump()).error() == "edits: not an array");
}
