// Group actors that never speak (actors/ pruning after the claims are known): "voters", "analysts" and other
// groups named by a common noun are actors only when they speak or accuse.
#pragma once
#include <vector>

#include "engine/document/document.h"

namespace riposte {

// Drops the silent groups' mentions and actors and the claims aimed at them, renumbering actor ids and indices.
// Returns the old-to-new actor index map (-1: dropped), or an empty vector when nothing was dropped.
std::vector<int> drop_silent_groups(Document& doc);

}  // namespace riposte
