#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "engine/annotator.h"
#include "engine/formats/export_web_annotation.h"
#include "engine/formats/json_writer.h"
#include "support/code_points.h"
#include "support/dev_corpus.h"

using namespace riposte;
using nlohmann::json;
using testing::to_u32;

namespace {

// The value of the first body with `purpose` whose value starts with `prefix` (prefix removed), or "".
std::string body_value(const json& annotation, const std::string& purpose, const std::string& prefix = "") {
  for (const auto& b : annotation["body"])
    if (b["purpose"] == purpose && b["value"].get<std::string>().rfind(prefix, 0) == 0)
      return b["value"].get<std::string>().substr(prefix.size());
  return "";
}

// Checks one target the way an anchoring tool uses it: the position selector points at `exact` in the
// text, and prefix + exact + suffix occur there; returns [start, end).
std::pair<size_t, size_t> anchor(const json& target, const std::u32string& text, const std::string& source) {
  CHECK(target["source"] == source);
  const auto& sel = target["selector"];
  REQUIRE(sel.size() == 2);
  const json& quote = sel[0]["type"] == "TextQuoteSelector" ? sel[0] : sel[1];
  const json& pos = sel[0]["type"] == "TextPositionSelector" ? sel[0] : sel[1];
  REQUIRE(quote["type"] == "TextQuoteSelector");
  REQUIRE(pos["type"] == "TextPositionSelector");
  const size_t start = pos["start"], end = pos["end"];
  REQUIRE(start <= end);
  REQUIRE(end <= text.size());
  const std::u32string exact = to_u32(quote["exact"].get<std::string>());
  const std::u32string prefix = to_u32(quote["prefix"].get<std::string>());
  const std::u32string suffix = to_u32(quote["suffix"].get<std::string>());
  CHECK(text.substr(start, end - start) == exact);
  CHECK(prefix.size() <= static_cast<size_t>(kQuoteContext));
  CHECK(suffix.size() <= static_cast<size_t>(kQuoteContext));
  CHECK((prefix.size() == kQuoteContext || prefix.size() == start));  // short only at the text's start
  REQUIRE(start >= prefix.size());
  CHECK(text.substr(start - prefix.size(), prefix.size() + exact.size() + suffix.size()) == prefix + exact + suffix);
  return {start, end};
}

void check_web_annotation(const Document& doc) {
  const ExportOptions opt{"A title", "https://example.org/article", "2026-11-27T15:00:00Z"};
  const json wa = json::parse(to_web_annotation_string(doc, opt));  // re-read from text
  const json j = to_json(doc);
  const std::u32string text = to_u32(doc.text);
  CHECK(wa["@context"] == "http://www.w3.org/ns/anno.jsonld");
  CHECK(wa["type"] == "AnnotationCollection");
  CHECK(wa["generator"]["name"] == j["engine"]);
  CHECK(wa["generated"] == "2026-11-27T15:00:00Z");
  CHECK_FALSE(wa["created"].get<std::string>().empty());
  CHECK(wa["label"].get<std::string>().find("A title") != std::string::npos);
  const json& items = wa["first"]["items"];
  CHECK(wa["first"]["type"] == "AnnotationPage");
  REQUIRE(items.size() == doc.mentions.size() + doc.claims.size());
  CHECK(wa["total"] == items.size());
  std::set<std::string> ids;
  for (const auto& a : items) {
    CHECK(a["type"] == "Annotation");
    CHECK(ids.insert(a["id"].get<std::string>()).second);
  }
  // Rebuild the riposte/1 mentions and claims from the annotations alone and compare.
  json mentions = json::array();
  json claims = json::array();
  for (const auto& a : items) {
    const auto [start, end] = anchor(a["target"], text, opt.url);
    if (a["motivation"] == "identifying") {
      const std::string actor = body_value(a, "tagging", "actor:");
      mentions.push_back({{"start", start}, {"end", end}, {"actor", actor.empty() ? json(nullptr) : json(actor)}});
    } else {
      REQUIRE(a["motivation"] == "classifying");
      auto ref = [&](const char* what) {
        const std::string v = body_value(a, "tagging", what);
        return v.empty() ? json(nullptr) : json(v);
      };
      claims.push_back({{"id", body_value(a, "tagging", "claim:")},
                        {"kind", body_value(a, "classifying")},
                        {"source", ref("source:")},
                        {"target", ref("target:")},
                        {"rebuts", ref("rebuts:")},
                        {"start", start},
                        {"end", end}});
    }
  }
  json want_mentions = json::array(), want_claims = json::array();
  for (const auto& m : j["mentions"])
    want_mentions.push_back({{"start", m["start"]}, {"end", m["end"]}, {"actor", m["actor"]}});
  for (const auto& c : j["claims"])
    want_claims.push_back({{"id", c["id"]},
                           {"kind", c["kind"]},
                           {"source", c["source"]},
                           {"target", c["target"]},
                           {"rebuts", c["rebuts"]},
                           {"start", c["start"]},
                           {"end", c["end"]}});
  CHECK(mentions == want_mentions);
  CHECK(claims == want_claims);
}

}  // namespace

TEST_CASE("Web Annotation: every dev article re-anchors from its selectors") {
  const Annotator engine;
  for (const auto& article : testing::dev_articles()) {
    CAPTURE(article.id);
    check_web_annotation(engine.annotate(article.text));
    check_web_annotation(testing::gold_document(article));
  }
}

TEST_CASE("Web Annotation: code points around emoji, creators, and a text without URL") {
  Document d;
  d.text = "\xF0\x9F\x98\xA1 NATO \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 denied.";
  d.actors = {{"a1", "NATO", ActorKind::Organisation, -1, "", "", {}}};
  d.mentions = {{{5, 9}, 0, "x", true}};
  d.claims = {{"c1", ClaimKind::Rebuttal, 0, -1, -1, {19, 25}, {19, 26}, -0.5, "125", "REJECT"}};
  const json wa = to_web_annotation(d, {"", "", "2026-11-27T15:00:00Z"});
  const json& m = wa["first"]["items"][0];
  CHECK(m["target"]["selector"][1] == json{{"type", "TextPositionSelector"}, {"start", 2}, {"end", 6}});
  CHECK(m["target"]["selector"][0]["prefix"] == "\xF0\x9F\x98\xA1 ");
  CHECK(m["target"]["source"].get<std::string>().rfind("urn:riposte:text:", 0) == 0);
  CHECK(m["creator"]["type"] == "Person");  // a human-made mention
  const json& c = wa["first"]["items"][1];
  CHECK(c["creator"]["type"] == "Software");
  CHECK(c["target"]["selector"][1]["start"] == 10);  // two flag code points count two
  CHECK(body_value(c, "tagging", "PLOVER:") == "REJECT");
  CHECK(body_value(c, "tagging", "target:").empty());  // no target actor
  CHECK(wa["created"] == "2026-11-27T15:00:00Z");      // no document date: the export's
  CHECK(wa["label"] == "Riposte annotations");         // no title given
}
