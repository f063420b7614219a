#include <doctest/doctest.h>

#include <random>
#include <set>
#include <string>

#include "engine/annotator.h"
#include "engine/claims/stance.h"
#include "engine/document/document_edit.h"
#include "engine/document/palette.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"
#include "support/document_builder.h"

using namespace riposte;
using namespace riposte::testing;

namespace {

const char* kText =
    "China accused the United States of lying on Monday. Beijing said Washington had \xE2\x80\x9C"
    "no proof\xE2\x80\x9D. "
    "Zhao Lijian rejected the claims. Reuters reported it.";

// China (with Zhao under it), the United States, and Reuters (nothing refers to it but its one mention);
// c1: China accuses the US ("accused"); c2: Zhao rebuts it ("rejected").
Document sample() {
  Document d = build_document(
      kText, {body("China", {"China"}, "", ActorKind::State),
              body("United States", {"United States", "Washington"}, "", ActorKind::State),
              person("Zhao Lijian", {"Zhao Lijian"}, "China"), body("Reuters", {"Reuters"}, "", ActorKind::Media)});
  const std::string t = d.text;
  auto span_of = [&](const std::string& s) { return find_span(t, s); };
  Claim acc{"c1",
            ClaimKind::Accusation,
            0,
            1,
            -1,
            span_of("accused"),
            span_of("China accused the United States of lying"),
            -0.7,
            "112",
            "ACCUSE"};
  Claim reb{"c2",
            ClaimKind::Rebuttal,
            2,
            1,
            0,
            span_of("rejected"),
            span_of("Zhao Lijian rejected the claims"),
            -0.5,
            "120",
            "REJECT"};
  d.claims = {acc, reb};
  compute_stance(d);
  assign_colors(d);
  return d;
}

std::string json(const Document& d) { return to_json_string(d); }

// The document is unchanged and the outcome says why, in one line.
void check_refused(Document& d, const Edit& e, const std::string& expected_error) {
  const std::string before = json(d);
  const size_t edits = d.edits.size();
  const EditOutcome o = apply_edit(d, e);
  CHECK_FALSE(o.ok);
  CHECK(o.error == expected_error);
  CHECK(o.error.find('\n') == std::string::npos);
  CHECK(json(d) == before);
  CHECK(d.edits.size() == edits);
}

EditOutcome apply_ok(Document& d, const Edit& e) {
  const EditOutcome o = apply_edit(d, e);
  REQUIRE_MESSAGE(o.ok, o.error);
  CHECK(o.error.empty());
  return o;
}

bool ids_unique(const Document& d) {
  std::set<std::string> a, c;
  for (const Actor& x : d.actors) a.insert(x.id);
  for (const Claim& x : d.claims) c.insert(x.id);
  return a.size() == d.actors.size() && c.size() == d.claims.size();
}

bool non_overlapping(const Document& d) {
  for (size_t m = 1; m < d.mentions.size(); ++m)
    if (d.mentions[m].span.begin < d.mentions[m - 1].span.end) return false;
  return true;
}

// Everything apply_edit promises after any edit.
void check_invariants(const Document& d, bool mentions_disjoint) {
  const int n = static_cast<int>(d.actors.size());
  CHECK(ids_unique(d));
  for (size_t m = 0; m < d.mentions.size(); ++m) {
    const Mention& x = d.mentions[m];
    REQUIRE(x.actor >= 0);
    REQUIRE(x.actor < n);
    CHECK(!x.span.empty());
    CHECK(x.span.end <= d.text.size());
    if (m) CHECK(d.mentions[m - 1].span.begin <= x.span.begin);
  }
  if (mentions_disjoint) CHECK(non_overlapping(d));
  for (int a = 0; a < n; ++a) {
    CHECK(d.actors[a].affiliation >= -1);
    CHECK(d.actors[a].affiliation < n);
    CHECK(d.actors[a].affiliation != a);
    int at = d.actors[a].affiliation;
    for (int steps = 0; at >= 0; at = d.actors[at].affiliation) REQUIRE(++steps <= n);  // no cycle
    CHECK(d.actors[a].color.size() == 7);
  }
  for (size_t c = 0; c < d.claims.size(); ++c) {
    const Claim& x = d.claims[c];
    CHECK(x.source >= -1);
    CHECK(x.source < n);
    CHECK(x.target >= -1);
    CHECK(x.target < n);
    CHECK(x.rebuts >= -1);
    CHECK(x.rebuts < static_cast<int>(d.claims.size()));
    CHECK(x.rebuts != static_cast<int>(c));
    if (x.human && x.rebuts >= 0) CHECK(d.claims[x.rebuts].kind == ClaimKind::Accusation);
  }
  Document fresh = d;
  compute_stance(fresh);
  CHECK(json(fresh) == json(d));
}

}  // namespace

