#include "engine/actors/political_context.h"

#include <unordered_map>

namespace riposte::resolution {

PoliticalContext::PoliticalContext(const Gazetteer& gaz, const std::vector<Candidate>& candidates, const Document& doc)
    : gaz_(gaz), c_(candidates), doc_(doc), text_(doc.text) {
  for (const Candidate& c : c_) {
    if (c.party < 0 && c.kind != CandidateKind::Party) continue;
    const int p = c.kind == CandidateKind::Party ? c.target : c.party;
    domestic_country(gaz_.parties()[p].country);
    parties_named_.insert(p);
    if (ruling_party_ < 0 && c.kind == CandidateKind::Party && says_governing(c)) ruling_party_ = p;
  }
  heads_of_government();
}

// "President Barack Obama", "Prime Minister Tony Blair", "the Obama administration": a head of government in office
// (not "former President Bush"), by the gazetteer's list of heads; the most named one's party governs.
void PoliticalContext::heads_of_government() {
  std::unordered_map<int, std::unordered_map<int, int>> votes;  // country -> party -> times named
  for (const Candidate& c : c_)
    if (const Gazetteer::HeadOfGovernment* h = head_of_government(c)) ++votes[h->country][h->party];
  for (const auto& [country, parties] : votes) {
    int best = -1, best_count = 0;
    for (const auto& [party, count] : parties)
      if (count > best_count || (count == best_count && party < best)) {
        best = party;
        best_count = count;
      }
    head_party_[country] = best;
  }
}

const Gazetteer::HeadOfGovernment* PoliticalContext::head_of_government(const Candidate& c) const {
  if (c.kind != CandidateKind::Name && c.kind != CandidateKind::Organisation) return nullptr;
  std::string_view name = c.name;
  const size_t end = c.end_token;
  if (name.ends_with(" Administration")) {  // "the Obama Administration"
    name.remove_suffix(15);
  } else if (c.kind != CandidateKind::Name) {
    return nullptr;
  } else if (!(end < doc_.tokens.size() && w(end) == "administration")) {  // "the Obama administration"
    if (c.role != TitleClass::Minister || !in_lower(gaz_.words().offices, c.role_word)) return nullptr;
    for (size_t t = c.first_token, n = 0; t > 0 && n < 4; --t, ++n) {
      const std::string_view x = w(t - 1);
      if (x == "former" || x == "Former" || x == "ex" || x == "late" || x == "then") return nullptr;
    }
  }
  if (const Gazetteer::HeadOfGovernment* h = gaz_.head_of_government(name)) return h;
  const size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? nullptr : gaz_.head_of_government(name.substr(sp + 1));
}

void PoliticalContext::domestic_country(int country) {
  if (country < 0) return;
  domestic_.insert(country);
  const int parent = gaz_.countries()[country].parent;
  if (parent >= 0) domestic_.insert(parent);
}

bool PoliticalContext::domestic(int country) const {
  if (country < 0) return false;
  const int parent = gaz_.countries()[country].parent;
  return domestic_.count(country) || (parent >= 0 && domestic_.count(parent));
}

// The article says which party governs: "the ruling Social Democrats", "the governing Labour Party", "the
// Labour government", "the Republican administration" (not "a Labour government", which may be hypothetical).
bool PoliticalContext::says_governing(const Candidate& c) const {
  const size_t first = c.first_token, end = c.end_token;
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  if (first > sentence_start) {
    const std::string_view before = w(first - 1);
    if (in_lower_or_capitalised(gaz_.words().governing_words, before)) return true;
  }
  if (end < doc_.tokens.size() && first > sentence_start) {
    const std::string_view after = w(end), before = w(first - 1);
    if ((after == "government" || after == "administration") && (before == "the" || before == "The")) return true;
  }
  return false;
}

int PoliticalContext::governing_party(int root) const {
  if (ruling_party_ >= 0) {
    const int c = gaz_.parties()[ruling_party_].country;
    const int c_root = c >= 0 ? gaz_.root_country(c) : c;
    if (c < 0 || c_root == root) return ruling_party_;
  }
  if (const auto it = head_party_.find(root); it != head_party_.end()) return it->second;
  return gaz_.governing_party(root);
}

int PoliticalContext::home_country() const {
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

int PoliticalContext::recent_country(size_t k) const {
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

int PoliticalContext::state_of_candidate(size_t k) const {
  return c_[k].kind == CandidateKind::State ? c_[k].target : -1;
}

}  // namespace riposte::resolution
