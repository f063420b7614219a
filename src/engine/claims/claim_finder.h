// Finds accusations and rebuttals between actors: the hand rules and the reported statements propose candidate
// claims, the trained claim model (claim_model.h) decides them, and each accepted rebuttal is linked to the
// accusation it answers.
#pragma once
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
  // doc.claims as run() leaves them less the rebuttals, and doc.statements empty: what the pass with the party links
  // out reads (party_disputes.h: accusations only), without deciding the rebuttals.
  void run_accusations(Document& doc) const;

 private:
  void run(Document& doc, ClaimDump* dump, CueDump* cues, bool with_rebuttals) const;
  CueLexicon lexicon_;
  ClaimWords words_;  // loaded once here; the document view and the rules use it by reference
  EvaluativeLexicon evaluative_;
  ClaimModel model_;
  ClaimFeatures::KindBounds model_bounds_ = ClaimFeatures::kind_bounds(model_);  // after model_: it reads it
  CueDetector detector_;
};

}  // namespace riposte
