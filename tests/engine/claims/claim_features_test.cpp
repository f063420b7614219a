// ClaimFeatures: a candidate's features. The evaluative words (negative, positive) of a token are looked up on
// first use, by blocks of tokens: the features must not depend on which candidates were asked about before, nor on
// where the blocks fall.
#include "engine/claims/claim_features.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/viewed_document.h"

using namespace riposte;
using testing::body;

namespace {

const EvaluativeLexicon& lexicon() {
  static const EvaluativeLexicon lex;  // immutable after construction: built once for the suite
  return lex;
}

// A document of `filler` neutral sentences, then the sentence holding the candidate: China's cue "said", the target
// (the European Union) and, `gap` words after it, a negative word ("corrupt").
std::string filler_article(int filler, int gap) {
  std::string text;
  for (int i = 0; i < filler; ++i) text += "The weather stayed mild over the long weekend in the north. ";
  text += "China said the European Union";
  for (int i = 0; i < gap; ++i) text += " then";
  return text + " was corrupt, officials added.";
}

ClaimCandidate candidate(const testing::ViewedDocument& d, ClaimKind kind, uint32_t cue) {
  ClaimCandidate c;
  c.kind = kind;
  c.cue_first = c.cue_last = cue;
  c.source = d.view->actor_at(d.token("china", cue > 4 ? cue - 4 : 0));
  c.target = d.view->actor_at(d.token("european", cue));
  return c;
}

// The candidate's features by name, with empty dispute histories.
std::vector<std::string> features(const testing::ViewedDocument& d, const ClaimFeatures& f, const ClaimCandidate& c) {
  const DisputeHistory none(*d.view, {});
  FeatureSink out(true);
  f.extract(c, none, none, out);
  return out.names();
}

bool has_prefix(const std::vector<std::string>& names, std::string_view prefix) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return n.starts_with(prefix); });
}

}  // namespace

TEST_CASE("claim features: a negative word by the target is found wherever the blocks of tokens fall") {
  const auto china = body("China", {"China"}, {}, ActorKind::State);
  const auto eu = body("European Union", {"European Union"}, {}, ActorKind::Government);
  const std::vector<Attribution> no_statements;
  // Shifting the sentence by whole filler sentences (13 tokens each) moves it across the blocks' edges; the gap puts
  // the negative word in the target's window (near) or only in its sentence (hostile).
  for (int filler = 0; filler <= 12; ++filler) {
    for (int gap : {0, 6, 20}) {
      CAPTURE(filler);
      CAPTURE(gap);
      const testing::ViewedDocument d(filler_article(filler, gap), {china, eu});
      const ClaimCandidate c = candidate(d, ClaimKind::Accusation, d.token("said"));
      REQUIRE(c.source >= 0);
      REQUIRE(c.target >= 0);
      const ClaimFeatures f(*d.view, no_statements, d.hits, lexicon());
      const std::vector<std::string> names = features(d, f, c);
      CHECK(has_prefix(names, "hostile=") !=
            has_prefix(names, "hostile=none"));                // the sentence's negative word is seen
      CHECK(has_prefix(names, "near=negative") == (gap < 3));  // within four tokens of the target
    }
  }
}

TEST_CASE("claim features: the same features whatever was asked about before") {
  const auto china = body("China", {"China"}, {}, ActorKind::State);
  const auto eu = body("European Union", {"European Union"}, {}, ActorKind::Government);
  const std::vector<Attribution> no_statements;
  // Two candidates far apart (blocks of tokens between them): asked alone, or after the other, in either order.
  const testing::ViewedDocument d(filler_article(3, 2) + " " + filler_article(9, 0), {china, eu});
  const uint32_t first_cue = d.token("said");
  const uint32_t second_cue = d.token("said", first_cue + 1);
  REQUIRE(second_cue > first_cue + 100);
  const ClaimCandidate a = candidate(d, ClaimKind::Accusation, first_cue);
  const ClaimCandidate r = candidate(d, ClaimKind::Rebuttal, second_cue);
  const ClaimFeatures alone_a(*d.view, no_statements, d.hits, lexicon());
  const ClaimFeatures alone_r(*d.view, no_statements, d.hits, lexicon());
  const ClaimFeatures both(*d.view, no_statements, d.hits, lexicon());
  const std::vector<std::string> a_alone = features(d, alone_a, a), r_alone = features(d, alone_r, r);
  CHECK(features(d, both, r) == r_alone);
  CHECK(features(d, both, a) == a_alone);
  CHECK(has_prefix(a_alone, "near=negative"));
  CHECK(has_prefix(r_alone, "near=negative"));
  // hostile(): the content's accusation or negative words, the same asked first or last.
  ClaimCandidate content = a;
  content.content = Span{d.doc.tokens[first_cue + 1].span.begin, d.doc.tokens[d.token("corrupt", first_cue)].span.end};
  const ClaimFeatures fresh(*d.view, no_statements, d.hits, lexicon());
  CHECK(fresh.hostile(content));
  CHECK(both.hostile(content));
}
