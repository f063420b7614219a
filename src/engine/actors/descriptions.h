// Descriptions resolved to the actor they describe: "the Asian country" (the region's most mentioned country), "the
// Chinese spokesman" and "the Tory leader" (a person of that side, by role, else a new one), "the prime minister"
// (the holder of the office), "the government" and unqualified "ministers" (the executive of the country the story
// is about), groups named by a common noun ("critics"), and descriptions in apposition to a name. The fourth step
// of actor resolution (actor_table.h).
#pragma once
#include "engine/actors/actor_table.h"

namespace riposte::resolution {

void resolve_descriptions(ActorTable& table);

}  // namespace riposte::resolution
