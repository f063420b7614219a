#include "engine/lexicon/word_set.h"

#include <algorithm>

#include "engine/lexicon/tsv.h"

namespace riposte {
namespace {

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_lower(std::string_view stored, std::string_view w) {
  if (stored.size() != w.size()) return false;
  for (size_t i = 0; i < w.size(); ++i)
    if (stored[i] != lower_ascii(w[i])) return false;
  return true;
}

// Both sides folded: a set's words before they are lowered, against a new word.
bool equal_folded(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower_ascii(a[i]) != lower_ascii(b[i])) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

uint32_t tag_of(uint64_t h) { return static_cast<uint32_t>(h >> 32) | 1u; }

constexpr size_t kFilterFrom = 256;  // words; smaller sets fit in the cache whole
using word_set_detail::filter_bits;
using word_set_detail::filter_block;
using word_set_detail::hash_lower;
}  // namespace

WordSet::WordSet(const std::vector<std::string_view>& words) : WordSet(words, nullptr) {}

WordSet::WordSet(const std::vector<std::string_view>& words, std::vector<int64_t>* index_of_each) {
  // Duplicates are dropped through the table itself (one hash and probe per word, no string per word): start-up
  // builds sets of thousands of words (the evaluative lexicon, the gazetteer's word tables).
  size_t cap = 8;
  while (cap < words.size() * 2) cap *= 2;
  slots_.assign(cap, Slot{});
  // Room for every word up front (the words are copied once, not grown byte by byte), and the hashes kept for the
  // filter: start-up built 14,000-word sets this way three times.
  size_t chars = 0;
  for (std::string_view w : words) chars += w.size();
  chars_.reserve(chars);
  begin_.reserve(words.size() + 1);
  begin_.assign(1, 0);
  std::vector<uint64_t> hashes;
  if (words.size() >= kFilterFrom) hashes.reserve(words.size());
  // The words are copied as they are and lowered together at the end, eight bytes at a time; until then a
  // duplicate is recognised by folding both sides.
  // The index of an earlier copy of w, or -1.
  const auto seen = [&](std::string_view w, uint64_t h) -> int64_t {
    const uint32_t tag = tag_of(h);
    for (size_t s = h & (cap - 1);; s = (s + 1) & (cap - 1)) {
      if (slots_[s].tag == 0) return -1;
      if (slots_[s].tag == tag && equal_folded(word(slots_[s].index), w)) return slots_[s].index;
    }
  };
  if (index_of_each) index_of_each->assign(words.size(), -1);
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = trim(words[k]);
    if (w.empty()) continue;
    const uint64_t h = hash_lower(w);
    if (const int64_t earlier = seen(w, h); earlier >= 0) {
      if (index_of_each) (*index_of_each)[k] = earlier;
      continue;
    }
    if (index_of_each) (*index_of_each)[k] = static_cast<int64_t>(count_);
    chars_.append(w);
    begin_.push_back(static_cast<uint32_t>(chars_.size()));
    lengths_ |= uint64_t{1} << std::min<size_t>(w.size(), 63);
    size_t s = h & (cap - 1);
    while (slots_[s].tag != 0) s = (s + 1) & (cap - 1);
    slots_[s] = {tag_of(h), static_cast<uint32_t>(count_++)};
    if (words.size() >= kFilterFrom) hashes.push_back(h);
  }
  size_t i = 0;
  for (; i + 8 <= chars_.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, chars_.data() + i, 8);
    x = word_set_detail::lower_chunk(x);
    std::memcpy(chars_.data() + i, &x, 8);
  }
  for (; i < chars_.size(); ++i) chars_[i] = lower_ascii(chars_[i]);
  if (count_ >= kFilterFrom) {
    size_t blocks = 1;
    while (blocks * 64 < count_ * 8) blocks *= 2;  // eight to sixteen bits per word: a few per cent pass wrongly
    filter_.assign(blocks, 0);
    for (const uint64_t h : hashes) filter_[filter_block(h, blocks)] |= filter_bits(h);
  }
}

int64_t WordSet::probe_index(std::string_view w, uint64_t h) const {
  const uint32_t tag = tag_of(h);
  const size_t mask = slots_.size() - 1;
  for (size_t s = h & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.tag == 0) return -1;
    if (slot.tag == tag && equal_lower(word(slot.index), w)) return slot.index;
  }
}

WordLists::WordLists(std::string_view tsv) {
  std::unordered_map<std::string, std::vector<std::string_view>> words;
  each_row(tsv, [&](const std::vector<std::string_view>& cols) {
    if (cols.size() < 2) return;
    std::vector<std::string_view>& list = words[std::string(trim(cols[0]))];
    each_alternative(cols[1], [&](std::string_view w) { list.push_back(w); });
  });
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
