// [SECTION] Actor table
// [SECTION] Known actors: countries, missions, seats, organisations, parties, bodies
// [SECTION] Names: full names, short forms, acronyms
// [SECTION] Affiliations: bodies, then people
// [SECTION] Descriptions
// [SECTION] Mentions and pruning
#include "engine/actors/actor_resolver.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace riposte {
namespace {

bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'S"; }

std::string quoted(std::string_view s) { return "\xE2\x80\x9C" + std::string(s) + "\xE2\x80\x9D"; }

// Views into the name: the name indexes below key on candidates' names, which outlive them.
std::string_view last_word(std::string_view name) {
  const size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}
std::string_view first_word(std::string_view name) { return name.substr(0, name.find(' ')); }

class Resolver {
 public:
  Resolver(const Gazetteer& gaz, const std::vector<Candidate>& cands, Document& doc)
      : gaz_(gaz), c_(cands), doc_(doc), text_(doc.text), actor_of_(cands.size(), -1) {
    end_at_.assign(doc.tokens.size() + 1, -1);
    start_at_.assign(doc.tokens.size() + 1, -1);
    for (size_t k = 0; k < c_.size(); ++k) {
      end_at_[c_[k].end_token] = static_cast<int>(k);
      start_at_[c_[k].first_token] = static_cast<int>(k);
      if (c_[k].party >= 0 || c_[k].kind == CandidateKind::Party) {
        const int p = c_[k].kind == CandidateKind::Party ? c_[k].target : c_[k].party;
        domestic_country(gaz_.parties()[p].country);
        parties_named_.insert(p);
        if (ruling_party_ < 0 && c_[k].kind == CandidateKind::Party && says_governing(c_[k])) ruling_party_ = p;
      }
    }
  }

  void run() {
    known_actors();
    names();
    body_affiliations();
    person_affiliations();
    descriptions();
    mentions_and_pruning();
  }

 private:
  // [SECTION] Actor table
  struct Extra {
    std::string key;
    int country = -1;  // for state actors
    int party = -1;    // for party actors
    uint32_t mentions = 0;
    bool has_role = false;
    std::string role_word;
    bool minister = false;
    bool confirmed_person = false;  // an honorific, a role or a description says so
    int body_of = -1;               // for a known state body: its country, even when it takes no side
  };

  std::string_view w(size_t i) const { return slice(text_, doc_.tokens[i].span); }
  std::string surface(const Candidate& c) const { return std::string(slice(text_, c.span)); }

  int actor(const std::string& key, std::string name, ActorKind kind, std::string code = {}) {
    const auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    Actor a;
    a.name = std::move(name);
    a.kind = kind;
    a.code = std::move(code);
    doc_.actors.push_back(std::move(a));
    extra_.emplace_back();
    extra_.back().key = key;
    const int index = static_cast<int>(doc_.actors.size()) - 1;
    by_key_.emplace(key, index);
    return index;
  }

  void explain(int a, std::string line) {
    auto& e = doc_.actors[a].explanation;
    if (e.size() < 12 && std::find(e.begin(), e.end(), line) == e.end()) e.push_back(std::move(line));
  }

  void assign(size_t k, int a, std::string_view how) {
    actor_of_[k] = a;
    if (doc_.actors[a].explanation.size() >= 12) return;  // enough said; spare the string building
    explain(a, std::string(how) + ": " + quoted(surface(c_[k])));
  }

  int state_actor(int country) {
    const Country& c = gaz_.countries()[country];
    const int a = actor("S:" + c.code, c.name, ActorKind::State, c.code);
    extra_[a].country = country;
    return a;
  }

  int party_actor(int p) {
    const Party& party = gaz_.parties()[p];
    const int a = actor("P:" + party.key, party.name, ActorKind::Party, party.key);
    extra_[a].party = p;
    return a;
  }

  void domestic_country(int country) {
    if (country < 0) return;
    domestic_.insert(country);
    const int parent = gaz_.countries()[country].parent;
    if (parent >= 0) domestic_.insert(parent);
  }
  bool domestic(int country) const {
    if (country < 0) return false;
    const int parent = gaz_.countries()[country].parent;
    return domestic_.count(country) || (parent >= 0 && domestic_.count(parent));
  }
  // The article says which party governs: "the ruling Social Democrats", "the governing Labour Party", "the
  // Labour government", "the Republican administration" (not "a Labour government", which may be hypothetical).
  bool says_governing(const Candidate& c) const {
    const size_t first = c.first_token, end = c.end_token;
    const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
    if (first > sentence_start) {
      const std::string_view before = w(first - 1);
      if (before == "ruling" || before == "governing" || before == "Ruling" || before == "Governing") return true;
    }
    if (end < doc_.tokens.size() && first > sentence_start) {
      const std::string_view after = w(end), before = w(first - 1);
      if ((after == "government" || after == "administration") && (before == "the" || before == "The")) return true;
    }
    return false;
  }

  // The governing party of a country: the one the article names as ruling when it is that country's or of no
  // known country, else the fixed list (governing_parties.tsv), else -1.
  int governing_party(int root) const {
    if (ruling_party_ >= 0) {
      const int c = gaz_.parties()[ruling_party_].country;
      const int c_root = c >= 0 && gaz_.countries()[c].parent >= 0 ? gaz_.countries()[c].parent : c;
      if (c < 0 || c_root == root) return ruling_party_;
    }
    return gaz_.governing_party(root);
  }

  // The side a state's executive takes: its governing party in domestic politics, else the state. When the
  // governing party is the only party the article names, the dispute is inside it (GUIDELINES: the factions
  // or persons are the parties): no side is inferred (-1).
  int executive_side(int country, std::string& why) {
    const int root = gaz_.countries()[country].parent >= 0 ? gaz_.countries()[country].parent : country;
    if (domestic(country)) {
      const int p = governing_party(root);
      if (p >= 0 && parties_named_.size() == 1 && parties_named_.count(p)) {
        why = "dispute inside the governing party";
        return -1;
      }
      if (p >= 0) {
        why = "governing party in domestic politics";
        return party_actor(p);
      }
    }
    why = "state";
    return state_actor(country);
  }

  void set_affiliation(int a, int to, const std::string& why) {
    if (a < 0 || to < 0 || a == to || doc_.actors[a].affiliation >= 0) return;
    // Never close a cycle.
    for (int x = to, guard = 0; x >= 0 && guard < 16; x = doc_.actors[x].affiliation, ++guard)
      if (x == a) return;
    doc_.actors[a].affiliation = to;
    explain(a, "affiliation (" + why + "): " + doc_.actors[to].name);
  }

