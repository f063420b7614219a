// [SECTION] Bodies
// [SECTION] People
#include "engine/actors/affiliation.h"

#include <algorithm>
#include <unordered_map>

#include "engine/actors/role_patterns.h"

namespace riposte::resolution {
namespace {

class Affiliations : ResolverStep {
 public:
  explicit Affiliations(ActorTable& table) : ResolverStep(table), roles_(table) {}
  void run() {
    body_affiliations();
    person_affiliations();
  }

 private:
  // [SECTION] Bodies
  // The country a body without a state word belongs to: a possessive before it ("China's Ministry of ..."),
  // else the nearest country in its sentence, else the most mentioned country so far.
  int context_country(size_t k, std::string& why) const {
    const Candidate& c = c_[k];
    if (c.first_token >= 2 && is_possessive_clitic(w(c.first_token - 1))) {
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
      // "Stevenage Labour Party"; "Democratic National Committee", "local Conservative Association": a party's own
      // organisation keeps the party's side (NOTES A13: the RNC and DNC keep REP and DEM; bbc-politics-399).
      if (c.party >= 0 && (c.head == HeadKind::Party || c.head == HeadKind::Organisation)) {
        set_affiliation(a, party_actor(c.party), "party named in the body's name");
        continue;
      }
      const bool state_body = c.head == HeadKind::Government || c.head == HeadKind::Ministry ||
                              c.head == HeadKind::Executive || c.head == HeadKind::Diplomatic;
      if (!state_body) continue;
      int country = c.state;
      std::string why = "country named in the body's name";
      if (country < 0 && (c.head == HeadKind::Ministry || c.head == HeadKind::Diplomatic ||
                          (c.first_token >= 2 && is_possessive_clitic(w(c.first_token - 1)))))
        country = context_country(k, why);
      if (country < 0) continue;
      std::string side_why;
      const int department = c.head == HeadKind::Ministry ? department_side(country, side_why) : -1;
      if (c.head == HeadKind::Executive) {
        set_affiliation(a, executive_side(country, side_why), side_why);
      } else if (department >= 0) {
        set_affiliation(a, department, "ministry in domestic politics: " + side_why);
      } else {
        set_affiliation(a, state_actor(country), why);
      }
    }
  }

  // [SECTION] People
  void person_affiliations() {
    for (size_t k = 0; k < c_.size(); ++k) person_affiliation(k);
  }

  // A named person's role and side: the body named around the name, else "the country's" role, a government body
  // in lower case, or a minister's country.
  void person_affiliation(size_t k) {
    const int a = actor_of_[k];
    if (a < 0 || c_[k].kind != CandidateKind::Name) return;
    if (!is_person(a) && (doc_.actors[a].kind != ActorKind::Organisation || name_tokens(c_[k]) < 2)) return;
    TitleClass role = TitleClass::None;
    std::string role_word;
    int body = roles_.role_before(k, role, role_word);
    std::string how = "role " + quoted(role_word) + " of the body named before the name";
    if (body < 0) {
      body = roles_.role_after(k, role, role_word);
      how = "role " + quoted(role_word) + " of the body named after the name";
    }
    if (body < 0) {
      body = roles_.its_role(k, role, role_word);
      how = "role " + quoted(role_word) + " owned by \"its\": the body named before";
    }
    if (!is_person(a)) {
      // A name with a role word before or after it is a person ("Tory co-chairman Liam Fox").
      if (role == TitleClass::None) return;
      doc_.actors[a].kind = ActorKind::Person;
      extra_[a].confirmed_person = true;
    }
    // "Former France fly-half X", "former Yukos boss X" (bbc-sport-340, bbc-business-025): a former player or
    // executive no longer speaks for the team or company (NOTES B8); a former minister or party figure keeps the side.
    const bool former = former_member(body, role);
    if (body < 0) {
      body = roles_.body_named_after(k);
      how = "the body named after the name";
    }
    // A shadow minister speaks for the opposition, not the government.
    const bool shadow = role == TitleClass::Minister && roles_.shadow_before(k);
    if (shadow) role = TitleClass::Role;
    if (role != TitleClass::None) note_role(a, role, role_word);
    if (former || doc_.actors[a].affiliation >= 0) return;
    // "Sen. Rand Paul (R-Ky.)": the party tag says it all.
    if (const int tag = roles_.party_tag_after(k); tag >= 0) {
      join_party(a, actor_of_[tag], "party tag " + quoted(surface(c_[tag])));
      return;
    }
    if (const int party = body < 0 ? roles_.party_closing_list(k) : -1; party >= 0) {
      join_party(a, actor_of_[party], "a list of names that " + quoted("and other " + surface(c_[party])) + " closes");
      return;
    }
    if (body >= 0 && actor_of_[body] >= 0 && actor_of_[body] != a) {
      const int to = actor_of_[body];
      // A name a person speaks for is a body unless something says it is a person ("Alcohol Focus Scotland"), or
      // the role is one people hold for a person ("Clinton spokesman Brian Fallon").
      const bool staff = in_lower(gaz_.words().staff_roles, role_word);
      if (is_person(to) && !staff && extra_[to].confirmed_person)
        body = -1;
      else if (is_person(to) && !staff)
        doc_.actors[to].kind = ActorKind::Organisation;
    }
    if (body >= 0 && actor_of_[body] >= 0 && actor_of_[body] != a) {
      side_of_body(a, static_cast<size_t>(body), role, how);
      return;
    }
    if (shadow && opposition_side(a)) return;
    if (side_of_country_role(k, a, role, role_word)) return;
    if (side_of_government_body(k, a, role, role_word)) return;
    if (role == TitleClass::Minister && head_of_government_side(k, a)) return;
    if (role == TitleClass::Minister) minister_side(k, a, role_word);
    if (role == TitleClass::None) known_head_side(k, a);
  }

