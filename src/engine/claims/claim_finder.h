// Finds accusations and rebuttals between actors, links each rebuttal to the accusation it answers,
// and aggregates stance per ordered actor pair (issue 4).
#pragma once
#include "engine/document/document.h"
#include "engine/lexicon/cue_lexicon.h"

namespace riposte {

class ClaimFinder {
 public:
  ClaimFinder();  // compiles the embedded cue lexicons once
  explicit ClaimFinder(CueLexicon lexicon);
  // Fills doc.claims and doc.stance from the tokens, sentences, quotes, mentions and actors in doc.
  void run(Document& doc) const;

 private:
  CueLexicon lexicon_;
};

}  // namespace riposte
