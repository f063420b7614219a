#include <doctest/doctest.h>

#include <random>
#include <string>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/document/reannotation.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::find_span;

namespace {

std::optional<Span> mapped(std::string_view from, std::string_view to, std::string_view needle) {
  return TextMap(from, to).map(find_span(from, needle));
}

const Annotator& engine() {
  static const Annotator annotator;
  return annotator;
}

testing::DevArticle dev_article(const std::string& id) {
  for (auto& a : testing::dev_articles())
    if (a.id == id) return a;
  FAIL("no dev article " << id);
  return {};
}

// The index of the first word token at or after byte `from`, skipping `skip` word tokens.
const Token& word_after(const Document& d, size_t from, int skip) {
  for (const Token& t : d.tokens)
    if (t.span.begin >= from && t.kind == TokenKind::Word && t.span.size() > 3 && skip-- == 0) return t;
  FAIL("no word token after " << from);
  return d.tokens.front();
}

int mention_of(const Document& d, const std::string& actor) {
  const int a = find_actor(d, actor);
  for (size_t m = 0; m < d.mentions.size(); ++m)
    if (d.mentions[m].actor == a && a >= 0) return static_cast<int>(m);
  return -1;
}

}  // namespace

TEST_CASE("text map: identical texts map every span onto itself") {
  const std::string t = "Zhao said it.\n\nThe embassy denied it.";
  const TextMap m(t, t);
  CHECK(m.identical());
  CHECK(m.map({0, 4}) == Span{0, 4});
  CHECK(m.map({15, static_cast<uint32_t>(t.size())}) == Span{15, static_cast<uint32_t>(t.size())});
  CHECK(m.map({3, 3}) == Span{3, 3});
  CHECK_FALSE(m.map({0, 999}));
  CHECK(TextMap("", "").identical());
}

TEST_CASE("text map: words beside a change still map, words the change touches do not") {
  const std::string before = "Zhao said it was wrong.";
  CHECK(mapped(before, "Zhao Lijian said it was wrong.", "Zhao") == Span{0, 4});
  CHECK(mapped(before, "Zhao Lijian said it was wrong.", "said") == Span{12, 16});
  CHECK(mapped(before, "Zhao Lijian said it was wrong.", "wrong.") == Span{24, 30});
  // A word the change cuts is changed text.
  CHECK_FALSE(mapped(before, "Zhaos said it was wrong.", "Zhao"));
  CHECK(mapped(before, "Zhaos said it was wrong.", "said") == Span{6, 10});
  CHECK_FALSE(mapped(before, "Zhao said it was wrongly.", "wrong"));
  CHECK(mapped(before, "Mr Zhao said it was wrong.", "Zhao said") == Span{3, 12});
  CHECK_FALSE(mapped(before, "XZhao said it was wrong.", "Zhao"));
  // Punctuation next to a word is not part of it.
  CHECK(mapped(before, "Zhao, said it was wrong.", "Zhao") == Span{0, 4});
  // A span across the change does not map.
  CHECK_FALSE(mapped(before, "Zhao said it was right.", "was wrong"));
}

TEST_CASE("text map: multi-byte characters are never split") {
  const std::string before = "Le caf\xC3\xA9 au lait, dit-il.";
  const std::string after = "Le caf\xC3\xA8 au lait, dit-il.";
  CHECK_FALSE(mapped(before, after, "caf\xC3\xA9"));
  CHECK(mapped(before, after, "lait") == find_span(after, "lait"));
  CHECK(mapped(before, after, "Le") == Span{0, 2});
  // An emoji changed for another that shares its first bytes.
  CHECK_FALSE(mapped("a \xF0\x9F\x98\xA1 b", "a \xF0\x9F\x98\xA0 b", "\xF0\x9F\x98\xA1"));
  CHECK(mapped("a \xF0\x9F\x98\xA1 b", "a \xF0\x9F\x98\xA0 b", "b") == Span{7, 8});
}

TEST_CASE("text map: empty texts") {
  CHECK_FALSE(TextMap("", "Something.").map({0, 0}));
  CHECK_FALSE(TextMap("Something.", "").map({0, 9}));
  CHECK_FALSE(TextMap("Something.", "").identical());
}