  // [SECTION] Known actors: countries, missions, seats, organisations, parties, bodies
  void known_actors() {
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      switch (c.kind) {
        case CandidateKind::State: {
          // In a country's domestic politics its "administration" or "government" is the governing side, not
          // the state ("the US administration" in a dispute between Republicans and Democrats).
          const std::string_view noun = w(c.end_token - 1);
          if (c.end_token - c.first_token >= 2 && domestic(c.target) &&
              (noun == "administration" || noun == "government" || noun == "cabinet" || noun == "leadership")) {
            std::string why;
            const int side = executive_side(c.target, why);
            if (side >= 0) {
              const Country& country = gaz_.countries()[c.target];
              const int a =
                  actor("E:" + country.code, country.adjective + " " + std::string(noun), ActorKind::Government);
              assign(k, a, c.rule);
              set_affiliation(a, side, "the executive in domestic politics: " + why);
              break;
            }
          }
          assign(k, state_actor(c.target), c.rule);
          break;
        }
        case CandidateKind::Missions:
          missions(k, c.target, c.rule);
          break;
        case CandidateKind::StateBody: {
          const Country& country = gaz_.countries()[c.target];
          const int a = actor("B:" + country.code + ":" + lower(c.name), c.name, ActorKind::Government);
          assign(k, a, c.rule);
          set_affiliation(a, state_actor(c.target), "body of the state");
          break;
        }
        case CandidateKind::Seat: {
          const Seat& seat = gaz_.seats()[c.target];
          const int a = actor("T:" + seat.name, seat.name, ActorKind::Government);
          assign(k, a, c.rule);
          if (seat.country >= 0) {
            std::string why;
            const int side = executive_side(seat.country, why);
            set_affiliation(a, side, "seat of government: " + why);
          }
          break;
        }
        case CandidateKind::KnownOrg: {
          const KnownOrganisation& o = gaz_.organisations()[c.target];
          const int a = actor("O:" + o.key, o.name, o.kind, o.key);
          assign(k, a, c.rule);
          extra_[a].body_of = o.country;
          // A legislature takes no side in its own country's party politics.
          if (o.country >= 0 && !(o.legislature && domestic(o.country)))
            set_affiliation(a, state_actor(o.country), "gazetteer");
          break;
        }
        case CandidateKind::Party:
          assign(k, party_actor(c.target), c.rule);
          break;
        case CandidateKind::Organisation: {
          if (c.head == HeadKind::Diplomatic && c.state >= 0) {
            missions(k, c.state, c.rule);
            break;
          }
          ActorKind kind = ActorKind::Organisation;
          switch (c.head) {
            case HeadKind::Government:
            case HeadKind::Ministry:
            case HeadKind::Executive:
            case HeadKind::Diplomatic:
              kind = ActorKind::Government;
              break;
            case HeadKind::Party:
              kind = ActorKind::Party;
              break;
            case HeadKind::Company:
              kind = ActorKind::Company;
              break;
            case HeadKind::Media:
              kind = ActorKind::Media;
              break;
            default:
              break;
          }
          std::string key = lower(c.name);
          if (key.rfind("the ", 0) == 0) key.erase(0, 4);
          assign(k, actor("N:" + key, c.name, kind), c.rule);
          break;
        }
        default:
          break;
      }
    }
  }

  void missions(size_t k, int country, std::string_view rule) {
    const Country& c = gaz_.countries()[country];
    const int a = actor("M:" + c.code, c.adjective + " embassies and missions", ActorKind::Government);
    assign(k, a, rule);
    set_affiliation(a, state_actor(country), "diplomatic missions of the state");
  }

  // [SECTION] Names: full names, short forms, acronyms
  size_t name_tokens(const Candidate& c) const { return c.end_token - c.first_token - (c.honorific ? 1 : 0); }
  bool all_caps_single(const Candidate& c) const {
    return name_tokens(c) == 1 && doc_.tokens[c.end_token - 1].all_caps;
  }

