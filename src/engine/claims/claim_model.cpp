#include "engine/claims/claim_model.h"

#include <cmath>
#include <cstdlib>

#include "engine/lexicon/embedded_data.h"

namespace riposte {

uint64_t FeatureSink::hash(std::string_view feature) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a: scripts/train-claim-model writes names, the engine hashes them
  for (char c : feature) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

void FeatureSink::push(std::string_view feature) {
  hashes_.push_back(hash(feature));
  if (keep_names_) names_.emplace_back(feature);
}

void FeatureSink::add(std::string_view key) { push(key); }

void FeatureSink::add(std::string_view key, std::string_view value) {
  buffer_.assign(key);
  buffer_ += '=';
  buffer_ += value;
  push(buffer_);
}

void FeatureSink::add(std::string_view key, std::string_view value, std::string_view value2) {
  buffer_.assign(key);
  buffer_ += '=';
  buffer_ += value;
  buffer_ += '|';
  buffer_ += value2;
  push(buffer_);
}

namespace {

bool parse_float(std::string_view s, float& out) {
  // strtod on a copy: Emscripten 3.1.6's libc++ has no floating-point from_chars. Runs once per weights file.
  if (s.empty() || s.size() > 40) return false;
  const std::string copy(s);
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  out = static_cast<float>(v);
  return end == copy.c_str() + copy.size() && std::isfinite(v);
}

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

}  // namespace

ClaimModel::ClaimModel() { *this = parse(data::file("claim_model.tsv")); }

ClaimModel ClaimModel::parse(std::string_view tsv, std::string* error) {
  ClaimModel m = none();
  size_t line_no = 0;
  auto fail = [&](const std::string& why) {
    if (error) *error = "line " + std::to_string(line_no) + ": " + why;
    return none();
  };
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> cols = split_tabs(line);
    if (cols.size() != 3) return fail("expected 3 tab-separated columns");
    if (cols[0] == "feature") continue;  // the header
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
      continue;
    }
    std::array<float, 2> w{};
    if (!parse_float(cols[1], w[0]) || !parse_float(cols[2], w[1])) return fail("weights must be numbers");
    m.weights_[FeatureSink::hash(cols[0])] = w;
  }
  return m;
}

double ClaimModel::probability(ClaimKind kind, const FeatureSink& features) const {
  const size_t k = index(kind);
  double z = 0;
  for (uint64_t h : features.hashes())
    if (const auto it = weights_.find(h); it != weights_.end()) z += it->second[k];
  return 1.0 / (1.0 + std::exp(-z));
}

}  // namespace riposte