TEST_CASE("text map: paragraphs are matched by a line diff when both ends changed") {
  const std::string before = "First paragraph.\nSecond one, with Zhao.\nThird one.\nFourth.\n";
  const std::string after = "New first paragraph.\nSecond one, with Zhao.\nAn inserted line.\nThird one.\nFourth!\n";
  CHECK(mapped(before, after, "Zhao") == find_span(after, "Zhao"));
  CHECK(mapped(before, after, "Second") == find_span(after, "Second"));
  CHECK(mapped(before, after, "Third") == find_span(after, "Third"));
  CHECK(mapped(before, after, "one.\nFourth") == find_span(after, "one.\nFourth"));
  CHECK(mapped(before, after, "Fourth") == find_span(after, "Fourth"));          // the common prefix of a changed line
  CHECK(mapped(before, after, "paragraph.") == find_span(after, "paragraph."));  // and its common suffix
  CHECK_FALSE(mapped(before, after, "Fourth."));
  CHECK_FALSE(mapped(before, after, "First"));
  // Lines replaced by a different number of lines keep only the block's ends (conservative: "Beta" is unchanged
  // but its line is not, and no line pairs up with it).
  const std::string three = "Alpha one.\nBeta two.\nGamma.\n", four = "Alpha one!\nNew.\nBeta two!\nGamma!\n";
  CHECK(mapped(three, four, "Alpha one") == Span{0, 9});
  CHECK_FALSE(mapped(three, four, "Beta"));
}

TEST_CASE("text map: a huge change at both ends falls back to prefix and suffix instead of going quadratic") {
  auto numbered = [](int n) {
    std::string s;
    for (int k = 0; k < n; ++k) s += "Line number " + std::to_string(k) + " says something.\n";
    return s;
  };
  for (int lines : {1000, 3000}) {
    CAPTURE(lines);
    const std::string before = numbered(lines);
    const std::string after = "A new opening line.\n" + before.substr(0, before.size() - 3) + "!\n";
    const auto middle = mapped(before, after, "Line number 500 ");
    if (lines == 1000)
      CHECK(middle == find_span(after, "Line number 500 "));  // 1M line pairs: diffed
    else
      CHECK_FALSE(middle);  // 9M: only the ends map (none here)
  }
}

TEST_CASE("reannotate: the same text keeps every edit and gives the same document") {
  const auto a = dev_article("bbc-politics-254");
  Document d = engine().annotate(a.text);
  d.provenance.title = "Title";
  d.provenance.url = "https://example.org/a";
  REQUIRE(d.actors.size() >= 3);
  REQUIRE(d.claims.size() >= 1);
  const Token& w = word_after(d, 200, 0);
  const std::string a0 = d.actors[0].name, a1 = d.actors[1].name, a2 = d.actors[2].name;
  REQUIRE(apply_edit(d, edit::AddMention{w.span, "Somebody", ActorKind::Person}).ok);
  REQUIRE(apply_edit(d, edit::RenameActor{a0, "Renamed"}).ok);
  REQUIRE(apply_edit(d, edit::SetClaimKind{claim_ref(d, 0), ClaimKind::Support}).ok);
  REQUIRE(apply_edit(d, edit::AddClaim{ClaimKind::Accusation, "Somebody", a1, w.span, {}, std::nullopt}).ok);
  REQUIRE(apply_edit(d, edit::MergeActors{a2, "Somebody"}).ok);
  const Reannotation r = reannotate(engine(), d, d.text);
  CHECK(r.kept == 5);
  CHECK(r.dropped == 0);
  CHECK(r.doc.provenance.title == "Title");
  CHECK(r.doc.provenance.url == "https://example.org/a");
  CHECK(to_json_string(r.doc) == to_json_string(d));
}

