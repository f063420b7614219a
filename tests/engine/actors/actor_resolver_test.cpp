#include <doctest/doctest.h>

#include <string>

#include "engine/annotator.h"

using namespace riposte;

namespace {
const Annotator& annotator() {
  static const Annotator a;
  return a;
}
// The actor a mention of `surface` (the n-th occurrence) belongs to.
const Actor* actor_at(const Document& d, const std::string& surface, int nth = 0) {
  for (const Mention& m : d.mentions)
    if (slice(d.text, m.span) == surface && nth-- == 0) return &d.actors[m.actor];
  return nullptr;
}
// The end of an actor's affiliation chain.
const Actor* side(const Document& d, const Actor* a) {
  for (int guard = 0; a && a->affiliation >= 0 && guard < 16; ++guard) a = &d.actors[a->affiliation];
  return a;
}
}  // namespace

TEST_CASE("resolution: surnames and titled names join the full name, in either direction") {
  const Document d = annotator().annotate(
      "Howard hits back\n\nMichael Howard spoke. Mr Howard said Zhao was wrong. "
      "Foreign Ministry spokesman Zhao Lijian disagreed.");
  const Actor* howard = actor_at(d, "Michael Howard");
  REQUIRE(howard);
  CHECK(howard->kind == ActorKind::Person);
  CHECK(actor_at(d, "Howard") == howard);
  CHECK(actor_at(d, "Mr Howard") == howard);
  CHECK(actor_at(d, "Zhao") == actor_at(d, "Zhao Lijian"));
  CHECK_FALSE(howard->explanation.empty());
}

TEST_CASE("resolution: affiliation chains end at the side") {
  const Document d = annotator().annotate(
      "Through Foreign Ministry spokesman Zhao Lijian, the Chinese government accused the United States. "
      "China's Ministry of Public Security denied it. The Chinese embassy in Canberra and the Chinese Embassy to the "
      "EU agreed. Former US President Donald Trump spoke.");
  const Actor* zhao = actor_at(d, "Zhao Lijian");
  REQUIRE(zhao);
  REQUIRE(zhao->affiliation >= 0);
  CHECK(d.actors[zhao->affiliation].name == "Foreign Ministry");
  CHECK(side(d, zhao)->code == "CHN");
  CHECK(actor_at(d, "Chinese government")->code == "CHN");
  CHECK(side(d, actor_at(d, "Ministry of Public Security"))->code == "CHN");
  CHECK(actor_at(d, "Chinese embassy") == actor_at(d, "Chinese Embassy"));
  CHECK(side(d, actor_at(d, "Chinese embassy"))->code == "CHN");
  CHECK(side(d, actor_at(d, "Donald Trump"))->code == "USA");
}

TEST_CASE("resolution: British politics: party roles, ministers take the governing party") {
  const Document d = annotator().annotate(
      "Home Secretary Charles Clarke told Labour members. Tory co-chairman Liam Fox disagreed. "
      "Jack Law, chief executive of Alcohol Focus Scotland, spoke. Former Downing Street media chief Alastair "
      "Campbell is back. Scotsman journalist Hamish MacDonell wrote.");
  CHECK(side(d, actor_at(d, "Charles Clarke"))->name == "Labour Party");
  CHECK(side(d, actor_at(d, "Liam Fox"))->name == "Conservative Party");
  CHECK(side(d, actor_at(d, "Jack Law"))->name == "Alcohol Focus Scotland");
  CHECK(side(d, actor_at(d, "Alastair Campbell"))->name == "Labour Party");
  const Actor* scotsman = actor_at(d, "Scotsman");
  REQUIRE(scotsman);
  CHECK(scotsman->kind == ActorKind::Media);
  CHECK(side(d, actor_at(d, "Hamish MacDonell")) == scotsman);
}

