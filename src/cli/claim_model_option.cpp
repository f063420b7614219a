#include "cli/claim_model_option.h"

#include <fstream>
#include <iterator>
#include <ostream>

namespace riposte::cli {

std::optional<ClaimModel> load_claim_model(const std::string& path, std::ostream& err) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open claim model '" << path << "'\n";
    return std::nullopt;
  }
  const std::string text{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
  std::string error;
  ClaimModel model = ClaimModel::parse(text, &error);
  if (!error.empty()) {
    err << "riposte: " << path << ": " << error << '\n';
    return std::nullopt;
  }
  return model;
}

}  // namespace riposte::cli
