// A quick "certainly not in the set" test on a word's first two bytes and length, before it is hashed: most words
// of an article are turned away by one load and a shift. A word added always passes (no false negatives); others
// of the same shape pass too, and the caller's exact lookup decides. Used by the cue lexicon (cues' first words) and
// the cue detector (its gate words).
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace riposte {

class WordShapeFilter {
 public:
  void add(std::string_view w) {
    if (w.empty()) return;
    if (masks_.empty()) masks_.assign(kShapes, 0);
    masks_[index(w)] |= uint32_t{1} << std::min<size_t>(w.size(), 31);
  }
  // False: no word added has w's shape, so w is not in the set. Always false before the first add.
  bool maybe(std::string_view w) const {
    return !w.empty() && !masks_.empty() && (masks_[index(w)] >> std::min<size_t>(w.size(), 31) & 1);
  }

 private:
  static constexpr size_t kShapes = 4096;
  static size_t index(std::string_view w) {  // w not empty
    const auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
    return ((byte(0) << 5) ^ byte(w.size() > 1 ? 1 : 0)) & (kShapes - 1);
  }
  std::vector<uint32_t> masks_;  // kShapes masks of lengths (bit min(length, 31)), by index(); empty: nothing added
};

}  // namespace riposte
