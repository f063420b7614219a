#include <doctest/doctest.h>

#include "engine/claims/attribution.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::body;
using testing::build_document;
using testing::person;

namespace {

struct Attributed {
  Document doc;
  std::vector<Attribution> statements;
  std::string source(size_t i) const { return statements[i].source >= 0 ? doc.actors[statements[i].source].name : "-"; }
  std::string addressee(size_t i) const {
    return statements[i].addressee >= 0 ? doc.actors[statements[i].addressee].name : "-";
  }
  std::string content(size_t i) const {
    const Attribution& s = statements[i];
    return std::string(slice(doc.text, {doc.tokens[s.content_first].span.begin, doc.tokens[s.content_last].span.end}));
  }
};

Attributed attribute(const std::string& text, const std::vector<testing::ActorSpec>& actors) {
  static const CueLexicon lex;
  static const ClaimWords words;
  Attributed a{build_document(text, actors), {}};
  std::string lower = CueLexicon::lower(a.doc.text);
  auto hits = lex.scan(a.doc, lower);
  const DocumentView view(a.doc, std::move(lower), hits, words);
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const CueHit& h) { return view.tok_mention[h.first] >= 0; }),
             hits.end());
  a.statements = find_statements(view, hits);
  return a;
}

}  // namespace

TEST_CASE("attribution: X said CLAUSE and \"QUOTE,\" X said") {
  const auto a = attribute("Zhao said the US was lying. “It is wrong,” Zhao said.",
                           {person("Zhao Lijian", {"Zhao"}), body("United States", {"US"})});
  REQUIRE(a.statements.size() == 2);
  CHECK(a.source(0) == "Zhao Lijian");
  CHECK(a.content(0) == "the US was lying.");
  CHECK(a.source(1) == "Zhao Lijian");
  CHECK(a.content(1) == "It is wrong");
}

TEST_CASE("attribution: the content before the cue, but not an opening adverbial") {
  const auto a =
      attribute("Labour has broken its pledge, the Tories have claimed. On Monday, Dr Fox told reporters: \"He lied.\"",
                {body("Labour", {"Labour"}), body("Tories", {"Tories"}), person("Liam Fox", {"Dr Fox"})});
  REQUIRE(a.statements.size() == 2);
  CHECK(a.source(0) == "Tories");
  CHECK(a.content(0) == "Labour has broken its pledge");
  CHECK(a.source(1) == "Liam Fox");
  CHECK(a.content(1) == "reporters: \"He lied.\"");
}

TEST_CASE("attribution: according to X, apposition, nominal sources") {
  const auto a = attribute(
      "According to the Chinese embassy, Australia parrots American rhetoric. "
      "Jack Law, chief executive of Alcohol Focus Scotland, said the remark was wrong. "
      "A Labour spokesman said the party had done nothing wrong.",
      {body("Chinese embassy", {"Chinese embassy"}), body("Australia", {"Australia"}), person("Jack Law", {"Jack Law"}),
       body("Alcohol Focus Scotland", {"Alcohol Focus Scotland"}), body("Labour", {"Labour"})});
  REQUIRE(a.statements.size() == 3);
  CHECK(a.source(0) == "Chinese embassy");
  CHECK(a.content(0) == "Australia parrots American rhetoric.");
  CHECK(a.source(1) == "Jack Law");
  CHECK(a.source(2) == "Labour");
}

TEST_CASE("attribution: a cue inside a name or used as a noun is no statement") {
  const auto a = attribute("The United States denied it. His comments were wrong. Labour faces 'cold calls' inquiry.",
                           {body("United States", {"United States"}), body("Labour", {"Labour"})});
  CHECK(a.statements.empty());
}

TEST_CASE("attribution: subject pronouns go to the last named speaker of the right gender") {
  const auto a =
      attribute("Ms Sturgeon wrote to Mr McConnell accusing him of an error. He told Ms Sturgeon: \"That is untrue.\"",
                {person("Nicola Sturgeon", {"Ms Sturgeon"}), person("Jack McConnell", {"Mr McConnell"})});
  REQUIRE(a.statements.size() >= 1);
  const Attribution& told = a.statements.back();
  CHECK(a.doc.actors[told.source].name == "Jack McConnell");
  CHECK(a.doc.actors[told.addressee].name == "Nicola Sturgeon");
}

TEST_CASE("attribution: a quotation running into the next sentence keeps its speaker") {
  const auto a = attribute("Mr Taylor said: \"Labour is breaking the law. \"It is clearly unlawful.\" Then it rained.",
                           {person("Matthew Taylor", {"Mr Taylor"}), body("Labour", {"Labour"})});
  REQUIRE(a.statements.size() == 2);
  CHECK(a.source(1) == "Matthew Taylor");
  CHECK(a.content(1).find("unlawful") != std::string::npos);
}

TEST_CASE("attribution: 'the president' as an object is the person last named with that title") {
  const auto a = attribute("President George W Bush spoke. Democrats accused the president of hiding costs.",
                           {person("George W Bush", {"George W Bush"}), body("Democrats", {"Democrats"})});
  static const CueLexicon lex;
  std::string lower = CueLexicon::lower(a.doc.text);
  const auto hits = lex.scan(a.doc, lower);
  const ClaimWords words;
  const DocumentView view(a.doc, std::move(lower), hits, words);
  uint32_t president = 1;  // the second "president", after "the"
  while (president < a.doc.tokens.size() && view.word(president) != "president") ++president;
  REQUIRE(president < a.doc.tokens.size());
  REQUIRE(view.titled_person_before(president) >= 0);
  CHECK(a.doc.actors[view.titled_person_before(president)].name == "George W Bush");
  CHECK(view.titled_person_before(0) == -1);  // "President" at the start has no "the"
}

namespace {
// The unnamed statements of a text with the given actors, as "speaker words | content".
std::vector<std::string> unnamed(const std::string& text, const std::vector<testing::ActorSpec>& actors) {
  static const CueLexicon lex;
  const Document doc = build_document(text, actors);
  std::string lower = CueLexicon::lower(doc.text);
  auto hits = lex.scan(doc, lower);
  const ClaimWords words;
  const DocumentView view(doc, std::move(lower), hits, words);
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const CueHit& h) { return view.tok_mention[h.first] >= 0; }),
             hits.end());
  std::vector<std::string> out;
  for (const Attribution& st : find_unnamed_statements(view, hits, find_statements(view, hits))) {
    CHECK(st.source == -1);
    const auto words = [&](uint32_t f, uint32_t l) {
      return std::string(slice(doc.text, {doc.tokens[f].span.begin, doc.tokens[l].span.end}));
    };
    out.push_back(words(st.source_first, st.source_last) + " | " + words(st.content_first, st.content_last));
  }
  return out;
}
}  // namespace

TEST_CASE("attribution: speakers that are no actor keep their words (analysts said, said a spokeswoman)") {
  const auto u = unnamed("Senior analysts said prices would rise. “It is over,” said a spokeswoman. Zhao said no.",
                         {person("Zhao Lijian", {"Zhao"})});
  REQUIRE(u.size() == 2);
  CHECK(u[0] == "Senior analysts | prices would rise.");
  CHECK(u[1] == "a spokeswoman | It is over");
  // A named speaker, a pronoun, a noun use of a cue word, or a clause after the comma: no unnamed statement.
  CHECK(unnamed("He said prices would rise. His comments angered the market.", {}).empty());
  CHECK(unnamed("Bill Smith, a lawyer from the city, said the claims were false.", {}).empty());
}