TEST_CASE("edit: the sample document is what the tests below assume") {
  const Document d = sample();
  REQUIRE(d.actors.size() == 4);
  REQUIRE(d.mentions.size() == 5);
  CHECK(find_actor(d, "Zhao Lijian") == 2);
  CHECK(find_actor(d, "Nobody") == -1);
  CHECK(find_actor(d, "") == -1);
  CHECK(find_claim(d, claim_ref(d, 1)) == 1);
  CHECK(claim_ref(d, 0) == ClaimRef{find_span(d, "accused"), ClaimKind::Accusation, "China", "United States"});
  CHECK(claim_ref(d, 7) == ClaimRef{});
  check_invariants(d, true);
}

TEST_CASE("edit: add a mention of an existing actor") {
  Document d = sample();
  const Span beijing = find_span(d, "Beijing");
  const auto colours = [](const Document& x) {
    std::vector<std::string> c;
    for (auto& a : x.actors) c.push_back(a.color);
    return c;
  };
  const auto before = colours(d);
  const EditOutcome o = apply_ok(d, edit::AddMention{beijing, "China", ActorKind::Person});
  CHECK(o.actor == 0);
  REQUIRE(o.mention >= 0);
  CHECK(d.mentions[o.mention].span == beijing);
  CHECK(d.mentions[o.mention].actor == 0);
  CHECK(d.mentions[o.mention].human);
  CHECK(d.mentions[o.mention].rule == "human");
  CHECK(d.actors.size() == 4);  // no new actor: the kind is only for new ones
  CHECK(colours(d) == before);  // no side changed
  REQUIRE(d.edits.size() == 1);
  CHECK(std::holds_alternative<edit::AddMention>(d.edits[0]));
  check_invariants(d, true);
}

TEST_CASE("edit: add a mention of a new actor gives it a fresh id and a colour, others keep theirs") {
  Document d = sample();
  const auto before = d.actors;
  const EditOutcome o = apply_ok(d, edit::AddMention{find_span(d, "Monday"), "Monday", ActorKind::Group});
  REQUIRE(o.actor == 4);
  const Actor& a = d.actors[4];
  CHECK(a.id == "a5");
  CHECK(a.name == "Monday");
  CHECK(a.kind == ActorKind::Group);
  CHECK(a.human);
  CHECK(a.affiliation == -1);
  CHECK(a.color.size() == 7);
  for (size_t i = 0; i < before.size(); ++i) {
    CHECK(d.actors[i].id == before[i].id);
    CHECK(d.actors[i].color == before[i].color);
    CHECK(a.color != before[i].color);  // a new side takes a hue no other side holds
  }
  check_invariants(d, true);
}

TEST_CASE("edit: a new mention replaces the mentions it overlaps, and an actor left with nothing goes") {
  Document d = sample();
  // "Reuters reported" over Reuters' only mention: Reuters (referred to by nothing else) is removed.
  const EditOutcome o = apply_ok(d, edit::AddMention{find_span(d, "Reuters reported"), "The agency", ActorKind::Media});
  CHECK(find_actor(d, "Reuters") == -1);
  REQUIRE(d.actors.size() == 4);
  CHECK(d.actors[o.actor].name == "The agency");
  CHECK(d.actors[o.actor].id == "a5");  // ids are never reused
  CHECK(d.mentions.back().actor == o.actor);
  check_invariants(d, true);
  // Over part of "United States": the US keeps its other mention and stays.
  Document e = sample();
  apply_ok(e, edit::AddMention{find_span(e, "States"), "States", ActorKind::Group});
  CHECK(find_actor(e, "United States") == 1);
  CHECK(e.mentions.size() == 5);
  check_invariants(e, true);
  // Over Zhao's mention: Zhao has a claim and stays, without mentions.
  Document z = sample();
  apply_ok(z, edit::AddMention{find_span(z, "Zhao Lijian"), "Zhao", ActorKind::Person});
  CHECK(find_actor(z, "Zhao Lijian") == 2);
  check_invariants(z, true);
}

TEST_CASE("edit: add mention refusals leave the document unchanged") {
  Document d = sample();
  const uint32_t size = static_cast<uint32_t>(d.text.size());
  check_refused(d, edit::AddMention{{size - 2, size + 3}, "China"}, "that span is outside the text");
  check_refused(d, edit::AddMention{{5, 5}, "China"}, "that span is empty");
  const Span quote = find_span(d, "\xE2\x80\x9C");
  check_refused(d, edit::AddMention{{quote.begin + 1, quote.end + 3}, "China"},
                "that span is not on a character boundary");
  const Span space = find_span(d, " ");
  check_refused(d, edit::AddMention{space, "China"}, "that span holds only spaces");
  check_refused(d, edit::AddMention{find_span(d, "Beijing"), " "}, "a mention needs an actor name");
  check_refused(d, edit::AddMention{find_span(d, "China"), "China"},
                "\u201CChina\u201D is already a mention of \u201CChina\u201D");
}

