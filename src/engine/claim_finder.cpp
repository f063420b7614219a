#include "engine/claim_finder.h"

namespace riposte {

ClaimFinder::ClaimFinder() = default;

void ClaimFinder::run(Document&) const {}

}  // namespace riposte
