// Stance between actors: per ordered pair, the hostility of the claims between them, rolled up along
// affiliation chains so that "China -> United States" includes what its spokesman and embassies said.
#pragma once
#include "engine/document/document.h"

namespace riposte {

// Fills doc.stance from doc.claims: one edge per ordered (source, target) pair of actors and one per
// pair of their sides (the ends of their affiliation chains) when that differs; score = tanh of the sum
// of the claims' scores (repetition counts, never beyond -1 or 1); claims = the evidence, in text order.
void compute_stance(Document& doc);

}  // namespace riposte
