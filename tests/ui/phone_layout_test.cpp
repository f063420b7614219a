// Phones and tablets, headless (tests/support/headless_page.h): the toolbar that folds into a menu, the bottom
// sheet, fingertip-sized targets, line breaks that never split a word, and touch gestures.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/headless_page.h"
#include "support/ui_documents.h"
#include "ui/text_layout.h"

using namespace riposte;
using namespace riposte::testing;
using Kind = ui::TouchEvent::Kind;

namespace {

bool splits_a_word(const ui::AppState& s, const ui::Line& line) {
  if (line.hyphen || line.end >= s.layout.paragraphs[line.paragraph].span.end) return false;
  const Span w = ui::word_at(s.doc.text, line.end);
  return !w.empty() && w.begin < line.end && s.doc.text[line.end - 1] != '-';
}

}  // namespace

TEST_CASE("phone: toolbar in a menu, panels in a bottom sheet, every target a fingertip") {
  HeadlessPage page(390, 844, 2.0f);
  page.show(six_party_article());
  CHECK(page.app.screen.sheet);
  CHECK(page.app.screen.touch);
  REQUIRE(page.has("toolbar-menu"));
  CHECK(page.has("paste"));
  CHECK_FALSE(page.has("theme"));  // folded into the menu
  for (const char* name :
       {"toolbar-menu", "paste", "tab-article", "tab-actors", "tab-claims", "tab-stance", "tab-graph"}) {
    CHECK_MESSAGE(page.size(name).y >= 44.0f, name);
    CHECK_MESSAGE(page.size(name).x >= 44.0f, name);
  }
  // The toolbar fits the screen: nothing is cut off at the right edge.
  for (const auto& r : page.app.ui_rects) CHECK_MESSAGE(r.max.x <= 390 * 2 + 0.5f, r.name);
  // The menu holds the rest, each item a fingertip tall.
  page.click("toolbar-menu");
  REQUIRE(page.has("theme"));
  CHECK(page.size("theme").y >= 44.0f);
  page.click("theme");
  CHECK(page.app.dark);
  // The article takes the width; the sheet opens half way from a tab and closes from "Article".
  CHECK(page.app.sheet == ui::SheetStop::Closed);
  page.click("tab-claims");
  CHECK(page.app.sheet == ui::SheetStop::Half);
  CHECK(page.app.tab == ui::SideTab::Claims);
  REQUIRE(page.has("claim-c1"));
  CHECK(page.size("claim-c1").y >= 44.0f);
  page.click("sheet-expand");
  CHECK(page.app.sheet == ui::SheetStop::Full);
  page.click("claim-c8");  // picking a claim shrinks a full sheet so the article shows it
  CHECK(page.app.sheet == ui::SheetStop::Half);
  CHECK(page.app.doc.claims[page.app.selected_claim].id == "c8");
  page.click("tab-article");
  CHECK(page.app.sheet == ui::SheetStop::Closed);
}

TEST_CASE("phone: the article's lines break at spaces; only a word longer than a line is hyphenated") {
  HeadlessPage page(390, 844, 2.0f);
  Document d = six_party_article();
  d.text += "\n\nPneumonoultramicroscopicsilicovolcanoconiosisandmoreletterstofillawholeline is long.";
  page.show(std::move(d));
  const auto& lines = page.app.layout.lines;
  REQUIRE(lines.size() > 10);
  size_t hyphenated = 0;
  for (const ui::Line& line : lines) {
    CHECK_FALSE(splits_a_word(page.app, line));
    hyphenated += line.hyphen;
  }
  CHECK(hyphenated >= 1);
  // The same at 2.5x zoom: more lines, still no word split without a hyphen.
  page.app.zoom = 2.5f;
  page.frame(40);
  REQUIRE(page.app.layout.complete());
  for (const ui::Line& line : page.app.layout.lines) CHECK_FALSE(splits_a_word(page.app, line));
}

TEST_CASE("line breaks: at spaces, after a hyphen inside a word, and a hyphen only for a word wider than the line") {
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  ImFont* font = io.Fonts->AddFontDefault();
  io.Fonts->Build();
  const float em = font->GetCharAdvance('m');
  auto lines = [&](std::string_view text, float width) {
    std::vector<std::string> out;
    const char* p = text.data();
    const char* e = text.data() + text.size();
    while (p < e) {
      const ui::LineBreak b = ui::break_line(*font, 1.0f, p, e, width);
      out.push_back(std::string(p, b.end) + (b.hyphen ? "-" : ""));
      p = b.next;
    }
    return out;
  };
  CHECK(lines("the cyberattack was", em * 12) == std::vector<std::string>{"the", "cyberattack", "was"});
  CHECK(lines("an anti-war march", em * 6.5f) == std::vector<std::string>{"an", "anti-", "war", "march"});
  const auto cut = lines("Antidisestablishment", em * 8);
  REQUIRE(cut.size() >= 2);
  CHECK(cut[0].back() == '-');
  std::string joined;
  for (const std::string& l : cut) joined += l.back() == '-' ? l.substr(0, l.size() - 1) : l;
  CHECK(joined == "Antidisestablishment");
  CHECK(lines("a  b", em * 100) == std::vector<std::string>{"a  b"});
  ImGui::DestroyContext();
}

