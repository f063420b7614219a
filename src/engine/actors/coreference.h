// Names that refer to each other: full names first, then short forms resolved to them ("Zhao" and "Mr Zhao" ->
// "Zhao Lijian", a headline's "Howard" -> "Michael Howard" below), acronyms defined in brackets ("... Center
// (CNCERT)") and used later, a name's first word ("Soros" of "the Soros group"), and single names of their own
// (a person when a title says so, else an organisation). The second step of actor resolution (actor_table.h).
#pragma once
#include "engine/actors/actor_table.h"

namespace riposte::resolution {

void resolve_names(ActorTable& table);

}  // namespace riposte::resolution
