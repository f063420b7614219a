// ClaimWords: the claim rules' word lists from data/claim_words.tsv.
#include <doctest/doctest.h>

#include "engine/claims/claim_words.h"
#include "engine/lexicon/embedded_data.h"

using namespace riposte;

TEST_CASE("claim words: the data file has every list the rules read, none empty, no list it does not name") {
  const WordLists lists(data::file("claim_words.tsv"));
  for (std::string_view name : ClaimWords::kNames) {
    CAPTURE(name);
    CHECK(lists.has(name));
    CHECK(lists.get(name).size() > 0);
  }
  CHECK(lists.names().size() == std::size(ClaimWords::kNames));
}

TEST_CASE("claim words: members read the lists of their names, case-insensitively") {
  const ClaimWords w;
  CHECK(w.be.contains("was"));
  CHECK_FALSE(w.be.contains("'s"));  // only the attribution's list takes the clitic
  CHECK(w.be_or_clitic.contains("'s"));
  CHECK(w.be_or_clitic.contains("’s"));
  CHECK(w.rebuttable.contains("Allegations"));
  CHECK(w.female_titles.contains("mrs."));
  CHECK(w.list_glue.contains(","));
  CHECK(w.pair_people.contains("men"));
  CHECK_FALSE(w.pair_others.contains("camps"));  // a dev-fitted entry without a training example
  // A list missing from the data reads as empty: the rules find nothing rather than crash.
  const ClaimWords partial(WordLists("be\tis|was\n"));
  CHECK(partial.be.contains("is"));
  CHECK(partial.rebuttable.size() == 0);
}

TEST_CASE("claim words: the grammar words and model features moved out of the C++ rules load with a known entry each") {
  const ClaimWords w;
  // Attribution's grammar words, matched against lower-cased tokens.
  CHECK(w.violence.contains("terror"));
  CHECK(w.dashes.contains("—"));  // an em dash: the lists hold UTF-8
  CHECK(w.dashes.contains("--"));
  CHECK(w.possessives.contains("their"));
  CHECK(w.noun_determiners.contains("the"));
  CHECK_FALSE(w.noun_determiners.contains("that"));  // unlike determiners: no relative pronoun
  CHECK(w.first_person.contains("we"));
  CHECK(w.inverting_cues.contains("said"));
  CHECK(w.relatives.contains("which"));
  CHECK(w.in_phrase.contains("of"));
  CHECK(w.openers.contains("despite"));
  CHECK(w.subordinators.contains("whereas"));
  CHECK(w.post_modifiers.contains("familiar"));
  CHECK(w.one_of.contains("another"));
  CHECK(w.no_agents.contains("phone"));
  CHECK(w.feelings.contains("outraged"));
  CHECK(w.quantities.contains("majority"));
  CHECK(w.before_objects.contains("became"));
  CHECK(w.adverbs.contains("already"));
  // The trained models' features.
  CHECK(w.model_prepositions.contains("towards"));
  CHECK(w.model_auxiliaries.contains("might"));
  CHECK(w.between_subject_and_verb.contains("n't"));
}
