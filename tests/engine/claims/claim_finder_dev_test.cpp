// The claim finder on the dev set with the gold mentions and parties (an oracle actor layer), so claims
// are measured apart from actor finding: party-to-party accusation and rebuttal edges against the gold.
// Set RIPOSTE_ORACLE_DIR to also write each prediction there (`score.py --pred DIR` reads them).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "engine/claims/claim_finder.h"
#include "engine/formats/json_writer.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

using namespace riposte;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// A person when a mention carries a title or the name looks like a personal name.
bool looks_like_person(const std::string& name, const std::vector<std::string>& surfaces) {
  for (const auto& s : surfaces)
    for (const char* t : {"Mr ", "Ms ", "Mrs ", "Dr ", "Lord "})
      if (s.rfind(t, 0) == 0) return true;
  static const std::set<std::string> org = {
      "Party",      "Ministry",    "Institute", "Office",  "Council",   "Parliament", "Bank",     "Union",
      "Commission", "Authority",   "Center",    "Centre",  "Executive", "Court",      "Service",  "Tribunal",
      "Chamber",    "Foundation",  "Eyes",      "Zealand", "Kingdom",   "States",     "Street",   "Standard",
      "Scotsman",   "Independent", "Focus",     "Hispano", "Abbey",     "Budget",     "Congress", "Internet",
      "Emergency",  "Financial",   "Banking",   "Central", "Society",   "National",   "Labour",   "Information",
      "Preference", "Telephone",   "Democrats", "Union",   "Scotland",  "Liberal",    "Chinese",  "European"};
  std::istringstream in(name.substr(0, name.find('(')));
  std::string w;
  int words = 0;
  while (in >> w) {
    if (w.empty() || !std::isupper(static_cast<unsigned char>(w[0])) || org.count(w)) return false;
    ++words;
  }
  return words >= 2 && words <= 4;
}

struct Oracle {
  Document doc;
  std::map<std::string, std::string> party;  // actor id -> gold party
};

Oracle oracle_document(const json& gold, const std::string& text) {
  Oracle o;
  Document& d = o.doc;
  d.text = repair_utf8(text).text;
  d.tokens = tokenize(d.text);
  d.sentences = split_sentences(d.text, d.tokens);
  d.quotes = find_quotes(d.text, d.tokens);
  std::map<std::string, int> index;
  std::map<std::string, std::vector<std::string>> surfaces;
  for (const auto& m : gold["mentions"]) surfaces[m["actor"].get<std::string>()].push_back(m.value("text", ""));
  for (const auto& [id, a] : gold["actors"].items()) {
    Actor actor;
    actor.id = id;
    actor.name = a["name"].get<std::string>();
    actor.kind = looks_like_person(actor.name, surfaces[id]) ? ActorKind::Person : ActorKind::Organisation;
    index[id] = static_cast<int>(d.actors.size());
    o.party[id] = a["party"].get<std::string>();
    d.actors.push_back(actor);
  }
  for (const auto& [id, a] : gold["actors"].items()) {
    const std::string p = a["party"].get<std::string>();
    if (p == id) continue;
    if (!index.count(p)) {
      Actor party;
      party.id = p;
      party.name = p;
      party.kind = ActorKind::Organisation;
      index[p] = static_cast<int>(d.actors.size());
      o.party[p] = p;
      d.actors.push_back(party);
    }
    d.actors[index[id]].affiliation = index[p];
  }
  const CodepointIndex cp(d.text);
  for (const auto& m : gold["mentions"]) {
    Mention mention;
    mention.span = {cp.to_byte(m["start"].get<uint32_t>()), cp.to_byte(m["end"].get<uint32_t>())};
    mention.actor = index[m["actor"].get<std::string>()];
    mention.rule = "gold";
    d.mentions.push_back(mention);
  }
  std::sort(d.mentions.begin(), d.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return o;
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
};
double f1(const Counts& c) { return c.tp ? 2.0 * c.tp / (2.0 * c.tp + c.fp + c.fn) : 0.0; }

}  // namespace

TEST_CASE("the hand rules on the dev set with gold actors keep their figures") {
  const fs::path dev = fs::path(RIPOSTE_SHARED_DIR) / "eval" / "dev";
  REQUIRE_MESSAGE(fs::exists(dev), "no dev set at " << dev.string() << " (../shared beside the repository)");
  const char* out_dir = std::getenv("RIPOSTE_ORACLE_DIR");
  const ClaimFinder finder(ClaimModel::none());  // the hand rules alone; the model's dev figures: tests/python
  std::map<std::string, Counts> total, seed;
  int articles = 0;
  for (const auto& entry : fs::directory_iterator(dev)) {
    const std::string name = entry.path().filename().string();
    if (name.size() < 10 || name.substr(name.size() - 10) != ".gold.json") continue;
    const json gold = json::parse(read_file(entry.path()));
    Oracle o = oracle_document(gold, read_file(dev / gold["text_file"].get<std::string>()));
    finder.run(o.doc);
    ++articles;
    if (out_dir)
      std::ofstream(fs::path(out_dir) / (gold["id"].get<std::string>() + ".json")) << to_json_string(o.doc, -1);
    for (const std::string kind : {"accusation", "rebuttal"}) {
      std::set<std::pair<std::string, std::string>> req, opt, got;
      for (const auto& e : gold["edges"].value(kind, json::array()))
        (e.value("optional", false) ? opt : req)
            .insert({e["source"].get<std::string>(), e["target"].get<std::string>()});
      for (const Claim& c : o.doc.claims) {
        if (std::string(to_string(c.kind)) != kind) continue;
        const std::string s = o.party[o.doc.actors[c.source].id], t = o.party[o.doc.actors[c.target].id];
        if (s != t) got.insert({s, t});
      }
      Counts c;
      for (const auto& e : got)
        (req.count(e) ? c.tp : opt.count(e) ? c.tp : c.fp) += req.count(e) || !opt.count(e) ? 1 : 0;
      for (const auto& e : req) c.fn += got.count(e) ? 0 : 1;
      for (const auto& e : got)
        if (!req.count(e) && !opt.count(e))
          MESSAGE(gold["id"].get<std::string>() << " wrong " << kind << ": " << e.first << " -> " << e.second);
      for (const auto& e : req)
        if (!got.count(e))
          MESSAGE(gold["id"].get<std::string>() << " missed " << kind << ": " << e.first << " -> " << e.second);
      total[kind].tp += c.tp;
      total[kind].fp += c.fp;
      total[kind].fn += c.fn;
      if (gold["id"] == "efe-china-us-cyber") seed[kind] = c;
    }
  }
  REQUIRE(articles > 0);
  MESSAGE("oracle dev: accusations F1 " << f1(total["accusation"]) << ", rebuttals F1 " << f1(total["rebuttal"])
                                        << "; seed: " << f1(seed["accusation"]) << ", " << f1(seed["rebuttal"]));
  CHECK(f1(total["accusation"]) >= 0.75);
  CHECK(f1(total["rebuttal"]) >= 0.85);
  CHECK(f1(seed["accusation"]) >= 0.9);
  CHECK(f1(seed["rebuttal"]) >= 0.85);
}