  void names() {
    // Full names first, so short forms can refer forwards ("Howard" in a headline, "Michael Howard" below).
    std::unordered_map<std::string_view, std::vector<int>> by_last, by_first;  // views into c_[k].name
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      const bool multi = (c.kind == CandidateKind::Name && name_tokens(c) >= 2) ||
                         (c.kind == CandidateKind::Organisation && actor_of_[k] >= 0);
      if (!multi) continue;
      if (c.kind == CandidateKind::Name) {
        if (c.after_in) continue;  // "in New York": a location
        const bool person = c.person || looks_like_person(c);
        const int a = actor("N:" + lower(c.name), c.name, person ? ActorKind::Person : ActorKind::Organisation);
        assign(k, a, c.rule);
        if (c.person) extra_[a].confirmed_person = true;
        if (c.person && c.role != TitleClass::None) note_role(a, c.role, c.role_word);
      }
      by_last[last_word(c.name)].push_back(static_cast<int>(k));
      by_first[first_word(c.name)].push_back(static_cast<int>(k));
    }
    // "the Soros group" stands with George Soros.
    for (size_t k = 0; k < c_.size(); ++k) {
      if (c_[k].rule != "name+collective noun" || actor_of_[k] < 0) continue;
      const int person = nearest(by_last, first_word(c_[k].name), k);
      if (person >= 0 && actor_of_[person] >= 0 && actor_of_[person] != actor_of_[k])
        set_affiliation(actor_of_[k], actor_of_[person], "group named after " + quoted(c_[person].name));
    }
    std::unordered_map<std::string, int> acronyms;
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      if (c.kind != CandidateKind::Name || name_tokens(c) != 1) continue;
      const std::string word(w(c.end_token - 1));
      // An acronym defined in brackets right after a body: "China National ... Center (CNCERT)".
      if (all_caps_single(c) && c.first_token >= 2 && c.end_token < doc_.tokens.size() && w(c.first_token - 1) == "(" &&
          w(c.end_token) == ")") {
        const int before = end_at_[c.first_token - 1];
        if (before >= 0 && actor_of_[before] >= 0) {
          acronyms[word] = actor_of_[before];
          assign(k, actor_of_[before], "acronym defined in brackets");
          continue;
        }
      }
      if (const auto it = acronyms.find(word); it != acronyms.end()) {
        assign(k, it->second, "acronym");
        continue;
      }
      const int full = nearest(by_last, word, k);
      if (full >= 0 && (c_[full].kind == CandidateKind::Name)) {
        assign(k, actor_of_[full],
               std::string(c.honorific ? "titled surname" : "surname") + " of " + quoted(c_[full].name));
        if (c.honorific) {
          extra_[actor_of_[full]].confirmed_person = true;
          doc_.actors[actor_of_[full]].kind = ActorKind::Person;
        }
        if (c.person && c.role != TitleClass::None) note_role(actor_of_[full], c.role, c.role_word);
        continue;
      }
      if (c.common_word) continue;  // "Telephone call centres ...", even with a "Telephone Preference Service"
      const int by_start = nearest(by_first, word, k);
      if (by_start >= 0 && actor_of_[by_start] >= 0) {
        assign(k, actor_of_[by_start], "first word of " + quoted(c_[by_start].name));
        continue;
      }
      if (c.common_word) continue;  // "Activity in cyberspace"
      if (c.after_in) continue;     // "in Gateshead": a location
      if (c.sentence_initial && !c.honorific && c.role == TitleClass::None && gaz_.title(word) != TitleClass::None)
        continue;
      const bool person = c.person;
      const int a = actor("N:" + lower(word), c.name, person ? ActorKind::Person : ActorKind::Organisation);
      if (person) extra_[a].confirmed_person = true;
      assign(k, a, c.rule);
      if (c.person && c.role != TitleClass::None) note_role(a, c.role, c.role_word);
    }
  }

  // Two to four capitalised words with no common English word after the first ("Theme Park" is no person;
  // "Jack Law" becomes one when "Mr Law" or a role says so).
  bool looks_like_person(const Candidate& c) const {
    const size_t first = c.first_token + (c.honorific ? 1 : 0);
    if (c.end_token - first > 4 || doc_.tokens[first].all_caps) return false;
    // Surnames are often ordinary words ("Bell", "Fox", "Law"), given names rarely: judge the first word, and
    // reject names made only of ordinary words ("White Paper", "Human Rights").
    if (gaz_.common_word(lower(w(first)))) return false;
    for (size_t t = first + 1; t < c.end_token; ++t)
      if (w(t) == "&" || gaz_.head(w(t)) != HeadKind::None) return false;
    return true;
  }

  void note_role(int a, TitleClass role, const std::string& word) {
    extra_[a].confirmed_person = true;
    if (extra_[a].has_role) return;
    extra_[a].has_role = true;
    extra_[a].role_word = word;
    extra_[a].minister = role == TitleClass::Minister;
  }

  // The candidate under `word` nearest before k, else the first after it.
  int nearest(const std::unordered_map<std::string_view, std::vector<int>>& index, std::string_view word,
              size_t k) const {
    const auto it = index.find(word);
    if (it == index.end()) return -1;
    int best = -1;
    for (int x : it->second) {
      if (x == static_cast<int>(k) || actor_of_[x] < 0) continue;
      if (x < static_cast<int>(k))
        best = x;
      else if (best < 0)
        return x;
    }
    return best;
  }

  // [SECTION] Affiliations: bodies, then people
  int state_of_candidate(size_t k) const {
    const CandidateKind kind = c_[k].kind;
    if (kind == CandidateKind::State) return c_[k].target;
    return -1;
  }

  // The country a body without a state word belongs to: a possessive before it ("China's Ministry of ..."),
  // else the nearest country in its sentence, else the most mentioned country so far.
  int context_country(size_t k, std::string& why) const {
    const Candidate& c = c_[k];
    if (c.first_token >= 2 && is_possessive(w(c.first_token - 1))) {
      const int before = end_at_[c.first_token - 1];
      if (before >= 0 && state_of_candidate(before) >= 0) {
        why = "possessive";
        return state_of_candidate(before);
      }
    }
    int best = -1;
    uint32_t best_distance = ~0u;
    for (size_t x = 0; x < c_.size(); ++x) {
      if (c_[x].sentence != c.sentence || state_of_candidate(x) < 0) continue;
      const uint32_t d =
          c_[x].first_token > c.first_token ? c_[x].first_token - c.first_token : c.first_token - c_[x].first_token;
      if (d < best_distance) {
        best_distance = d;
        best = state_of_candidate(x);
      }
    }
    if (best >= 0) {
      why = "nearest country in the sentence";
      return best;
    }
    std::unordered_map<int, int> counts;
    int top = -1, top_count = 0;
    for (size_t x = 0; x < k; ++x) {
      const int s = state_of_candidate(x);
      if (s >= 0 && ++counts[s] > top_count) {
        top = s;
        top_count = counts[s];
      }
    }
    if (top >= 0) {
      why = "most mentioned country";
      return top;
    }
    for (int d : domestic_)  // an article about one country's parties is about that country
      if (gaz_.countries()[d].parent < 0) {
        why = "country whose parties the article names";
        return d;
      }
    return -1;
  }

  void body_affiliations() {
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      const int a = actor_of_[k];
      if (a < 0 || c.kind != CandidateKind::Organisation || doc_.actors[a].affiliation >= 0) continue;
      if (c.parent_org >= 0) {
        const KnownOrganisation& o = gaz_.organisations()[c.parent_org];
        set_affiliation(a, actor("O:" + o.key, o.name, o.kind, o.key), "organisation named in the body's name");
        continue;
      }
      if (c.party >= 0 && c.head == HeadKind::Party) {
        set_affiliation(a, party_actor(c.party), "party named in the body's name");
        continue;
      }
      const bool state_body = c.head == HeadKind::Government || c.head == HeadKind::Ministry ||
                              c.head == HeadKind::Executive || c.head == HeadKind::Diplomatic;
      if (!state_body) continue;
      int country = c.state;
      std::string why = "country named in the body's name";
      if (country < 0 && (c.head == HeadKind::Ministry || c.head == HeadKind::Diplomatic ||
                          (c.first_token >= 2 && is_possessive(w(c.first_token - 1)))))
        country = context_country(k, why);
      if (country < 0) continue;
      if (c.head == HeadKind::Executive) {
        std::string side_why;
        set_affiliation(a, executive_side(country, side_why), side_why);
      } else {
        set_affiliation(a, state_actor(country), why);
      }
    }
  }

  bool is_person(int a) const { return a >= 0 && doc_.actors[a].kind == ActorKind::Person; }

  // The body a person speaks for, from the words before the name: "Foreign Ministry spokesman Zhao Lijian",
  // "Tory co-chairman Liam Fox", "The Scottish National Party's Holyrood leader Nicola Sturgeon".
  int role_before(size_t k, TitleClass& role, std::string& role_word) const {
    const Candidate& c = c_[k];
    const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
    bool seen_role = c.role != TitleClass::None;
    bool lower_role_seen = false;
    role = c.role;
    role_word = c.role_word;
    size_t j = c.first_token;
    // "The Conservatives' leader, David Cameron, ...", "the Tory leader, Michael Howard, ...".
    if (j > sentence_start + 3 && w(j - 1) == ",") {
      size_t q = j - 1;
      TitleClass found_role = TitleClass::None;
      std::string found_word;
      // Role words and, once one is seen, the lower-case words that qualify it ("shadow home secretary").
      for (int n = 0; q > sentence_start && n < 4; ++n) {
        const TitleClass tc = gaz_.title(w(q - 1));
        const Token& t = doc_.tokens[q - 1];
        const bool modifier = found_role != TitleClass::None && tc == TitleClass::None && t.kind == TokenKind::Word &&
                              !t.capitalised && !t.all_caps && !is_possessive(w(q - 1)) && w(q - 1) != "the" &&
                              w(q - 1) != "a" && start_at_[q - 1] < 0;
        if (!modifier && (tc == TitleClass::None || tc == TitleClass::Honorific)) break;
        if (found_role == TitleClass::None) {
          found_role = tc;
          found_word = lower(w(q - 1));
        }
        --q;
      }
      if (found_role != TitleClass::None && q > sentence_start) {
        size_t owner_end = q;
        if (is_possessive(w(q - 1)) || w(q - 1) == "'" || w(q - 1) == "\xE2\x80\x99") --owner_end;
        const int owner = end_at_[owner_end];
        if (owner >= 0 && actor_of_[owner] >= 0 && !is_person(actor_of_[owner])) {
          role = found_role;
          role_word = found_word;
          return owner;
        }
      }
    }
    // "a spokesman for the Russian defence ministry, Pavel Orlov, ...": a role "for"/"of" a body, then the name.
    if (j > sentence_start + 3 && w(j - 1) == ",") {
      const int body = end_at_[j - 1];
      if (body >= 0 && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
        size_t q = c_[body].first_token;
        if (q > sentence_start && (w(q - 1) == "the" || w(q - 1) == "The")) --q;
        if (q > sentence_start + 1 && (w(q - 1) == "for" || w(q - 1) == "of" || w(q - 1) == "at")) {
          const TitleClass tc = gaz_.title(w(q - 2));
          if (tc != TitleClass::None && tc != TitleClass::Honorific) {
            role = tc;
            role_word = lower(w(q - 2));
            return body;
          }
        }
      }
    }
    // "the European Union (EU), whose high representative for Foreign Policy, Josep Borrell, ...".
    if (j > sentence_start + 3 && w(j - 1) == ",") {
      for (size_t q = j - 1, n = 0; q > sentence_start && n < 10; --q, ++n) {
        const std::string_view x = w(q - 1);
        if (x != "whose") continue;
        size_t owner_end = q - 1;
        if (owner_end > sentence_start && w(owner_end - 1) == ",") --owner_end;
        if (owner_end > sentence_start && w(owner_end - 1) == ")") {  // "(EU)"
          while (owner_end > sentence_start && w(owner_end - 1) != "(") --owner_end;
          if (owner_end > sentence_start) --owner_end;
        }
        const int owner = end_at_[owner_end];
        if (owner < 0 || actor_of_[owner] < 0) break;
        for (size_t t = q; t + 1 < j; ++t) {
          const TitleClass tc = gaz_.title(w(t));
          if (tc != TitleClass::None && tc != TitleClass::Honorific) {
            role = tc;
            role_word = lower(w(t));
            return owner;
          }
        }
        break;
      }
    }
    // "Lib Dem Charles Kennedy": a party named right before a person is the person's party.
    if (!seen_role && end_at_[j] >= 0 && end_at_[j] != static_cast<int>(k) &&
        c_[end_at_[j]].kind == CandidateKind::Party && actor_of_[end_at_[j]] >= 0) {
      role = TitleClass::Role;
      role_word = "member";
      return end_at_[j];
    }
    for (int steps = 0; j > sentence_start && steps < 6; ++steps) {
      const int before = end_at_[j];
      if (before >= 0 && before != static_cast<int>(k) && actor_of_[before] >= 0 && steps > 0) {
        if (!seen_role) return -1;
        int found = before;
        // An unknown word right after a possessive body is a modifier: prefer the body ("Party's Holyrood leader").
        const Candidate& b = c_[before];
        if (b.kind == CandidateKind::Name && b.first_token >= 2 && is_possessive(w(b.first_token - 1)) &&
            end_at_[b.first_token - 1] >= 0 && actor_of_[end_at_[b.first_token - 1]] >= 0)
          found = end_at_[b.first_token - 1];
        return found;
      }
      --j;
      const Token& t = doc_.tokens[j];
      // "The Tories' Oliver Letwin": a plural possessive, the apostrophe alone after a word ending in s.
      if ((w(j) == "'" || w(j) == "\xE2\x80\x99") && j > sentence_start && w(j - 1).ends_with("s")) {
        const int owner = end_at_[j];
        if (owner >= 0 && actor_of_[owner] >= 0 && !is_person(actor_of_[owner]) && (seen_role || steps == 0))
          return owner;
        return -1;
      }
      if (t.kind != TokenKind::Word) return -1;
      const std::string_view x = w(j);
      if (is_possessive(x)) {
        const int owner = end_at_[j];
        if (owner >= 0 && actor_of_[owner] >= 0 && (seen_role || steps == 0)) return owner;  // "Labour's Alan Milburn"
        return -1;
      }
      const TitleClass tc = gaz_.title(x);
      if (tc != TitleClass::None && tc != TitleClass::Honorific) {
        if (!seen_role) {
          role = tc;
          role_word = lower(x);
        }
        seen_role = true;
        lower_role_seen = lower_role_seen || !t.capitalised;
        continue;
      }
      if (!seen_role) return -1;
      if (x == "the" || x == "The" || x == "and" || x == "said" || x == "says") return -1;
      // A role written inside the name's chunk ("Home Secretary Charles Clarke") takes only capitalised
      // modifiers: a lower-case word before them belongs to the sentence ("... attacked Home Secretary").
      if (!lower_role_seen && !t.capitalised) return -1;
    }
    return -1;
  }

  // "Jack Law, chief executive of Alcohol Focus Scotland": a role then "of" a body after a comma.
  int role_after(size_t k, TitleClass& role, std::string& role_word) const {
    const Candidate& c = c_[k];
    size_t j = c.end_token;
    // "Chancellor Angela Merkel of Germany".
    if (c.role != TitleClass::None && j + 1 < doc_.tokens.size() && w(j) == "of") {
      size_t b = j + 1;
      if (w(b) == "the" && b + 1 < doc_.tokens.size()) ++b;
      const int body = start_at_[b];
      if (body >= 0 && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
        role = c.role;
        role_word = c.role_word;
        return body;
      }
    }
    if (j >= doc_.tokens.size() || w(j) != ",") return -1;
    bool seen_role = false;
    for (size_t steps = 0, i = j + 1; i < doc_.tokens.size() && steps < 7; ++i, ++steps) {
      const Token& t = doc_.tokens[i];
      if (t.kind != TokenKind::Word) return -1;
      const std::string_view x = w(i);
      const TitleClass tc = gaz_.title(x);
      if (tc != TitleClass::None && tc != TitleClass::Honorific) {
        if (!seen_role || role == TitleClass::Role) {
          role = tc;
          role_word = lower(x);
        }
        seen_role = true;
        continue;
      }
      if (seen_role && (x == "of" || x == "at" || x == "for" || x == "from")) {
        size_t b = i + 1;
        if (b < doc_.tokens.size() && (w(b) == "the" || w(b) == "The")) {
          if (start_at_[b] >= 0 && actor_of_[start_at_[b]] >= 0) return start_at_[b];
          ++b;
        }
        if (b >= doc_.tokens.size() || start_at_[b] < 0) return -1;
        int body = start_at_[b];
        if (c_[body].appositive && c_[body].end_token + 1 < start_at_.size()) body = start_at_[c_[body].end_token + 1];
        if (body < 0 || actor_of_[body] < 0) return -1;
        const size_t after = c_[body].end_token;
        if (after < doc_.tokens.size() && is_possessive(w(after))) {
          // "the chairman of Spain's most powerful bank, Santander Central Hispano": the body is named after.
          for (size_t q = after + 1, n = 0; q < doc_.tokens.size() && n < 6; ++q, ++n) {
            if (start_at_[q] >= 0 && actor_of_[start_at_[q]] >= 0) return start_at_[q];
            if (doc_.tokens[q].kind != TokenKind::Word && w(q) != ",") break;
          }
          return -1;
        }
        return body;
      }
      if (start_at_[i] >= 0) {
        if (!seen_role) {
          // "Mr Law, the Labour MP": a body named before the role.
          const int body = start_at_[i];
          const size_t after = c_[body].end_token;
          if (after < doc_.tokens.size() && gaz_.title(w(after)) != TitleClass::None &&
              gaz_.title(w(after)) != TitleClass::Honorific && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
            role = gaz_.title(w(after));
            role_word = lower(w(after));
            return body;
          }
          // "Kari Holm, Norway's fisheries minister,": a possessive body, lower-case modifiers, then the role.
          if (steps == 0 && after < doc_.tokens.size() && is_possessive(w(after)) && actor_of_[body] >= 0 &&
              !is_person(actor_of_[body])) {
            for (size_t q = after + 1, n = 0; q < doc_.tokens.size() && n < 4; ++q, ++n) {
              const Token& m = doc_.tokens[q];
              if (m.kind != TokenKind::Word || start_at_[q] >= 0) break;
              const TitleClass tc = gaz_.title(w(q));
              if (tc != TitleClass::None && tc != TitleClass::Honorific) {
                // "Lib Dem's elections chief Lord Rennard": a name after the role is whose role it is.
                size_t r = q + 1;
                while (r < doc_.tokens.size() && gaz_.title(w(r)) != TitleClass::None) ++r;
                if (r < doc_.tokens.size() && (start_at_[r] >= 0 || doc_.tokens[r].capitalised)) break;
                role = tc;
                role_word = lower(w(q));
                return body;
              }
              if (m.capitalised && !m.all_caps && tc == TitleClass::None && n > 0) break;
            }
          }
        }
        return -1;
      }
    }
    return -1;
  }

  bool shadow_before(size_t k) const {
    const uint32_t start = doc_.sentences[c_[k].sentence].first_token;
    for (size_t j = c_[k].first_token, n = 0; j > start && n < 6; --j, ++n) {
      const std::string_view x = w(j - 1);
      if (x == "shadow" || x == "Shadow" || x == "opposition" || x == "Opposition") return true;
    }
    return false;
  }

  int home_country() const {
    // The country whose parties the article discusses, else the most mentioned country.
    for (int d : domestic_)
      if (gaz_.countries()[d].parent < 0) return d;
    std::unordered_map<int, int> counts;
    int top = -1, top_count = 0;
    for (size_t x = 0; x < c_.size(); ++x) {
      const int s = state_of_candidate(x);
      if (s >= 0 && ++counts[s] > top_count) {
        top = s;
        top_count = counts[s];
      }
    }
    return top;
  }

  void person_affiliations() {
    for (size_t k = 0; k < c_.size(); ++k) {
      const int a = actor_of_[k];
      if (a < 0 || c_[k].kind != CandidateKind::Name) continue;
      if (!is_person(a) && (doc_.actors[a].kind != ActorKind::Organisation || name_tokens(c_[k]) < 2)) continue;
      TitleClass role = TitleClass::None;
      std::string role_word;
      int body = role_before(k, role, role_word);
      std::string how = "role " + quoted(role_word) + " of the body named before the name";
      if (body < 0) {
        body = role_after(k, role, role_word);
        how = "role " + quoted(role_word) + " of the body named after the name";
      }
      if (!is_person(a)) {
        // A name with a role word before or after it is a person ("Tory co-chairman Liam Fox").
        if (role == TitleClass::None) continue;
        doc_.actors[a].kind = ActorKind::Person;
        extra_[a].confirmed_person = true;
      }
      // A shadow minister speaks for the opposition, not the government.
      if (role == TitleClass::Minister && shadow_before(k)) role = TitleClass::Role;
      if (role != TitleClass::None) note_role(a, role, role_word);
      if (doc_.actors[a].affiliation >= 0) continue;
      if (body >= 0 && actor_of_[body] >= 0 && actor_of_[body] != a) {
        int to = actor_of_[body];
        // A name a person speaks for is a body unless something says it is a person ("Alcohol Focus Scotland").
        if (is_person(to) && extra_[to].confirmed_person)
          body = -1;
        else if (is_person(to))
          doc_.actors[to].kind = ActorKind::Organisation;
      }
      if (body >= 0 && actor_of_[body] >= 0 && actor_of_[body] != a) {
        int to = actor_of_[body];
        Actor& target = doc_.actors[to];
        if (role == TitleClass::Media && target.kind == ActorKind::Organisation) target.kind = ActorKind::Media;
        int country = extra_[to].country;
        // "Mr Hain, Leader of the Commons": who leads a government body of a state in its domestic politics
        // is a minister.
        if (country < 0 && target.kind == ActorKind::Government &&
            (role == TitleClass::Minister || role == TitleClass::Head)) {
          int root = to;
          for (int guard = 0; doc_.actors[root].affiliation >= 0 && guard < 16; ++guard)
            root = doc_.actors[root].affiliation;
          const int body_country = extra_[root].country >= 0 ? extra_[root].country : extra_[to].body_of;
          if (body_country >= 0 && domestic(body_country)) {
            country = body_country;
            role = TitleClass::Minister;
          }
        }
        if (role == TitleClass::Minister && country >= 0) {
          std::string why;
          to = executive_side(country, why);
          how += ", minister: " + why;
        }
        set_affiliation(a, to, how + " " + quoted(surface(c_[body])));
        continue;
      }
      // "The country's foreign minister, Kari Holm,": the country named last.
      if (TitleClass r = TitleClass::None; the_country_role_before(k, r, role_word)) {
        const int country = recent_country(k);
        if (country >= 0) {
          role = r;
          note_role(a, role, role_word);
          std::string why = "state";
          const int to = role == TitleClass::Minister ? executive_side(country, why) : state_actor(country);
          set_affiliation(a, to, "role " + quoted(role_word) + " of \u201cthe country\u201d named last: " + why);
          continue;
        }
      }
      // "Foreign ministry spokeswoman Hua", "the ministry's spokesman, Wang": a government body written in lower
      // case before the role speaks for the country the story is about at that point.
      if (role != TitleClass::Minister && government_words_before(k, role, role_word)) {
        const int country = recent_country(k);
        if (country >= 0) {
          set_affiliation(a, state_actor(country),
                          "role " + quoted(role_word) + " of a government body of the country named last");
          continue;
        }
      }
      if (role == TitleClass::Minister) {
        // The country whose parties the article names, else the country named nearest in the sentence
        // ("Prime Minister Tony Blair ... when Britain chairs the G8").
        std::string where;
        int home = home_country();
        if (domestic_.empty()) home = context_country(k, where);
        // A title only one country uses ("Foreign Secretary Jack Straw") names the country.
        if (const int titled = national_title_before(k); titled >= 0) home = titled;
        if (home >= 0) {
          std::string why;
          const int to = executive_side(home, why);
          set_affiliation(a, to, "minister " + quoted(role_word) + ": " + why);
        } else if (ruling_party_ >= 0 && gaz_.parties()[ruling_party_].country < 0) {
          // No country named, but the article names the ruling party ("the ruling Social Democrats").
          set_affiliation(a, party_actor(ruling_party_),
                          "minister " + quoted(role_word) + ": the party the article calls ruling");
        }
      }
    }
  }

  // "the country's foreign minister, NAME" / "the nation's president NAME": a role (after lower-case modifiers)
  // owned by "the country" or "the nation" right before the name; sets the role.
  bool the_country_role_before(size_t k, TitleClass& role, std::string& role_word) const {
    const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
    size_t q = c_[k].first_token + (c_[k].honorific ? 1 : 0);
    if (q > sentence_start && w(q - 1) == ",") --q;
    TitleClass found = TitleClass::None;
    std::string word;
    for (int n = 0; q > sentence_start + 2 && n < 4; ++n, --q) {
      const std::string_view x = w(q - 1);
      const Token& t = doc_.tokens[q - 1];
      if (t.kind != TokenKind::Word || start_at_[q - 1] >= 0 || end_at_[q] >= 0) return false;
      if (is_possessive(x)) break;
      const TitleClass tc = gaz_.title(x);
      if (tc != TitleClass::None && tc != TitleClass::Honorific) {
        if (found == TitleClass::None) {
          found = tc;
          word = lower(x);
        }
        continue;
      }
      if (found == TitleClass::None || t.capitalised) return false;
    }
    if (found == TitleClass::None || q < sentence_start + 3 || !is_possessive(w(q - 1))) return false;
    const std::string owner = lower(w(q - 2));
    const std::string_view det = w(q - 3);
    if ((owner != "country" && owner != "nation") || (det != "the" && det != "The")) return false;
    role = found;
    role_word = word;
    return true;
  }

  // The country of a national title right before candidate k ("Home Secretary", "Chancellor of the
  // Exchequer"): the longest run of up to five words ending at the name, or -1.
  int national_title_before(size_t k) const {
    const size_t first = c_[k].first_token + (c_[k].honorific ? 1 : 0);
    const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
    std::string phrase;
    int found = -1;
    for (size_t n = 1; n <= 5 && first >= sentence_start + n; ++n) {
      const Token& t = doc_.tokens[first - n];
      if (t.kind != TokenKind::Word) break;
      phrase = n == 1 ? lower(w(first - n)) : lower(w(first - n)) + " " + phrase;
      if (const int c = gaz_.title_country(phrase); c >= 0) found = c;
    }
    return found;
  }

  // Lower-case words naming a government body among the few words before a name (the sentence's own words,
  // up to a full stop or a verb-like break): "foreign ministry spokeswoman", "the ministry's spokesman,".
  // A role word must stand between the body and the name (`role` is set from it when still None).
  static bool government_word(std::string_view x) {
    if (x.empty()) return false;
    const std::string_view rest = x.substr(1);
    switch (x[0]) {
      case 'm':
      case 'M':
        return rest == "inistry";
      case 'g':
      case 'G':
        return rest == "overnment";
      case 'e':
      case 'E':
        return rest == "mbassy";
      case 'p':
      case 'P':
        return rest == "residential";
      case 'c':
      case 'C':
        return rest == "abinet";
      default:
        return false;
    }
  }
  bool government_words_before(size_t k, TitleClass& role, std::string& role_word) const {
    const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
    bool any = false;  // most names have none: no title lookups then
    for (size_t j = c_[k].first_token, n = 0; j > sentence_start && n < 6 && !any; --j, ++n)
      any = government_word(w(j - 1));
    if (!any) return false;
    TitleClass seen = role;
    std::string seen_word = role_word;
    for (size_t j = c_[k].first_token, n = 0; j > sentence_start && n < 6; --j, ++n) {
      const Token& t = doc_.tokens[j - 1];
      const std::string_view x = w(j - 1);
      if (t.kind != TokenKind::Word && x != "," && !is_possessive(x)) return false;
      if (start_at_[j - 1] >= 0 || end_at_[j] >= 0) return false;  // a named body or person before: other rules
      const TitleClass tc = gaz_.title(x);
      if (seen == TitleClass::None && tc != TitleClass::None && tc != TitleClass::Honorific) {
        seen = tc;
        seen_word = lower(x);
        continue;
      }
      if (government_word(x)) {
        if (seen == TitleClass::None || seen == TitleClass::Minister) return false;
        role = seen;
        role_word = seen_word;
        return true;
      }
    }
    return false;
  }

  // The country named last before candidate k: the nearest before it in its sentence, else the first named in
  // the nearest of the three sentences before (usually that sentence's subject).
  int recent_country(size_t k) const {
    const uint32_t sentence = c_[k].sentence;
    int best = -1;
    for (size_t x = k; x-- > 0;) {
      const int s = state_of_candidate(x);
      if (c_[x].sentence == sentence) {
        if (s >= 0) return s;
        continue;
      }
      if (c_[x].sentence + 3 < sentence) break;
      if (best >= 0 && c_[x].sentence != c_[static_cast<size_t>(best)].sentence) break;
      if (s >= 0) best = static_cast<int>(x);
    }
    return best >= 0 ? state_of_candidate(static_cast<size_t>(best)) : -1;
  }

  // [SECTION] Descriptions
  bool reaches(int a, int target) const {
    for (int guard = 0; a >= 0 && guard < 16; a = doc_.actors[a].affiliation, ++guard)
      if (a == target) return true;
    return false;
  }

  static std::string stem(const std::string& role) { return role.substr(0, std::min<size_t>(role.size(), 5)); }

  void descriptions() {
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      if (c.kind != CandidateKind::Description) continue;
      if (c.region) {
        region_description(k);
        continue;
      }
      if (c.appositive) {
        // The candidate after the comma; without one, the words still name the country.
        const int next = c.end_token + 1 < start_at_.size() ? start_at_[c.end_token + 1] : -1;
        if (next >= 0 && actor_of_[next] >= 0)
          assign(k, actor_of_[next], "apposition " + quoted(surface(c)));
        else if (c.state >= 0)
          assign(k, state_actor(c.state), c.rule);
        continue;
      }
      if (c.describes_government) {
        government_description(k);
        continue;
      }
      if (c.group) {
        assign(k, actor("G:" + *c.group, *c.group, ActorKind::Group), "group named by a common noun");
        continue;
      }
      if (!c.describes_person) continue;
      const int side = c.party >= 0 ? party_actor(c.party) : c.state >= 0 ? state_actor(c.state) : -1;
      if (side < 0) {
        office_description(k);
        continue;
      }
      int found = -1;
      // "The Lithuanian foreign minister, Gabrielius Landsbergis, ...": the name in apposition is the person.
      if (c.end_token + 1 < start_at_.size() && w(c.end_token) == ",") {
        const int next = start_at_[c.end_token + 1];
        if (next >= 0 && c_[next].kind == CandidateKind::Name && is_person(actor_of_[next]) &&
            c_[next].end_token < doc_.tokens.size() && (w(c_[next].end_token) == "," || w(c_[next].end_token) == ".")) {
          found = actor_of_[next];
          set_affiliation(found, side, "described in apposition as " + quoted(surface(c)));
          note_role(found, c.role, c.role_word);
          assign(k, found, "description in apposition " + quoted(surface(c)));
          continue;
        }
      }
      // "Max Brenner, the German chancellor, said": the name right before the comma is the person described.
      if (c.first_token >= 2 && w(c.first_token - 1) == "," && c.end_token < doc_.tokens.size() &&
          (w(c.end_token) == "," || w(c.end_token) == "." || w(c.end_token) == ")")) {
        const int prev = end_at_[c.first_token - 1];
        if (prev >= 0 && c_[prev].kind == CandidateKind::Name && actor_of_[prev] >= 0 &&
            c_[prev].sentence == c.sentence &&
            (is_person(actor_of_[prev]) || (doc_.actors[actor_of_[prev]].kind == ActorKind::Organisation &&
                                            !extra_[actor_of_[prev]].confirmed_person))) {
          found = actor_of_[prev];
          if (!is_person(found)) {
            doc_.actors[found].kind = ActorKind::Person;
            extra_[found].confirmed_person = true;
          }
          if (doc_.actors[found].affiliation < 0)
            set_affiliation(found, side, "described in apposition as " + quoted(surface(c)));
          note_role(found, c.role, c.role_word);
          assign(k, found, "description in apposition " + quoted(surface(c)));
          continue;
        }
      }
      // A minister of a country in its domestic politics sides with the governing party: "the British prime
      // minister" is the Prime Minister named before even when he takes Labour's side.
      int executive = -1;
      if (c.state >= 0 && c.role == TitleClass::Minister && domestic(c.state)) {
        const int root = gaz_.countries()[c.state].parent >= 0 ? gaz_.countries()[c.state].parent : c.state;
        const int p = governing_party(root);
        const auto it = p >= 0 ? by_key_.find("P:" + gaz_.parties()[p].key) : by_key_.end();
        if (it != by_key_.end()) executive = it->second;
      }
      // The most recent person of that side with the same role, then any person of that side.
      for (int pass = 0; pass < 2 && found < 0; ++pass)
        for (size_t x = k; x-- > 0;) {
          const int p = actor_of_[x];
          // A minister of no known side yet is the one the description names ("Prime Minister X ... the British prime
          // minister").
          if (!is_person(p)) continue;
          const bool unaffiliated_minister =
              pass == 0 && c.role == TitleClass::Minister && extra_[p].minister && doc_.actors[p].affiliation < 0;
          if (!(reaches(p, side) || unaffiliated_minister || (executive >= 0 && pass == 0 && reaches(p, executive))))
            continue;
          if (pass == 0 && (!extra_[p].has_role || stem(extra_[p].role_word) != stem(c.role_word))) continue;
          found = p;
          break;
        }
      if (found >= 0 && doc_.actors[found].affiliation < 0)
        set_affiliation(found, executive >= 0 ? executive : side, "described as " + quoted(surface(c)));
      if (found < 0 && c.party >= 0) {
        // "Michael Howard has said ... the Tory leader": the most mentioned person of no known side so far.
        std::unordered_map<int, int> counts;
        int best = 0;
        for (size_t x = 0; x < k; ++x) {
          const int p = actor_of_[x];
          if (!is_person(p) || doc_.actors[p].affiliation >= 0) continue;
          const int n = ++counts[p];
          if (n > best) {
            best = n;
            found = p;
          }  // ties: the person named first, usually the subject
        }
        if (found >= 0) set_affiliation(found, side, "described as " + quoted(surface(c)));
      }
      if (found < 0) {
        const std::string name = surface(c);
        found = actor("D:" + lower(name), name, ActorKind::Person);
        set_affiliation(found, side, "description");
      }
      assign(k, found, "description " + quoted(surface(c)));
    }
  }

  // "the prime minister": the person known to hold that office, else the most mentioned person so far whose
  // side is not known (ties: the one named first), who then takes the minister rule.
  void office_description(size_t k) {
    const Candidate& c = c_[k];
    int found = -1;
    // The named holder of the office: the latest before, else (a headline) the first named after.
    const auto holder = [&](size_t x) {
      const int p = actor_of_[x];
      return is_person(p) && extra_[p].has_role && extra_[p].minister &&
             stem(extra_[p].role_word) == stem(c.role_word) && extra_[p].key.rfind("D:", 0) != 0;
    };
    for (size_t x = k; x-- > 0 && found < 0;)
      if (holder(x)) found = actor_of_[x];
    for (size_t x = k + 1; x < c_.size() && found < 0 && doc_.sentences[c.sentence].headline; ++x)
      if (c_[x].kind == CandidateKind::Name && holder(x)) found = actor_of_[x];
    if (found < 0) {
      // Only a person named in this or the two sentences before, and not when a pronoun before the office
      // in its sentence already points at the last person named ("He called on the prime minister ...").
      const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
      bool pronoun = false;
      for (size_t t = sentence_start; t < c.first_token; ++t) {
        const std::string_view x = w(t);
        if (x == "He" || x == "he" || x == "She" || x == "she") pronoun = true;
      }
      std::unordered_map<int, int> counts;
      int best = 0;
      for (size_t x = 0; x < k && !pronoun; ++x) {
        const int p = actor_of_[x];
        if (!is_person(p) || doc_.actors[p].affiliation >= 0 || extra_[p].has_role) continue;
        const int n = ++counts[p];
        // Not a person named earlier in the same sentence: that is who acts on the office ("Mr Letwin accused
        // the chancellor ...").
        if (n > best && c_[x].sentence + 2 >= c.sentence && c_[x].sentence != c.sentence) {
          best = n;
          found = p;
        }
      }
      if (found < 0) {
        // In a country's domestic politics an office nobody is named for still belongs to the governing side
        // ("Mr Letwin accused the chancellor of ..."): an actor of its own, on that side.
        if (domestic_.empty()) return;
        const int home = home_country();
        if (home < 0) return;
        std::string why;
        const int side = executive_side(home, why);
        if (side < 0) return;
        std::string office = lower(surface(c));
        if (office.rfind("the ", 0) == 0) office.erase(0, 4);
        const int a = actor("D:" + office, "the " + office, ActorKind::Person);
        extra_[a].confirmed_person = true;
        note_role(a, TitleClass::Minister, c.role_word);
        set_affiliation(a, side, "office " + quoted(surface(c)) + " in domestic politics: " + why);
        assign(k, a, "description " + quoted(surface(c)) + ", holder not named");
        return;
      }
      note_role(found, TitleClass::Minister, c.role_word);
      const int home = home_country();
      if (home >= 0) {
        std::string why;
        set_affiliation(found, executive_side(home, why), "described as " + quoted(surface(c)) + ": " + why);
      }
    }
    assign(k, found, "description " + quoted(surface(c)));
  }

  // "the government": in a country's domestic politics its executive, on the governing side (the same actor as
  // "the British government"); else the state named last, or the most mentioned one.
  void government_description(size_t k) {
    const Candidate& c = c_[k];
    int country = -1;
    std::string why;
    if (c.rule == "description:ministers" && domestic_.empty()) return;  // whose ministers is not clear
    if (!domestic_.empty()) {
      country = home_country();
      why = "the country whose parties the article names";
    } else {
      country = recent_country(k);
      why = "the country named last";
      if (country < 0) {
        country = home_country();
        why = "the most mentioned country";
      }
    }
    if (country < 0) return;
    const std::string how = "description (" + why + ")";
    if (domestic(country)) {
      std::string side_why;
      const int side = executive_side(country, side_why);
      if (side >= 0) {
        const Country& home = gaz_.countries()[country];
        const int a = actor("E:" + home.code, home.adjective + " government", ActorKind::Government);
        assign(k, a, how);
        set_affiliation(a, side, "the executive in domestic politics: " + side_why);
        return;
      }
    }
    assign(k, state_actor(country), how);
  }

  void region_description(size_t k) {
    const Candidate& c = c_[k];
    std::unordered_map<int, int> counts;
    int best = -1, best_count = 0;
    for (size_t x = 0; x < k; ++x) {
      const int s = state_of_candidate(x);
      if (s < 0 || !std::binary_search(c.region->begin(), c.region->end(), s)) continue;
      const int n = ++counts[s];
      if (n >= best_count) {
        best_count = n;
        best = s;
      }
    }
    if (best < 0) return;
    assign(k, state_actor(best), "description " + quoted(surface(c)) + ", most mentioned country of the region");
  }

  // [SECTION] Mentions and pruning
  void mentions_and_pruning() {
    std::vector<Mention> ms;
    for (size_t k = 0; k < c_.size(); ++k)
      if (actor_of_[k] >= 0) ms.push_back({c_[k].span, actor_of_[k], std::string(c_[k].rule)});
    std::stable_sort(ms.begin(), ms.end(),
                     [](const Mention& x, const Mention& y) { return x.span.begin < y.span.begin; });
    std::vector<Mention> kept;
    for (Mention& m : ms)
      if (kept.empty() || m.span.begin >= kept.back().span.end) kept.push_back(std::move(m));
    // Keep actors that have a mention or stand at the end of someone's chain.
    std::vector<char> used(doc_.actors.size(), 0);
    for (const Mention& m : kept) used[m.actor] = 1;
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t a = 0; a < doc_.actors.size(); ++a)
        if (used[a] && doc_.actors[a].affiliation >= 0 && !used[doc_.actors[a].affiliation]) {
          used[doc_.actors[a].affiliation] = 1;
          changed = true;
        }
    }
    std::vector<int> remap(doc_.actors.size(), -1);
    std::vector<Actor> actors;
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      if (used[a]) {
        remap[a] = static_cast<int>(actors.size());
        actors.push_back(std::move(doc_.actors[a]));
      }
    for (Actor& a : actors) {
      if (a.affiliation >= 0) a.affiliation = remap[a.affiliation];
    }
    // An actor that only stands at the end of chains says whose side it is.
    for (size_t i = 0; i < actors.size(); ++i) {
      if (!actors[i].explanation.empty()) continue;
      std::string members;
      for (const Actor& b : actors)
        if (b.affiliation == static_cast<int>(i) && members.size() < 120)
          members += (members.empty() ? "" : ", ") + b.name;
      actors[i].explanation.push_back("side of: " + members);
    }
    for (size_t i = 0; i < actors.size(); ++i) actors[i].id = "a" + std::to_string(i + 1);
    for (Mention& m : kept) m.actor = remap[m.actor];
    doc_.actors = std::move(actors);
    doc_.mentions = std::move(kept);
  }

  const Gazetteer& gaz_;
  const std::vector<Candidate>& c_;
  Document& doc_;
  std::string_view text_;
  std::vector<int> actor_of_;
  std::vector<int> end_at_, start_at_;
  std::vector<Extra> extra_;
  std::unordered_map<std::string, int> by_key_;
  std::unordered_set<int> domestic_;
  std::unordered_set<int> parties_named_;
  int ruling_party_ = -1;  // the party the article calls ruling or governing, or -1
};

}  // namespace

void resolve_actors(const Gazetteer& gaz, const std::vector<Candidate>& candidates, Document& doc) {
  Resolver(gaz, candidates, doc).run();
}

}  // namespace riposte
