// The page's views driven through real Dear ImGui frames, headless (tests/ui/headless_page.h): clicking tabs,
// toggling actors, editing through the context menu and undoing it, the arcs and rows drawn from grouped claims.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "support/headless_page.h"
#include "support/ui_documents.h"
#include "ui/text_layout.h"

using namespace riposte;
using namespace riposte::testing;

namespace {

int actor_named(const Document& d, std::string_view name) {
  for (size_t a = 0; a < d.actors.size(); ++a)
    if (d.actors[a].name == name) return static_cast<int>(a);
  return -1;
}

size_t highlights_coloured(const ui::AppState& s, int actor) {
  const ImVec4 c = ui::parse_hex_color(s.doc.actors[actor].color);
  return static_cast<size_t>(std::count_if(s.gpu.highlights.begin(), s.gpu.highlights.end(), [&](const auto& h) {
    return std::fabs(h.r - c.x) < 1e-3f && std::fabs(h.g - c.y) < 1e-3f && std::fabs(h.b - c.z) < 1e-3f;
  }));
}

}  // namespace

TEST_CASE("frames: the page draws the article, the toolbar and the Actors panel beside it on a wide screen") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  CHECK_FALSE(page.app.screen.sheet);
  CHECK(page.app.layout.complete());
  CHECK(page.app.layout.lines.size() > 5);
  CHECK(page.app.visible_mentions.size() > 5);
  for (const char* name : {"paste", "open", "undo", "share", "export", "theme", "help", "tab-actors", "tab-claims"})
    CHECK_MESSAGE(page.has(name), name);
  CHECK_FALSE(page.has("toolbar-menu"));  // everything fits at 1280 px
  CHECK(page.app.tab == ui::SideTab::Actors);
  CHECK(page.has("actor-a1"));
  CHECK(page.app.missing_glyphs.empty());
}

TEST_CASE("frames: clicking the Claims tab shows one row per cue and speaker; a row selects its claim") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  page.click("tab-claims");
  REQUIRE(page.app.tab == ui::SideTab::Claims);
  // 15 claims, 4 rows: "accused" (Zhao → 6 parties), "blamed", "rejected" (6 records), "denied" (2 records).
  CHECK(page.app.claim_rows.size() == 4);
  CHECK(page.has("claim-c1"));
  CHECK_FALSE(page.has("claim-c2"));  // c2..c6 share c1's row
  CHECK(page.has("claim-c8"));
  CHECK_FALSE(page.has("claim-c9"));
  page.click("claim-c8");
  CHECK(page.app.doc.claims[page.app.selected_claim].id == "c8");
  // Tab steps through rows: from "rejected" to "denied".
  page.key(ImGuiKey_Tab);
  CHECK(page.app.doc.claims[page.app.selected_claim].id == "c14");
}

// Regression: the claim model can put an accusation and a rebuttal on one verb ("rejected" by NATO, which also
// accuses Zhao); the words are drawn once, but both claims are in view, so picking either row finds its cue.
TEST_CASE("frames: two claims on the same cue words are both in view; either row selects a cue on screen") {
  HeadlessPage page(1280, 800);
  Document d = six_party_article();
  d.claims.push_back(make_claim("c16", ClaimKind::Accusation, 2, 1, find_span(d, "rejected")));
  page.show(std::move(d));
  page.click("tab-claims");
  REQUIRE(page.has("claim-c16"));
  page.click("claim-c16");
  const ui::AppState& s = page.app;
  REQUIRE(s.selected_claim >= 0);
  CHECK(s.doc.claims[s.selected_claim].id == "c16");
  auto in_view = [&](std::string_view id) {
    return std::any_of(s.visible_cues.begin(), s.visible_cues.end(),
                       [&](const auto& c) { return s.doc.claims[c.claim].id == id; });
  };
  CHECK(in_view("c16"));
  CHECK(in_view("c8"));  // the rebuttal on the same word
}

TEST_CASE("frames: hovering a claim's cue says what found it (the claim model, a hand rule, or you)") {
  Document d = six_party_article();
  for (Claim& c : d.claims) c.rule = c.kind == ClaimKind::Accusation ? "model:accuse_verb" : "model:statement";
  HeadlessPage page(1280, 800);
  page.show(std::move(d));
  const auto cue = std::find_if(page.app.visible_cues.begin(), page.app.visible_cues.end(),
                                [&](const auto& v) { return page.app.doc.claims[v.claim].id == "c7"; });  // "blamed"
  REQUIRE(cue != page.app.visible_cues.end());
  page.move(ImVec2((cue->min.x + cue->max.x) * 0.5f / page.app.dpr, (cue->min.y + cue->max.y) * 0.5f / page.app.dpr));
  page.frame(2);
  CHECK(page.app.tooltip.find("accusation: China") == 0);
  CHECK(page.app.tooltip.find("\nproposed by a hand rule (accuse verb), confirmed by the claim model\n") !=
        std::string::npos);
}

