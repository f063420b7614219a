// Attributes statements to speakers and finds accusations, rebuttals and their links (issue 4).
#pragma once
#include "engine/document.h"

namespace riposte {

class ClaimFinder {
 public:
  ClaimFinder();
  // Fills doc.claims and doc.stance from the mentions and actors already in doc.
  void run(Document& doc) const;
};

}  // namespace riposte