TEST_CASE("edit: remove a mention; an actor left with no mention, claim or affiliate goes with it") {
  Document d = sample();
  EditOutcome o = apply_ok(d, edit::RemoveMention{find_span(d, "Washington")});
  CHECK(o.actor == 1);  // the US stays: it has another mention and claims
  CHECK(d.mentions.size() == 4);
  o = apply_ok(d, edit::RemoveMention{find_span(d, "Reuters")});
  CHECK(o.actor == -1);
  CHECK(find_actor(d, "Reuters") == -1);
  CHECK(d.actors.size() == 3);
  // China has no mention left but Zhao is affiliated under it (and it accuses): it stays.
  apply_ok(d, edit::RemoveMention{find_span(d, "China")});
  CHECK(find_actor(d, "China") == 0);
  check_invariants(d, true);
  CHECK(d.edits.size() == 3);
  check_refused(d, edit::RemoveMention{find_span(d, "Beijing")}, "no mention at \u201CBeijing\u201D");
  check_refused(d, edit::RemoveMention{{0, 2}}, "no mention at \u201CCh\u201D");
}

TEST_CASE("edit: a removed actor renumbers mentions, claims, affiliations") {
  Document d = build_document(
      "Alpha met Beta. Gamma blamed Delta.",
      {body("Alpha", {"Alpha"}), body("Beta", {"Beta"}), body("Gamma", {"Gamma"}), body("Delta", {"Delta"}, "Gamma")});
  d.claims.push_back(
      {"c1", ClaimKind::Accusation, 2, 3, -1, find_span(d, "blamed"), find_span(d, "Gamma blamed Delta")});
  assign_colors(d);
  apply_ok(d, edit::RemoveMention{find_span(d, "Alpha")});
  REQUIRE(d.actors.size() == 3);
  CHECK(d.actors[0].name == "Beta");
  CHECK(d.actors[2].affiliation == 1);  // Delta under Gamma, both shifted down by one
  CHECK(d.claims[0].source == 1);
  CHECK(d.claims[0].target == 2);
  CHECK(d.mentions[1].actor == 1);
  REQUIRE(d.stance.size() == 1);
  CHECK(d.stance[0].from == 1);
  CHECK(json(d).find("\"affiliation\":\"a3\"") != std::string::npos);  // ids are stable
  check_invariants(d, true);
}

TEST_CASE("edit: rename an actor") {
  Document d = sample();
  const std::string colour = d.actors[0].color;
  const EditOutcome o = apply_ok(d, edit::RenameActor{"China", "People's Republic of China"});
  CHECK(o.actor == 0);
  CHECK(d.actors[0].name == "People's Republic of China");
  CHECK(d.actors[0].human);
  CHECK(d.actors[0].color == colour);  // a side keeps its hue under a new name
  CHECK(claim_ref(d, 0).source == "People's Republic of China");
  check_refused(d, edit::RenameActor{"China", "X"}, "no actor named \u201CChina\u201D");
  check_refused(d, edit::RenameActor{"Zhao Lijian", "United States"},
                "there is already an actor named \u201CUnited States\u201D: merge them instead");
  check_refused(d, edit::RenameActor{"Zhao Lijian", "Zhao Lijian"}, "\u201CZhao Lijian\u201D already has that name");
  check_refused(d, edit::RenameActor{"Zhao Lijian", ""}, "a name cannot be empty");
  // Names from untrusted documents stay on one short line in messages (found by json_import_fuzz).
  check_refused(d, edit::RenameActor{"No\nbody\x01 \t", "X"}, "no actor named \u201CNo body\u201D");
  const std::string long_name(300, 'x');
  check_refused(d, edit::RenameActor{long_name, "X"}, "no actor named \u201C" + std::string(40, 'x') + "\u2026\u201D");
}