TEST_CASE("frames: unticking an actor in the Actors panel hides its colour in the article, ticking brings it back") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  const int japan = actor_named(page.app.doc, "Japan");
  REQUIRE(japan >= 0);
  const size_t before = highlights_coloured(page.app, japan);
  REQUIRE(before >= 2);
  page.click("actor-" + page.app.doc.actors[japan].id);
  CHECK(page.app.actor_hidden[japan]);
  CHECK(highlights_coloured(page.app, japan) == 0);
  page.click("actor-" + page.app.doc.actors[japan].id);
  CHECK_FALSE(page.app.actor_hidden[japan]);
  CHECK(highlights_coloured(page.app, japan) == before);
}

TEST_CASE("frames: remove a mention from its context menu, undo it with Ctrl+Z, redo it with the toolbar") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  const size_t mentions = page.app.doc.mentions.size();
  page.click(page.mention_of("Britain"), ImGuiMouseButton_Right);
  REQUIRE(page.has("menu-remove-mention"));
  page.click("menu-remove-mention");
  CHECK(page.app.doc.mentions.size() == mentions - 1);
  CHECK(page.app.doc.edits.size() == 1);
  CHECK(page.app.history.undo.back().label.find("Britain") != std::string::npos);
  page.key(ImGuiKey_Z, /*ctrl=*/true);
  CHECK(page.app.doc.mentions.size() == mentions);
  CHECK(page.app.doc.edits.empty());
  CHECK(page.app.history.redo.size() == 1);
  page.click("redo");
  CHECK(page.app.doc.mentions.size() == mentions - 1);
  page.click("undo");
  CHECK(page.app.doc.edits.empty());
}

TEST_CASE("frames: right-clicking a plain word selects it and offers to make it an actor") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  const Span word = find_span(page.app.doc, "Trawlermen");
  ImVec2 at;
  float lh = 0;
  REQUIRE(ui::locate_byte(page.app, word.begin + 3, at, lh));
  const ImVec2 css((page.app.article_origin.x + at.x) / page.app.dpr,
                   (page.app.article_origin.y + at.y + lh * 0.5f) / page.app.dpr);
  page.click(css, ImGuiMouseButton_Right);
  CHECK(page.app.editor.selection == word);
  REQUIRE(page.has("menu-new-actor"));
  page.move(page.centre("menu-new-actor"));
  page.frame(2);
  REQUIRE(page.has("new-actor-group"));
  page.click("new-actor-group");
  CHECK(actor_named(page.app.doc, "Trawlermen") >= 0);
  CHECK(page.app.doc.edits.size() == 1);
}

TEST_CASE("frames: a rebuttal cue draws one arc, fanning out to each accusation cue it answers") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  const auto& fans = page.app.drawn_fans;
  REQUIRE(fans.size() == 2);
  // "rejected": six records answering six claims on one cue -> one arc with one branch (was six arcs).
  CHECK(slice(page.app.doc.text, page.app.rebuttal_fans[fans[0].fan].cue) == "rejected");
  CHECK(fans[0].branches == 1);
  // "denied": two records answering two cues -> one arc with two branches.
  CHECK(fans[1].branches == 2);
  // One arrowhead per branch: three, where the claim records would have made eight arcs.
  const auto arrows = std::count_if(page.app.gpu.arcs.begin(), page.app.gpu.arcs.end(),
                                    [](const ui::ArcInstance& a) { return a.arrow > 0; });
  CHECK(arrows == 3);
  // Every stroke of the "denied" fan starts from its cue's one exit: one stroke leaves the words, then forks.
  const Span denied = page.app.rebuttal_fans[fans[1].fan].cue;
  ImVec2 at, end;
  float lh = 0;
  REQUIRE(ui::locate_byte(page.app, denied.begin, at, lh));
  REQUIRE(ui::locate_byte(page.app, denied.end, end, lh));
  const ImVec2 o = page.app.article_origin;
  const auto leaving = std::count_if(page.app.gpu.arcs.begin(), page.app.gpu.arcs.end(), [&](const ui::ArcInstance& a) {
    return std::fabs(a.p0y - (o.y + at.y)) < lh * 0.5f && a.p0x >= o.x + at.x && a.p0x <= o.x + end.x;
  });
  CHECK(leaving == 1);
  // Arcs off: none drawn.
  page.click("arcs");
  CHECK(page.app.gpu.arcs.empty());
}

