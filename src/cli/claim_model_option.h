// `--claim-model FILE`: annotate with another claim model than the embedded one (cross-validation folds, experiments).
#pragma once
#include <iosfwd>
#include <optional>
#include <string>

#include "engine/claims/claim_model.h"

namespace riposte::cli {

// Reads and parses a weights file; on failure writes "riposte: ..." to err and returns nothing.
std::optional<ClaimModel> load_claim_model(const std::string& path, std::ostream& err);

}  // namespace riposte::cli
