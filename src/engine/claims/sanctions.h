// Sanction candidates: disputes told as actions rather than speech ("she was banned for two years by the
// federation", "a penalty imposed by the regulator", "police arrested the singer"). A sentence holding an official
// or legal action word (data/sanction_words.tsv) that is no accusation cue already proposes every ordered pair of
// its actors as accusation candidates, with the origin "sanction" (its own weight: the model learns how far to trust
// the source) and features saying how the word links the two actors ("Y was banned by X": sanc=passive_by).
// Rebuttals get none: in cross-validation such candidates lowered rebuttal precision (bench/README.md).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_candidates.h"
#include "engine/claims/claim_model.h"
#include "engine/lexicon/word_set.h"

namespace riposte {

// The sanction words (data/sanction_words.tsv), read once when the ClaimFinder is built.
struct SanctionWords {
  SanctionWords();  // the embedded data/sanction_words.tsv
  explicit SanctionWords(const WordLists& lists);
  WordSet words;
};

// Per token: 1 for a sanction word that is no accusation or rebuttal cue (`charged`) and no part of a name.
std::vector<uint8_t> sanction_tokens(const DocumentView& v, const SanctionWords& words,
                                     const std::vector<uint8_t>& charged);

// Accusation candidates: every ordered pair of the actors of a sentence holding a sanction word (places aside, at
// most six actors); the first such word is the cue. Merged into `out` (a candidate already there at that cue gains
// the origin).
void add_sanction_candidates(const DocumentView& v, const std::vector<uint8_t>& sanction,
                             std::vector<ClaimCandidate>& out);

// For a candidate a sanction word proposed: how the word links source and target (passive with the source as
// agent, active, the source after by/from, the target after against/on, either too far from the word).
void sanction_features(const DocumentView& v, const ClaimCandidate& c, FeatureSink& out);

}  // namespace riposte
