// The claim model: its weights file, its probabilities, and the decisions it makes over candidates.
#include "engine/claims/claim_model.h"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string>

#include "engine/annotator.h"
#include "engine/claims/claim_features.h"
#include "engine/claims/claim_finder.h"
#include "support/document_builder.h"

using namespace riposte;

TEST_CASE("claim model: the weights file gives probabilities and two thresholds per kind") {
  std::string error;
  const ClaimModel m = ClaimModel::parse(
      "# a comment\nthreshold\taccusation\t0.60\nrule_threshold\taccusation\t0.20\n"
      "threshold\trebuttal\t0.70\nrule_threshold\trebuttal\t0.10\nfeature\taccusation\trebuttal\n"
      "bias\t-1.0\t-2.0\ncue=said\t0.5\t0\ntpos=object\t1.5\t0.25\n",
      &error);
  REQUIRE(error.empty());
  CHECK(m.size() == 3);
  FeatureSink f;
  f.add("bias");
  f.add("cue", "said");
  f.add("tpos", "object");
  f.add("unknown", "feature");  // not in the model: weight 0
  CHECK(m.probability(ClaimKind::Accusation, f) == doctest::Approx(1 / (1 + std::exp(-1.0))));
  CHECK(m.probability(ClaimKind::Rebuttal, f) == doctest::Approx(1 / (1 + std::exp(1.75))));
  CHECK(m.accepts(ClaimKind::Accusation, 0.65, false));
  CHECK_FALSE(m.accepts(ClaimKind::Accusation, 0.55, false));
  CHECK(m.accepts(ClaimKind::Accusation, 0.25, true));  // a rule's candidate needs only the rule threshold
  CHECK_FALSE(m.accepts(ClaimKind::Rebuttal, 0.05, true));
  CHECK(m.threshold(ClaimKind::Rebuttal) == doctest::Approx(0.70));
}

TEST_CASE("claim model: never_alone lines name the origins that never decide alone, per kind") {
  std::string error;
  const ClaimModel m = ClaimModel::parse(
      "never_alone\taccusation\tcooccurrence|clause\nnever_alone\trebuttal\tcooccurrence\nbias\t0\t0\n", &error);
  REQUIRE(error.empty());
  CHECK_FALSE(m.decides_alone(ClaimKind::Accusation, "cooccurrence"));
  CHECK_FALSE(m.decides_alone(ClaimKind::Accusation, "clause"));
  CHECK(m.decides_alone(ClaimKind::Accusation, "statement"));
  CHECK_FALSE(m.decides_alone(ClaimKind::Rebuttal, "cooccurrence"));
  CHECK(m.decides_alone(ClaimKind::Rebuttal, "clause"));
  CHECK(ClaimModel::parse("bias\t0\t0\n").decides_alone(ClaimKind::Accusation, "cooccurrence"));  // none named
  CHECK(ClaimModel::parse("never_alone\tsupport\tclause\n", &error).empty());
  CHECK(error == "line 1: never_alone for an unknown kind");
  CHECK(ClaimModel::parse("never_alone\taccusation\tclause||cooccurrence\n", &error).empty());
  CHECK(error == "line 1: never_alone lists an empty origin");
}

TEST_CASE("claim model: a feature listed twice in the file keeps its last line's weights, counted once") {
  const ClaimModel m =
      ClaimModel::parse("bias\t-1.0\t-2.0\ncue=said\t0.5\t0\nbias\t1.0\t2.0\ntpos=object\t1.5\t0.25\n");
  CHECK(m.size() == 3);
  FeatureSink f;
  f.add("bias");
  CHECK(m.weight_sums(f)[0] == 1.0);
  CHECK(m.weight_sums(f)[1] == 2.0);
  f.add("cue", "said");
  f.add("tpos", "object");
  CHECK(m.weight_sums(f)[0] == 3.0);
  CHECK(m.weight_sums(f)[1] == 2.25);
}

TEST_CASE("claim model: a malformed file is refused with the line and the reason, and leaves no weights") {
  std::string error;
  CHECK(ClaimModel::parse("bias\t1.0\n", &error).empty());
  CHECK(error == "line 1: expected 3 tab-separated columns");
  CHECK(ClaimModel::parse("# ok\nbias\tx\t1\n", &error).empty());
  CHECK(error == "line 2: weights must be numbers");
  CHECK(ClaimModel::parse("threshold\taccusation\t1.5\n", &error).empty());
  CHECK(error == "line 1: threshold must be a probability");
  CHECK(ClaimModel::parse("threshold\tsupport\t0.5\n", &error).empty());
  CHECK(error == "line 1: threshold for an unknown kind");
  CHECK(ClaimModel::parse("bias\tnan\t1\n", &error).empty());
}