TEST_CASE("reannotate: fixing a word keeps the edits elsewhere and drops those it touches") {
  const auto a = dev_article("bbc-politics-254");
  Document d = engine().annotate(a.text);
  const size_t second = d.text.find("\n\n") + 2, last = d.text.rfind("\n\n") + 2;
  const Token changed = word_after(d, second, 2);
  const Token kept = word_after(d, last, 1);
  const std::string first_actor = d.actors[0].name;
  REQUIRE(apply_edit(d, edit::AddMention{changed.span, "Alpha", ActorKind::Person}).ok);
  REQUIRE(apply_edit(d, edit::AddMention{kept.span, "Beta", ActorKind::Person}).ok);
  REQUIRE(apply_edit(d, edit::RenameActor{first_actor, "Renamed"}).ok);
  REQUIRE(apply_edit(d, edit::AddClaim{ClaimKind::Accusation, "Beta", "Renamed", kept.span, {}, std::nullopt}).ok);
  // The word of the first edit is retyped (one letter longer).
  const std::string word(slice(d.text, changed.span));
  const std::string text = d.text.substr(0, changed.span.begin) + word + "s" + d.text.substr(changed.span.end);
  const Reannotation r = reannotate(engine(), d, text);
  CHECK(r.kept == 3);
  CHECK(r.dropped == 1);
  CHECK(find_actor(r.doc, "Alpha") == -1);
  CHECK(find_actor(r.doc, "Renamed") >= 0);
  const int m = mention_of(r.doc, "Beta");
  REQUIRE(m >= 0);
  CHECK(r.doc.mentions[m].span == Span{kept.span.begin + 1, kept.span.end + 1});
  CHECK(slice(r.doc.text, r.doc.mentions[m].span) == slice(d.text, kept.span));
  REQUIRE(r.doc.edits.size() == 3);
  CHECK(r.doc.claims.back().human);
}

TEST_CASE("reannotate: an inserted paragraph shifts every span; changes at both ends still keep the middle") {
  const auto a = dev_article("bbc-politics-147");
  Document d = engine().annotate(a.text);
  const Token w1 = word_after(d, 100, 0);
  const Token w2 = word_after(d, d.text.size() / 2, 0);
  REQUIRE(apply_edit(d, edit::AddMention{w1.span, "Alpha", ActorKind::Person}).ok);
  REQUIRE(apply_edit(d, edit::AddMention{w2.span, "Beta", ActorKind::Group}).ok);
  REQUIRE(apply_edit(d, edit::SetAffiliation{"Alpha", "Beta"}).ok);
  const std::string intro = "An inserted paragraph opens the article.\n\n";
  for (const std::string& text : {intro + d.text, intro + d.text + "\n\nAnd one closes it."}) {
    const Reannotation r = reannotate(engine(), d, text);
    CHECK(r.kept == 3);
    CHECK(r.dropped == 0);
    const auto shift = static_cast<uint32_t>(intro.size());
    REQUIRE(mention_of(r.doc, "Alpha") >= 0);
    CHECK(r.doc.mentions[mention_of(r.doc, "Alpha")].span == Span{w1.span.begin + shift, w1.span.end + shift});
    CHECK(r.doc.mentions[mention_of(r.doc, "Beta")].span == Span{w2.span.begin + shift, w2.span.end + shift});
    CHECK(r.doc.actors[find_actor(r.doc, "Alpha")].affiliation == find_actor(r.doc, "Beta"));
  }
}

TEST_CASE("reannotate: an empty text drops every edit; an empty document re-annotates") {
  const auto a = dev_article("bbc-business-352");
  Document d = engine().annotate(a.text);
  REQUIRE(apply_edit(d, edit::AddMention{word_after(d, 0, 0).span, "Alpha", ActorKind::Person}).ok);
  REQUIRE(apply_edit(d, edit::RenameActor{"Alpha", "Beta"}).ok);
  Reannotation r = reannotate(engine(), d, "");
  CHECK(r.kept == 0);
  CHECK(r.dropped == 2);  // the rename names an actor that no longer exists
  CHECK(r.doc.text.empty());
  CHECK(r.doc.actors.empty());
  r = reannotate(engine(), Document{}, "");
  CHECK(r.kept == 0);
  CHECK(r.dropped == 0);
  // Re-annotating a document with no edits is annotating.
  r = reannotate(engine(), engine().annotate(a.text), a.text);
  CHECK(to_json_string(r.doc) == to_json_string(engine().annotate(a.text)));
}

