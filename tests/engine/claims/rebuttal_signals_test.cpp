// The rebuttal model's signal words (data/rebuttal_signals.tsv) and the features they give rebuttal candidates.
#include "engine/claims/rebuttal_signals.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_finder.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::body;
using testing::build_document;

namespace {

// Token indices at which a signal of `signals` starts, as the words there.
std::vector<std::string> starts(const RebuttalSignals& signals, const std::string& text) {
  static const CueLexicon lex;
  static const ClaimWords words;
  Document doc = build_document(text, {});
  std::string lower = CueLexicon::lower(doc.text);
  const auto hits = lex.scan(doc, lower);
  const DocumentView view(doc, std::move(lower), hits, words);
  std::vector<std::string> out;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k)
    if (signals.starts_at(view, k)) out.emplace_back(view.word(k));
  return out;
}

bool has(const std::vector<std::string>& features, const std::string& f) {
  return std::find(features.begin(), features.end(), f) != features.end();
}

}  // namespace

TEST_CASE("rebuttal signals: one-word forms, and two-word forms with at most one word or a comma between") {
  const RebuttalSignals s("# comment\ninsist|insisted\tbacking\nmade up|never ever\tbacking\n");
  CHECK(starts(s, "The firm insisted the figures were made up.") == std::vector<std::string>{"insisted", "made"});
  CHECK(starts(s, "She said he had made it up and had never, ever lied.") == std::vector<std::string>{"made", "never"});
  CHECK(starts(s, "They made the whole thing up. He never lied to us, ever.")
            .empty());                                                    // two words between; "lied" between
  CHECK(starts(s, "Insisted.") == std::vector<std::string>{"insisted"});  // any case
}

TEST_CASE("rebuttal signals: the embedded list reads and knows the corpus's denials") {
  const RebuttalSignals s;
  CHECK_FALSE(s.empty());
  CHECK(starts(s, "The club pushed back and defended its manager.") == std::vector<std::string>{"pushed", "defended"});
}

TEST_CASE("rebuttal signals: a rebuttal candidate says whether its cue or content carries a rebuttal word") {
  const auto greens = body("Greens", {"Greens"}, {}, ActorKind::Party);
  const auto council = body("council", {"council"}, {}, ActorKind::Organisation);
  Document d = build_document(
      "The Greens accused the council of wasting money. The council insisted that the Greens were wrong. "
      "The council later attacked the Greens over their record.",
      {greens, council});
  ClaimDump dump;
  ClaimFinder().run(d, &dump);
  bool insisted = false, attacked = false;
  for (const ClaimDump::Record& r : dump.records) {
    const std::string_view cue = std::string_view(d.text).substr(r.cue.begin, r.cue.size());
    if (r.kind == ClaimKind::Accusation) {
      CHECK_FALSE(has(r.features, "rsig=none"));  // accusations have no such features
      CHECK_FALSE(has(r.features, "rsig=cue"));
      continue;
    }
    if (d.actors[r.source].name != "council" || d.actors[r.target].name != "Greens") continue;
    if (cue == "insisted") {
      insisted = true;
      CHECK(has(r.features, "rsig=cue"));
      CHECK(has(r.features, "rsig=content"));  // "were wrong"
      CHECK_FALSE(has(r.features, "rsig=none"));
    }
    if (cue == "attacked") {
      attacked = true;
      CHECK(has(r.features, "rsig=none"));  // criticism, no denial: its history is counted apart
      CHECK(has(r.features, "qhist=target_accused_source_before"));
    }
  }
  CHECK(insisted);
  CHECK(attacked);
}
