// Whose side each body and person is on: a body's side from its name ("UN Economic Commission", "Stevenage Labour
// Party", "Chinese Foreign Ministry") or the country of its context ("China's Ministry of ..."); a person's from the
// body named around the name (role_patterns.h), a minister's from the governing party in domestic politics, and a
// spokesperson's from the country named last. The third step of actor resolution (actor_table.h).
#pragma once
#include "engine/actors/actor_table.h"

namespace riposte::resolution {

void resolve_affiliations(ActorTable& table);

}  // namespace riposte::resolution