TEST_CASE("edit: merge actors moves mentions, claims and affiliates") {
  Document d = sample();
  const EditOutcome o = apply_ok(d, edit::MergeActors{"China", "Zhao Lijian"});
  REQUIRE(d.actors.size() == 3);
  CHECK(find_actor(d, "China") == -1);
  REQUIRE(o.actor == find_actor(d, "Zhao Lijian"));
  const Actor& into = d.actors[o.actor];
  CHECK(into.human);
  CHECK(into.affiliation == -1);  // it hung from China, which is gone: no cycle, no dangling index
  CHECK(into.id == "a3");
  CHECK(d.claims[0].source == o.actor);
  CHECK(d.claims[0].human);
  CHECK(d.mentions[0].actor == o.actor);
  CHECK(d.mentions[0].human);
  check_invariants(d, true);
  check_refused(d, edit::MergeActors{"China", "Zhao Lijian"}, "no actor named \u201CChina\u201D");
  check_refused(d, edit::MergeActors{"Zhao Lijian", "Nobody"}, "no actor named \u201CNobody\u201D");
  check_refused(d, edit::MergeActors{"Reuters", "Reuters"}, "cannot merge \u201CReuters\u201D into itself");
}

TEST_CASE("edit: merging a parent into a grandchild keeps the hierarchy acyclic") {
  // A <- B <- C (C under B under A); merge A into C: B, which hung from A, cannot go under C (C hangs from B).
  Document d = build_document("A B C D",
                              {body("A", {"A"}), body("B", {"B"}, "A"), body("C", {"C"}, "B"), body("D", {"D"}, "A")});
  assign_colors(d);
  apply_ok(d, edit::MergeActors{"A", "C"});
  const int b = find_actor(d, "B"), c = find_actor(d, "C"), dd = find_actor(d, "D");
  CHECK(d.actors[b].affiliation == -1);  // A's own place
  CHECK(d.actors[c].affiliation == b);
  CHECK(d.actors[dd].affiliation == c);  // D followed A's mentions into C
  check_invariants(d, true);
}

TEST_CASE("edit: split an actor") {
  Document d = sample();
  const Span washington = find_span(d, "Washington");
  const EditOutcome o =
      apply_ok(d, edit::SplitActor{"United States", "US government", ActorKind::Government, {washington}});
  REQUIRE(o.actor == 4);
  CHECK(d.actors[4].name == "US government");
  CHECK(d.actors[4].kind == ActorKind::Government);
  CHECK(d.actors[4].id == "a5");
  CHECK(d.actors[4].human);
  CHECK(d.mentions[o.mention].span == washington);
  CHECK(d.mentions[o.mention].actor == 4);
  CHECK(d.mentions[o.mention].human);
  CHECK(d.claims[0].target == 1);  // claims stay with the actor they were about
  check_invariants(d, true);
  Document z = sample();
  apply_ok(z, edit::SplitActor{"Zhao Lijian", "Mr Zhao", ActorKind::Person, {find_span(z, "Zhao Lijian")}});
  CHECK(z.actors[4].affiliation == 0);  // affiliated like the actor it came from
  check_refused(z, edit::SplitActor{"Nobody", "X", ActorKind::Person, {washington}},
                "no actor named \u201CNobody\u201D");
  check_refused(z, edit::SplitActor{"China", "Reuters", ActorKind::Person, {find_span(z, "China")}},
                "there is already an actor named \u201CReuters\u201D");
  check_refused(z, edit::SplitActor{"China", "PRC", ActorKind::State, {}},
                "choose the mentions that go to \u201CPRC\u201D");
  check_refused(z, edit::SplitActor{"China", "PRC", ActorKind::State, {washington}},
                "\u201CWashington\u201D is not a mention of \u201CChina\u201D");
  check_refused(z, edit::SplitActor{"China", "", ActorKind::State, {find_span(z, "China")}},
                "the new actor needs a name");
}

TEST_CASE("edit: set an affiliation; cycles and no-ops are refused") {
  Document d = sample();
  const std::string china = d.actors[0].color;
  EditOutcome o = apply_ok(d, edit::SetAffiliation{"Reuters", "United States"});
  CHECK(o.actor == 3);
  CHECK(d.actors[3].affiliation == 1);
  CHECK(d.actors[3].human);
  CHECK(d.actors[0].color == china);
  CHECK(d.actors[3].color != d.actors[1].color);  // a shade of the US side
  check_refused(d, edit::SetAffiliation{"China", "Zhao Lijian"},
                "\u201CZhao Lijian\u201D is already affiliated under \u201CChina\u201D: that would make a cycle");
  check_refused(d, edit::SetAffiliation{"China", "China"}, "\u201CChina\u201D cannot be affiliated with itself");
  check_refused(d, edit::SetAffiliation{"Reuters", "United States"},
                "\u201CReuters\u201D is already affiliated with \u201CUnited States\u201D");
  check_refused(d, edit::SetAffiliation{"China", ""}, "\u201CChina\u201D has no affiliation already");
  check_refused(d, edit::SetAffiliation{"China", "Nobody"}, "no actor named \u201CNobody\u201D");
  apply_ok(d, edit::SetAffiliation{"Zhao Lijian", ""});
  CHECK(d.actors[2].affiliation == -1);
  // Stance rolls up along affiliations: with Zhao under the US, his rebuttal no longer counts for China.
  check_invariants(d, true);
}

