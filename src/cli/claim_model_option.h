// `--claim-model FILE` (annotate, candidates), `--cue-model FILE` (annotate) and `--model FILE` (cue-features): weights
// files given on the command line instead of the embedded ones (cross-validation folds, experiments).
#pragma once
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "engine/claims/claim_model.h"
#include "engine/claims/cue_detector.h"

namespace riposte::cli {

// Reads and parses a weights file with Model::parse(text, &error) (ClaimModel, CueDetector); on failure writes
// "riposte: ..." to err, naming the file as `what` ("claim model"), and returns nothing.
template <class Model>
std::optional<Model> load_weights(const std::string& path, std::string_view what, std::ostream& err) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open " << what << " '" << path << "'\n";
    return std::nullopt;
  }
  const std::string text{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
  std::string error;
  Model model = Model::parse(text, &error);
  if (!error.empty()) {
    err << "riposte: " << path << ": " << error << '\n';
    return std::nullopt;
  }
  return model;
}

inline std::optional<ClaimModel> load_claim_model(const std::string& path, std::ostream& err) {
  return load_weights<ClaimModel>(path, "claim model", err);
}

inline std::optional<CueDetector> load_cue_detector(const std::string& path, std::ostream& err) {
  return load_weights<CueDetector>(path, "attribution model", err);
}

}  // namespace riposte::cli
