#include <doctest/doctest.h>

#include <string>

#include "support/actor_checks.h"

using namespace riposte;
using riposte::testing::actor_at;
using riposte::testing::annotator;
using riposte::testing::side;

TEST_CASE("descriptions: a head of government named by office alone, and disputes inside one party") {
  const Document d = annotator().annotate(
      "Labour and the Tories clashed over pledges. Tony Blair was asked about it. The prime minister told MPs it was "
      "wrong.");
  const Actor* blair = actor_at(d, "Tony Blair");
  CHECK(actor_at(d, "The prime minister") == blair);
  CHECK(side(d, blair)->name == "Labour Party");
  // Only the governing party is named: its ministers are sides of their own.
  const Document inside = annotator().annotate(
      "Tony Blair and Gordon Brown are rivals. Labour MPs worry. Mr Brown said the prime minister was wrong.");
  const Actor* blair2 = actor_at(inside, "Tony Blair");
  REQUIRE(blair2);
  CHECK(side(inside, blair2) == blair2);
}

TEST_CASE("descriptions: a description in apposition to a name, and an organisation's officer named after whose") {
  const Document d = annotator().annotate(
      "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, began. "
      "The European Union (EU), whose high representative for Foreign Policy, Josep Borrell, spoke.");
  const Actor* bank = actor_at(d, "Santander Central Hispano");
  REQUIRE(bank);
  CHECK(actor_at(d, "Spain's most powerful bank") == bank);
  CHECK(side(d, actor_at(d, "Emilio Botin")) == bank);
  CHECK(side(d, actor_at(d, "Josep Borrell"))->name == "European Union");
}

TEST_CASE("descriptions: 'the government' is the executive of the country the story is about") {
  // Domestic politics: the governing side, the same actor as "the British government".
  const Document d = annotator().annotate(
      "The Tories attacked the British government. Shadow home secretary David Davis criticised the government over "
      "its plans.");
  REQUIRE(actor_at(d, "the government"));
  CHECK(actor_at(d, "the government") == actor_at(d, "British government"));
  REQUIRE(side(d, actor_at(d, "the government")));
  CHECK(side(d, actor_at(d, "the government"))->name == "Labour Party");
  // Abroad: the country named last.
  const Document e =
      annotator().annotate("Protests spread across Kazakhstan. On Monday the government said it would act.");
  REQUIRE(actor_at(e, "the government"));
  CHECK(actor_at(e, "the government") == actor_at(e, "Kazakhstan"));
  // "the government of another country" names none.
  CHECK_FALSE(actor_at(annotator().annotate("China said blaming the government of another country was wrong."),
                       "the government"));
}

TEST_CASE("descriptions: groups named by a common noun are actors when they speak or accuse, not otherwise") {
  const Document d = annotator().annotate(
      "Unions accuse Wal-Mart of paying staff too little. The prosecution said the firm hid losses. Voters were "
      "unmoved.");
  const Actor* unions = actor_at(d, "Unions");
  REQUIRE(unions);
  CHECK(unions->kind == ActorKind::Group);
  CHECK(unions->name == "unions");
  REQUIRE(actor_at(d, "The prosecution"));
  CHECK(actor_at(d, "The prosecution")->name == "prosecutors");
  CHECK_FALSE(actor_at(d, "Voters"));  // background: neither speaks nor accuses
  bool unions_accuse = false;
  for (const Claim& c : d.claims)
    unions_accuse = unions_accuse || (&d.actors[c.source] == unions && d.actors[c.target].name == "Wal-Mart");
  CHECK(unions_accuse);
  // After a name, the name says whose group it is; an actor only the object of a claim is dropped with the claim.
  CHECK_FALSE(actor_at(annotator().annotate("WorldCom shareholders said they had lost money."), "shareholders"));
  const Document e = annotator().annotate("The regulator accused the bank of misleading investors.");
  CHECK_FALSE(actor_at(e, "investors"));
  for (const Claim& c : e.claims) {
    REQUIRE(c.target >= 0);
    REQUIRE(c.target < static_cast<int>(e.actors.size()));
    CHECK(e.actors[c.target].name != "investors");
  }
}