TEST_CASE("edit: change a claim's kind resets its defaults and what rebutted it") {
  Document d = sample();
  const ClaimRef acc = claim_ref(d, 0);
  const EditOutcome o = apply_ok(d, edit::SetClaimKind{acc, ClaimKind::Support});
  CHECK(o.claim == 0);
  CHECK(d.claims[0].kind == ClaimKind::Support);
  CHECK(d.claims[0].score > 0);
  CHECK(d.claims[0].plover == "SUPPORT");
  CHECK(d.claims[0].code == "051");
  CHECK(d.claims[0].human);
  CHECK(d.claims[1].rebuts == -1);  // support cannot be rebutted
  check_refused(d, edit::SetClaimKind{acc, ClaimKind::Rebuttal},
                "no accusation \u201CChina\u201D \u2192 \u201CUnited States\u201D at that place in the text");
  check_refused(d, edit::SetClaimKind{claim_ref(d, 0), ClaimKind::Support}, "that claim is already a support claim");
  // A rebuttal that becomes an accusation rebuts nothing.
  Document r = sample();
  apply_ok(r, edit::SetClaimKind{claim_ref(r, 1), ClaimKind::Accusation});
  CHECK(r.claims[1].rebuts == -1);
  CHECK(r.claims[1].plover == "ACCUSE");
  CHECK(r.claims[1].score < 0);
  check_invariants(r, true);
}

TEST_CASE("edit: change a claim's source and target") {
  Document d = sample();
  EditOutcome o = apply_ok(d, edit::SetClaimSource{claim_ref(d, 0), "Zhao Lijian"});
  CHECK(o.claim == 0);
  CHECK(o.actor == 2);
  CHECK(d.claims[0].source == 2);
  CHECK(d.claims[0].human);
  o = apply_ok(d, edit::SetClaimTarget{claim_ref(d, 0), "Reuters"});
  CHECK(d.claims[0].target == 3);
  // The claim was renamed by the edits: the old reference no longer finds it.
  check_refused(
      d, edit::SetClaimTarget{ClaimRef{d.claims[0].cue, ClaimKind::Accusation, "China", "United States"}, "China"},
      "no accusation \u201CChina\u201D \u2192 \u201CUnited States\u201D at that place in the text");
  check_refused(d, edit::SetClaimTarget{claim_ref(d, 0), "Zhao Lijian"}, "a claim's source and target must differ");
  check_refused(d, edit::SetClaimTarget{claim_ref(d, 0), "Reuters"},
                "\u201CReuters\u201D is already the target of that claim");
  check_refused(d, edit::SetClaimSource{claim_ref(d, 0), "Nobody"}, "no actor named \u201CNobody\u201D");
  check_invariants(d, true);
}

TEST_CASE("edit: set what a rebuttal rebuts") {
  Document d = sample();
  EditOutcome o = apply_ok(d, edit::SetClaimRebuts{claim_ref(d, 1), std::nullopt});
  CHECK(o.claim == 1);
  CHECK(d.claims[1].rebuts == -1);
  apply_ok(d, edit::SetClaimRebuts{claim_ref(d, 1), claim_ref(d, 0)});
  CHECK(d.claims[1].rebuts == 0);
  check_refused(d, edit::SetClaimRebuts{claim_ref(d, 1), claim_ref(d, 0)}, "that claim already rebuts that accusation");
  check_refused(d, edit::SetClaimRebuts{claim_ref(d, 0), claim_ref(d, 1)},
                "only a rebuttal rebuts an accusation: change its kind first");
  check_refused(d, edit::SetClaimRebuts{claim_ref(d, 1), claim_ref(d, 1)}, "only an accusation can be rebutted");
  check_refused(d, edit::SetClaimRebuts{claim_ref(d, 0), std::nullopt}, "that claim rebuts nothing already");
}

