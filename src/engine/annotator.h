// The engine's entry point: text in, annotated Document out.
// Construct one Annotator and reuse it: it compiles the embedded lexicons and the claim model once.
#pragma once
#include <string_view>

#include "engine/actors/actor_finder.h"
#include "engine/claims/claim_finder.h"
#include "engine/document/document.h"
#include "engine/version.h"

namespace riposte {

class Annotator {
 public:
  Annotator();
  explicit Annotator(ClaimModel model);               // another claim model (training, cross-validation)
  Annotator(ClaimModel model, CueDetector detector);  // another cue detector too (training)
  // Never throws on any input: invalid UTF-8 is repaired (see utf8.h), empty text gives an empty document.
  // With `dump`, every candidate claim the model decided on is recorded with its features (training data).
  // With `cues`, every candidate cue word is recorded with its features (the cue detector's training data).
  Document annotate(std::string_view input, ClaimDump* dump = nullptr, CueDump* cues = nullptr) const;

 private:
  ActorFinder actors_;
  ClaimFinder claims_;
};

}  // namespace riposte
