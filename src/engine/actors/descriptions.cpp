#include "engine/actors/descriptions.h"

#include <unordered_map>

namespace riposte::resolution {
namespace {

class Descriptions : ResolverStep {
 public:
  explicit Descriptions(ActorTable& table) : ResolverStep(table) {}
  void run() { descriptions(); }

 private:
  // "Sen." and "senator", "Gov." and "governor": one word begins the other (three letters at least).
  static bool same_role(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    return a.size() >= 3 && b.starts_with(a);
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
      if (c.rule == std::string_view("description:place role")) {
        place_role_description(k);
        continue;
      }
      person_description(k);
    }
  }

  // "the Chinese spokesman", "the Tory leader", "The Lithuanian foreign minister, NAME,": a person of a country or
  // party, by role; the name in apposition, else the latest person of that side with that role, else a new actor.
  void person_description(size_t k) {
    const Candidate& c = c_[k];
    const int side = c.party >= 0 ? party_actor(c.party) : c.state >= 0 ? state_actor(c.state) : -1;
    if (side < 0) {
      office_description(k);
      return;
    }
    int found = -1;
    // "The Lithuanian foreign minister, Gabrielius Landsbergis, ...": the name in apposition is the person.
    if (c.end_token + 1 < start_at_.size() && w(c.end_token) == ",") {
      const int next = start_at_[c.end_token + 1];
      if (next >= 0 && c_[next].kind == CandidateKind::Name && is_person(actor_of_[next]) &&
          c_[next].end_token < doc_.tokens.size() && (w(c_[next].end_token) == "," || w(c_[next].end_token) == ".")) {
        found = actor_of_[next];
        join_party(found, side, "described in apposition as " + quoted(surface(c)));
        note_role(found, c.role, c.role_word);
        assign(k, found, "description in apposition " + quoted(surface(c)));
        return;
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
          join_party(found, side, "described in apposition as " + quoted(surface(c)));
        note_role(found, c.role, c.role_word);
        assign(k, found, "description in apposition " + quoted(surface(c)));
        return;
      }
    }
    // A minister of a country in its domestic politics sides with the governing party: "the British prime
    // minister" is the Prime Minister named before even when he takes Labour's side.
    int executive = -1;
    if (c.state >= 0 && c.role == TitleClass::Minister && domestic(c.state)) {
      const int root = gaz_.root_country(c.state);
      const int p = governing_party(root);
      const auto it = p >= 0 ? by_key_.find("P:" + gaz_.parties()[p].key) : by_key_.end();
      if (it != by_key_.end()) executive = it->second;
    }
    if (found < 0) found = latest_person_of_side(k, side, executive);
    if (found >= 0 && doc_.actors[found].affiliation < 0 && executive >= 0)
      set_affiliation(found, executive, "described as " + quoted(surface(c)));
    else if (found >= 0 && doc_.actors[found].affiliation < 0)
      join_party(found, side, "described as " + quoted(surface(c)));
    if (found < 0 && c.party >= 0) {
      // "Michael Howard has said ... the Tory leader": the most mentioned person of no known side so far.
      found = most_mentioned_person_without_side(k);
      if (found >= 0) join_party(found, side, "described as " + quoted(surface(c)));
    }
    if (found < 0) {
      const std::string name = surface(c);
      found = actor("D:" + lower(name), name, ActorKind::Person);
      join_party(found, side, "description");
    }
    assign(k, found, "description " + quoted(surface(c)));
  }

  // "the Vermont senator": the latest person named with that role ("Sen. Bernie Sanders"), else a person of its own
  // (the person named most before it was tried: often the rival, "the Vermont senator" beside Hillary Clinton).
  void place_role_description(size_t k) {
    const Candidate& c = c_[k];
    int found = -1;
    for (size_t x = k; x-- > 0 && found < 0;) {
      const int p = actor_of_[x];
      if (is_person(p) && extra_[p].has_role && same_role(extra_[p].role_word, c.role_word)) found = p;
    }
    // None: an actor of its own, as the words made before ("Vermont").
    if (found < 0) found = actor("D:" + lower(surface(c)), surface(c), ActorKind::Person);
    assign(k, found, "description " + quoted(surface(c)));
  }

  // The most recent person of `side` (or, for a minister, of the governing `executive`, or a minister of no side
  // yet) with the description's role, then any person of that side; -1 when none.
  int latest_person_of_side(size_t k, int side, int executive) const {
    const Candidate& c = c_[k];
    for (int pass = 0; pass < 2; ++pass)
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
        return p;
      }
    return -1;
  }

  // The person mentioned most often before candidate k whose side is not known yet (ties: the one named first,
  // usually the subject), or -1.
  int most_mentioned_person_without_side(size_t k) const {
    std::unordered_map<int, int> counts;
    int best = 0, found = -1;
    for (size_t x = 0; x < k; ++x) {
      const int p = actor_of_[x];
      if (!is_person(p) || doc_.actors[p].affiliation >= 0) continue;
      const int n = ++counts[p];
      if (n > best) {
        best = n;
        found = p;
      }
    }
    return found;
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
};

}  // namespace

void resolve_descriptions(ActorTable& table) { Descriptions(table).run(); }

}  // namespace riposte::resolution