TEST_CASE("reannotate: an edit the new annotation already satisfies is kept for the next run") {
  const auto a = dev_article("bbc-politics-147");
  Document previous = engine().annotate(a.text);
  REQUIRE(previous.mentions.size() >= 2);
  REQUIRE(previous.claims.size() >= 1);
  const Mention found = previous.mentions[1];
  const std::string found_actor = previous.actors[found.actor].name;
  // As if an older engine had missed what this one finds (and found what this one does not).
  previous.edits.push_back(edit::AddMention{found.span, found_actor, ActorKind::Person});
  previous.edits.push_back(edit::RemoveMention{word_after(previous, 0, 1).span});  // "accused": no mention
  previous.edits.push_back(edit::DeleteClaim{ClaimRef{{0, 1}, ClaimKind::Support, "Nobody", "Nobody"}});
  previous.edits.push_back(edit::AddClaim{previous.claims[0].kind,
                                          std::string(previous.actors[previous.claims[0].source].name),
                                          std::string(previous.actors[previous.claims[0].target].name),
                                          previous.claims[0].cue,
                                          {},
                                          std::nullopt});
  previous.edits.push_back(edit::RenameActor{"Nobody", "Somebody"});  // names no actor: dropped
  const Reannotation r = reannotate(engine(), previous, previous.text);
  CHECK(r.kept == 4);
  CHECK(r.dropped == 1);
  REQUIRE(r.doc.edits.size() == 4);
  CHECK(std::holds_alternative<edit::AddMention>(r.doc.edits[0]));
  // The document itself is the engine's: nothing had to change.
  Document engine_only = r.doc;
  engine_only.edits.clear();
  CHECK(to_json_string(engine_only) == to_json_string(engine().annotate(a.text)));
}

TEST_CASE("reannotate: replay_edits does the same onto a document annotated elsewhere (the page's worker)") {
  const auto a = dev_article("bbc-business-357");
  Document d = engine().annotate(a.text);
  REQUIRE(apply_edit(d, edit::AddMention{word_after(d, 50, 0).span, "Alpha", ActorKind::Person}).ok);
  const std::string text = "A new first line.\n\n" + d.text;
  const Reannotation here = reannotate(engine(), d, text);
  const Reannotation there = replay_edits(engine().annotate(text), d);
  CHECK(there.kept == 1);
  CHECK(there.dropped == here.dropped);
  CHECK(to_json_string(there.doc) == to_json_string(here.doc));
}

TEST_CASE("text map: on randomly changed dev articles every mapped span has the same bytes, in order") {
  std::mt19937 rng(7);
  size_t mapped_spans = 0, checked = 0;
  for (const auto& a : testing::dev_articles()) {
    const Document d = engine().annotate(a.text);
    for (int round = 0; round < 8; ++round) {
      std::string changed = d.text;
      size_t first_change = changed.size();
      const int changes = 1 + static_cast<int>(rng() % 3);
      for (int c = 0; c < changes; ++c) {
        size_t at = rng() % (changed.size() + 1);
        while (at < changed.size() && is_continuation(static_cast<unsigned char>(changed[at]))) ++at;
        size_t len = std::min<size_t>(rng() % 12, changed.size() - at);
        while (at + len < changed.size() && is_continuation(static_cast<unsigned char>(changed[at + len]))) ++len;
        const char* inserts[] = {"", "x", "\n\n", "new words ", "\xE2\x80\x9C"};
        changed.replace(at, len, inserts[rng() % 5]);
        first_change = std::min(first_change, at);
      }
      const TextMap map(d.text, changed);
      uint32_t last_end = 0;
      for (const Token& t : d.tokens) {
        ++checked;
        const auto m = map.map(t.span);
        if (t.span.end + 1 < first_change) CHECK(m.has_value());  // wholly before every change (and not touching it)
        if (!m) continue;
        ++mapped_spans;
        REQUIRE(m->end <= changed.size());
        CHECK(slice(changed, *m) == slice(d.text, t.span));
        CHECK(m->begin >= last_end);  // order kept, no overlap
        last_end = m->end;
      }
    }
  }
  CHECK(mapped_spans > checked * 3 / 4);
}