// A fan is drawn while one of its ends is within a screen of the view; between two ends many screens apart it is
// left out (in the 50,000-word bench thousands of such strokes passed through every screen, stacked in one lane).
TEST_CASE("frames: a rebuttal arc whose ends are both screens away is not drawn; near either end it is") {
  std::string text = "NATO and China trade charges\n\nNATO accused China of meddling in the region.\n\n";
  for (int i = 0; i < 60; ++i)
    text += "Fishermen in the harbour talked about the weather, the price of diesel and the long winter ahead.\n\n";
  text += "China rejected the charge as baseless.";
  Document d = build_document(
      text, {{"NATO", ActorKind::Organisation, {"NATO"}, ""}, {"China", ActorKind::State, {"China"}, ""}});
  d.claims.push_back(make_claim("c1", ClaimKind::Accusation, 0, 1, find_span(d, "accused")));
  d.claims.push_back(make_claim("c2", ClaimKind::Rebuttal, 1, 0, find_span(d, "rejected"), 0));
  compute_stance(d);
  assign_colors(d);
  HeadlessPage page(1280, 800);
  page.show(std::move(d));
  CHECK(page.app.drawn_fans.size() == 1);  // at the top: the accusation is in view
  for (int i = 0; i < 40 && page.app.article_scroll < 0.45f * page.app.article_scroll_max; ++i)
    page.key(ImGuiKey_PageDown);
  REQUIRE(page.app.article_scroll_max > 4.0f * (page.app.article_clip_max.y - page.app.article_clip_min.y));
  REQUIRE(page.app.article_scroll > 0.3f * page.app.article_scroll_max);
  CHECK(page.app.drawn_fans.empty());  // half way: both ends are screens away
  CHECK(page.app.gpu.arcs.empty());
  page.key(ImGuiKey_End);
  CHECK(page.app.drawn_fans.size() == 1);  // at the end: the rebuttal is in view
}

TEST_CASE("frames: the Stance and Graph tabs draw their legends, full names and side groups") {
  HeadlessPage page(1280, 800);
  page.show(six_party_article());
  page.click("tab-stance");
  REQUIRE(page.app.tab == ui::SideTab::Stance);
  CHECK(page.has("stance-row-a2"));  // Zhao Lijian's row label, full name
  const auto cell = std::find_if(page.app.ui_rects.begin(), page.app.ui_rects.end(),
                                 [](const auto& r) { return r.name.rfind("stance-a", 0) == 0; });
  REQUIRE(cell != page.app.ui_rects.end());
  page.click(cell->name);
  CHECK(std::any_of(page.app.ui_rects.begin(), page.app.ui_rects.end(),
                    [](const auto& r) { return r.name.rfind("evidence-", 0) == 0; }));
  const auto evidence = std::find_if(page.app.ui_rects.begin(), page.app.ui_rects.end(),
                                     [](const auto& r) { return r.name.rfind("evidence-", 0) == 0; });
  const std::string id = evidence->name.substr(9);
  page.click(evidence->name);  // picking the evidence selects its claim in the article
  CHECK(page.app.doc.claims[page.app.selected_claim].id == id);
  page.click("tab-graph");
  page.frame(30);
  REQUIRE(page.app.tab == ui::SideTab::Graph);
  // Zhao Lijian sits nearer to China (his side) than to NATO.
  const ImVec2 zhao = page.centre("node-a2"), china = page.centre("node-a1"), nato = page.centre("node-a3");
  auto dist = [](ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); };
  CHECK(dist(zhao, china) < dist(zhao, nato));
  // A node dragged somewhere stays there: the layout does not pull it back to its side.
  page.move(nato);
  page.frame(2);
  ImGui::GetIO().AddMouseButtonEvent(0, true);
  page.frame(2);
  for (int i = 1; i <= 5; ++i) page.move(ImVec2(nato.x - 12.0f * i, nato.y + 10.0f * i));
  ImGui::GetIO().AddMouseButtonEvent(0, false);
  page.frame(30);
  const ImVec2 dropped = page.centre("node-a3");
  CHECK(dist(dropped, ImVec2(nato.x - 60, nato.y + 50)) < 6.0f);
}
