#include <doctest/doctest.h>

#include <cstring>
#include <map>
#include <set>
#include <sstream>

#include "engine/annotator.h"
#include "engine/formats/export_brat.h"
#include "engine/formats/json_writer.h"
#include "support/code_points.h"
#include "support/dev_corpus.h"

using namespace riposte;
using testing::to_u32;
using testing::to_utf8;

namespace {

// [SECTION] A reader written to brat's standoff format specification
// (https://brat.nlplab.org/standoff.html), independent of the writer: every line is one annotation
// "ID<TAB>...", IDs are a letter (or '#') and a number, "*" for Equiv; text-bound offsets are
// character (code point) offsets into the .txt, fragments separated by ';', the text field joining
// the fragments with a space; references must resolve to annotations of the document.

struct TextBound {
  std::string type;
  std::vector<std::pair<size_t, size_t>> spans;
  std::string text;
};
struct Event {
  std::string type, trigger;
  std::vector<std::pair<std::string, std::string>> args;  // role, id
};
struct Relation {
  std::string type, arg1, arg2;
};
struct Standoff {
  std::map<std::string, TextBound> t;
  std::map<std::string, Event> e;
  std::map<std::string, Relation> r;
  std::map<std::string, std::pair<std::string, std::string>> attributes;  // id -> (name, target)
  std::multimap<std::string, std::string> notes;                          // target -> text
  std::vector<std::vector<std::string>> equivs;
};

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream in(s);
  while (std::getline(in, cur, sep)) out.push_back(cur);
  if (!s.empty() && s.back() == sep) out.push_back("");
  return out;
}