  // "Tony Blair said", "Barack Obama's plan": a head of government the gazetteer knows, named in full with no title,
  // in an article about their country's parties, is a member of the party they led (NOTES B4: UK and US politicians
  // take their known party; bbc-politics-007, -251). A member, so that a dispute inside the party splits them off.
  // So is a party leader or nominee who never governed ("Michael Howard", "Hillary Clinton": party_leaders.tsv).
  void known_head_side(size_t k, int a) {
    if (name_tokens(c_[k]) < 2 || doc_.actors[a].affiliation >= 0) return;
    const Gazetteer::HeadOfGovernment* h = gaz_.head_of_government(c_[k].name);
    const Gazetteer::HeadOfGovernment* known = h ? h : gaz_.party_leader(c_[k].name);
    // Not when their party is the only one the article names: a dispute inside it (GUIDELINES).
    if (!known || !domestic(known->country) || t_.politics.only_party_named(known->party)) return;
    join_party(a, party_actor(known->party),
               h ? "head of government the gazetteer knows, with the party they led"
                 : "party leader or nominee the gazetteer knows, with their party");
    if (!h) return;  // a leader who never governed says nothing of who governs
    // The head of the governing party is the one "the prime minister" or "the president" names.
    const int root = gaz_.root_country(h->country);
    // (The gazetteer's heads are US presidents and UK prime ministers.)
    if (governing_party(root) == h->party)
      note_role(a, TitleClass::Minister, gaz_.countries()[root].code == "USA" ? "president" : "minister");
  }

  // The body of candidate `body` is a team, company or organisation the person was a member of, no more.
  bool former_member(int body, TitleClass role) const {
    if (body < 0 || role != TitleClass::Role || actor_of_[body] < 0 || !roles_.former_before(static_cast<size_t>(body)))
      return false;
    const ActorKind kind = doc_.actors[actor_of_[body]].kind;
    return kind == ActorKind::State || kind == ActorKind::Company || kind == ActorKind::Organisation;
  }

  // "shadow chancellor Oliver Letwin" with no party named at the name: the opposition, that is the party of the home
  // country the article names most that does not govern it (bbc-politics-270, -275, -332; NOTES B4: a shadow
  // minister takes the opposition's party).
  bool opposition_side(int a) {
    const int home = home_country();
    if (home < 0 || !domestic(home)) return false;
    const int root = gaz_.root_country(home);
    const int governing = governing_party(root);
    std::unordered_map<int, int> named;
    for (size_t x = 0; x < c_.size(); ++x) {
      if (c_[x].kind != CandidateKind::Party || actor_of_[x] < 0) continue;
      const int p = extra_[actor_of_[x]].party;
      if (p < 0 || p == governing) continue;
      const int country = gaz_.parties()[p].country;
      if (country >= 0 && gaz_.root_country(country) == root) ++named[p];
    }
    // Named twice at least, and more than any other: a party named once may be a third party the article mentions in
    // passing (bbc-politics-080, -221: one Lib Dem, no Tory word).
    int best = -1, best_count = 0, second = 0;
    for (const auto& [p, n] : named) {
      if (n > best_count || (n == best_count && p < best)) {
        second = std::max(second, best_count);
        best = p;
        best_count = n;
      } else {
        second = std::max(second, n);
      }
    }
    if (best < 0 || best_count < 2 || best_count == second) return false;
    join_party(a, party_actor(best), "shadow minister: the opposition party the article names most");
    return true;
  }

