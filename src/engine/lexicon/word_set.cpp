#include "engine/lexicon/word_set.h"

#include <algorithm>

namespace riposte {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

uint64_t hash_lower(std::string_view w) {
  uint64_t h = 1469598103934665603ull;
  for (char c : w) h = (h ^ static_cast<unsigned char>(lower_ascii(c))) * 1099511628211ull;
  return h;
}

bool equal_lower(std::string_view stored, std::string_view w) {
  if (stored.size() != w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (stored[i] != lower_ascii(w[i])) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

WordSet::WordSet(const std::vector<std::string_view>& words) {
  // Duplicates are found through the table being filled (a linear search of the words kept made the evaluative
  // lexicon's thousands of words cost a third of a second at every start).
  size_t cap = 8;
  while (cap < words.size() * 2) cap *= 2;
  slots_.assign(cap, -1);
  words_.reserve(words.size());
  for (std::string_view w : words) {
    w = trim(w);
    if (w.empty()) continue;
    std::string lower(w);
    std::transform(lower.begin(), lower.end(), lower.begin(), lower_ascii);
    size_t s = hash_lower(lower) & (cap - 1);
    while (slots_[s] >= 0 && words_[slots_[s]] != lower) s = (s + 1) & (cap - 1);
    if (slots_[s] >= 0) continue;  // a duplicate
    slots_[s] = static_cast<int32_t>(words_.size());
    words_.push_back(std::move(lower));
  }
  count_ = words_.size();
}

bool WordSet::contains(std::string_view word) const {
  if (count_ == 0) return false;
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash_lower(word) & mask;; s = (s + 1) & mask) {
    const int32_t i = slots_[s];
    if (i < 0) return false;
    if (equal_lower(words_[i], word)) return true;
  }
}

WordLists::WordLists(std::string_view tsv) {
  std::unordered_map<std::string, std::vector<std::string_view>> words;
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::vector<std::string_view>& list = words[std::string(trim(line.substr(0, tab)))];
    for (std::string_view rest = line.substr(tab + 1); !rest.empty();) {
      const size_t bar = rest.find('|');
      list.push_back(rest.substr(0, bar));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
  }
  for (auto& [name, list] : words) lists_.emplace(name, WordSet(list));
}

const WordSet& WordLists::get(std::string_view name) const {
  static const WordSet kEmpty;  // immutable: no state, only a stable empty answer
  const auto it = lists_.find(std::string(name));
  return it == lists_.end() ? kEmpty : it->second;
}

std::vector<std::string> WordLists::names() const {
  std::vector<std::string> out;
  for (const auto& [name, _] : lists_) out.push_back(name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace riposte
