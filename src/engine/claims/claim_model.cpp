#include "engine/claims/claim_model.h"

#include <bit>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "engine/lexicon/embedded_data.h"
#include "engine/lexicon/tsv.h"

namespace riposte {

// The name the training dump writes: "key", "key=value" or "key=value|value2".
void FeatureSink::add_name(int pieces, std::string_view key, std::string_view value, std::string_view value2) {
  std::string name(key);
  if (pieces >= 2) name.append("=").append(value);
  if (pieces >= 3) name.append("|").append(value2);
  names_.push_back(std::move(name));
}

void FeatureSink::append(const FeatureSink& other) {
  for (size_t i = 0; i < other.hashes_.size(); ++i)
    if (fresh(other.hashes_[i]) && keep_names_ && i < other.names_.size()) names_.push_back(other.names_[i]);
}

namespace {

bool parse_float(std::string_view s, float& out) {
  double v = 0;
  if (!parse_number(s, v)) return false;
  out = static_cast<float>(v);
  return true;
}

}  // namespace

ClaimModel::ClaimModel() { *this = parse(data::file("claim_model.tsv")); }

ClaimModel ClaimModel::parse(std::string_view tsv, std::string* error) {
  ClaimModel m = none();
  std::vector<std::pair<uint64_t, std::array<float, 2>>> weights;  // in file order (set_weights: the last line counts)
  // The first error, if any, and its line.
  std::string why;
  size_t error_line = 0;
  const auto fail = [&](const char* what) {
    why = what;
    return false;
  };
  const bool read = each_line(tsv, [&](std::string_view line, size_t line_no) {
    error_line = line_no;
    std::string_view cols[3];
    if (split_tabs(line, cols, 3) != 3) return fail("expected 3 tab-separated columns");
    if (cols[0] == "feature") return true;  // the header
    if (cols[0] == "threshold" || cols[0] == "rule_threshold") {
      float t = 0;
      if (!parse_float(cols[2], t) || t < 0 || t > 1) return fail("threshold must be a probability");
      std::array<double, 2>& target = cols[0] == "threshold" ? m.threshold_ : m.rule_threshold_;
      if (cols[1] == "accusation")
        target[0] = t;
      else if (cols[1] == "rebuttal")
        target[1] = t;
      else
        return fail("threshold for an unknown kind");
      return true;
    }
    if (cols[0] == "never_alone") {
      if (cols[1] != "accusation" && cols[1] != "rebuttal") return fail("never_alone for an unknown kind");
      auto& origins = m.never_alone_[cols[1] == "rebuttal" ? 1 : 0];
      origins.clear();
      each_alternative(cols[2], [&](std::string_view origin) { origins.emplace_back(origin); });
      if (std::find(origins.begin(), origins.end(), "") != origins.end())
        return fail("never_alone lists an empty origin");
      return true;
    }
    std::array<float, 2> w{};
    if (!parse_float(cols[1], w[0]) || !parse_float(cols[2], w[1])) return fail("weights must be numbers");
    weights.emplace_back(FeatureSink::hash(cols[0]), w);
    return true;
  });
  if (!read) {
    if (error) *error = "line " + std::to_string(error_line) + ": " + why;
    return none();
  }
  m.set_weights(weights);
  return m;
}

// A feature whose hash is 0 (one in 2^64) is stored as 1, and looked up the same way.
static uint64_t nonzero(uint64_t hash) { return hash ? hash : 1; }

// The exponent of a nonzero float's lowest set bit and of the power of two above it (|w| = m * 2^low, |w| < 2^high),
// from its bits (frexp per weight was a tenth of the model's load). An infinite weight gets a range no sum fits.
static void bit_range(float w, int& low, int& high) {
  uint32_t bits;  // std::bit_cast: not in the libc++ of Debian's Emscripten 3.1.6
  std::memcpy(&bits, &w, sizeof bits);
  const int exponent = static_cast<int>((bits >> 23) & 0xff);
  if (exponent == 0xff) {
    low = INT32_MIN / 2;
    high = INT32_MAX / 2;
    return;
  }
  const uint32_t mantissa = (bits & 0x7fffff) | (exponent ? 0x800000u : 0u);  // |w| = mantissa * 2^(e - 150)
  const int scale = (exponent ? exponent : 1) - 150;
  low = scale + std::countr_zero(mantissa);
  high = scale + std::bit_width(mantissa);
}

void ClaimModel::set_weights(const std::vector<std::pair<uint64_t, std::array<float, 2>>>& weights) {
  // Straight into the table (no map or sort at start-up): a feature listed twice keeps the later weights.
  size_t cap = 16;
  while (cap < weights.size() * 2) cap *= 2;  // at most half full: short probe runs
  slots_.assign(cap, Slot{});
  count_ = 0;
  for (const auto& [hash, w] : weights) {
    size_t s = nonzero(hash) & (cap - 1);
    while (slots_[s].hash != 0 && slots_[s].hash != nonzero(hash)) s = (s + 1) & (cap - 1);
    count_ += slots_[s].hash == 0;
    slots_[s] = {nonzero(hash), w};
  }
  int lowest = INT32_MAX, highest = INT32_MIN;  // over the weights kept
  for (const Slot& slot : slots_)
    for (float x : slot.weights) {
      if (slot.hash == 0 || x == 0.0f) continue;
      int low = 0, high = 0;
      bit_range(x, low, high);
      lowest = std::min(lowest, low);
      highest = std::max(highest, high);
    }
  sums_exact_ = lowest == INT32_MAX || highest + kMaxTermsLog2 - lowest <= 53;
}

const std::array<float, 2>* ClaimModel::find(uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  hash = nonzero(hash);
  const size_t mask = slots_.size() - 1;
  for (size_t s = hash & mask;; s = (s + 1) & mask) {
    if (slots_[s].hash == hash) return &slots_[s].weights;
    if (slots_[s].hash == 0) return nullptr;
  }
}

double ClaimModel::probability(ClaimKind kind, const FeatureSink& features) const {
  const size_t k = index(kind);
  double z = 0;
  for (uint64_t h : features.hashes())
    if (const std::array<float, 2>* w = find(h)) z += (*w)[k];
  return probability_of_sum(z);
}

std::array<double, 2> ClaimModel::weight_sums(const FeatureSink& features) const {
  std::array<double, 2> z{};
  for (uint64_t h : features.hashes())
    if (const std::array<float, 2>* w = find(h)) {
      z[0] += (*w)[0];
      z[1] += (*w)[1];
    }
  return z;
}

}  // namespace riposte
