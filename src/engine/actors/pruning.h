// The last step of actor resolution (actor_table.h): the document's mentions (sorted, non-overlapping: the earlier
// candidate wins), and only the actors that have a mention or stand on someone's affiliation chain, renumbered
// "a1", "a2", ... in the order they were found; an actor that only ends chains says whose side it is.
#pragma once
#include <vector>

#include "engine/actors/actor_table.h"

namespace riposte::resolution {

// Returns the persons (new indices) that are on a party's side as its members (ActorExtra::party_member).
std::vector<int> keep_mentioned_actors(ActorTable& table);

}  // namespace riposte::resolution