TEST_CASE("claim model: feature names hash the same in the sink and in the file (the trainer writes names)") {
  FeatureSink named(true);
  named.add("tpos", "content", "statement");
  named.add("quoted");
  CHECK(named.names() == std::vector<std::string>{"tpos=content|statement", "quoted"});
  CHECK(named.hashes()[0] == FeatureSink::hash("tpos=content|statement"));
  FeatureSink unnamed;
  unnamed.add("quoted");
  CHECK(unnamed.names().empty());
  CHECK(unnamed.hashes() == std::vector<uint64_t>{FeatureSink::hash("quoted")});
}

TEST_CASE("claim model: a feature added twice counts once, as the trainer counts it") {
  // Regression: "near=negative" for two hostile words by the target was summed twice at run time, while
  // scripts/train-claim-model learns from 0/1 features, so the engine's probabilities were not the trainer's.
  FeatureSink named(true);
  named.add("near", "negative");
  named.add("bias");
  named.add("near", "negative");
  CHECK(named.names() == std::vector<std::string>{"near=negative", "bias"});
  CHECK(named.hashes().size() == 2);
  FeatureSink cached(true);
  cached.add("bias");
  cached.add("quoted");
  named.append(cached);  // a cached group: only what is new
  CHECK(named.names() == std::vector<std::string>{"near=negative", "bias", "quoted"});
  CHECK(named.hashes().size() == 3);
  const ClaimModel m = ClaimModel::parse("near=negative\t1\t0\n");
  FeatureSink twice;
  twice.add("near", "negative");
  twice.add("near", "negative");
  CHECK(m.probability(ClaimKind::Accusation, twice) == doctest::Approx(1.0 / (1.0 + std::exp(-1.0))));
  twice.clear();
  twice.add("near", "negative");
  CHECK(twice.hashes().size() == 1);  // clear() forgets what was seen
}

TEST_CASE("claim model: the embedded model is trained (data/claim_model.tsv) and small") {
  const ClaimModel m;
  CHECK_FALSE(m.empty());
  CHECK(m.size() > 100);
  CHECK(m.threshold(ClaimKind::Accusation) > 0.3);
}

TEST_CASE("claim model: decides every candidate and records it with its features when asked") {
  using testing::body;
  using testing::person;
  const auto china = body("China", {"China"}, {}, ActorKind::State);
  const auto us = body("United States", {"United States", "US"}, {}, ActorKind::State);
  Document d = testing::build_document(
      "China accused the US of hacking. \"These claims are baseless,\" a US official said of the report.", {china, us});
  ClaimDump dump;
  ClaimFinder().run(d, &dump);
  REQUIRE_FALSE(dump.records.empty());
  bool accusation_by_rule = false;
  for (const ClaimDump::Record& r : dump.records) {
    CHECK(r.probability >= 0.0);
    CHECK(r.probability <= 1.0);
    CHECK_FALSE(r.features.empty());
    CHECK(r.features.front() == "bias");
    if (r.kind == ClaimKind::Accusation && r.accepted && d.actors[r.source].name == "China")
      accusation_by_rule = std::find(r.rules.begin(), r.rules.end(), "accuse_verb") != r.rules.end();
  }
  CHECK(accusation_by_rule);
  for (const Claim& c : d.claims) CHECK(c.rule.rfind("model:", 0) == 0);
}

// Regression: a clause candidate ("Poland on Thursday accused Belarus") was shown on the word after its subject, so
// the page marked "on" as an accusation beside the rule's claim on "accused" (the sample article, whole: the clause
// is accepted in its context).
TEST_CASE("claim model: a clause claim is shown on its verb, once") {
  std::ifstream f(std::string(RIPOSTE_SOURCE_DIR) + "/web/sample-article.txt", std::ios::binary);
  REQUIRE(f);
  const std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  const Document d = Annotator().annotate(text);
  int accused = 0;
  for (const Claim& c : d.claims) {
    const std::string_view cue = std::string_view(d.text).substr(c.cue.begin, c.cue.size());
    CHECK(cue != "on");
    if (c.kind == ClaimKind::Accusation && cue == "accused" && d.actors[c.source].name == "Poland") ++accused;
  }
  CHECK(accused == 1);
}

