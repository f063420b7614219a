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
