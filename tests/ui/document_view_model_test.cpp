// The page's view model: blank text, sides and affiliation chains, undo.
#include <doctest/doctest.h>

#include "ui/document_view_model.h"

using namespace riposte;
using namespace riposte::ui;

namespace {

Document text_only(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

}  // namespace

TEST_CASE("view model: blank text") {
  CHECK(is_blank(" \n\t\r\n "));
  CHECK_FALSE(is_blank(" x "));
}

TEST_CASE("view model: sides follow affiliation chains, chains are named") {
  Document d = text_only("Zhao said China.");
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
  Document first = text_only("First article about Chile.");
  set_document(s, std::move(first), false);
  Document second = text_only("Peru denied it. Chile accused Peru.");
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
  REQUIRE(s.history.undo.size() == 1);
  CHECK(s.history.undo.back().label == "New article");
  REQUIRE(undo(s));
  CHECK(s.doc.text == "First article about Chile.");
  CHECK(s.history.undo.empty());
  CHECK_FALSE(undo(s));
  // Redo brings the second article back, annotation included.
  REQUIRE(redo(s));
  CHECK(s.doc.text == "Peru denied it. Chile accused Peru.");
  CHECK(s.doc.claims.size() == 2);
  CHECK_FALSE(redo(s));
}

TEST_CASE("view model: edits are undoable steps that keep the layout; a refused edit changes nothing") {
  AppState s;
  Document d = text_only("Peru denied it. Chile accused Peru.");
  d.actors = {{"a1", "Peru", ActorKind::State, -1, "", "#111111", {}},
              {"a2", "Chile", ActorKind::State, -1, "", "#222222", {}}};
  d.mentions = {{{0, 4}, 0, "gazetteer"}, {{16, 21}, 1, "gazetteer"}, {{30, 34}, 0, "gazetteer"}};
  d.claims = {{"c1", ClaimKind::Accusation, 1, 0, -1, {22, 29}, {16, 34}, -0.6, "112", "ACCUSE"}};
  set_document(s, std::move(d), false);
  s.layout.lines.push_back({0, 15, 0, 0});  // as if laid out: an edit must not throw this away
  const uint64_t generation = s.doc_generation;

  const EditOutcome removed = perform_edit(s, edit::RemoveMention{{30, 34}});
  REQUIRE(removed.ok);
  CHECK(s.doc.mentions.size() == 2);
  CHECK(s.actor_mentions == std::vector<int>{1, 1});
  CHECK(s.doc_generation > generation);  // the autosave and the DOM mirror follow
  CHECK(s.layout.lines.size() == 1);
  REQUIRE(s.history.undo.size() == 1);
  CHECK(s.history.undo.back().label.find("Peru") != std::string::npos);

  const EditOutcome renamed = perform_edit(s, edit::RenameActor{"Chile", "Republic of Chile"});
  REQUIRE(renamed.ok);
  CHECK(s.selected_actor == 1);  // the view selects what the edit changed
  CHECK(s.doc.edits.size() == 2);

  // Refused: nothing changes, the message says why, history untouched.
  const std::string before = s.doc.actors[1].name;
  const EditOutcome refused = perform_edit(s, edit::RenameActor{"Atlantis", "Lost"});
  CHECK_FALSE(refused.ok);
  CHECK_FALSE(s.editor.message.empty());
  CHECK(s.history.undo.size() == 2);
  CHECK(s.doc.edits.size() == 2);

  REQUIRE(undo(s));
  CHECK(s.doc.actors[1].name == "Chile");
  CHECK(s.editor.message.empty());
  REQUIRE(undo(s));
  CHECK(s.doc.mentions.size() == 3);
  CHECK(s.doc.edits.empty());
  CHECK(s.layout.lines.size() == 1);
  CHECK(s.history.redo.size() == 2);
  REQUIRE(redo(s));
  CHECK(s.doc.mentions.size() == 2);
  // A new edit after undo drops the redo branch.
  REQUIRE(perform_edit(s, edit::RenameActor{"Peru", "Republic of Peru"}).ok);
  CHECK(s.history.redo.empty());
  CHECK(s.doc.actors[0].name == "Republic of Peru");
}

TEST_CASE("view model: word_at snaps to words of any script, joiners only inside words") {
  const std::string t = "Xi\xE2\x80\x99s anti-war \xE2\x80\x9CZo\xC3\xAB\xE2\x80\x9D, \xD0\x9C\xD0\xB8\xD1\x80 -x- 42.";
  auto word = [&](uint32_t at) {
    const Span w = word_at(t, at);
    return t.substr(w.begin, w.size());
  };
  CHECK(word(0) == "Xi\xE2\x80\x99s");  // curly apostrophe inside a word
  CHECK(word(5) == "Xi\xE2\x80\x99s");  // from its last letter
  CHECK(word(9) == "anti-war");
  CHECK(word(14) == "anti-war");
  const auto zoe = t.find("Zo");
  CHECK(word(static_cast<uint32_t>(zoe + 2)) == "Zo\xC3\xAB");  // inside a two-byte letter; quotes excluded
  CHECK(word(static_cast<uint32_t>(t.find("\xD0\x9C"))) == "\xD0\x9C\xD0\xB8\xD1\x80");  // Cyrillic
  CHECK(word(static_cast<uint32_t>(t.find("-x-") + 1)) == "x");  // hyphens at the edges are not the word's
  CHECK(word(static_cast<uint32_t>(t.find("42"))) == "42");
  CHECK(word_at(t, static_cast<uint32_t>(t.find(','))).empty());
  CHECK(word_at(t, 2).empty());  // on the apostrophe itself: not a word
  CHECK(word_at(t, static_cast<uint32_t>(t.size())).empty());
}

TEST_CASE("view model: a claim's tooltip says what found it, from its rule field") {
  using riposte::Claim;
  using riposte::ui::claim_provenance;
  Claim c;
  c.rule = "model:statement";
  CHECK(claim_provenance(c) == "found by the claim model, on a reported statement");
  c.rule = "model:accuse_verb";
  CHECK(claim_provenance(c) == "proposed by a hand rule (accuse verb), confirmed by the claim model");
  c.rule = "rule:implied";
  CHECK(claim_provenance(c) == "found by a hand rule (implied)");
  c.rule = "model:cooccurrence";
  CHECK(claim_provenance(c).find("both sides") != std::string::npos);
  c.rule = "";
  CHECK(claim_provenance(c).empty());  // imported without a rule: say nothing rather than guess
  c.rule = "model:statement";
  c.human = true;  // an edited claim is the reader's, whatever found it first
  CHECK(claim_provenance(c) == "marked by you");
}
