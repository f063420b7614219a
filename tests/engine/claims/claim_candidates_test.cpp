// Candidate claims: what the statement candidates of both kinds share (StatementTargets) and the candidates made.
#include "engine/claims/claim_candidates.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "engine/claims/attribution.h"
#include "engine/claims/document_view.h"
#include "engine/text/tokenizer.h"
#include "support/viewed_document.h"

using namespace riposte;
using testing::body;
using testing::person;

using Viewed = testing::ViewedDocument;

TEST_CASE("statement targets: a token's paragraph runs from its paragraph's start to the next one's") {
  const Viewed d("Alpha one said.\n\nBeta two said. Gamma three.\n\nDelta four.", {});
  const std::vector<Attribution> none;
  const StatementTargets t(*d.view, none);
  const uint32_t last = static_cast<uint32_t>(d.doc.tokens.size() - 1);
  CHECK(t.paragraph_of(0) == std::pair<uint32_t, uint32_t>{0, d.token("beta") - 1});
  CHECK(t.paragraph_of(d.token("gamma")) == std::pair<uint32_t, uint32_t>{d.token("beta"), d.token("delta") - 1});
  CHECK(t.paragraph_of(d.token("beta")).first == d.token("beta"));
  CHECK(t.paragraph_of(last) == std::pair<uint32_t, uint32_t>{d.token("delta"), last});
}

TEST_CASE("statement targets: a statement's first targets are its addressee, then the actors of its content") {
  const auto china = body("China", {"China"}, {}, ActorKind::State);
  const auto us = body("United States", {"United States"}, {}, ActorKind::State);
  const auto eu = body("European Union", {"European Union"}, {}, ActorKind::Government);
  const Viewed d("China told the European Union that the United States lied.", {china, us, eu});
  Attribution st;
  st.source = d.doc.mentions.front().actor;
  st.addressee = d.doc.mentions[1].actor;  // the European Union
  st.cue_first = st.cue_last = d.token("told");
  st.content_first = d.token("that");
  st.content_last = d.token("lied");
  Attribution unsourced = st;
  unsourced.source = -1;
  const std::vector<Attribution> statements{st, unsourced};  // kept by reference
  const StatementTargets t(*d.view, statements);
  const auto [first, last] = t.first_targets(0);
  REQUIRE(last - first == 2);
  CHECK(d.name(first[0]) == "European Union");
  CHECK(d.name(first[1]) == "United States");
  CHECK(t.first_targets(1).first == t.first_targets(1).second);  // no source: no targets
  std::vector<ClaimCandidate> accusations;
  add_statement_candidates(t, ClaimKind::Accusation, {}, accusations);
  REQUIRE(accusations.size() == 2);  // the same targets, in the same order, as candidates
  CHECK(d.name(accusations[0].target) == "European Union");
  CHECK(d.name(accusations[1].target) == "United States");
  CHECK(accusations[1].rules.front() == "statement");
}

TEST_CASE("pair candidates: found once, taken by each kind, merged into a candidate already there") {
  const auto britain = body("Britain", {"Britain"}, {}, ActorKind::State);
  const auto france = body("France", {"France"}, {}, ActorKind::State);
  const Viewed d("Britain criticised France over fishing.", {britain, france});
  const std::vector<uint8_t> charged(d.doc.tokens.size(), 0);  // no charged word: clauses only
  const std::vector<ClaimCandidate> pairs = pair_candidates(*d.view, charged);
  REQUIRE(pairs.size() == 1);
  CHECK(d.name(pairs[0].source) == "Britain");
  CHECK(d.name(pairs[0].target) == "France");
  CHECK(pairs[0].cue_first == d.token("criticised"));
  CHECK(pairs[0].rules.front() == "clause");
  std::vector<ClaimCandidate> rebuttals;
  add_pair_candidates(ClaimKind::Rebuttal, pairs, rebuttals);
  REQUIRE(rebuttals.size() == 1);
  CHECK(rebuttals[0].kind == ClaimKind::Rebuttal);
  std::vector<ClaimCandidate> accusations(1, pairs[0]);  // the same candidate, proposed by a statement
  accusations[0].rules = RuleNames();
  accusations[0].rules.push_back("statement");
  add_pair_candidates(ClaimKind::Accusation, pairs, accusations);
  REQUIRE(accusations.size() == 1);
  CHECK(accusations[0].rules.size() == 2);  // statement and clause
  std::vector<uint8_t> lawsuit(d.doc.tokens.size(), 0);
  lawsuit[d.token("fishing")] = 1;  // a charged word: both directions co-occur after the clause
  CHECK(pair_candidates(*d.view, lawsuit).size() == 3);
}

TEST_CASE("token_at_byte from a hint: the same token as the search over every token, whatever the hint") {
  Document doc;
  doc.text = "One, two  three.\n\n\"Four\" five-six seven's eight; nine ten eleven twelve thirteen fourteen.";
  doc.tokens = tokenize(doc.text);
  REQUIRE(doc.tokens.size() > 16);
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t pos = 0; pos <= doc.text.size() + 2; ++pos)
    for (uint32_t hint = 0; hint < n + 3; ++hint) {
      CAPTURE(pos);
      CAPTURE(hint);
      CHECK(token_at_byte(doc, pos, hint) == token_at_byte(doc, pos));
    }
  const Document empty;
  CHECK(token_at_byte(empty, 3, 5) == token_at_byte(empty, 3));
}