TEST_CASE("descriptions: courts, judges and police are actors of their own, named by a common noun") {
  const Document d = annotator().annotate(
      "A federal judge said the company had lied. Police said Mr Smith, who appeared in court on Monday, had fled. "
      "The court said he had lied. A prosecution of the firm was ruled out, and regulators were silent.");
  REQUIRE(actor_at(d, "A federal judge"));
  CHECK(actor_at(d, "A federal judge")->name == "judge");
  CHECK(actor_at(d, "A federal judge")->kind == ActorKind::Group);
  REQUIRE(actor_at(d, "Police"));
  CHECK(actor_at(d, "Police")->name == "police");
  REQUIRE(actor_at(d, "The court"));  // a determiner names the institution ...
  CHECK(actor_at(d, "The court")->name == "court");
  CHECK_FALSE(actor_at(d, "court"));          // ... "in court" names none
  CHECK_FALSE(actor_at(d, "A prosecution"));  // "the prosecution" only after "the"
  CHECK_FALSE(actor_at(d, "regulators"));     // silent: background
}

TEST_CASE("descriptions: an office with no named holder in domestic politics is on the governing side") {
  const Document d = annotator().annotate(
      "The Tories unveiled their plans. Mr Letwin accused the chancellor of using fancy statistics.");
  const Actor* office = actor_at(d, "the chancellor");
  REQUIRE(office);
  CHECK(office != actor_at(d, "Mr Letwin"));  // the accuser in the same sentence is not the office holder
  REQUIRE(side(d, office));
  CHECK(side(d, office)->name == "Labour Party");
  // "the president of the company" is no office description.
  CHECK_FALSE(actor_at(annotator().annotate("Labour won. He met the president of the company."), "the president"));
}

TEST_CASE(
    "descriptions: unqualified 'ministers' is the government in domestic politics, and 'of' + gerund is no owner") {
  const Document d = annotator().annotate(
      "Labour and the Tories clashed. Mr Howard accused the government of wasting money. He accused ministers of "
      "lying. Finance ministers met in London.");
  const Actor* government = actor_at(d, "the government");
  REQUIRE(government);
  CHECK(actor_at(d, "ministers") == government);
  CHECK(side(d, government)->name == "Labour Party");
  int ministers = 0;
  for (const Mention& m : d.mentions) ministers += slice(d.text, m.span).find("ministers") != std::string_view::npos;
  CHECK(ministers == 1);  // "Finance ministers" is no mention
  // Outside domestic politics, whose ministers they are is not clear.
  CHECK_FALSE(actor_at(annotator().annotate("China and Japan met. He accused ministers of lying."), "ministers"));
}

TEST_CASE("descriptions: a country's role described in apposition to a name is that person") {
  const Document d = annotator().annotate(
      "Russia expelled diplomats from Lithuania and Latvia. The Lithuanian foreign minister, Gabrielius Landsbergis, "
      "condemned Moscow.");
  const Actor* person = actor_at(d, "Gabrielius Landsbergis");
  REQUIRE(person);
  CHECK(actor_at(d, "The Lithuanian foreign minister") == person);
  CHECK(side(d, person) == actor_at(d, "Lithuania"));
}

TEST_CASE("descriptions: a country's role described after the name and a comma is that person, on that side") {
  const Document d = annotator().annotate("Max Brenner, the German chancellor, accused Russia of blackmail.");
  const Actor* brenner = actor_at(d, "Max Brenner");
  REQUIRE(brenner);
  CHECK(actor_at(d, "the German chancellor") == brenner);
  REQUIRE(side(d, brenner));
  CHECK(side(d, brenner)->code == "DEU");
  // A lone surname is a person once described so.
  const Document s = annotator().annotate("Brenner, the German chancellor, accused Russia of blackmail.");
  const Actor* surname = actor_at(s, "Brenner");
  REQUIRE(surname);
  CHECK(surname->kind == ActorKind::Person);
  REQUIRE(side(s, surname));
  CHECK(side(s, surname)->code == "DEU");
}

