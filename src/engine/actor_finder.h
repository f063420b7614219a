// Finds actor mentions and resolves them into actors with affiliation chains (issue 3).
#pragma once
#include "engine/document.h"

namespace riposte {

class ActorFinder {
 public:
  ActorFinder();
  // Fills doc.actors and doc.mentions from doc.text, doc.tokens, doc.sentences and doc.quotes.
  void run(Document& doc) const;
};

}  // namespace riposte
