// Word lists read from data files, looked up case-insensitively (ASCII letters): the rules and the claim model's
// features read the same reviewed lists (data/*.tsv) instead of lists written into C++.
//
// A lists file has one list per line: `name<TAB>word|word|multi word|...`; lines starting with '#' are comments
// (say what the list is for there). Words are stored lower case.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace riposte {
namespace word_set_detail {

// Eight bytes at a time, upper-case ASCII letters lowered (SWAR: a byte is upper-case when its low seven bits are
// at least 'A' and at most 'Z' and its high bit is clear); other bytes unchanged.
inline uint64_t lower_chunk(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t low7 = x & ~kHigh;
  const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
  const uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;
  const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
  return x | (upper >> 2);  // 0x80 >> 2 == 0x20, the case bit
}

// The n bytes at p (1 <= n <= 8) as a little-endian integer, without a variable-length copy through memory
// (byte stores followed by a wide load stall the store buffer): two overlapping 4-byte loads, or three bytes.
inline uint64_t load_upto8(const char* p, size_t n) {
  if (n == 8) {
    uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  }
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    return a | (uint64_t{b} << ((n - 4) * 8));
  }
  const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])} << (i * 8); };
  return byte(0) | byte(n / 2) | byte(n - 1);
}

// A hash of the lower-cased word, a chunk of eight bytes per multiply: most words take one (the lookups of the
// evaluative lexicon run once per token).
inline uint64_t hash_lower(std::string_view w) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ w.size();
  if (w.size() - 1 < 8) {  // one to eight bytes (most words): the loop below, once, without its bookkeeping
    h = (h ^ lower_chunk(load_upto8(w.data(), w.size()))) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
    return h * 0x94d049bb133111ebull;
  }
  for (size_t i = 0; i < w.size(); i += 8) {
    h = (h ^ lower_chunk(load_upto8(w.data() + i, std::min<size_t>(8, w.size() - i)))) * 0xbf58476d1ce4e5b9ull;
    h ^= h >> 31;
  }
  return h * 0x94d049bb133111ebull;
}

// A blocked filter: each word sets two bits of one 64-bit block (one memory access per lookup).
inline size_t filter_block(uint64_t h, size_t blocks) { return (h >> 20) & (blocks - 1); }
inline uint64_t filter_bits(uint64_t h) {
  return (uint64_t{1} << ((h >> 52) & 63)) | (uint64_t{1} << ((h >> 46) & 63));
}

}  // namespace word_set_detail

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string_view>& words);
  // The same set, and each given word's index in it (-1 for an empty word) in `index_of_each`: a caller that keeps a
  // value per word need not look every word up again (the evaluative lexicon's 14,000 at start-up).
  WordSet(const std::vector<std::string_view>& words, std::vector<int64_t>* index_of_each);
  // True when `word` is in the set, whatever the case of its ASCII letters ("Said", "SAID", "said"). Inline up to
  // the table: most lookups end at the length mask or the filter.
  bool contains(std::string_view w) const {
    return has_length(w.size()) && in_table(w, word_set_detail::hash_lower(w));
  }
  // With the word's hash (hash(w)) computed once for several sets: the evaluative lexicon's two sets are asked about
  // every word of every document.
  static uint64_t hash(std::string_view w) { return word_set_detail::hash_lower(w); }
  bool has_length(size_t n) const { return lengths_ >> std::min<size_t>(n, 63) & 1; }
  bool contains(std::string_view w, uint64_t h) const { return has_length(w.size()) && in_table(w, h); }
  // The word's index (0 to size() - 1: the order in which the words were first given, duplicates and empty words
  // dropped), or -1 when it is not in the set: a value per word can then live in an array beside the set.
  int64_t index_of(std::string_view w, uint64_t h) const { return has_length(w.size()) ? find(w, h) : -1; }
  int64_t index_of(std::string_view w) const { return index_of(w, hash(w)); }
  size_t size() const { return count_; }

 private:
  bool probe(std::string_view w, uint64_t h) const { return probe_index(w, h) >= 0; }
  int64_t probe_index(std::string_view w, uint64_t h) const;
  int64_t find(std::string_view w, uint64_t h) const {
    if (!filter_.empty()) {
      const uint64_t bits = word_set_detail::filter_bits(h);
      if ((filter_[word_set_detail::filter_block(h, filter_.size())] & bits) != bits) return -1;
    }
    return probe_index(w, h);
  }
  // The filter, then the table: the lookup once the length is known to occur.
  bool in_table(std::string_view w, uint64_t h) const {
    if (!filter_.empty()) {
      const uint64_t bits = word_set_detail::filter_bits(h);
      if ((filter_[word_set_detail::filter_block(h, filter_.size())] & bits) != bits) return false;
    }
    return probe(w, h);
  }
  std::string_view word(uint32_t i) const {
    return std::string_view(chars_).substr(begin_[i], begin_[i + 1] - begin_[i]);
  }

  // Open addressing over hashes of the lower-cased words. A slot keeps the hash's high bits as a tag, so a
  // word that is not in the set (most lookups) is rejected without touching the words; the words themselves lie
  // end to end in one buffer.
  struct Slot {
    uint32_t tag = 0;  // 0: empty
    uint32_t index = 0;
  };
  std::string chars_;
  std::vector<uint32_t> begin_;  // word i is chars_[begin_[i], begin_[i + 1])
  std::vector<Slot> slots_;
  uint64_t lengths_ = 0;  // bit min(length, 63) set for each word's length: other lengths are rejected unhashed
  // Large sets (thousands of words, looked up once per token) also keep a filter of two bits per word in one 64-bit
  // block, eight to sixteen bits per word: small enough to stay in the cache, it rejects most absent words before
  // the table is touched.
  std::vector<uint64_t> filter_;
  size_t count_ = 0;
};

class WordLists {
 public:
  WordLists() = default;
  // Parses a lists file (format above). Duplicate list names merge their words.
  explicit WordLists(std::string_view tsv);
  // The list called `name`; an empty set (never a crash) when the data has no such list, which a test catches.
  const WordSet& get(std::string_view name) const;
  bool has(std::string_view name) const { return lists_.count(std::string(name)) > 0; }
  std::vector<std::string> names() const;

 private:
  std::unordered_map<std::string, WordSet> lists_;
};

}  // namespace riposte