TEST_CASE("claim model: sums of its weights are exact in any order only when their bits fit a double") {
  CHECK(ClaimModel().sums_exact());  // the trained model: 39 bits from its largest weight to its smallest bit
  CHECK(ClaimModel::parse("a\t0.5\t-1.25\nb\t0.0001\t0\n").sums_exact());
  CHECK_FALSE(ClaimModel::parse("a\t1e-30\t3\n").sums_exact());  // 2^-123 beside 2^1: order would matter
  const ClaimModel m = ClaimModel::parse("bias\t-1.0\t-2.0\ncue=said\t0.5\t0\n");
  FeatureSink f;
  f.add("bias");
  f.add("cue", "said");
  f.add("other");
  CHECK(m.weight_sums(f) == std::array<double, 2>{-0.5, -2.0});
  CHECK(ClaimModel::probability_of_sum(-0.5) == m.probability(ClaimKind::Accusation, f));
}

// `annotate` weighs a candidate's features by groups cached across targets and kinds; the training dump extracts
// them in order. Both must give the same claims with the same scores, bit for bit (the score of a claim the model
// proposed is its probability's).
TEST_CASE("claim model: weights summed by groups give the same claims and scores as the features in order") {
  std::ifstream f(std::string(RIPOSTE_SOURCE_DIR) + "/web/sample-article.txt", std::ios::binary);
  REQUIRE(f);
  std::string text((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  text += "\n\nChina accused the US of hacking. \"These claims are baseless,\" a US official said of the report.";
  const Annotator annotator;
  const Document grouped = annotator.annotate(text);
  ClaimDump dump;
  const Document in_order = annotator.annotate(text, &dump);
  REQUIRE(grouped.claims.size() == in_order.claims.size());
  size_t by_model = 0;
  for (size_t i = 0; i < grouped.claims.size(); ++i) {
    const Claim &g = grouped.claims[i], &o = in_order.claims[i];
    CHECK(g.kind == o.kind);
    CHECK(g.source == o.source);
    CHECK(g.target == o.target);
    CHECK(g.cue == o.cue);
    CHECK(g.rebuts == o.rebuts);
    CHECK(g.rule == o.rule);
    CHECK(g.score == o.score);  // exactly
    by_model += g.rule == "model:statement" || g.rule == "model:clause" || g.rule == "model:cooccurrence";
  }
  CHECK(by_model > 0);  // scored by the model, not only accepted by a rule
  CHECK(dump.records.size() > 20);
}

TEST_CASE("claim model: the per-candidate group's bound is its largest possible sum of weights, per kind") {
  const ClaimModel m = ClaimModel::parse(
      "hostile=near\t1\t0.5\nhostile=near|before\t0.25\t0\nhostile=near|content\t0.5\t0\nhostile_closest\t-1\t2\n"
      "hostile=none\t-3\t-3\nahist=none\t-0.5\t0\nahist=target_accused_source_before\t0.75\t0\n"
      "ahist=source_accused_target_before\t0.5\t0\nhist=none\t0\t-0.25\n");
  const ClaimFeatures::KindBounds b = ClaimFeatures::kind_bounds(m);
  CHECK(b.hostility[0] == 1.75);   // near, before, content; "hostile_closest" only when it adds
  CHECK(b.history[0] == 1.25);     // two facts at once
  CHECK(b.hostility[1] == 2.5);    // near and closest
  CHECK(b.history[1] == 0.0);      // any fact weighs 0, more than "none"
  CHECK(b.reject_below[0] < 0.0);  // threshold 0.5: logit 0, less the margin
  CHECK(b.reject_below[0] > -1e-5);
  const ClaimFeatures::KindBounds t = ClaimFeatures::kind_bounds(ClaimModel::parse(
      "threshold\taccusation\t0.75\nrule_threshold\trebuttal\t0\nthreshold\trebuttal\t1\nbias\t1\t1\n"));
  CHECK(t.reject_below[0] == doctest::Approx(std::log(3.0)).epsilon(1e-5));
  CHECK(t.reject_below[1] == -HUGE_VAL);  // a threshold of 1: never bounded (p may round to 1)
}
