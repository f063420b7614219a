// Turns candidate mentions into actors: one actor per country, body, party or person, with short forms
// resolved to full names ("Zhao" -> "Zhao Lijian", "Mr Howard" -> "Michael Howard"), acronyms to their
// expansion, descriptions to the actor they describe ("the Asian country" -> China), and an affiliation
// chain for each actor (Zhao Lijian -> Foreign Ministry -> China; a minister -> the governing party).
// Every link is written into the actor's explanation.
#pragma once
#include <vector>

#include "engine/actors/mention_finder.h"
#include "engine/document/document.h"
#include "engine/lexicon/gazetteer.h"

namespace riposte {

// Fills doc.actors and doc.mentions (sorted, non-overlapping) from the candidates. Returns the persons on a party's
// side as its members, not in office (party_disputes.h).
std::vector<int> resolve_actors(const Gazetteer& gaz, const std::vector<Candidate>& candidates, Document& doc);

}  // namespace riposte