TEST_CASE("edit: add a claim; its content defaults to the sentence around the cue") {
  Document d = sample();
  const Span cue = find_span(d, "said");
  const EditOutcome o =
      apply_ok(d, edit::AddClaim{ClaimKind::Accusation, "China", "United States", cue, {}, std::nullopt});
  REQUIRE(o.claim == 2);
  const Claim& c = d.claims[2];
  CHECK(c.id == "c3");
  CHECK(c.human);
  CHECK(c.source == 0);
  CHECK(c.target == 1);
  CHECK(c.cue == cue);
  CHECK(slice(d.text, c.content) == "Beijing said Washington had \xE2\x80\x9Cno proof\xE2\x80\x9D.");
  CHECK(c.score < 0);
  CHECK(c.plover == "ACCUSE");
  CHECK(c.code == "111");
  CHECK(d.stance.size() >= 1);
  // Without sentences (a document from the binary codec carries them, a hand-made one may not): the text
  // between sentence punctuation.
  Document bare = sample();
  bare.sentences.clear();
  apply_ok(bare,
           edit::AddClaim{ClaimKind::Accusation, "China", "United States", find_span(bare, "said"), {}, std::nullopt});
  CHECK(slice(bare.text, bare.claims[2].content) == "Beijing said Washington had \xE2\x80\x9Cno proof\xE2\x80\x9D.");
  // A rebuttal that answers an accusation, with its own content.
  const Span rep = find_span(d, "reported");
  apply_ok(d, edit::AddClaim{ClaimKind::Rebuttal, "Reuters", "China", rep, find_span(d, "Reuters reported it"),
                             claim_ref(d, 0)});
  CHECK(d.claims[3].rebuts == 0);
  CHECK(d.claims[3].plover == "REJECT");
  CHECK(slice(d.text, d.claims[3].content) == "Reuters reported it");
  check_invariants(d, true);
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "China", "United States", cue, {}, std::nullopt},
                "that claim is already there");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "China", "China", cue, {}, std::nullopt},
                "a claim's source and target must differ");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "Nobody", "China", cue, {}, std::nullopt},
                "no actor named \u201CNobody\u201D");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "China", "", cue, {}, std::nullopt}, "no actor given");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "Reuters", "China", rep, {}, claim_ref(d, 0)},
                "only a rebuttal rebuts an accusation");
  check_refused(d, edit::AddClaim{ClaimKind::Rebuttal, "United States", "China", rep, {}, claim_ref(d, 1)},
                "only an accusation can be rebutted");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "China", "Reuters", {0, 0}, {}, std::nullopt},
                "that span is empty");
  check_refused(d, edit::AddClaim{ClaimKind::Accusation, "China", "Reuters", cue, {0, 999}, std::nullopt},
                "content: that span is outside the text");
}

TEST_CASE("edit: delete a claim; what rebutted it rebuts nothing, later rebuttals are renumbered") {
  Document d = sample();
  apply_ok(d,
           edit::AddClaim{ClaimKind::Accusation, "Zhao Lijian", "Reuters", find_span(d, "reported"), {}, std::nullopt});
  apply_ok(d, edit::AddClaim{ClaimKind::Rebuttal, "Reuters", "Zhao Lijian", find_span(d, "it."), {}, claim_ref(d, 2)});
  REQUIRE(d.claims[3].rebuts == 2);
  const EditOutcome o = apply_ok(d, edit::DeleteClaim{claim_ref(d, 0)});
  CHECK(o.claim == -1);
  REQUIRE(d.claims.size() == 3);
  CHECK(d.claims[0].id == "c2");
  CHECK(d.claims[0].rebuts == -1);
  CHECK(d.claims[2].rebuts == 1);  // still the accusation it answered, one place down
  check_invariants(d, true);
  check_refused(d, edit::DeleteClaim{ClaimRef{{0, 1}, ClaimKind::Support, "A", "B"}},
                "no support \u201CA\u201D \u2192 \u201CB\u201D at that place in the text");
  // The next claim's id is still fresh.
  apply_ok(d, edit::AddClaim{ClaimKind::Support, "China", "Reuters", find_span(d, "Monday"), {}, std::nullopt});
  CHECK(d.claims.back().id == "c5");
}

