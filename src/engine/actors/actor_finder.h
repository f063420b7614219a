// Finds actor mentions and resolves them into actors with affiliation chains (issue 3):
// mention_finder.h proposes candidate mentions, actor_resolver.h turns them into actors.
#pragma once
#include <vector>

#include "engine/document/document.h"
#include "engine/lexicon/gazetteer.h"

namespace riposte {

class ActorFinder {
 public:
  ActorFinder();  // builds the gazetteer's lookup tables once
  // Fills doc.actors and doc.mentions from doc.text, doc.tokens, doc.sentences and doc.quotes. Returns the persons on
  // a party's side as its members ("Sen. Rand Paul (R-Ky.)", "the Tory leader"), for party_disputes.h.
  std::vector<int> run(Document& doc) const;
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  Gazetteer gazetteer_;
};

}  // namespace riposte
