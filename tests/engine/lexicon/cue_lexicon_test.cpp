#include <doctest/doctest.h>

#include "engine/lexicon/cue_lexicon.h"
#include "support/document_builder.h"

using namespace riposte;

namespace {
std::vector<std::string> forms(const Document& d, const CueLexicon& lex) {
  const std::string lower = CueLexicon::lower(d.text);
  std::vector<std::string> out;
  for (const CueHit& h : lex.scan(d, lower)) out.push_back(h.cue->form);
  return out;
}
bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}
}  // namespace

TEST_CASE("cue lexicon: the embedded lexicons load with codes") {
  const CueLexicon lex;
  CHECK(lex.size() > 200);
  const Document d = testing::build_document("China accused the US.", {});
  const std::string lower = CueLexicon::lower(d.text);
  const auto hits = lex.scan(d, lower);
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].cue->cls == CueClass::Accusation);
  CHECK(hits[0].cue->kind == CueKind::AccuseVerb);
  CHECK(hits[0].cue->code == "112");
  CHECK(hits[0].cue->plover == "ACCUSE");
  CHECK(hits[0].cue->value < 0);
}

TEST_CASE("cue lexicon: sanctions by a named body are accusing verbs, but not the noun or adjective of the same word") {
  const CueLexicon lex;
  const Document d = testing::build_document(
      "The IAAF banned White and fined Smith; police arrested Jones, who was jailed. A fine ban, fines, a jail.", {});
  const std::string lower = CueLexicon::lower(d.text);
  std::vector<std::string> sanctions;
  for (const CueHit& h : lex.scan(d, lower)) {
    CHECK(h.cue->kind == CueKind::AccuseVerb);
    sanctions.push_back(h.cue->form + " " + h.cue->plover + " " + h.cue->code);
  }
  // "ban" matches the noun too ("a fine ban"), where the rule finds no object after it; "fine", "fines" and "jail"
  // are no cues.
  CHECK(sanctions == std::vector<std::string>{"banned SANCTION 172", "fined SANCTION 172", "arrested COERCE 173",
                                              "jailed COERCE 173", "ban SANCTION 172"});
}

// Regression: WordNet's verb.exc lists only "chid" and "chidden" for "chide", and the generator took them for the
// only past forms, so "chided" (three training-pool texts) was no cue.
TEST_CASE("cue lexicon: a verb keeps its regular past beside an archaic irregular one") {
  const CueLexicon lex;
  const Document d = testing::build_document("The paper chided the mayor.", {});
  CHECK(contains(forms(d, lex), "chided"));
}

TEST_CASE("cue lexicon: multi-word cues, longest first, across quote marks, case-insensitive") {
  const CueLexicon lex;
  const Document d = testing::build_document("Zhao Played Down the claims, which are “not based on facts”.", {});
  const auto f = forms(d, lex);
  CHECK(contains(f, "played down"));
  CHECK(contains(f, "not based on facts"));
  // "claims" is both a speech verb and an accusation noun: both cues are reported.
  CHECK(std::count(f.begin(), f.end(), "claims") == 2);
}

TEST_CASE("cue lexicon: TSV rows with unknown kinds or missing columns are skipped") {
  const CueLexicon lex("say|says\tsay\t010\tSTATEMENT\t0\nbogus\tnokind\t1\tX\t0\nshort\tsay\n", "", "",
                       "very\tintensifier\t1.3\n# comment\n");
  CHECK(lex.size() == 3);
  const Document d = testing::build_document("He says it is very bogus and short.", {});
  const auto f = forms(d, lex);
  CHECK(contains(f, "says"));
  CHECK(contains(f, "very"));
  CHECK_FALSE(contains(f, "bogus"));
  CHECK_FALSE(contains(f, "short"));
}

TEST_CASE("cue lexicon: words of a cue's first two bytes or length that are not cues pass the shape filter unmatched") {
  // The filter keeps a length mask per first two bytes: "sad", "sayings", "sa" and "s" share bytes or a length with a
  // cue and must still be told apart by the table; one-byte and non-ASCII first words are cues like any other.
  const CueLexicon lex("say|says|s|démenti\tsay\t010\tSTATEMENT\t0\n", "", "", "very\tintensifier\t1.3\n");
  const Document d = testing::build_document("Sad sayings, sa s, Démenti, démentir, Say SAYS very.", {});
  const std::string lower = CueLexicon::lower(d.text);
  std::vector<std::string> f;
  for (const CueHit& h : lex.scan(d, lower))
    f.push_back(std::string(slice(d.text, {d.tokens[h.first].span.begin, d.tokens[h.last].span.end})));
  CHECK(f == std::vector<std::string>{"s", "Démenti", "Say", "SAYS", "very"});
}

TEST_CASE("cue lexicon: lower() lowers ASCII letters only, eight bytes at a time and in the tail alike") {
  // Every byte value, at every offset modulo eight: only 'A'..'Z' change; '@', '[', '`', '{' and the bytes of UTF-8
  // sequences ("É" stays, as the engine's word lists are matched on ASCII case only) do not.
  std::string all;
  for (int b = 1; b < 256; ++b) all += static_cast<char>(b);
  for (size_t shift = 0; shift < 8; ++shift) {
    const std::string text = std::string(shift, 'Q') + all + "Said ÉTAT";
    const std::string lower = CueLexicon::lower(text);
    REQUIRE(lower.size() == text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      CHECK(lower[i] == (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c));
    }
  }
  CHECK(CueLexicon::lower("Said ÉTAT") == "said État");
}