TEST_CASE("descriptions: \"the Icelandic prime minister\" after a name: adjective, modifier and role") {
  const Document d = annotator().annotate("Jon Eiriksson, the Icelandic prime minister, said Norway was lying.");
  const Actor* jon = actor_at(d, "Jon Eiriksson");
  REQUIRE(jon);
  CHECK(actor_at(d, "the Icelandic prime minister") == jon);
  REQUIRE(side(d, jon));
  CHECK(side(d, jon)->code == "ISL");
}

TEST_CASE("descriptions: \"the Icelandic prime minister\" later refers back to the prime minister named before") {
  const Document d = annotator().annotate(
      "Prime Minister Jon Eiriksson met Lars Berg in Oslo. Berg said the Icelandic prime minister was in a unique "
      "position.");
  const Actor* jon = actor_at(d, "Jon Eiriksson");
  REQUIRE(jon);
  CHECK(actor_at(d, "the Icelandic prime minister") == jon);
  REQUIRE(side(d, jon));
  CHECK(side(d, jon)->code == "ISL");
}

TEST_CASE(
    "descriptions: an office is not given to the person a pronoun already points at; ministers take the nearby "
    "country") {
  const Document d =
      annotator().annotate("Michael Howard attacked Labour and the Lib Dems. He called on the prime minister to talk.");
  const Actor* howard = actor_at(d, "Michael Howard");
  REQUIRE(howard);
  CHECK(side(d, howard)->name != "Labour Party");
  const Document war = annotator().annotate(
      "The war in Iraq cost too much, Iraq's neighbours said. But Prime Minister Tony Blair said Britain would "
      "lead the G8.");
  CHECK(side(war, actor_at(war, "Tony Blair"))->code == "GBR");
}

TEST_CASE("descriptions: \"the Democrat\", \"the GOP nominee\": a party's person, the one named before") {
  const Document d = annotator().annotate(
      "Democratic candidate Mary Corbett met Republican nominee Jack Hanley. The Democrat said the GOP nominee was "
      "unfit.");
  CHECK(actor_at(d, "The Democrat") == actor_at(d, "Mary Corbett"));
  CHECK(actor_at(d, "the GOP nominee") == actor_at(d, "Jack Hanley"));
}

TEST_CASE("descriptions: 'the Vermont senator' is the person named before with that role, else a person of its own") {
  // "Sen." and "senator" are one role; the rival named without it is not the one described.
  const Document d = annotator().annotate(
      "Sen. Dana Corbett spoke in Ohio. Jack Hanley disagreed with her. The Calder senator said Mr Hanley was wrong.");
  const Actor* corbett = actor_at(d, "Dana Corbett");
  REQUIRE(corbett);
  CHECK(actor_at(d, "The Calder senator") == corbett);
  // No one named with the role: the words name someone of their own, not the place and not Mr Hanley.
  const Document none =
      annotator().annotate("Jack Hanley spoke in Ohio. The Calder governor said Mr Hanley was wrong.");
  const Actor* governor = actor_at(none, "The Calder governor");
  REQUIRE(governor);
  CHECK(governor->kind == ActorKind::Person);
  CHECK(governor != actor_at(none, "Jack Hanley"));
  // Not a description: a name after the role, a hyphenated adjective.
  CHECK_FALSE(actor_at(annotator().annotate("Ann Vale spoke. The Calder senator Bo Rand left."), "The Calder senator"));
  CHECK_FALSE(actor_at(annotator().annotate("Ann Vale spoke. The UK-based chairman left."), "The UK-based chairman"));
}
