#include "engine/actors/actor_resolver.h"

#include "engine/actors/actor_table.h"
#include "engine/actors/affiliation.h"
#include "engine/actors/coreference.h"
#include "engine/actors/descriptions.h"
#include "engine/actors/known_actors.h"
#include "engine/actors/pruning.h"

namespace riposte {

std::vector<int> resolve_actors(const Gazetteer& gaz, const std::vector<Candidate>& candidates, Document& doc) {
  resolution::ActorTable table(gaz, candidates, doc);
  resolution::add_known_actors(table);
  resolution::resolve_names(table);
  resolution::resolve_affiliations(table);
  resolution::resolve_descriptions(table);
  return resolution::keep_mentioned_actors(table);
}

}  // namespace riposte