TEST_CASE("tablet (820 x 1180): the sheet layout with the toolbar's main actions in the bar") {
  HeadlessPage page(820, 1180, 2.0f);
  page.show(six_party_article());
  CHECK(page.app.screen.sheet);
  for (const char* name : {"paste", "undo", "share", "export"}) CHECK_MESSAGE(page.has(name), name);
  for (const auto& r : page.app.ui_rects) CHECK_MESSAGE(r.max.x <= 820 * 2 + 0.5f, r.name);
  // Wider: the column layout comes back and the sheet is gone.
  page.resize(1180, 820);
  page.frame(3);
  CHECK_FALSE(page.app.screen.sheet);
  CHECK(page.has("tab-claims"));
  CHECK_FALSE(page.has("tab-article"));
}

TEST_CASE("touch: a tap on a name selects its actor and leaves its tooltip up") {
  HeadlessPage page(390, 844, 2.0f);
  page.show(six_party_article());
  const ImVec2 nato = page.mention_of("NATO");
  page.touch(Kind::Start, 1, nato);
  page.touch(Kind::End, 1, nato);
  page.frame(4);
  CHECK(page.app.touch.taps == 1);
  REQUIRE(page.app.selected_actor >= 0);
  CHECK(page.app.doc.actors[page.app.selected_actor].name == "NATO");
  CHECK(page.app.tooltip.rfind("NATO\n", 0) == 0);
}

TEST_CASE("touch: a long press opens the context menu of the name under the finger") {
  HeadlessPage page(390, 844, 2.0f);
  page.show(six_party_article());
  const ImVec2 japan = page.mention_of("Japan");
  page.touch(Kind::Start, 1, japan);
  page.frame(40);  // two thirds of a second without moving
  CHECK(page.app.touch.long_presses == 1);
  page.touch(Kind::End, 1, japan);
  page.frame(3);
  CHECK(page.has("menu-remove-mention"));
  CHECK(page.app.touch.taps == 0);
  CHECK(page.size("menu-remove-mention").y >= 44.0f);
}

TEST_CASE("touch: a drag scrolls the article, a fling keeps it going and slows down; a pinch zooms") {
  HeadlessPage page(390, 500, 2.0f);
  Document d = six_party_article();
  for (int i = 0; i < 6; ++i)
    d.text += "\n\nMore words about the quarrel, paragraph after paragraph, so that the article scrolls.";
  page.show(std::move(d));
  REQUIRE(page.app.article_scroll_max > 200);
  const ImVec2 start(200, 400);
  page.touch(Kind::Start, 1, start);
  for (int i = 1; i <= 6; ++i) page.touch(Kind::Move, 1, ImVec2(200, 400 - i * 30.0f));
  const float dragged = page.app.article_scroll;
  CHECK(dragged > 100);                  // 180 CSS px of finger: the text followed it
  CHECK(page.app.selected_actor == -1);  // no click on the way
  page.touch(Kind::End, 1, ImVec2(200, 220));
  CHECK(page.app.touch.flings == 1);
  page.frame(10);
  const float coasting = page.app.article_scroll;
  CHECK(coasting > dragged);  // momentum
  page.frame(120);
  CHECK(page.app.touch.velocity == 0.0f);  // it stops
  const float stopped = page.app.article_scroll;
  page.frame(5);
  CHECK(page.app.article_scroll == stopped);
  // Pinch: two fingers moving apart zoom the text in.
  page.touch(Kind::Start, 1, ImVec2(150, 300));
  page.touch(Kind::Start, 2, ImVec2(250, 300));
  page.touch(Kind::Move, 2, ImVec2(300, 300));
  page.touch(Kind::Move, 1, ImVec2(100, 300));
  CHECK(page.app.zoom == doctest::Approx(2.0f));
  page.touch(Kind::End, 1, ImVec2(100, 300));
  page.touch(Kind::End, 2, ImVec2(300, 300));
  CHECK(page.app.touch.pinches == 1);
  CHECK(page.app.touch.taps == 0);
}
