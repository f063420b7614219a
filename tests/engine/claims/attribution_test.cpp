#include <doctest/doctest.h>

#include "engine/claims/attribution.h"

#include <algorithm>

#include "engine/claims/cue_detector.h"
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

namespace {
// Statements found from the embedded cue detector's cues, as ClaimFinder::run finds them (named speakers and unnamed
// ones, in text order), given to `read` with the view they were found in.
template <class Read>
void with_detected(const std::string& text, const std::vector<testing::ActorSpec>& actors, Read read) {
  static const CueLexicon lex;
  static const ClaimWords words;
  static const CueDetector detector;
  const Document doc = build_document(text, actors);
  std::string lower = CueLexicon::lower(doc.text);
  auto hits = lex.scan(doc, lower);
  const DocumentView view(doc, std::move(lower), hits, words);
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const CueHit& h) { return view.tok_mention[h.first] >= 0; }),
             hits.end());
  const std::vector<DetectedCue> cues = detector.detect(view, hits);
  std::vector<Attribution> unnamed;
  std::vector<Attribution> all = find_statements(view, hits, &cues, &unnamed);
  all.insert(all.end(), unnamed.begin(), unnamed.end());
  std::stable_sort(all.begin(), all.end(),
                   [](const Attribution& a, const Attribution& b) { return a.cue_first < b.cue_first; });
  read(view, all);
}

std::string words_of(const Document& doc, uint32_t first, uint32_t last) {
  return std::string(slice(doc.text, {doc.tokens[first].span.begin, doc.tokens[last].span.end}));
}

// "cue | source | words naming the speaker" for each detected statement.
std::vector<std::string> detected(const std::string& text, const std::vector<testing::ActorSpec>& actors) {
  std::vector<std::string> out;
  with_detected(text, actors, [&](const DocumentView& view, const std::vector<Attribution>& all) {
    const Document& doc = view.doc;
    for (const Attribution& a : all) {
      if (!a.cue) continue;  // a quotation carried over
      out.push_back(words_of(doc, a.cue_first, a.cue_last) + " | " + (a.source >= 0 ? doc.actors[a.source].name : "-") +
                    " | " + (a.source_first == kNoSourceWords ? "-" : words_of(doc, a.source_first, a.source_last)));
    }
  });
  return out;
}

// "cue: name, name" for each detected statement with names coordinated before its speaker (coordinated_speakers).
std::vector<std::string> coordinated(const std::string& text, const std::vector<testing::ActorSpec>& actors) {
  std::vector<std::string> out;
  with_detected(text, actors, [&](const DocumentView& view, const std::vector<Attribution>& all) {
    for (const Attribution& a : all) {
      const std::vector<int> others = coordinated_speakers(view, a);
      if (others.empty()) continue;
      std::string line = words_of(view.doc, a.cue_first, a.cue_last) + ":";
      for (size_t i = 0; i < others.size(); ++i) line += (i ? ", " : " ") + view.doc.actors[others[i]].name;
      out.push_back(line);
    }
  });
  return out;
}

// Whether `statements` holds s; the statements are printed when it does not.
bool has_statement(const std::vector<std::string>& statements, const std::string& s) {
  if (std::find(statements.begin(), statements.end(), s) != statements.end()) return true;
  for (const std::string& st : statements) MESSAGE(st);
  return false;
}
}  // namespace

TEST_CASE("attribution: 'according to' a noun phrase with no name names the source by its words") {
  const auto s = detected(
      "The plan will cost more, according to a senior official. According to exit polls, Ana Ruiz "
      "won the vote.",
      {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "according to | - | a senior official"));
  CHECK(has_statement(s, "According to | - | exit polls"));
}

TEST_CASE("attribution: a passive cue's speaker is the agent after 'by', not a feeling's cause") {
  const auto s = detected("The plan was first reported by the Daily Courier. Ana Ruiz was outraged by the decision.",
                          {body("Daily Courier", {"Daily Courier"}), person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "reported | Daily Courier | the Daily Courier"));
  for (const std::string& st : s) CHECK(st.find("| the decision") == std::string::npos);
}

