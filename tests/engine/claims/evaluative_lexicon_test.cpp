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
    CHECK(lexicon().negative(w));
    CHECK_FALSE(lexicon().positive(w));
  }
}

TEST_CASE("evaluative lexicon: praise is positive, neutral words are in neither set") {
  for (const char* w : {"praise", "excellent", "honest"}) {
    CAPTURE(w);
    CHECK(lexicon().positive(w));
    CHECK_FALSE(lexicon().negative(w));
  }
  // Frequent words that neither list rates stay neutral, whatever a rare WordNet sense says ("bush" league).
  for (const char* w : {"bush", "said", "minister", "the", "build"}) {
    CAPTURE(w);
    CHECK_FALSE(lexicon().negative(w));
    CHECK_FALSE(lexicon().positive(w));
  }
}

TEST_CASE("evaluative lexicon: case-insensitive, and weak entries are left out") {
  CHECK(lexicon().negative("Sinister"));
  const EvaluativeLexicon lex("# comment\nawful\t-0.8\tvader\nokay\t0.2\tafinn\nfine\t0.3\nmeh\t-0.1\n");
  CHECK(lex.negative("awful"));
  CHECK(lex.positive("fine"));
  CHECK_FALSE(lex.positive("okay"));  // |0.2| < 0.25
  CHECK_FALSE(lex.negative("meh"));
  CHECK(lex.size() == 2);  // awful and fine
}

TEST_CASE("evaluative lexicon: one table with polarity bits, a word rated both ways has both") {
  const EvaluativeLexicon lex("bad\t-0.5\nsick\t-0.6\nsick\t0.4\nSICK\t-0.7\ngood\t0.5\nfair\t0.1\n");
  CHECK(lex.size() == 3);  // bad, sick, good
  CHECK(lex.polarity("bad", WordSet::hash("bad")) == EvaluativeLexicon::kNegative);
  CHECK(lex.polarity("Sick", WordSet::hash("Sick")) == (EvaluativeLexicon::kNegative | EvaluativeLexicon::kPositive));
  CHECK(lex.polarity("good", WordSet::hash("good")) == EvaluativeLexicon::kPositive);
  CHECK(lex.polarity("fair", WordSet::hash("fair")) == 0);
  CHECK(lex.polarity("absent", WordSet::hash("absent")) == 0);
}
