// Hand-built annotated articles for the UI tests: the real tokenizer and sentences, actors, mentions, claims and
// stance given here (so the UI tests do not move when the engine's rules change).
#pragma once
#include <string>

#include "engine/claims/stance.h"
#include "engine/document/palette.h"
#include "support/document_builder.h"

namespace riposte::testing {

inline Claim make_claim(std::string id, ClaimKind kind, int source, int target, Span cue, int rebuts = -1) {
  Claim c;
  c.id = std::move(id);
  c.kind = kind;
  c.source = source;
  c.target = target;
  c.cue = cue;
  c.content = cue;
  c.rebuts = rebuts;
  c.score = kind == ClaimKind::Support ? 0.5 : -0.6;
  return c;
}

// Zhao accuses six parties with one verb; NATO's one denial answers them all (six records, one arc); Price's
// denial answers two accusation cues (one arc with two branches). Actors on sides: Zhao → China; Price →
// United States.
inline Document six_party_article() {
  Document d = build_document(
      "China and NATO trade charges\n\n"
      "BEIJING \xE2\x80\x94 Zhao Lijian accused NATO, the United States, Britain, Canada, Australia and Japan of "
      "meddling in the region on Monday. China also blamed Japan for the tension.\n\n"
      "NATO rejected the claims as baseless. In Washington, Price denied both charges and said the United States "
      "would not be lectured.\n\n"
      "Trawlermen in the harbour said the quarrel hurts everyone.",
      {{"China", ActorKind::State, {"China"}},
       {"Zhao Lijian", ActorKind::Person, {"Zhao Lijian"}, "China"},
       {"NATO", ActorKind::Organisation, {"NATO"}},
       {"United States", ActorKind::State, {"United States", "Washington"}},
       {"Britain", ActorKind::State, {"Britain"}},
       {"Canada", ActorKind::State, {"Canada"}},
       {"Australia", ActorKind::State, {"Australia"}},
       {"Japan", ActorKind::State, {"Japan"}},
       {"Price", ActorKind::Person, {"Price"}, "United States"}});
  const Span accused = find_span(d, "accused"), blamed = find_span(d, "blamed");
  for (int target = 2; target <= 7; ++target)
    d.claims.push_back(make_claim("c" + std::to_string(target - 1), ClaimKind::Accusation, 1, target, accused));
  d.claims.push_back(make_claim("c7", ClaimKind::Accusation, 0, 7, blamed));
  const Span rejected = find_span(d, "rejected");
  for (int i = 0; i < 6; ++i)
    d.claims.push_back(make_claim("c" + std::to_string(8 + i), ClaimKind::Rebuttal, 2, 1, rejected, i));
  const Span denied = find_span(d, "denied");
  d.claims.push_back(make_claim("c14", ClaimKind::Rebuttal, 8, 1, denied, 1));
  d.claims.push_back(make_claim("c15", ClaimKind::Rebuttal, 8, 0, denied, 6));
  compute_stance(d);
  assign_colors(d);
  return d;
}

}  // namespace riposte::testing