TEST_CASE("resolution: descriptions and acronyms") {
  const Document d = annotator().annotate(
      "China accused Japan. Foreign Ministry spokesman Zhao Lijian spoke for China. The Chinese spokesman said China "
      "was a victim. Sanctions on the Asian country were avoided.\n\nMichael Howard said Peter Hain was wrong about "
      "the Tory leader. Howard spoke. The Open Society Institute (OSI) replied, and OSI added more.");
  CHECK(actor_at(d, "The Chinese spokesman") == actor_at(d, "Zhao Lijian"));
  CHECK(actor_at(d, "the Asian country")->code == "CHN");
  const Actor* howard = actor_at(d, "Michael Howard");
  CHECK(actor_at(d, "the Tory leader") == howard);
  CHECK(side(d, howard)->name == "Conservative Party");
  CHECK(actor_at(d, "OSI") == actor_at(d, "Open Society Institute"));
  CHECK(actor_at(d, "OSI", 1) == actor_at(d, "Open Society Institute"));
}

TEST_CASE("resolution: actors have ids, colours and every mention points at a real actor") {
  const Document d = annotator().annotate("NATO and the EU accused China. Zhao denied it.");
  REQUIRE(d.actors.size() >= 3);
  for (const Actor& a : d.actors) {
    CHECK_FALSE(a.id.empty());
    CHECK(a.color.size() == 7);
  }
  for (const Mention& m : d.mentions) {
    CHECK(m.actor >= 0);
    CHECK(m.actor < static_cast<int>(d.actors.size()));
    CHECK(m.span.end <= d.text.size());
  }
}

TEST_CASE("resolution: wire copy: heads of state, spokesmen of bodies, acronyms, datelines") {
  const Document d = annotator().annotate(
      "MOSCOW (Reuters) - Russian President Vladimir Putin accused Ukraine, while Kremlin spokesman Dmitry Peskov "
      "spoke. The Israel Defense Forces (IDF) said it hit targets. The IDF denied it. Germany's Chancellor Olaf "
      "Scholz urged calm, and the UN Economic Commission for Latin America agreed.");
  CHECK(side(d, actor_at(d, "Vladimir Putin"))->code == "RUS");
  const Actor* peskov = actor_at(d, "Dmitry Peskov");
  REQUIRE(peskov);
  REQUIRE(peskov->affiliation >= 0);
  CHECK(d.actors[peskov->affiliation].name == "Kremlin");
  CHECK(side(d, peskov)->code == "RUS");
  CHECK(actor_at(d, "IDF") == actor_at(d, "Israel Defense Forces"));
  CHECK(side(d, actor_at(d, "IDF", 1))->code == "ISR");
  CHECK(side(d, actor_at(d, "Olaf Scholz"))->code == "DEU");
  CHECK(actor_at(d, "MOSCOW") == nullptr);   // the dateline is where the story was filed
  CHECK(actor_at(d, "America") == nullptr);  // "Latin America" is a place
  CHECK(side(d, actor_at(d, "UN Economic Commission for Latin America"))->name == "United Nations");
}

TEST_CASE("resolution: shadow ministers and opposition roles do not take the governing party") {
  const Document d = annotator().annotate(
      "Labour and the Tories clashed. Shadow home secretary David Davis attacked Home Secretary Charles Clarke.");
  const Actor* davis = side(d, actor_at(d, "David Davis"));
  REQUIRE(davis);
  CHECK(davis->name != "Labour Party");
  CHECK(side(d, actor_at(d, "Charles Clarke"))->name == "Labour Party");
}