bool is_id(const std::string& id, const char* kinds) {
  if (id.size() < 2 || !std::strchr(kinds, id[0])) return false;
  return std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Parses and checks `ann` against `txt`; fails the test on any violation of the format.
Standoff read_standoff(const std::string& txt, const std::string& ann) {
  Standoff so;
  const std::u32string text = to_u32(txt);
  std::set<std::string> ids;
  REQUIRE((ann.empty() || ann.back() == '\n'));
  for (const std::string& line : split(ann.substr(0, ann.empty() ? 0 : ann.size() - 1), '\n')) {
    CAPTURE(line);
    REQUIRE_FALSE(line.empty());
    const auto fields = split(line, '\t');
    const std::string& id = fields[0];
    if (id == "*") {
      REQUIRE(fields.size() == 2);
      auto parts = split(fields[1], ' ');
      REQUIRE(parts.size() >= 3);
      REQUIRE(parts[0] == "Equiv");
      so.equivs.emplace_back(parts.begin() + 1, parts.end());
      continue;
    }
    REQUIRE(ids.insert(id).second);  // unique ids
    switch (id[0]) {
      case 'T': {
        REQUIRE(is_id(id, "T"));
        REQUIRE(fields.size() == 3);
        const auto head = split(fields[1], ' ');
        TextBound tb;
        tb.type = head[0];
        REQUIRE_FALSE(tb.type.empty());
        // "TYPE START END;START END ..." : rejoin and split the offsets at ';'.
        const std::string offsets = fields[1].substr(tb.type.size() + 1);
        std::string covered;
        for (const auto& frag : split(offsets, ';')) {
          const auto se = split(frag, ' ');
          REQUIRE(se.size() == 2);
          const size_t s = std::stoul(se[0]), e = std::stoul(se[1]);
          REQUIRE(s < e);
          REQUIRE(e <= text.size());
          if (!tb.spans.empty()) {
            REQUIRE(s >= tb.spans.back().second);
            covered += ' ';
          }
          tb.spans.emplace_back(s, e);
          covered += to_utf8(std::u32string_view(text).substr(s, e - s));
        }
        tb.text = fields[2];
        REQUIRE(tb.text == covered);
        so.t[id] = tb;
        break;
      }
      case 'E': {
        REQUIRE(is_id(id, "E"));
        REQUIRE(fields.size() == 2);
        const auto parts = split(fields[1], ' ');
        const auto colon = parts[0].find(':');
        REQUIRE(colon != std::string::npos);
        Event ev{parts[0].substr(0, colon), parts[0].substr(colon + 1), {}};
        for (size_t k = 1; k < parts.size(); ++k) {
          const auto c = parts[k].find(':');
          REQUIRE(c != std::string::npos);
          ev.args.emplace_back(parts[k].substr(0, c), parts[k].substr(c + 1));
        }
        so.e[id] = ev;
        break;
      }
      case 'R': {
        REQUIRE(is_id(id, "R"));
        const auto parts = split(fields[1], ' ');
        REQUIRE(parts.size() == 3);
        REQUIRE(parts[1].rfind("Arg1:", 0) == 0);
        REQUIRE(parts[2].rfind("Arg2:", 0) == 0);
        so.r[id] = {parts[0], parts[1].substr(5), parts[2].substr(5)};
        break;
      }
      case 'A':
      case 'M': {
        REQUIRE(is_id(id, "AM"));
        const auto parts = split(fields[1], ' ');
        REQUIRE((parts.size() == 2 || parts.size() == 3));
        so.attributes[id] = {parts[0], parts[1]};
        break;
      }
      case '#': {
        REQUIRE(is_id(id, "#"));
        REQUIRE(fields.size() == 3);
        const auto parts = split(fields[1], ' ');
        REQUIRE(parts.size() == 2);
        REQUIRE(parts[0] == "AnnotatorNotes");
        so.notes.emplace(parts[1], fields[2]);
        break;
      }
      default:
        FAIL("unknown annotation id " << id);
    }
  }
  // References resolve.
  auto exists = [&](const std::string& id) { return so.t.count(id) || so.e.count(id) || so.r.count(id); };
  for (const auto& [id, ev] : so.e) {
    REQUIRE(so.t.count(ev.trigger));
    CHECK(so.t[ev.trigger].type == ev.type);
    for (const auto& [role, arg] : ev.args) CHECK(exists(arg));
  }
  for (const auto& [id, rel] : so.r) CHECK((so.t.count(rel.arg1) && so.t.count(rel.arg2)));
  for (const auto& [id, attr] : so.attributes) CHECK(exists(attr.second));
  for (const auto& [target, text] : so.notes) CHECK(exists(target));
  for (const auto& group : so.equivs)
    for (const auto& t : group) CHECK(so.t.count(t));
  return so;
}

// The "actor ID:" or "claim ID:" note of an annotation.
std::string noted(const Standoff& so, const std::string& id, const std::string& what) {
  for (auto [it, end] = so.notes.equal_range(id); it != end; ++it)
    if (it->second.rfind(what + " ", 0) == 0)
      return it->second.substr(what.size() + 1, it->second.find(':') - what.size() - 1);
  return "";
}

void check_brat(const Document& doc) {
  const BratDocument brat = to_brat(doc, {"T", "https://example.org/x", "2026-11-27T15:00:00Z"});
  CHECK(brat.txt == doc.text);
  const Standoff so = read_standoff(brat.txt, brat.ann);
  const auto j = to_json(doc);
  // Mentions: one T each, typed by actor kind, over the same code points, naming the actor.
  std::map<std::string, std::set<std::string>> mentions_of;  // actor id -> T ids
  size_t mention_ts = 0;
  for (const auto& [id, tb] : so.t) {
    const std::string actor = noted(so, id, "actor");
    if (actor.empty()) continue;
    ++mention_ts;
    mentions_of[actor].insert(id);
  }
  CHECK(mention_ts == doc.mentions.size());  // dev articles have no invisible mentions
  for (size_t k = 0; k < doc.mentions.size(); ++k) {
    const auto& m = j["mentions"][k];
    const std::string actor = m["actor"].get<std::string>();
    bool found = false;
    for (const auto& t : mentions_of[actor]) {
      const TextBound& tb = so.t.at(t);
      if (tb.spans.front().first == m["start"] && tb.spans.back().second == m["end"]) {
        found = true;
        CHECK(tb.type ==
              brat_type(doc.mentions[k].actor >= 0 ? doc.actors[doc.mentions[k].actor].kind : ActorKind::Group));
      }
    }
    CHECK_MESSAGE(found, "no T line for mention " << k);
  }
  // Coreference: each actor's mentions form one Equiv group.
  for (const auto& group : so.equivs) {
    const std::string actor = noted(so, group[0], "actor");
    CHECK(std::set<std::string>(group.begin(), group.end()) == mentions_of[actor]);
  }
  // Claims: an event with the cue as trigger, arguments on the right actors, rebuts on the right event.
  std::map<std::string, std::string> event_of_claim;
  for (const auto& [id, ev] : so.e) event_of_claim[noted(so, id, "claim")] = id;
  for (const auto& c : j["claims"]) {
    CAPTURE(c["id"].get<std::string>());
    REQUIRE(event_of_claim.count(c["id"]));
    const Event& ev = so.e.at(event_of_claim[c["id"]]);
    const TextBound& trigger = so.t.at(ev.trigger);
    CHECK(trigger.spans.front().first == c["start"]);
    CHECK(trigger.spans.back().second == c["end"]);
    CHECK(ev.type == brat_type(c["kind"] == "accusation" ? ClaimKind::Accusation
                               : c["kind"] == "rebuttal" ? ClaimKind::Rebuttal
                                                         : ClaimKind::Support));
    for (const auto& [role, arg] : ev.args) {
      if (role == "Source")
        CHECK(noted(so, arg, "actor") == c["source"]);
      else if (role == "Target")
        CHECK(noted(so, arg, "actor") == c["target"]);
      else if (role == "Rebuts")
        CHECK(noted(so, arg, "claim") == c["rebuts"]);
      else
        FAIL("unexpected role " << role);
    }
  }
  // Provenance travels in a note and in annotation.conf.
  if (!so.t.empty()) CHECK(so.notes.find("T1") != so.notes.end());
  CHECK((brat.ann.find("provenance: ") != std::string::npos || doc.mentions.empty()));
  CHECK(brat.conf.find("https://example.org/x") != std::string::npos);
}

}  // namespace

