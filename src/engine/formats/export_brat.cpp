#include "engine/formats/export_brat.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "engine/formats/number_format.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

std::string capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

// brat fields are tab-separated lines: notes and names lose their control characters.
std::string one_line(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
  return out;
}

// "T12", "E3", "#4": built without operator+ on a literal (GCC 12 warns falsely on that, PR 105329).
std::string tag(char kind, int n) {
  std::string s(1, kind);
  s += std::to_string(n);
  return s;
}

bool breaks_span(char c) { return c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v'; }

class Writer {
 public:
  Writer(const Document& doc, const ExportOptions& options)
      : doc_(doc), cps_(doc.text), prov_(export_provenance(doc, options)) {}

  BratDocument run() {
    BratDocument out;
    out.txt = doc_.text;
    mention_t_.assign(doc_.mentions.size(), 0);
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      const int actor = m.actor;
      const std::string type =
          actor >= 0 && actor < static_cast<int>(doc_.actors.size()) ? brat_type(doc_.actors[actor].kind) : "Group";
      mention_t_[i] = text_bound(type, m.span);
      if (!mention_t_[i]) continue;
      if (m.human) attribute("Human", tag('T', mention_t_[i]));
      note(tag('T', mention_t_[i]), actor_note(actor));
    }
    if (t_count_ > 0) note("T1", provenance_note());
    equivalences();
    claim_e_.assign(doc_.claims.size(), 0);
    for (size_t i = 0; i < doc_.claims.size(); ++i) claim_event(i);
    // Rebuts arguments once every event has its number (a rebuttal may precede its accusation).
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      if (!pending_[i].empty()) {
        const int r = doc_.claims[i].rebuts;
        if (r >= 0 && claim_e_[r]) pending_[i] += " Rebuts:E" + std::to_string(claim_e_[r]);
        ann_ += pending_[i] + "\n";
      }
    }
    ann_ += tail_;
    out.ann = std::move(ann_);
    out.conf = conf();
    return out;
  }

 private:
  // Writes a T line over `s` (split at line breaks) and returns its number, or 0 if nothing is visible.
  int text_bound(const std::string& type, Span s) {
    std::string ranges, covered;
    uint32_t i = s.begin;
    while (i < s.end) {
      while (i < s.end && breaks_span(doc_.text[i])) ++i;
      const uint32_t from = i;
      while (i < s.end && !breaks_span(doc_.text[i])) ++i;
      if (i == from) continue;
      if (!ranges.empty()) {
        ranges += ';';
        covered += ' ';
      }
      ranges += std::to_string(cps_.to_codepoint(from)) + " " + std::to_string(cps_.to_codepoint(i));
      covered += doc_.text.substr(from, i - from);
    }
    if (ranges.empty()) return 0;
    ++t_count_;
    ann_ += tag('T', t_count_) + "\t" + type + " " + ranges + "\t" + covered + "\n";
    return t_count_;
  }

  void attribute(const char* name, const std::string& id) {
    tail_ += tag('A', ++a_count_) + "\t" + name + " " + id + "\n";
  }

  void note(const std::string& id, const std::string& text) {
    tail_ += tag('#', ++note_count_) + "\tAnnotatorNotes " + id + "\t" + one_line(text) + "\n";
  }

  bool valid_actor(int a) const { return a >= 0 && a < static_cast<int>(doc_.actors.size()); }

  std::string actor_note(int a) const {
    if (!valid_actor(a)) return "actor: none";
    const Actor& actor = doc_.actors[a];
    std::string s = "actor " + actor.id + ": " + actor.name + " (" + std::string(to_string(actor.kind)) + ")";
    if (valid_actor(actor.affiliation))
      s += "; affiliation " + doc_.actors[actor.affiliation].id + ": " + doc_.actors[actor.affiliation].name;
    return s;
  }

  std::string provenance_note() const {
    std::string s = "provenance: " + prov_.engine + "; annotated " + prov_.annotated + "; exported " + prov_.exported;
    if (!prov_.title.empty()) s += "; title: " + prov_.title;
    if (!prov_.url.empty()) s += "; url: " + prov_.url;
    return s;
  }

  // One Equiv line per actor with several written mentions: brat's coreference.
  void equivalences() {
    std::vector<std::vector<int>> by_actor(doc_.actors.size());
    for (size_t i = 0; i < doc_.mentions.size(); ++i)
      if (mention_t_[i] && valid_actor(doc_.mentions[i].actor))
        by_actor[doc_.mentions[i].actor].push_back(mention_t_[i]);
    for (const auto& ts : by_actor) {
      if (ts.size() < 2) continue;
      std::string line = "*\tEquiv";
      for (int t : ts) line += " T" + std::to_string(t);
      ann_ += line + "\n";
    }
  }

  // The T line of the actor's mention nearest to `cue`, or 0.
  int nearest_mention(int actor, Span cue) const {
    int best = 0;
    long best_distance = -1;
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      if (doc_.mentions[i].actor != actor || !mention_t_[i]) continue;
      const Span s = doc_.mentions[i].span;
      const long d = s.end <= cue.begin   ? long(cue.begin) - long(s.end)
                     : s.begin >= cue.end ? long(s.begin) - long(cue.end)
                                          : 0;
      if (best_distance < 0 || d < best_distance) {
        best_distance = d;
        best = mention_t_[i];
      }
    }
    return best;
  }

  void claim_event(size_t i) {
    pending_.resize(doc_.claims.size());
    const Claim& c = doc_.claims[i];
    const std::string type = brat_type(c.kind);
    const int source = valid_actor(c.source) ? nearest_mention(c.source, c.cue) : 0;
    const int target = valid_actor(c.target) ? nearest_mention(c.target, c.cue) : 0;
    const int trigger = text_bound(type, c.cue);
    std::string id;
    if (trigger) {
      claim_e_[i] = ++e_count_;
      id = tag('E', e_count_);
      std::string line = id + "\t" + type + ":T" + std::to_string(trigger);
      if (source) line += " Source:T" + std::to_string(source);
      if (target) line += " Target:T" + std::to_string(target);
      pending_[i] = std::move(line);  // completed with Rebuts in run()
    } else if (source && target) {
      id = tag('R', ++r_count_);
      ann_ += id + "\t" + relation_type(c.kind) + " Arg1:T" + std::to_string(source) + " Arg2:T" +
              std::to_string(target) + "\n";
    } else {
      return;  // nothing brat can anchor
    }
    if (c.human) attribute("Human", id);
    std::string n = "claim " + c.id + ": " + std::string(to_string(c.kind)) + "; source " +
                    (valid_actor(c.source) ? doc_.actors[c.source].id : "none") + "; target " +
                    (valid_actor(c.target) ? doc_.actors[c.target].id : "none");
    if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc_.claims.size())) n += "; rebuts " + doc_.claims[c.rebuts].id;
    n += "; score " + score_text(c.score);
    if (!c.code.empty()) n += "; CAMEO " + c.code;
    if (!c.plover.empty()) n += "; PLOVER " + c.plover;
    n += "; content: " + std::string(slice(doc_.text, c.content));
    note(id, n);
  }

  static std::string relation_type(ClaimKind k) {
    return k == ClaimKind::Accusation ? "Accuses" : k == ClaimKind::Rebuttal ? "Rebuts" : "Supports";
  }

  std::string conf() const {
    std::string s = "# brat configuration for a Riposte export (" + one_line(prov_.engine) + ", annotated " +
                    prov_.annotated + ")\n";
    if (!prov_.title.empty()) s += "# title: " + one_line(prov_.title) + "\n";
    if (!prov_.url.empty()) s += "# url: " + one_line(prov_.url) + "\n";
    s += "[entities]\n";
    for (ActorKind k : {ActorKind::State, ActorKind::Government, ActorKind::Organisation, ActorKind::Party,
                        ActorKind::Company, ActorKind::Media, ActorKind::Person, ActorKind::Group, ActorKind::Place})
      s += brat_type(k) + "\n";
    s += "[relations]\nEquiv Arg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n"
         "Accuses Arg1:<ENTITY>, Arg2:<ENTITY>\nRebuts Arg1:<ENTITY>, Arg2:<ENTITY>\nSupports Arg1:<ENTITY>, "
         "Arg2:<ENTITY>\n"
         "[events]\nAccusation Source?:<ENTITY>, Target?:<ENTITY>\n"
         "Rebuttal Source?:<ENTITY>, Target?:<ENTITY>, Rebuts?:Accusation\n"
         "Support Source?:<ENTITY>, Target?:<ENTITY>\n"
         "[attributes]\nHuman Arg:<ANY>\n";
    return s;
  }

  const Document& doc_;
  const CodepointIndex cps_;
  const ExportProvenance prov_;
  std::string ann_, tail_;
  std::vector<int> mention_t_, claim_e_;
  std::vector<std::string> pending_;
  int t_count_ = 0, e_count_ = 0, r_count_ = 0, a_count_ = 0, note_count_ = 0;
};

}  // namespace

std::string brat_type(ActorKind kind) { return capitalised(to_string(kind)); }
std::string brat_type(ClaimKind kind) { return capitalised(to_string(kind)); }

BratDocument to_brat(const Document& doc, const ExportOptions& options) { return Writer(doc, options).run(); }

}  // namespace riposte
