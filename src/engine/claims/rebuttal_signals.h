// Rebuttal signals (data/rebuttal_signals.tsv): the words in which the training corpus's cited rebuttals deny, defend
// and push back without a rebuttal cue word ("insisted", "defended the decision", "pushed back", "is wrong",
// "stands by"). Read by the claim model's rebuttal features only (ClaimFeatures::rebuttal_signal_features), never by
// the rules: a rebuttal candidate whose cue and content carry no rebuttal word at all is told apart from one that
// does, so that the dispute history alone ("the target accused the speaker before") cannot make a rebuttal.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/lexicon/word_set.h"

namespace riposte {

class DocumentView;

class RebuttalSignals {
 public:
  RebuttalSignals();  // the embedded data/rebuttal_signals.tsv
  // Lines `form|form<TAB>backing`, '#' comments; a form is one word, or two ("a b": a, then b with at most one word
  // between).
  explicit RebuttalSignals(std::string_view tsv);
  // Whether a signal starts at token `k` of the view's document.
  bool starts_at(const DocumentView& v, uint32_t k) const;
  bool empty() const { return words_.size() == 0 && firsts_.size() == 0; }

 private:
  WordSet words_, firsts_;  // one-word forms; first words of two-word forms
  std::vector<std::pair<std::string, std::string>> pairs_;
};

}  // namespace riposte
