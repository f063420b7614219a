// Finds accusations and rebuttals between actors: the hand rules and the reported statements propose candidate
// claims, the trained claim model (claim_model.h) decides them, and each accepted rebuttal is linked to the
// accusation it answers.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "engine/claims/claim_features.h"
#include "engine/claims/claim_model.h"
#include "engine/claims/claim_words.h"
#include "engine/claims/cue_detector.h"
#include "engine/document/document.h"
#include "engine/lexicon/cue_lexicon.h"

namespace riposte {

// Every candidate the model decided on, with its feature names: the training data (`riposte candidates`).
struct ClaimDump {
  struct Record {
    ClaimKind kind = ClaimKind::Accusation;
    int source = -1, target = -1;  // actor indices
    Span cue;                      // bytes
    std::vector<std::string> rules;
    std::vector<std::string> features;
    double probability = 0.0;
    bool accepted = false;
  };
  std::vector<Record> records;
};

class ClaimFinder {
 public:
  ClaimFinder();  // the embedded cue lexicons, word lists, evaluative lexicon and claim model
  explicit ClaimFinder(CueLexicon lexicon);
  explicit ClaimFinder(ClaimModel model);  // another model (cross-validation folds)
  ClaimFinder(ClaimModel model, CueDetector detector);
  // Fills doc.claims and doc.statements from the tokens, sentences, quotes, mentions and actors in doc; with
  // `dump`, also records every candidate and its features; with `cues`, every candidate cue word and its features.
  void run(Document& doc, ClaimDump* dump = nullptr, CueDump* cues = nullptr) const;
  // Which accusations, by source and target, run_accusations decides.
  using AccusationFilter = std::function<bool(int source, int target)>;
  // doc.claims as run() leaves them less the rebuttals and less the accusations whose source and target `wanted`
  // turns away (not scored), and doc.statements empty: what the pass with the party links out reads
  // (party_disputes.h: the accusations between fellow members), without deciding the rest. An accusation's score
  // does not depend on the others' decisions (its histories are the rules' and the hostile candidates'), so those
  // kept are decided as run() decides them.
  void run_accusations(Document& doc, const AccusationFilter& wanted) const;

 private:
  // `accusations_only`: null for run(), else run_accusations's filter.
  void run(Document& doc, ClaimDump* dump, CueDump* cues, const AccusationFilter* accusations_only) const;
  CueLexicon lexicon_;
  ClaimWords words_;  // loaded once here; the document view and the rules use it by reference
  EvaluativeLexicon evaluative_;
  ClaimModel model_;
  ClaimFeatures::KindBounds model_bounds_ = ClaimFeatures::kind_bounds(model_);  // after model_: it reads it
  CueDetector detector_;
};

}  // namespace riposte
