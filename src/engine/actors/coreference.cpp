#include "engine/actors/coreference.h"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace riposte::resolution {
namespace {

// Candidates by one word of their name, in candidate order under each word: one sorted array rather than a hash map
// of vectors (a node and a vector for every distinct word of every article).
class NameIndex {
 public:
  void add(std::string_view word, int k) { entries_.emplace_back(word, k); }  // k increasing
  void finish() {
    std::sort(entries_.begin(), entries_.end());  // by word, then by candidate (each added once per word)
  }
  // The candidates under `word`, in candidate order.
  std::pair<const std::pair<std::string_view, int>*, const std::pair<std::string_view, int>*> find(
      std::string_view word) const {
    const auto first = std::lower_bound(entries_.begin(), entries_.end(), word,
                                        [](const auto& e, std::string_view w) { return e.first < w; });
    auto last = first;
    while (last != entries_.end() && last->first == word) ++last;
    return {entries_.data() + (first - entries_.begin()), entries_.data() + (last - entries_.begin())};
  }

 private:
  std::vector<std::pair<std::string_view, int>> entries_;
};

// Views into the name: the name indexes below key on candidates' names, which outlive them.
std::string_view last_word(std::string_view name) {
  const size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}
std::string_view first_word(std::string_view name) { return name.substr(0, name.find(' ')); }

class Coreference : ResolverStep {
 public:
  explicit Coreference(ActorTable& table) : ResolverStep(table) {}
  void run() { names(); }

 private:
  bool all_caps_single(const Candidate& c) const {
    return name_tokens(c) == 1 && doc_.tokens[c.end_token - 1].all_caps;
  }

  void names() {
    // Full names first, so short forms can refer forwards ("Howard" in a headline, "Michael Howard" below).
    NameIndex by_last, by_first;  // views into c_[k].name
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      const bool multi = (c.kind == CandidateKind::Name && name_tokens(c) >= 2) ||
                         (c.kind == CandidateKind::Organisation && actor_of_[k] >= 0);
      if (!multi) continue;
      if (c.kind == CandidateKind::Name) {
        if (c.after_in) continue;  // "in New York": a location
        const bool person = !named_after_person(c) && (c.person || looks_like_person(c));
        const int a = actor("N:" + lower(c.name), c.name, person ? ActorKind::Person : ActorKind::Organisation);
        assign(k, a, c.rule);
        if (c.person) extra_[a].confirmed_person = true;
        if (c.person && c.role != TitleClass::None) note_role(a, c.role, c.role_word);
      }
      // A group or campaign named after a person does not give "Soros" or "Clinton" alone its name.
      if (named_after_person(c)) continue;
      by_last.add(last_word(c.name), static_cast<int>(k));
      by_first.add(first_word(c.name), static_cast<int>(k));
    }
    by_last.finish();
    by_first.finish();
    // "the Soros group" stands with George Soros.
    for (size_t k = 0; k < c_.size(); ++k) {
      if (c_[k].rule != "name+collective noun" || actor_of_[k] < 0) continue;
      const int person = nearest(by_last, first_word(c_[k].name), k);
      if (person >= 0 && actor_of_[person] >= 0 && actor_of_[person] != actor_of_[k])
        set_affiliation(actor_of_[k], actor_of_[person], "group named after " + quoted(c_[person].name));
    }
    single_names(by_last, by_first);
    campaigns();
  }

  static bool named_after_person(const Candidate& c) {
    return c.rule == "name+collective noun" || c.rule == "name+campaign";
  }

  // "the Clinton campaign", "Trump's campaign": the candidate's side (GUIDELINES: a campaign takes its candidate's
  // party). The person is the nearest name before (else after) with the same full name or surname.
  void campaigns() {
    for (size_t k = 0; k < c_.size(); ++k) {
      if (c_[k].rule != "name+campaign" || actor_of_[k] < 0) continue;
      const std::string_view name = std::string_view(c_[k].name).substr(0, c_[k].name.size() - 9);  // " campaign"
      int person = -1;
      for (size_t x = 0; x < c_.size(); ++x) {
        if (x == k || c_[x].kind != CandidateKind::Name || named_after_person(c_[x]) || actor_of_[x] < 0) continue;
        if (c_[x].name != name && last_word(c_[x].name) != last_word(name)) continue;
        if (person < 0 || x < k) person = static_cast<int>(x);
        if (x > k) break;
      }
      if (person >= 0 && actor_of_[person] != actor_of_[k])
        set_affiliation(actor_of_[k], actor_of_[person], "campaign of " + quoted(c_[person].name));
    }
  }

  // "the Democratic National Committee ... the DNC" (polnear huff-post_2015-12-20): the latest body before candidate k
  // whose name's capitalised words (not "of", "and", "for", "the") have `acronym`'s letters as initials, or -1.
  // Two letters are enough ("the Football Association ... the FA", "Electronic Arts ... EA": training texts sport-166,
  // sport-234, tech-309); never a person's initials.
  int body_with_initials(const std::string& acronym, size_t k) const {
    if (acronym.size() < 2) return -1;
    // The body is named not long before (at most 400 candidates back: a long text of capitals stays linear).
    for (size_t x = k, n = 0; x-- > 0 && n < 400; ++n) {
      const Candidate& b = c_[x];
      if (actor_of_[x] < 0 || b.end_token - b.first_token < acronym.size() || is_person(actor_of_[x])) continue;
      if (b.kind != CandidateKind::Organisation && b.kind != CandidateKind::Name) continue;
      std::string initials;
      for (size_t t = b.first_token; t < b.end_token; ++t) {
        const std::string_view x_word = w(t);
        if (x_word == "of" || x_word == "and" || x_word == "for" || x_word == "the" || x_word == "&") continue;
        if (!doc_.tokens[t].capitalised && !doc_.tokens[t].all_caps) {
          initials.clear();
          break;
        }
        initials += x_word[0];
      }
      if (initials == acronym) return static_cast<int>(x);
    }
    return -1;
  }

  void single_names(const NameIndex& by_last, const NameIndex& by_first) {
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
      if (const int body = all_caps_single(c) ? body_with_initials(word, k) : -1; body >= 0) {
        acronyms[word] = actor_of_[body];
        assign(k, actor_of_[body], "initials of " + quoted(c_[body].name));
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
    const size_t first = c.name_first;
    if (c.end_token - first > 4 || doc_.tokens[first].all_caps) return false;
    // Surnames are often ordinary words ("Bell", "Fox", "Law"), given names rarely: judge the first word, and
    // reject names made only of ordinary words ("White Paper", "Human Rights").
    if (gaz_.common_word(lower(w(first)))) return false;
    for (size_t t = first + 1; t < c.end_token; ++t)
      if (w(t) == "&" || gaz_.head(w(t)) != HeadKind::None) return false;
    return true;
  }

  // The candidate under `word` nearest before k, else the first after it.
  int nearest(const NameIndex& index, std::string_view word, size_t k) const {
    int best = -1;
    const auto [first, last] = index.find(word);
    for (auto e = first; e != last; ++e) {
      const int x = e->second;
      if (x == static_cast<int>(k) || actor_of_[x] < 0) continue;
      if (x < static_cast<int>(k))
        best = x;
      else if (best < 0)
        return x;
    }
    return best;
  }
};

}  // namespace

void resolve_names(ActorTable& table) { Coreference(table).run(); }

}  // namespace riposte::resolution
