// The claim model: a logistic regression per claim kind over sparse, named features, trained on the annotated
// corpus in eval/train by scripts/train-claim-model (fixed seed, same weights every run) and embedded as
// data/claim_model.tsv. It decides which candidate claims (from the hand rules and from reported statements) are
// accusations and rebuttals.
//
// Weights file: comment lines start with '#'; `threshold<TAB>accusation<TAB>0.42` sets a kind's acceptance
// threshold on the probability, and `rule_threshold<TAB>accusation<TAB>0.2` the (lower) one for candidates a hand
// rule proposed: the rules are a prior the model can still veto, not an override. `never_alone<TAB>accusation<TAB>
// cooccurrence|clause` names the origins whose candidates are never accepted unless another origin proposes the same
// candidate (the trainer chose them and cross-validates with them: scripts/train-claim-model NEVER_ALONE). Every
// other line is `feature<TAB>accusation weight<TAB>rebuttal weight`. The feature `bias` is emitted for every candidate.
#pragma once
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/document/span.h"

namespace riposte {

// Collects a candidate's features: their 64-bit hashes (what the model looks up) and, when names are kept, their
// text (what the training dump writes). Feature text is "key" or "key=value".
class FeatureSink {
 public:
  explicit FeatureSink(bool keep_names = false) : keep_names_(keep_names) {}
  // Inline, so that the hash of a literal key (and "=") is folded at compile time: hashing was a third of the
  // features' cost. FNV-1a over the feature's text, piece by piece: no string is built unless names are kept.
  // A feature is binary: added twice ("near=negative" for two words by the target), it counts once, as the trainer
  // counts it (scripts/train-claim-model builds a 0/1 matrix).
  [[gnu::always_inline]] void add(std::string_view key) {
    if (fresh(fnv(kFnvOffset, key)) && keep_names_) add_name(1, key, {}, {});
  }
  [[gnu::always_inline]] void add(std::string_view key, std::string_view value) {
    if (fresh(fnv(fnv(fnv(kFnvOffset, key), "="), value)) && keep_names_) add_name(2, key, value, {});
  }
  [[gnu::always_inline]] void add(std::string_view key, std::string_view value,
                                  std::string_view value2) {  // "key=value|value2"
    if (fresh(fnv(fnv(fnv(fnv(fnv(kFnvOffset, key), "="), value), "|"), value2)) && keep_names_)
      add_name(3, key, value, value2);
  }
  void append(const FeatureSink& other);  // another sink's features (a cached group of them)
  void clear() {
    hashes_.clear();
    names_.clear();
    seen_ = {};
  }
  const std::vector<uint64_t>& hashes() const { return hashes_; }
  const std::vector<std::string>& names() const { return names_; }

  static uint64_t hash(std::string_view feature) { return fnv(kFnvOffset, feature); }
  bool keeps_names() const { return keep_names_; }

 private:
  static constexpr uint64_t kFnvOffset = 1469598103934665603ull;
  static constexpr uint64_t fnv(uint64_t h, std::string_view bytes) {
    for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
  }
  void add_name(int pieces, std::string_view key, std::string_view value, std::string_view value2);
  // Records `h` unless it is already there. `seen_` has one bit per value of the hash's top eight bits: most new
  // features (about thirty per candidate) find their bit clear and skip the scan of the hashes so far.
  bool fresh(uint64_t h) {
    const unsigned top = static_cast<unsigned>(h >> 56);
    const uint64_t bit = uint64_t{1} << (top & 63);
    if ((seen_[top >> 6] & bit) && std::find(hashes_.begin(), hashes_.end(), h) != hashes_.end()) return false;
    seen_[top >> 6] |= bit;
    hashes_.push_back(h);
    return true;
  }
  bool keep_names_;
  std::array<uint64_t, 4> seen_{};
  std::vector<uint64_t> hashes_;
  std::vector<std::string> names_;
};

class ClaimModel {
 public:
  ClaimModel();  // the embedded data/claim_model.tsv (empty when the file is absent: see empty())
  static ClaimModel none() { return ClaimModel(Empty{}); }  // no weights: the rules decide
  // From a weights file's text; `error` receives a one-line reason and the model stays empty when it is malformed.
  static ClaimModel parse(std::string_view tsv, std::string* error = nullptr);

  // No weights at all: the claim finder then keeps what its rules decide (the state before any training).
  bool empty() const { return count_ == 0; }
  // Probability that the candidate with these features is a claim of `kind` (accusation or rebuttal).
  double probability(ClaimKind kind, const FeatureSink& features) const;
  // The probability of a candidate whose weights sum to z (the logistic function probability() applies).
  static double probability_of_sum(double z) { return 1.0 / (1.0 + std::exp(-z)); }
  // Both kinds' sums of the weights of `features`, one lookup per feature: a group of a candidate's features.
  std::array<double, 2> weight_sums(const FeatureSink& features) const;
  // Whether every sum of up to 2^kMaxTermsLog2 weights is exact in a double, whatever the order: each weight is a
  // float and the bits from the largest weight's top (plus the sum's carries) to the smallest weight's last set bit
  // fit in 53. Then a candidate's weights may be summed by groups (cached per statement and per target) and give the
  // same double, bit for bit, as probability()'s sum in the features' order. The trained model spans 39 bits.
  bool sums_exact() const { return sums_exact_; }
  static constexpr int kMaxTermsLog2 = 12;  // a candidate has under 300 features
  // Which of weight_sums' two sums is the kind's.
  static size_t index(ClaimKind kind) { return kind == ClaimKind::Rebuttal ? 1 : 0; }
  // `ruled`: a hand rule proposed the candidate.
  bool accepts(ClaimKind kind, double probability, bool ruled) const {
    return probability >= (ruled ? rule_threshold_ : threshold_)[index(kind)];
  }
  // Whether a candidate of `kind` that only `origin` proposed ("statement", "cooccurrence", a hand rule's name) may be
  // accepted: not when the file names that origin as never deciding alone. One proposed by several origins may.
  bool decides_alone(ClaimKind kind, std::string_view origin) const {
    const auto& weak = never_alone_[index(kind)];
    return std::find(weak.begin(), weak.end(), origin) == weak.end();
  }
  double threshold(ClaimKind kind) const { return threshold_[index(kind)]; }
  double rule_threshold(ClaimKind kind) const { return rule_threshold_[index(kind)]; }
  size_t size() const { return count_; }

 private:
  struct Empty {};
  explicit ClaimModel(Empty) {}
  // Weights by feature hash in one open-addressing table (linear probing, hash 0 marks an empty slot): a node-based
  // map's lookups were the claim layer's largest single cost, a pointer chase per feature of every candidate.
  struct Slot {
    uint64_t hash = 0;
    std::array<float, 2> weights{};
  };
  void set_weights(
      const std::vector<std::pair<uint64_t, std::array<float, 2>>>& weights);  // the last of a feature counts
  const std::array<float, 2>* find(uint64_t hash) const;
  std::vector<Slot> slots_;
  size_t count_ = 0;
  bool sums_exact_ = true;
  std::array<double, 2> threshold_{0.5, 0.5};
  std::array<double, 2> rule_threshold_{0.5, 0.5};
  std::array<std::vector<std::string>, 2> never_alone_;  // per kind: origins that never decide alone
};

}  // namespace riposte