TEST_CASE("edit: describe gives short labels for undo menus") {
  const Document d = sample();
  CHECK(describe(d, edit::MergeActors{"Zhao", "Zhao Lijian"}) == "Merge \u201CZhao\u201D into \u201CZhao Lijian\u201D");
  CHECK(describe(d, edit::AddMention{find_span(d, "Beijing"), "China"}) ==
        "Mark \u201CBeijing\u201D as \u201CChina\u201D");
  CHECK(describe(d, edit::RemoveMention{find_span(d, "Reuters")}) == "Remove the mention \u201CReuters\u201D");
  CHECK(describe(d, edit::RenameActor{"China", "PRC"}) == "Rename \u201CChina\u201D to \u201CPRC\u201D");
  CHECK(describe(d, edit::SplitActor{"China", "PRC", ActorKind::State, {}}) ==
        "Split \u201CPRC\u201D from \u201CChina\u201D");
  CHECK(describe(d, edit::SetAffiliation{"Zhao Lijian", ""}) == "Remove the affiliation of \u201CZhao Lijian\u201D");
  CHECK(describe(d, edit::SetAffiliation{"Zhao Lijian", "China"}) ==
        "Affiliate \u201CZhao Lijian\u201D with \u201CChina\u201D");
  CHECK(describe(d, edit::SetClaimKind{claim_ref(d, 0), ClaimKind::Rebuttal}) ==
        "Make the accusation \u201CChina\u201D \u2192 \u201CUnited States\u201D a rebuttal");
  CHECK(
      describe(d, edit::SetClaimSource{claim_ref(d, 0), "Zhao Lijian"}) ==
      "Set the source of the accusation \u201CChina\u201D \u2192 \u201CUnited States\u201D to \u201CZhao Lijian\u201D");
  CHECK(describe(d, edit::SetClaimTarget{claim_ref(d, 0), "Reuters"}).starts_with("Set the target of the accusation"));
  CHECK(describe(d, edit::SetClaimRebuts{claim_ref(d, 1), std::nullopt}) ==
        "Make the rebuttal \u201CZhao Lijian\u201D \u2192 \u201CUnited States\u201D rebut nothing");
  CHECK(describe(d, edit::AddClaim{ClaimKind::Support, "A", "B", {0, 1}, {}, std::nullopt}) ==
        "Add the support \u201CA\u201D \u2192 \u201CB\u201D");
  CHECK(describe(d, edit::DeleteClaim{claim_ref(d, 0)}) ==
        "Delete the accusation \u201CChina\u201D \u2192 \u201CUnited States\u201D");
  // A long selection is cut to a short one-line excerpt.
  const std::string long_label = describe(d, edit::RemoveMention{{0, static_cast<uint32_t>(d.text.size())}});
  CHECK(long_label.size() < 80);
  CHECK(long_label.find("\u2026") != std::string::npos);
}

