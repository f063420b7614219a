// The word tests the claim layer's clause rules share.
#include "engine/claims/grammar_words.h"

#include <doctest/doctest.h>

using namespace riposte;

TEST_CASE("grammar words: suffixes of longer words, negated auxiliaries") {
  CHECK(ends_with("quickly", "ly"));
  CHECK_FALSE(ends_with("ly", "ly"));  // the suffix alone is no word ending in it
  CHECK_FALSE(ends_with("lying", "ly"));
  CHECK(negated_auxiliary("didn't"));
  CHECK(negated_auxiliary("n’t"));
  CHECK_FALSE(negated_auxiliary("not"));  // "not" is a word of its own (DocumentView::negated_before)
}

TEST_CASE("grammar words: third-person possessive determiners") {
  CHECK(is_possessive_pronoun("his"));
  CHECK(is_possessive_pronoun("their"));
  CHECK_FALSE(is_possessive_pronoun("he"));
  CHECK_FALSE(is_possessive_pronoun("hers"));  // a pronoun standing alone, not before a noun
}

TEST_CASE("grammar words: a pronoun before a contracted auxiliary") {
  CHECK(without_clitic("they're") == "they");
  CHECK(without_clitic("she’ll") == "she");
  CHECK(without_clitic("who'd") == "who");
  CHECK(without_clitic("o'brien") == "o'brien");  // a name, not a contraction
  CHECK(without_clitic("'re") == "'re");
}
