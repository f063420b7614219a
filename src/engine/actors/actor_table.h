// The table that actor resolution (actor_resolver.h) builds: one Actor per key ("S:CHN", "N:zhao lijian",
// "D:the prime minister"), the actor each candidate mention stands for, and what resolution learns about each actor
// on the way (its country or party, its role, whether it is surely a person). Every link written into the table is
// also written into the actor's explanation.
//
// The steps of resolution each read and write the table through ResolverStep, in this order:
// known_actors.h, coreference.h, affiliation.h (with role_patterns.h), descriptions.h, pruning.h.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/actors/mention_finder.h"
#include "engine/actors/political_context.h"
#include "engine/document/document.h"
#include "engine/lexicon/gazetteer.h"
#include "engine/text/tokenizer.h"  // is_possessive_clitic

namespace riposte::resolution {

std::string quoted(std::string_view s);  // “s”, as explanations quote the words of the text

// What resolution learns about an actor beyond its Actor record.
struct ActorExtra {
  std::string key;
  int country = -1;  // for state actors
  int party = -1;    // for party actors
  uint32_t mentions = 0;
  bool has_role = false;
  std::string role_word;
  bool minister = false;
  bool confirmed_person = false;  // an honorific, a role or a description says so
  int body_of = -1;               // for a known state body: its country, even when it takes no side
  bool party_member = false;  // a person on a party's side as its member ("(R-Ky.)", "Tory leader X"), not in office
};

struct ActorTable {
  ActorTable(const Gazetteer& gaz, const std::vector<Candidate>& candidates, Document& doc);

  // The actor under `key`, created (with `name`, `kind`, `code`) when there is none yet.
  // `name` and `code` are copied only when the actor is new: most calls find it (every mention of a name).
  int actor(const std::string& key, std::string_view name, ActorKind kind, std::string_view code = {});
  int state_actor(int country);
  int party_actor(int party);
  // The side a state's executive takes: its governing party in domestic politics, else the state; -1 (no side)
  // when the governing party is the only party the article names (GUIDELINES: the factions are the parties).
  int executive_side(int country, std::string& why);
  // Candidate k stands for actor a; `how` goes into the explanation.
  void assign(size_t k, int a, std::string_view how);
  void explain(int a, std::string_view line);  // at most 12 lines, no repeats; copied only when added
  // a's side is `to` (unless a has one already, or it would close a cycle).
  void set_affiliation(int a, int to, const std::string& why);
  // The same for a person who is a member of the party `to` ("Sen. Rand Paul (R-Ky.)", "the Tory leader"), as opposed
  // to a minister on the governing party's side: party_disputes.h may take the member's link out again.
  void join_party(int a, int to, const std::string& why);
  // a is a person with this role (the first role seen counts).
  void note_role(int a, TitleClass role, const std::string& word);
  bool is_person(int a) const { return a >= 0 && doc.actors[a].kind == ActorKind::Person; }
  bool reaches(int a, int target) const;  // target is on a's affiliation chain
  std::string_view word(size_t token) const { return slice(text, doc.tokens[token].span); }
  std::string surface(const Candidate& c) const { return std::string(slice(text, c.span)); }

  const Gazetteer& gaz;
  const std::vector<Candidate>& candidates;
  Document& doc;
  std::string_view text;
  PoliticalContext politics;
  std::vector<int> actor_of;          // per candidate: its actor, or -1
  std::vector<int> end_at, start_at;  // per token: the candidate that ends before / starts at it, or -1
  std::vector<ActorExtra> extra;      // per actor
  std::unordered_map<std::string, int> by_key;

 private:
  std::string explain_buffer_;     // assign()'s line, reused
  std::vector<int> state_actors_;  // per country: state_actor()'s answer, or -1 before the first call
};

// The view every step of resolution works through: the table's parts under short names, so the rules read the same
// in every step ("c_[k]" a candidate, "w(i)" a token's words, "actor_of_[k]" its actor).
class ResolverStep {
 protected:
  explicit ResolverStep(ActorTable& table)
      : t_(table),
        gaz_(table.gaz),
        c_(table.candidates),
        doc_(table.doc),
        text_(table.text),
        actor_of_(table.actor_of),
        end_at_(table.end_at),
        start_at_(table.start_at),
        extra_(table.extra),
        by_key_(table.by_key),
        domestic_(table.politics.domestic_countries()) {}

  std::string_view w(size_t i) const { return t_.word(i); }
  std::string surface(const Candidate& c) const { return t_.surface(c); }
  size_t name_tokens(const Candidate& c) const { return c.end_token - c.name_first; }
  int actor(const std::string& key, std::string_view name, ActorKind kind, std::string_view code = {}) {
    return t_.actor(key, name, kind, code);
  }
  int state_actor(int country) { return t_.state_actor(country); }
  int party_actor(int party) { return t_.party_actor(party); }
  int executive_side(int country, std::string& why) { return t_.executive_side(country, why); }
  // A ministry or department of `country`'s government: in that country's domestic politics it takes the governing
  // side, as its ministers do (GUIDELINES "who is the government"); -1 abroad, or where that side is the state itself.
  int department_side(int country, std::string& why) {
    if (country < 0 || !domestic(country)) return -1;
    const int side = executive_side(country, why);
    return side >= 0 && side != state_actor(country) ? side : -1;
  }
  void assign(size_t k, int a, std::string_view how) { t_.assign(k, a, how); }
  void set_affiliation(int a, int to, const std::string& why) { t_.set_affiliation(a, to, why); }
  void join_party(int a, int to, const std::string& why) { t_.join_party(a, to, why); }
  void note_role(int a, TitleClass role, const std::string& word) { t_.note_role(a, role, word); }
  bool is_person(int a) const { return t_.is_person(a); }
  bool reaches(int a, int target) const { return t_.reaches(a, target); }
  bool domestic(int country) const { return t_.politics.domestic(country); }
  int governing_party(int root) const { return t_.politics.governing_party(root); }
  int home_country() const { return t_.politics.home_country(); }
  int recent_country(size_t k) const { return t_.politics.recent_country(k); }
  int state_of_candidate(size_t k) const { return t_.politics.state_of_candidate(k); }

  ActorTable& t_;
  const Gazetteer& gaz_;
  const std::vector<Candidate>& c_;
  Document& doc_;
  std::string_view text_;
  std::vector<int>& actor_of_;
  const std::vector<int>& end_at_;
  const std::vector<int>& start_at_;
  std::vector<ActorExtra>& extra_;
  std::unordered_map<std::string, int>& by_key_;
  const std::unordered_set<int>& domestic_;
};

}  // namespace riposte::resolution