namespace {

// A random edit drawn from what the document holds (sometimes a stale or impossible one).
Edit random_edit(const Document& d, std::mt19937& rng) {
  auto pick = [&](size_t n) { return n == 0 ? size_t{0} : std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  auto actor = [&]() -> std::string { return d.actors.empty() ? "Nobody" : d.actors[pick(d.actors.size())].name; };
  auto claim = [&]() -> ClaimRef {
    if (d.claims.empty() || pick(10) == 0) return {{0, 1}, ClaimKind::Accusation, "Nobody", "Nobody"};
    return claim_ref(d, static_cast<int>(pick(d.claims.size())));
  };
  auto word = [&]() -> Span {  // a token, or a random byte range (often off a character boundary)
    if (!d.tokens.empty() && pick(8) != 0) {
      const size_t t = pick(d.tokens.size());
      const size_t u = std::min(d.tokens.size() - 1, t + pick(3));
      return {d.tokens[t].span.begin, d.tokens[u].span.end};
    }
    const uint32_t b = static_cast<uint32_t>(pick(d.text.size() + 1));
    return {b, b + static_cast<uint32_t>(pick(12))};
  };
  auto mention = [&]() -> Span { return d.mentions.empty() ? word() : d.mentions[pick(d.mentions.size())].span; };
  const ClaimKind kinds[] = {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support};
  switch (pick(12)) {
    case 0:
      return edit::AddMention{word(), pick(3) == 0 ? "New " + std::to_string(pick(1000)) : actor(), ActorKind::Person};
    case 1:
      return edit::RemoveMention{mention()};
    case 2:
      return edit::RenameActor{actor(), "Renamed " + std::to_string(pick(1000))};
    case 3:
      return edit::MergeActors{actor(), actor()};
    case 4: {
      const int a = static_cast<int>(pick(d.actors.size()));
      std::vector<Span> spans;
      for (const Mention& m : d.mentions)
        if (m.actor == a && pick(2) == 0) spans.push_back(m.span);
      return edit::SplitActor{d.actors.empty() ? "Nobody" : d.actors[a].name, "Split " + std::to_string(pick(1000)),
                              ActorKind::Group, spans};
    }
    case 5:
      return edit::SetAffiliation{actor(), pick(4) == 0 ? std::string() : actor()};
    case 6:
      return edit::SetClaimKind{claim(), kinds[pick(3)]};
    case 7:
      return edit::SetClaimSource{claim(), actor()};
    case 8:
      return edit::SetClaimTarget{claim(), actor()};
    case 9:
      return edit::SetClaimRebuts{claim(), pick(3) == 0 ? std::nullopt : std::optional<ClaimRef>(claim())};
    case 10: {
      const ClaimKind k = kinds[pick(3)];
      return edit::AddClaim{k,
                            actor(),
                            actor(),
                            word(),
                            pick(2) ? Span{} : word(),
                            k == ClaimKind::Rebuttal && pick(2) ? std::optional<ClaimRef>(claim()) : std::nullopt};
    }
    default:
      return edit::DeleteClaim{claim()};
  }
}

}  // namespace

TEST_CASE("edit: random edit sequences on dev articles keep every invariant; refusals change nothing; replay agrees") {
  static const Annotator annotator;
  const auto articles = dev_articles();
  std::mt19937 rng(20261127);
  size_t applied = 0, refused = 0;
  for (size_t k = 0; k < articles.size(); k += 3) {
    const Document original = annotator.annotate(articles[k].text);
    const bool disjoint = non_overlapping(original);
    Document d = original;
    for (int step = 0; step < 60; ++step) {
      const Edit e = random_edit(d, rng);
      const std::string before = json(d);
      const EditOutcome o = apply_edit(d, e);
      const std::string label = describe(d, e);
      CHECK(!label.empty());
      if (!o.ok) {
        ++refused;
        CHECK(!o.error.empty());
        CHECK(json(d) == before);
        continue;
      }
      ++applied;
      INFO(articles[k].id << " step " << step << ": " << label);
      check_invariants(d, disjoint);
      const int n = static_cast<int>(d.actors.size());
      CHECK(o.actor >= -1);
      CHECK(o.actor < n);
      CHECK(o.mention >= -1);
      CHECK(o.mention < static_cast<int>(d.mentions.size()));
      CHECK(o.claim >= -1);
      CHECK(o.claim < static_cast<int>(d.claims.size()));
    }
    // The edits, replayed onto the engine's document, give the same document: what re-annotation relies on.
    Document replayed = original;
    for (const Edit& e : d.edits) REQUIRE_MESSAGE(apply_edit(replayed, e).ok, describe(replayed, e));
    CHECK(json(replayed) == json(d));
  }
  CHECK(applied > 100);
  CHECK(refused > 20);
}

TEST_CASE("edit: a drawn claim takes the engine's values for its cue words, else its kind's defaults") {
  Document d = build_document("Alpha strongly condemned Beta. Beta denied it. Gamma praised Beta.",
                              {body("Alpha", {"Alpha"}), body("Beta", {"Beta"}), body("Gamma", {"Gamma"})});
  assign_colors(d);
  apply_ok(
      d, edit::AddClaim{ClaimKind::Accusation, "Alpha", "Beta", find_span(d, "strongly condemned"), {}, std::nullopt});
  CHECK(d.claims[0].code == "111");
  CHECK(d.claims[0].score == doctest::Approx(-0.8));  // "condemned" in data/cues_accusation.tsv
  apply_ok(d, edit::AddClaim{ClaimKind::Rebuttal, "Beta", "Alpha", find_span(d, "denied"), {}, claim_ref(d, 0)});
  CHECK(d.claims[1].code == "016");  // "denied": REJECT 016 -0.4
  CHECK(d.claims[1].plover == "REJECT");
  CHECK(d.claims[1].score == doctest::Approx(-0.4));
  // "denied" is no accusation cue: an accusation drawn on it takes the accusation defaults.
  apply_ok(d, edit::SetClaimKind{claim_ref(d, 1), ClaimKind::Accusation});
  CHECK(d.claims[1].code == "111");
  CHECK(d.claims[1].score == doctest::Approx(-0.6));
  apply_ok(d, edit::AddClaim{ClaimKind::Support, "Gamma", "Beta", find_span(d, "praised"), {}, std::nullopt});
  CHECK(d.claims[2].plover == "SUPPORT");
  CHECK(d.claims[2].score == doctest::Approx(0.5));
}

TEST_CASE("edit: sentence_around keeps the full stop and closing quotes, not the paragraph break") {
  // The words a drawn claim gets when none are selected: the engine's own sentences.
  const Document d =
      Annotator().annotate("Poland accused Belarus. \xE2\x80\x9CLies,\xE2\x80\x9D Minsk said.\nNext line");
  REQUIRE_FALSE(d.sentences.empty());
  auto sentence = [&](std::string_view word) {
    const uint32_t b = static_cast<uint32_t>(d.text.find(word));
    const Span sp = sentence_around(d, {b, b + static_cast<uint32_t>(word.size())});
    return d.text.substr(sp.begin, sp.size());
  };
  CHECK(sentence("Belarus") == "Poland accused Belarus.");
  CHECK(sentence("Minsk") == "\xE2\x80\x9CLies,\xE2\x80\x9D Minsk said.");
  CHECK(sentence("line") == "Next line");
}
