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
bool has(const std::vector<std::string>& v, const std::string& s) {
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

TEST_CASE("cue lexicon: multi-word cues, longest first, across quote marks, case-insensitive") {
  const CueLexicon lex;
  const Document d = testing::build_document("Zhao Played Down the claims, which are “not based on facts”.", {});
  const auto f = forms(d, lex);
  CHECK(has(f, "played down"));
  CHECK(has(f, "not based on facts"));
  // "claims" is both a speech verb and an accusation noun: both cues are reported.
  CHECK(std::count(f.begin(), f.end(), "claims") == 2);
}

TEST_CASE("cue lexicon: TSV rows with unknown kinds or missing columns are skipped") {
  const CueLexicon lex("say|says\tsay\t010\tSTATEMENT\t0\nbogus\tnokind\t1\tX\t0\nshort\tsay\n", "", "",
                       "very\tintensifier\t1.3\n# comment\n");
  CHECK(lex.size() == 3);
  const Document d = testing::build_document("He says it is very bogus and short.", {});
  const auto f = forms(d, lex);
  CHECK(has(f, "says"));
  CHECK(has(f, "very"));
  CHECK_FALSE(has(f, "bogus"));
  CHECK_FALSE(has(f, "short"));
}