TEST_CASE("attribution: a relative pronoun speaks for its antecedent past an apposition or a dash") {
  const auto s = detected(
      "Ana Ruiz, a city councillor and party donor who has accused the mayor of lying, spoke on Monday. "
      "Tom Hale - who previously said he would resign - stayed.",
      {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "accused | Ana Ruiz | who"));
  CHECK(has_statement(s, "said | Tom Hale | who"));
  // An antecedent that names no one: no actor; the words naming the speaker run from the antecedent.
  const auto v =
      detected("Tom Hale spoke. Many voters who said they were angry stayed home.", {person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(v, "said | - | Many voters who"));
}

TEST_CASE("attribution: subjects are found past adverbs such as 'long' and 'already'") {
  const auto s = detected("Tom Hale has long argued that taxes are too high.", {person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "argued | Tom Hale | Tom Hale has long"));  // the words run to the cue
}

TEST_CASE("attribution: a participle after a comma is spoken by the clause's opening subject") {
  const auto s = detected("The nurse later sued, claiming the order violated her rights.", {});
  CHECK(has_statement(s, "claiming | - | The nurse"));
  const auto h = detected("Tom Hale lost the debate. He basically ducked, pointing to his record in Ohio.",
                          {person("Tom Hale", {"Tom Hale"}), body("Ohio", {"Ohio"})});
  CHECK(has_statement(h, "pointing | Tom Hale | pointing"));  // a participle names its speaker by itself
}

TEST_CASE("attribution: a participle opening a sentence is spoken by the subject after its comma") {
  const auto s =
      detected("Recalling that moment, Tom Hale said the vote had been fair.", {person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "Recalling | Tom Hale | Tom Hale"));
}

TEST_CASE("attribution: after a quotation, a long speaker after the cue and its apposition") {
  const auto s =
      detected("\"It is over,\" said the party's chief executive, Ana Ruiz.", {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "said | Ana Ruiz | the party's chief executive, Ana Ruiz"));
}

TEST_CASE("attribution: a cue after an apposition is the opening subject's, not its object's") {
  const auto s =
      detected("Tom Hale, a senator from Ohio, told the Daily Courier that the plan had failed.",
               {person("Tom Hale", {"Tom Hale"}), body("Daily Courier", {"Daily Courier"}), body("Ohio", {"Ohio"})});
  CHECK(has_statement(s, "told | Tom Hale | Tom Hale, a senator from Ohio"));
}

TEST_CASE("attribution: a cue no rule gives a speaker is the sentence subject's") {
  const auto s = detected("Ana Ruiz has to step beyond her stump speech to tell a fuller story of her life.",
                          {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "tell | Ana Ruiz | Ana Ruiz"));
}

TEST_CASE("attribution: 'attacks' as a deed of violence is no cue") {
  const auto s = detected("Officials said the Paris terror attacks changed the race. Ana Ruiz attacks Tom Hale.",
                          {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"})});
  for (const std::string& st : s) CHECK(st.rfind("attacks | -", 0) == std::string::npos);
  CHECK(std::none_of(s.begin(), s.end(), [](const std::string& st) { return st.find("Paris") != std::string::npos; }));
}

TEST_CASE("attribution: dash appositions, infinitive objects and quantities as speakers") {
  const auto d =
      detected("Tom Hale - a senator from Ohio - told the Daily Courier that the plan had failed.",
               {person("Tom Hale", {"Tom Hale"}), body("Daily Courier", {"Daily Courier"}), body("Ohio", {"Ohio"})});
  CHECK(has_statement(d, "told | Tom Hale | Tom Hale - a senator from Ohio"));
  const auto i = detected("The leak led party chairwoman Ana Ruiz to announce her resignation.",
                          {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(i, "announce | Ana Ruiz | Ana Ruiz"));
  const auto q =
      detected("Voters were asked about taxes. 47% say the rate is too high. And both vowed to fight on.", {});
  CHECK(has_statement(q, "say | - | 47%"));
}

TEST_CASE("attribution: a speaker after the cue may go on with a relative clause or a prepositional phrase") {
  const auto s = detected(
      "Ana Ruiz lost the vote. “It will not pass,” said one longtime adviser to the governor. “It is over,” said the "
      "man "
      "who ran her campaign.",
      {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "said | - | one longtime adviser"));
  CHECK(has_statement(s, "said | - | the man"));
}

TEST_CASE("attribution: a noun phrase right after a verb or an auxiliary is no speaker; the clause's subject is") {
  const auto s = detected("Ana Ruiz lost the vote. Union leaders have become increasingly vocal about the cuts.",
                          {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "increasingly vocal | - | Union leaders"));
}

TEST_CASE("attribution: a pronoun with a contracted auxiliary speaks as the pronoun does") {
  const auto s = detected("Tom Hale met the unions on Monday. He’ll argue that the strike must end.",
                          {person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "argue | Tom Hale | He’ll"));
}

TEST_CASE("attribution: a clause opened by 'while' or 'when' has its subject after the subordinator or its comma") {
  const auto s = detected(
      "Ana Ruiz spoke first. While Tom Hale has yet to endorse the plan, the party backed it. When the vote came, "
      "union members were able to convince the board that the plan had failed.",
      {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "endorse | Tom Hale | Tom Hale"));
  CHECK(has_statement(s, "convince | - | union members"));
  // An adverb between commas is no subject.
  const auto a = detected(
      "Ana Ruiz spoke first. In the recent cases, however, union members have been able to convince judges that the "
      "law was unfair.",
      {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(a, "convince | - | union members"));
}

TEST_CASE("attribution: a name the actor layer missed opens its sentence as the speaker, not as an adverbial") {
  // "Bill Bruch," is no opening adverbial, and "state" (a cue word) is a noun inside the apposition.
  const auto s =
      detected("Tom Hale spoke. Bill Bruch, a state delegate who is part of the group, said he called Ana Ruiz.",
               {person("Tom Hale", {"Tom Hale"}), person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "said | - | Bill Bruch, a state delegate who is part of the group"));
}

TEST_CASE("attribution: after an adverbial's comma the name after 'told' is its object, after 'said' the speaker") {
  const auto s = detected(
      "Ana Ruiz spoke. Union members, for example, told Tom Hale that the plan would fail. The plan will fail, said "
      "Ana "
      "Ruiz.",
      {person("Tom Hale", {"Tom Hale"}), person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "told | - | Union members"));
  CHECK(has_statement(s, "said | Ana Ruiz | Ana Ruiz."));
}

TEST_CASE("attribution: a relative pronoun whose antecedent names no actor is named by the antecedent's words") {
  const auto s =
      detected("Ana Ruiz spoke. The bill drew a letter from several large employers that warn it could harm trade.",
               {person("Ana Ruiz", {"Ana Ruiz"})});
  CHECK(has_statement(s, "warn | - | several large employers that"));
}

TEST_CASE("attribution: the clause subject may carry an apposition or a bracket; 'even before' opens a clause") {
  const auto s = detected(
      "Ana Ruiz spoke. Tom Hale, the only doctor on stage, stopped short of fully endorsing the plan. Even before Ana "
      "Ruiz took the stage to acknowledge her victory, her aides cheered.",
      {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "endorsing | Tom Hale | Tom Hale"));
  CHECK(has_statement(s, "acknowledge | Ana Ruiz | Ana Ruiz"));
}

TEST_CASE("attribution: an opening adverbial after a preposition may be long and hold names") {
  const auto s = detected(
      "Tom Hale spoke. At a meeting of the Daily Courier's board in Ohio on Tuesday, Ana Ruiz used her speech to argue "
      "that the plan would fail.",
      {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"}), body("Daily Courier", {"Daily Courier"}),
       body("Ohio", {"Ohio"})});
  CHECK(has_statement(s, "argue | Ana Ruiz | Ana Ruiz"));
}

TEST_CASE("attribution: the full stop of 'Jr.' between a name and its verb") {
  const auto s = detected("Tom Hale spoke. Vice President Joseph R. Biden Jr. warned that the plan would fail.",
                          {person("Tom Hale", {"Tom Hale"}), person("Joseph R. Biden Jr", {"Joseph R. Biden Jr"})});
  CHECK(has_statement(s, "warned | Joseph R. Biden Jr | Joseph R. Biden Jr."));
}

TEST_CASE("attribution: after an apposition's comma, 'said' takes a name only right after it, not across a clause") {
  const auto s = detected("Tom Hale spoke. Bill Bruch, who had said nothing at the time, said he called Tom Hale.",
                          {person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "said | - | Bill Bruch"));
}

TEST_CASE("attribution: passive agents after a participle clause and past 'these'") {
  const auto s = detected(
      "Ana Ruiz spoke. Some measures - deemed unfair by Tom Hale - failed. The plan has been pushed to some of these "
      "positions by Ana Ruiz.",
      {person("Ana Ruiz", {"Ana Ruiz"}), person("Tom Hale", {"Tom Hale"})});
  CHECK(has_statement(s, "deemed | Tom Hale | Tom Hale"));
  CHECK(has_statement(s, "pushed | Ana Ruiz | Ana Ruiz"));
}

TEST_CASE("attribution: names coordinated before a speaker are speakers too, names in an apposition are not") {
  const testing::ActorSpec labour = body("Labour Party", {"Labour"}, {}, ActorKind::Party);
  const testing::ActorSpec libdems = body("Liberal Democrats", {"Liberal Democrats"}, {}, ActorKind::Party);
  const testing::ActorSpec greens = body("Green Party", {"Greens"}, {}, ActorKind::Party);
  CHECK(coordinated("Labour and the Liberal Democrats said the plan would fail.", {labour, libdems}) ==
        std::vector<std::string>{"said: Labour Party"});
  CHECK(coordinated("Labour, the Greens and the Liberal Democrats said the plan would fail.",
                    {labour, libdems, greens}) == std::vector<std::string>{"said: Labour Party, Green Party"});
  const testing::ActorSpec blair = person("Tony Blair", {"Tony Blair"});
  const testing::ActorSpec schroeder = person("Gerhard Schroeder", {"Gerhard Schroeder"});
  CHECK(coordinated("Tony Blair, who met Gerhard Schroeder on Monday, said the plan would fail.", {blair, schroeder})
            .empty());
  // The speaker of "and said" is the clause's subject, found at the cue: the name before "and" is an object.
  const testing::ActorSpec wyatt = person("Derek Wyatt", {"Mr Wyatt"});
  const auto s = detected("A Labour spokesman played down differences with Mr Wyatt and said the plan would work.",
                          {labour, wyatt});
  CHECK(coordinated("A Labour spokesman played down differences with Mr Wyatt and said the plan would work.",
                    {labour, wyatt})
            .empty());
  for (const std::string& st : s) CHECK(st.find("Mr Wyatt") == std::string::npos);
}
