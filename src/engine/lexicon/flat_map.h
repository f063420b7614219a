// A map from words to values in two arrays: the entries (key and value side by side, in the order they were added)
// and an open-addressing table of slots, each a tag of the key's hash and the entry's index. A lookup reads one slot
// and, when the tag matches, one entry; std::unordered_map's read a bucket, then a heap node per key in it, which
// missed the cache on the gazetteer's lookups of every word of every article. Keys match exactly (case and all).
// The subset of std::unordered_map the gazetteer uses: emplace (the first value for a key stays), operator[], find
// with a string_view, iteration in the order of insertion. Adding an entry invalidates iterators and references.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace riposte {

template <class V, class Hash>
class FlatMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  const_iterator find(std::string_view key) const {
    const int64_t i = index_of(key, Hash{}(key));
    return i < 0 ? end() : begin() + static_cast<std::ptrdiff_t>(i);
  }
  iterator find(std::string_view key) {
    const int64_t i = index_of(key, Hash{}(key));
    return i < 0 ? end() : begin() + static_cast<std::ptrdiff_t>(i);
  }
  size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }

  // Adds (key, value) unless the key is there; the entry for the key, and whether it was added.
  std::pair<iterator, bool> emplace(std::string key, V value) {
    const size_t h = Hash{}(std::string_view(key));
    if (const int64_t i = index_of(key, h); i >= 0) return {begin() + static_cast<std::ptrdiff_t>(i), false};
    entries_.emplace_back(std::move(key), std::move(value));
    insert_slot(h, entries_.size() - 1);
    return {begin() + static_cast<std::ptrdiff_t>(entries_.size() - 1), true};
  }
  V& operator[](std::string_view key) { return emplace(std::string(key), V{}).first->second; }

 private:
  struct Slot {
    uint32_t tag = 0;    // the hash's high bits, never 0 in a used slot
    uint32_t entry = 0;  // index into entries_
  };
  static uint32_t tag_of(size_t h) {
    const auto t = static_cast<uint32_t>(static_cast<uint64_t>(h) >> 32 ^ static_cast<uint64_t>(h));
    return t ? t : 1;
  }
  int64_t index_of(std::string_view key, size_t h) const {
    if (slots_.empty()) return -1;
    const uint32_t tag = tag_of(h);
    const size_t mask = slots_.size() - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const Slot& slot = slots_[s];
      if (slot.tag == 0) return -1;
      if (slot.tag == tag && entries_[slot.entry].first == key) return slot.entry;
    }
  }
  void insert_slot(size_t h, size_t entry) {
    if (entries_.size() * 2 > slots_.size()) {
      rehash(slots_.empty() ? 16 : slots_.size() * 2);  // re-inserts every entry, this one too
      return;
    }
    place(h, entry);
  }
  void place(size_t h, size_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t s = h & mask;
    while (slots_[s].tag != 0) s = (s + 1) & mask;
    slots_[s] = {tag_of(h), static_cast<uint32_t>(entry)};
  }
  void rehash(size_t size) {
    slots_.assign(size, Slot{});
    for (size_t i = 0; i < entries_.size(); ++i) place(Hash{}(std::string_view(entries_[i].first)), i);
  }

  std::vector<value_type> entries_;
  std::vector<Slot> slots_;  // a power of two, at most half full
};

}  // namespace riposte