TEST_CASE("resolution: a head of government named by office alone, and disputes inside one party") {
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

TEST_CASE("resolution: a description in apposition to a name, and an organisation's officer named after whose") {
  const Document d = annotator().annotate(
      "The trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, began. "
      "The European Union (EU), whose high representative for Foreign Policy, Josep Borrell, spoke.");
  const Actor* bank = actor_at(d, "Santander Central Hispano");
  REQUIRE(bank);
  CHECK(actor_at(d, "Spain's most powerful bank") == bank);
  CHECK(side(d, actor_at(d, "Emilio Botin")) == bank);
  CHECK(side(d, actor_at(d, "Josep Borrell"))->name == "European Union");
}

TEST_CASE("resolution: a surname with a collective noun is a group on that person's side") {
  const Document d = annotator().annotate(
      "Soros group warns officials\n\nThe institute, financed by billionaire George Soros, spoke. Mr Soros agreed.");
  const Actor* group = actor_at(d, "Soros group");
  const Actor* soros = actor_at(d, "George Soros");
  REQUIRE(group);
  REQUIRE(soros);
  CHECK(group != soros);
  CHECK(side(d, group) == side(d, soros));
  CHECK(actor_at(d, "Mr Soros") == soros);
}

TEST_CASE("resolution: a role in apposition before the name, and \"of\" a country after it") {
  const Document d = annotator().annotate(
      "Labour and the Lib Dems argued. The Conservatives' leader, David Cameron, said they were wrong. "
      "Chancellor Angela Merkel of Germany disagreed.");
  CHECK(side(d, actor_at(d, "David Cameron"))->name == "Conservative Party");
  CHECK(side(d, actor_at(d, "Angela Merkel"))->code == "DEU");
}

TEST_CASE("resolution: a ministry named alone belongs to the country the article is about") {
  const Document d =
      annotator().annotate("Gordon Brown and the Tories argued. The Treasury said the US Treasury was wrong.");
  const Actor* uk = side(d, actor_at(d, "Treasury"));
  REQUIRE(uk);
  CHECK(uk->code == "GBR");
  CHECK(side(d, actor_at(d, "US Treasury"))->code == "USA");
}

TEST_CASE(
    "resolution: an office is not given to the person a pronoun already points at; ministers take the nearby country") {
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

TEST_CASE("resolution: a party named right before a person is the person's party") {
  const Document d =
      annotator().annotate("Labour and the Tories argued. Lib Dem Charles Kennedy said both were wrong.");
  CHECK(side(d, actor_at(d, "Charles Kennedy"))->name == "Liberal Democrats");
}

TEST_CASE("resolution: party families of other countries are not the US parties; the article's ruling party governs") {
  const Document d = annotator().annotate(
      "The ruling Social Democrats rejected criticism from the Christian Democrats. Prime Minister Olaf Scholz said "
      "the claims were untrue.");
  const Actor* sd = actor_at(d, "Social Democrats");
  REQUIRE(sd);
  CHECK(sd->name == "Social Democrats");
  REQUIRE(actor_at(d, "Christian Democrats"));
  CHECK(actor_at(d, "Christian Democrats") != sd);
  for (const Actor& a : d.actors) CHECK(a.name != "Democratic Party");
  // A minister with no country named takes the party the article calls ruling.
  CHECK(side(d, actor_at(d, "Olaf Scholz")) == sd);
}

TEST_CASE("resolution: text evidence of the governing party overrides the fixed list") {
  const Document d = annotator().annotate(
      "The Democratic administration rejected the claims. Republicans said voters were misled. Secretary of State "
      "John Kerry said the Republicans were wrong.");
  const Actor* kerry = actor_at(d, "John Kerry");
  REQUIRE(kerry);  // the name after "Secretary of State" is the holder, not part of the role
  REQUIRE(side(d, kerry));
  CHECK(side(d, kerry)->name == "Democratic Party");
  // Without such evidence a US minister takes the governing party of the fixed list.
  const Document e = annotator().annotate("Democrats attacked the plan. Secretary of State John Kerry defended it.");
  REQUIRE(actor_at(e, "John Kerry"));
  CHECK(side(e, actor_at(e, "John Kerry"))->name == "Republican Party");
}

TEST_CASE("resolution: a spokesperson of a government body written in lower case speaks for the country named last") {
  const Document d = annotator().annotate(
      "China has rejected the accusations. Foreign ministry spokeswoman Hua Chunying said the claims were groundless. "
      "The ministry's spokesman, Wang Wenbin, accused Washington of hypocrisy.");
  REQUIRE(actor_at(d, "Hua Chunying"));
  REQUIRE(actor_at(d, "Wang Wenbin"));
  CHECK(side(d, actor_at(d, "Hua Chunying")) == actor_at(d, "China"));
  // Washington, named after the spokesman in his sentence, is not his country.
  CHECK(side(d, actor_at(d, "Wang Wenbin")) == actor_at(d, "China"));
  // Without a government body before the role, no country is guessed.
  const Document e =
      annotator().annotate("China has rejected the accusations. Company spokeswoman Mary Jones said no.");
  REQUIRE(actor_at(e, "Mary Jones"));
  CHECK(side(e, actor_at(e, "Mary Jones")) == actor_at(e, "Mary Jones"));
}

TEST_CASE("resolution: a title only one country uses names the minister's country") {
  const Document d = annotator().annotate(
      "Russia summoned the British ambassador. Russian Foreign Minister Sergei Lavrov accused London of lying. "
      "Foreign Secretary Jack Straw denied the claims.");
  REQUIRE(actor_at(d, "Jack Straw"));
  REQUIRE(actor_at(d, "London"));
  CHECK(side(d, actor_at(d, "Jack Straw")) == side(d, actor_at(d, "London")));
  CHECK(side(d, actor_at(d, "Sergei Lavrov")) == actor_at(d, "Russia"));
  // A title several countries use takes the country of the context.
  const Document e = annotator().annotate("Russia summoned the ambassador. Foreign Minister Ivan Petrov spoke.");
  REQUIRE(actor_at(e, "Ivan Petrov"));
  CHECK(side(e, actor_at(e, "Ivan Petrov")) == actor_at(e, "Russia"));
}

TEST_CASE("resolution: 'the government' is the executive of the country the story is about") {
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

TEST_CASE("resolution: groups named by a common noun are actors when they speak or accuse, not otherwise") {
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

TEST_CASE("resolution: an office with no named holder in domestic politics is on the governing side") {
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

TEST_CASE("resolution: unqualified 'ministers' is the government in domestic politics, and 'of' + gerund is no owner") {
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

TEST_CASE("resolution: a party's qualified role in apposition; a member's constituency is no actor") {
  const Document d = annotator().annotate(
      "Ms Roche, Labour MP for Hornsey, said it was wrong. But the Liberal Democrat's shadow home secretary, Mark "
      "Oaten, disagreed.");
  REQUIRE(actor_at(d, "Mark Oaten"));
  CHECK(side(d, actor_at(d, "Mark Oaten"))->name == "Liberal Democrats");
  REQUIRE(actor_at(d, "Ms Roche"));
  CHECK(side(d, actor_at(d, "Ms Roche"))->name == "Labour Party");
  CHECK_FALSE(actor_at(d, "Hornsey"));
}

TEST_CASE("resolution: a plural possessive before a name gives the person's side") {
  const Document d =
      annotator().annotate("The Tories' Oliver Letwin disagreed. The Tories\xE2\x80\x99 Liam Fox spoke.");
  REQUIRE(actor_at(d, "Oliver Letwin"));
  REQUIRE(actor_at(d, "Liam Fox"));
  CHECK(side(d, actor_at(d, "Oliver Letwin"))->name == "Conservative Party");
  CHECK(side(d, actor_at(d, "Liam Fox"))->name == "Conservative Party");
}

TEST_CASE("resolution: a country's role described in apposition to a name is that person") {
  const Document d = annotator().annotate(
      "Russia expelled diplomats from Lithuania and Latvia. The Lithuanian foreign minister, Gabrielius Landsbergis, "
      "condemned Moscow.");
  const Actor* person = actor_at(d, "Gabrielius Landsbergis");
  REQUIRE(person);
  CHECK(actor_at(d, "The Lithuanian foreign minister") == person);
  CHECK(side(d, person) == actor_at(d, "Lithuania"));
}

TEST_CASE("resolution: a country's role in apposition before the name gives the person that country's side") {
  for (const char* text :
       {"Norway\xE2\x80\x99s foreign minister, Kari Holm, accused Iceland.",
        "Norway's foreign minister, Kari Holm, accused Iceland.",
        "OSLO \xE2\x80\x94 Norway\xE2\x80\x99s fisheries minister, Kari Holm, accused Iceland on Tuesday."}) {
    CAPTURE(text);
    const Document d = annotator().annotate(text);
    const Actor* norway = actor_at(d, "Norway");
    const Actor* holm = actor_at(d, "Kari Holm");
    REQUIRE(norway);
    REQUIRE(holm);
    CHECK(norway->code == "NOR");
    CHECK(side(d, holm) == norway);
  }
}

TEST_CASE("resolution: a country's possessive role in apposition after the name gives the person that side") {
  for (const char* text : {"Kari Holm, Norway's fisheries minister, accused Iceland.",
                           "Kari Holm, Norway\xE2\x80\x99s fisheries minister, accused Iceland."}) {
    CAPTURE(text);
    const Document d = annotator().annotate(text);
    const Actor* holm = actor_at(d, "Kari Holm");
    REQUIRE(holm);
    CHECK(side(d, holm) == actor_at(d, "Norway"));
    CHECK(side(d, holm) != actor_at(d, "Iceland"));
  }
}

TEST_CASE("resolution: a country's role described after the name and a comma is that person, on that side") {
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

TEST_CASE("resolution: \"the country's\" role before a name takes the country named last") {
  for (const char* text : {"Norway accused Iceland of overfishing. The country's foreign minister, Kari Holm, said the "
                           "quotas were ignored.",
                           "Norway accused Iceland of overfishing. The country\xE2\x80\x99s foreign minister Kari Holm "
                           "said the quotas were ignored."}) {
    CAPTURE(text);
    const Document d = annotator().annotate(text);
    const Actor* holm = actor_at(d, "Kari Holm");
    REQUIRE(holm);
    REQUIRE(side(d, holm));
    CHECK(side(d, holm)->code == "NOR");
  }
}

TEST_CASE("resolution: \"a spokesman for the BODY, NAME,\" speaks for the body and its country") {
  const Document d = annotator().annotate(
      "A spokesman for the Russian defence ministry, Pavel Orlov, said Ukraine attacked the bridge.");
  const Actor* orlov = actor_at(d, "Pavel Orlov");
  REQUIRE(orlov);
  REQUIRE(orlov->affiliation >= 0);
  CHECK(&d.actors[orlov->affiliation] == actor_at(d, "Russian defence ministry"));
  REQUIRE(side(d, orlov));
  CHECK(side(d, orlov)->code == "RUS");
}

TEST_CASE("resolution: \"the Icelandic prime minister\" after a name: adjective, modifier and role") {
  const Document d = annotator().annotate("Jon Eiriksson, the Icelandic prime minister, said Norway was lying.");
  const Actor* jon = actor_at(d, "Jon Eiriksson");
  REQUIRE(jon);
  CHECK(actor_at(d, "the Icelandic prime minister") == jon);
  REQUIRE(side(d, jon));
  CHECK(side(d, jon)->code == "ISL");
}

TEST_CASE("resolution: a possessive role after a comma that a name follows is that name's, not the one before") {
  const Document d = annotator().annotate(
      "Others targeted include Per Lund and Eva Dahl, Norway's fisheries minister Kari Holm said.");
  const Actor* dahl = actor_at(d, "Eva Dahl");
  REQUIRE(dahl);
  CHECK(dahl->affiliation < 0);
  const Actor* holm = actor_at(d, "Kari Holm");
  REQUIRE(holm);
  REQUIRE(side(d, holm));
  CHECK(side(d, holm)->code == "NOR");
}

TEST_CASE("resolution: \"the Icelandic prime minister\" later refers back to the prime minister named before") {
  const Document d = annotator().annotate(
      "Prime Minister Jon Eiriksson met Lars Berg in Oslo. Berg said the Icelandic prime minister was in a unique "
      "position.");
  const Actor* jon = actor_at(d, "Jon Eiriksson");
  REQUIRE(jon);
  CHECK(actor_at(d, "the Icelandic prime minister") == jon);
  REQUIRE(side(d, jon));
  CHECK(side(d, jon)->code == "ISL");
}

TEST_CASE("resolution: a possessive role after a verb is not an apposition") {
  const Document d =
      annotator().annotate("Lars Berg, minister under Kari Holm, became Norway's longest-serving minister.");
  const Actor* holm = actor_at(d, "Kari Holm");
  REQUIRE(holm);
  CHECK(holm->affiliation < 0);
}
