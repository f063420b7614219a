#include "engine/actor_finder.h"

namespace riposte {

ActorFinder::ActorFinder() = default;

void ActorFinder::run(Document&) const {}

}  // namespace riposte
