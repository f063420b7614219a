#include "engine/actors/actor_finder.h"

#include "engine/actors/actor_resolver.h"
#include "engine/actors/mention_finder.h"

namespace riposte {

ActorFinder::ActorFinder() = default;

std::vector<int> ActorFinder::run(Document& doc) const {
  const std::vector<Candidate> candidates = find_candidates(gazetteer_, doc);
  return resolve_actors(gazetteer_, candidates, doc);
}

}  // namespace riposte
