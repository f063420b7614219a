// Claims grouped as a reader sees them: one row per (cue, source, kind), one fan per rebuttal cue.
#include <doctest/doctest.h>

#include "engine/document/claim_groups.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::find_span;

namespace {

Claim claim(std::string id, ClaimKind kind, int source, int target, Span cue, int rebuts = -1) {
  Claim c;
  c.id = std::move(id);
  c.kind = kind;
  c.source = source;
  c.target = target;
  c.cue = cue;
  c.rebuts = rebuts;
  return c;
}

// Zhao accuses six parties with one verb; Stoltenberg's one denial answers it six times (one record per party),
// Price's denial answers two different accusations.
Document six_party_article() {
  Document d = testing::build_document(
      "Zhao Lijian accused NATO, the United States, Britain, Canada, Australia and Japan of meddling. "
      "Zhao also blamed Japan. Stoltenberg rejected the claims. Price denied both charges.",
      {{"Zhao Lijian", ActorKind::Person, {"Zhao Lijian", "Zhao"}},
       {"NATO", ActorKind::Organisation, {"NATO", "Stoltenberg"}},
       {"United States", ActorKind::State, {"United States", "Price"}},
       {"Britain", ActorKind::State, {"Britain"}},
       {"Canada", ActorKind::State, {"Canada"}},
       {"Australia", ActorKind::State, {"Australia"}},
       {"Japan", ActorKind::State, {"Japan"}}});
  const Span accused = find_span(d, "accused"), blamed = find_span(d, "blamed");
  for (int target = 1; target <= 6; ++target)
    d.claims.push_back(claim("c" + std::to_string(target), ClaimKind::Accusation, 0, target, accused));
  d.claims.push_back(claim("c7", ClaimKind::Accusation, 0, 6, blamed));
  const Span rejected = find_span(d, "rejected"), denied = find_span(d, "denied");
  for (int i = 0; i < 6; ++i)  // one record per party of the accusation, all answering the same cue
    d.claims.push_back(claim("r" + std::to_string(i + 1), ClaimKind::Rebuttal, 1, 0, rejected, i));
  d.claims.push_back(claim("p1", ClaimKind::Rebuttal, 2, 0, denied, 6));  // "blamed" first in the document order
  d.claims.push_back(claim("p2", ClaimKind::Rebuttal, 2, 0, denied, 1));
  return d;
}

}  // namespace

TEST_CASE("claim rows: claims sharing a cue, a source and a kind are one row with their distinct targets") {
  const Document d = six_party_article();
  const std::vector<ClaimRow> rows = claim_rows(d);
  REQUIRE(rows.size() == 4);
  CHECK(slice(d.text, rows[0].cue) == "accused");
  CHECK(rows[0].claims.size() == 6);
  CHECK(rows[0].targets == std::vector<int>{1, 2, 3, 4, 5, 6});
  CHECK(slice(d.text, rows[1].cue) == "blamed");
  CHECK(rows[1].targets == std::vector<int>{6});
  CHECK(slice(d.text, rows[2].cue) == "rejected");
  CHECK(rows[2].claims.size() == 6);
  CHECK(rows[2].targets == std::vector<int>{0});  // six records, one target: one name in the row
  CHECK(rows[3].source == 2);
  size_t total = 0;
  for (const ClaimRow& r : rows) total += r.claims.size();
  CHECK(total == d.claims.size());
}

TEST_CASE("claim rows: a different source or kind on the same cue is another row (a counter-accusation)") {
  Document d = testing::build_document("Peru denied and accused Chile.",
                                       {{"Peru", ActorKind::State, {"Peru"}}, {"Chile", ActorKind::State, {"Chile"}}});
  const Span cue = find_span(d, "denied and accused");
  d.claims = {claim("c1", ClaimKind::Rebuttal, 0, 1, cue), claim("c2", ClaimKind::Accusation, 0, 1, cue),
              claim("c3", ClaimKind::Accusation, 1, 0, cue), claim("c4", ClaimKind::Accusation, -1, 0, cue)};
  const std::vector<ClaimRow> rows = claim_rows(d);
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].claims == std::vector<int>{0});
  CHECK(rows[3].source == -1);
  CHECK(claim_rows(Document{}).empty());
}

TEST_CASE("rebuttal fans: one per rebuttal cue, fanning out to the distinct accusation cues it answers") {
  const Document d = six_party_article();
  const std::vector<RebuttalFan> fans = rebuttal_fans(d);
  REQUIRE(fans.size() == 2);
  CHECK(slice(d.text, fans[0].cue) == "rejected");
  CHECK(fans[0].rebuttals.size() == 6);
  REQUIRE(fans[0].accusations.size() == 1);  // six records, one accusation cue: one arc, not six
  CHECK(slice(d.text, d.claims[fans[0].accusations[0]].cue) == "accused");
  CHECK(slice(d.text, fans[1].cue) == "denied");
  REQUIRE(fans[1].accusations.size() == 2);  // two cues answered, in text order
  CHECK(slice(d.text, d.claims[fans[1].accusations[0]].cue) == "accused");
  CHECK(slice(d.text, d.claims[fans[1].accusations[1]].cue) == "blamed");
}

TEST_CASE("rebuttal fans: rebuttals that answer nothing, or a claim index out of range, make no fan") {
  Document d = six_party_article();
  for (Claim& c : d.claims)
    if (c.kind == ClaimKind::Rebuttal) c.rebuts = c.id == "p1" ? 99 : -1;
  CHECK(rebuttal_fans(d).empty());
}
