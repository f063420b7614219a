#include "engine/json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/utf8.h"

namespace riposte {
namespace {

nlohmann::json actor_ref(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.actors.size())) return nullptr;
  return doc.actors[index].id;
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

}  // namespace

nlohmann::json to_json(const Document& doc) {
  using nlohmann::json;
  const CodepointIndex cp(doc.text);
  json j;
  j["schema"] = kSchema;
  j["engine"] = doc.provenance.engine.empty() ? std::string(kEngineVersion) : doc.provenance.engine;
  j["text"] = doc.text;
  json actors = json::array();
  for (const Actor& a : doc.actors) {
    actors.push_back({{"id", a.id},
                      {"name", a.name},
                      {"kind", std::string(to_string(a.kind))},
                      {"affiliation", actor_ref(doc, a.affiliation)},
                      {"color", a.color},
                      {"explanation", a.explanation}});
    // Optional fields are written only when set, so engine output keeps the contract's shape.
    if (!a.code.empty()) actors.back()["code"] = a.code;
    if (a.human) actors.back()["human"] = true;
  }
  j["actors"] = std::move(actors);
  json mentions = json::array();
  for (const Mention& m : doc.mentions) {
    mentions.push_back({{"start", cp.to_codepoint(m.span.begin)},
                        {"end", cp.to_codepoint(m.span.end)},
                        {"actor", actor_ref(doc, m.actor)},
                        {"rule", m.rule}});
    if (m.human) mentions.back()["human"] = true;
  }
  j["mentions"] = std::move(mentions);
  json claims = json::array();
  for (const Claim& c : doc.claims) {
    json rebuts = nullptr;
    if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc.claims.size())) rebuts = doc.claims[c.rebuts].id;
    claims.push_back({{"id", c.id},
                      {"kind", std::string(to_string(c.kind))},
                      {"source", actor_ref(doc, c.source)},
                      {"target", actor_ref(doc, c.target)},
                      {"rebuts", rebuts},
                      {"start", cp.to_codepoint(c.cue.begin)},
                      {"end", cp.to_codepoint(c.cue.end)},
                      {"content", {cp.to_codepoint(c.content.begin), cp.to_codepoint(c.content.end)}},
                      {"score", round3(c.score)},
                      {"code", c.code},
                      {"plover", c.plover}});
    if (c.human) claims.back()["human"] = true;
  }
  j["claims"] = std::move(claims);
  json stance = json::array();
  for (const StanceEdge& s : doc.stance) {
    json ids = json::array();
    for (int c : s.claims)
      if (c >= 0 && c < static_cast<int>(doc.claims.size())) ids.push_back(doc.claims[c].id);
    stance.push_back({{"from", actor_ref(doc, s.from)}, {"to", actor_ref(doc, s.to)}, {"score", round3(s.score)}, {"claims", ids}});
  }
  j["stance"] = std::move(stance);
  json provenance = json::object();
  if (!doc.provenance.annotated.empty()) provenance["annotated"] = doc.provenance.annotated;
  if (!doc.provenance.title.empty()) provenance["title"] = doc.provenance.title;
  if (!doc.provenance.url.empty()) provenance["url"] = doc.provenance.url;
  if (!provenance.empty()) j["provenance"] = std::move(provenance);
  j["diagnostics"] = {{"invalid_utf8_sequences", doc.repaired_sequences},
                      {"sentences", doc.sentences.size()},
                      {"quotes", doc.quotes.size()}};
  return j;
}

std::string to_json_string(const Document& doc, int indent) {
  // Invalid UTF-8 cannot occur (the text was repaired), but never let dump() throw on it.
  return to_json(doc).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace riposte