  // "Former President George W. Bush", "President Obama": a head of government (gazetteer) takes the party they led
  // in their country's domestic politics, in office or not.
  bool head_of_government_side(size_t k, int a) {
    const std::string& name = c_[k].name;
    const Gazetteer::HeadOfGovernment* h = gaz_.head_of_government(name);
    if (!h && name.find(' ') != std::string::npos) h = gaz_.head_of_government(name.substr(name.rfind(' ') + 1));
    if (!h || !domestic(h->country)) return false;
    set_affiliation(a, party_actor(h->party), "head of government, with the party they led");
    return true;
  }

  // The person speaks for the body of candidate `body`; a minister of a state, or the head of its government body in
  // its domestic politics ("Mr Hain, Leader of the Commons"), for the executive's side.
  void side_of_body(int a, size_t body, TitleClass role, std::string how) {
    int to = actor_of_[body];
    Actor& target = doc_.actors[to];
    if (role == TitleClass::Media && target.kind == ActorKind::Organisation) target.kind = ActorKind::Media;
    int country = extra_[to].country;
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
      set_affiliation(a, to, how + " " + quoted(surface(c_[body])));
      return;
    }
    join_party(a, to, how + " " + quoted(surface(c_[body])));
  }

  // "The country's foreign minister, Kari Holm,": the country named last.
  bool side_of_country_role(size_t k, int a, TitleClass& role, std::string& role_word) {
    TitleClass r = TitleClass::None;
    if (!roles_.the_country_role_before(k, r, role_word)) return false;
    const int country = recent_country(k);
    if (country < 0) return false;
    role = r;
    note_role(a, role, role_word);
    std::string why = "state";
    const int to = role == TitleClass::Minister ? executive_side(country, why) : state_actor(country);
    set_affiliation(a, to, "role " + quoted(role_word) + " of \u201cthe country\u201d named last: " + why);
    return true;
  }

  // "Foreign ministry spokeswoman Hua", "the ministry's spokesman, Wang": a government body written in lower case
  // before the role speaks for the country the story is about at that point.
  bool side_of_government_body(size_t k, int a, TitleClass& role, std::string& role_word) {
    if (role == TitleClass::Minister || !roles_.government_words_before(k, role, role_word)) return false;
    const int country = recent_country(k);
    if (country < 0) return false;
    set_affiliation(a, state_actor(country),
                    "role " + quoted(role_word) + " of a government body of the country named last");
    return true;
  }

  // A minister's side: the executive of the country whose parties the article names, else of the country named
  // nearest in the sentence ("Prime Minister Tony Blair ... when Britain chairs the G8"), or of the one country a
  // title belongs to ("Foreign Secretary Jack Straw"); else the party the article calls ruling.
  void minister_side(size_t k, int a, const std::string& role_word) {
    std::string where;
    int home = home_country();
    if (domestic_.empty()) home = context_country(k, where);
    if (const int titled = roles_.national_title_before(k); titled >= 0) home = titled;
    if (home >= 0) {
      std::string why;
      const int to = executive_side(home, why);
      set_affiliation(a, to, "minister " + quoted(role_word) + ": " + why);
    } else if (t_.politics.ruling_party() >= 0 && gaz_.parties()[t_.politics.ruling_party()].country < 0) {
      // No country named, but the article names the ruling party ("the ruling Social Democrats").
      set_affiliation(a, party_actor(t_.politics.ruling_party()),
                      "minister " + quoted(role_word) + ": the party the article calls ruling");
    }
  }

  RolePatterns roles_;
};

}  // namespace

void resolve_affiliations(ActorTable& table) { Affiliations(table).run(); }

}  // namespace riposte::resolution
