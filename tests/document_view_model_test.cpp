// The page's view model: paragraphs and their styles, sides and affiliation chains, undo.
#if __has_include("imgui.h")
#include <doctest/doctest.h>

#include "ui/document_view_model.h"

using namespace riposte;
using namespace riposte::ui;

namespace {

Document article(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

}  // namespace

TEST_CASE("view model: paragraphs, headline and subheads") {
  const Document d = article(
      "Poland accuses Belarus; Minsk calls claims \xE2\x80\x9C" "a fabrication\xE2\x80\x9D\r\n\r\n"
      "WARSAW \xE2\x80\x94 Poland on Thursday accused Belarus.\n"
      "  \t \n"
      "Reaction in Minsk\n"
      "\xE2\x80\x9CThese claims are a fabrication,\xE2\x80\x9D she said.   \n");
  const auto p = split_paragraphs(d);
  REQUIRE(p.size() == 4);
  CHECK(p[0].style == ParagraphStyle::Headline);  // closing quote after words, no full stop: a title
  CHECK(std::string_view(d.text).substr(p[0].span.begin, p[0].span.size()).back() != '\r');
  CHECK(p[1].style == ParagraphStyle::Body);
  CHECK(p[2].style == ParagraphStyle::Subhead);
  CHECK(p[3].style == ParagraphStyle::Body);       // ends with “said.”
  CHECK(std::string_view(d.text).substr(p[3].span.begin, p[3].span.size()).back() == '.');  // trailing blanks trimmed
}

TEST_CASE("view model: a first line that is a sentence is not a headline; blank text has no paragraphs") {
  CHECK(split_paragraphs(article("Poland accused Belarus on Thursday.\nMore."))[0].style == ParagraphStyle::Body);
  CHECK(split_paragraphs(article(" \n\t\r\n ")).empty());
  CHECK(is_blank(" \n\t\r\n "));
  CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("view model: sides follow affiliation chains, chains are named") {
  Document d = article("Zhao said China.");
  d.actors = {{"a1", "China", ActorKind::State, -1, "", "#000000", {}},
              {"a2", "Foreign Ministry", ActorKind::Government, 0, "", "#000000", {}},
              {"a3", "Zhao", ActorKind::Person, 1, "", "#000000", {}}};
  CHECK(side_of(d, 2) == 0);
  CHECK(side_of(d, 0) == 0);
  CHECK(side_of(d, 7) == -1);
  CHECK(affiliation_chain(d, 2) == "Zhao \xE2\x86\x92 Foreign Ministry \xE2\x86\x92 China");
}

TEST_CASE("view model: set_document derives counts and order; undo restores the previous article") {
  AppState s;
  Document first = article("First article about Chile.");
  set_document(s, std::move(first), false);
  Document second = article("Peru denied it. Chile accused Peru.");
  second.actors = {{"a1", "Peru", ActorKind::State, -1, "", "#111111", {}},
                   {"a2", "Chile", ActorKind::State, -1, "", "#222222", {}}};
  second.mentions = {{{0, 4}, 0, "gazetteer"}, {{16, 21}, 1, "gazetteer"}, {{30, 34}, 0, "gazetteer"}};
  Claim rebut{"c1", ClaimKind::Rebuttal, 0, 1, 1, {5, 11}, {0, 15}, -0.5, "", ""};
  Claim accuse{"c2", ClaimKind::Accusation, 1, 0, -1, {22, 29}, {16, 34}, -0.6, "", ""};
  second.claims = {accuse, rebut};  // stored out of reading order
  s.selected_claim = 3;
  set_document(s, std::move(second), true);
  CHECK(s.doc_codepoints == 35);
  CHECK(s.actor_mentions == std::vector<int>{2, 1});
  CHECK(s.cue_order == std::vector<uint32_t>{1, 0});  // by cue position: "denied" before "accused"
  CHECK(s.selected_claim == -1);
  CHECK(s.undo.size() == 1);
  REQUIRE(undo_document(s));
  CHECK(s.doc.text == "First article about Chile.");
  CHECK(s.undo.empty());
  CHECK_FALSE(undo_document(s));
}
#endif