TEST_CASE("brat: every dev article re-read by a standoff parser written to the spec") {
  const Annotator engine;
  for (const auto& article : testing::dev_articles()) {
    CAPTURE(article.id);
    check_brat(engine.annotate(article.text));
    check_brat(testing::gold_document(article));
  }
}

TEST_CASE("brat: code point offsets, spans over line breaks, human marks, relations without a cue") {
  Document d;
  d.text =
      "\xF0\x9F\x98\xA1 Foreign\nMinistry \xE2\x80\x9C"
      "denied\xE2\x80\x9D it. NATO.";
  const uint32_t fm = 5, fm_end = 5 + 16, denied = d.text.find("denied"), nato = d.text.find("NATO");
  d.actors = {{"a1", "Foreign Ministry", ActorKind::Government, -1, "", "", {}, true},
              {"a2", "NATO", ActorKind::Organisation, -1, "", "", {}}};
  d.mentions = {{{fm, fm_end}, 0, "x", true}, {{nato, nato + 4}, 1, "x"}, {{nato + 4, nato + 4}, 1, "empty"}};
  d.claims = {{"c1", ClaimKind::Rebuttal, 0, 1, -1, {denied, denied + 6}, {denied, denied + 6}, -0.5, "", ""},
              {"c2", ClaimKind::Support, 1, 0, -1, {0, 0}, {0, 0}, 0.3, "", "", true}};
  const BratDocument brat = to_brat(d, {});
  const Standoff so = read_standoff(brat.txt, brat.ann);
  // The emoji counts one code point; the line break splits the mention into two fragments.
  CHECK(brat.ann.find("T1\tGovernment 2 9;10 18\tForeign Ministry\n") == 0);
  CHECK(so.t.size() == 3);  // two mentions (the empty one is left out) and one cue
  CHECK(brat.ann.find("\tRebuttal 20 26\tdenied\n") != std::string::npos);
  CHECK(brat.ann.find("\tSupports Arg1:T2 Arg2:T1\n") != std::string::npos);  // no cue: a relation
  int human = 0;
  for (const auto& [id, attr] : so.attributes) human += attr.first == "Human";
  CHECK(human == 2);  // the human mention and the human claim
  CHECK(brat.conf.find("[entities]\nState\nGovernment\n") != std::string::npos);
}
