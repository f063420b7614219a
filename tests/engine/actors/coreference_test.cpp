#include <doctest/doctest.h>

#include <string>

#include "support/actor_checks.h"

using namespace riposte;
using riposte::testing::actor_at;
using riposte::testing::annotator;
using riposte::testing::side;

TEST_CASE("coreference: surnames and titled names join the full name, in either direction") {
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

TEST_CASE("coreference: a surname joins the nearest full name before it, else the first after it") {
  // Two people of one surname: which one a short form names depends on the order (the name index keeps it).
  const Document d = annotator().annotate(
      "Mr Brennan said the plan was late. John Brennan, the minister, met Anna Brennan, the mayor. "
      "Later Ms Brennan said the council would wait.");
  const Actor* john = actor_at(d, "John Brennan");
  const Actor* anna = actor_at(d, "Anna Brennan");
  REQUIRE(john);
  REQUIRE(anna);
  CHECK(john != anna);
  CHECK(actor_at(d, "Mr Brennan") == john);  // none before: the first after
  CHECK(actor_at(d, "Ms Brennan") == anna);  // the nearest before
}

TEST_CASE("coreference: descriptions and acronyms") {
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

TEST_CASE("coreference: wire copy: heads of state, spokesmen of bodies, acronyms, datelines") {
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

TEST_CASE("coreference: a surname with a collective noun is a group on that person's side") {
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

TEST_CASE("coreference: an acronym of capitals is the body named before whose words have those initials") {
  // Invented sentences of the shape in polnear huff-post_2015-12-20 ("the Democratic National Committee ... the
  // DNC") and huff-post_2016-07-14 ("FDIC"); no body before with those initials: the acronym stays its own actor.
  const Document d = annotator().annotate(
      "The National Rivers Board warned farmers. Officials at the NRB said the Office of Fair Trading and the OFT "
      "would act. Talks with the NFU went on.");
  const Actor* board = actor_at(d, "National Rivers Board");
  REQUIRE(board);
  CHECK(actor_at(d, "NRB") == board);
  CHECK(actor_at(d, "OFT") == actor_at(d, "Office of Fair Trading"));
  const Actor* nfu = actor_at(d, "NFU");
  REQUIRE(nfu);
  CHECK(nfu != board);
}

TEST_CASE("coreference: two capitals are the initials of a body too, never of a person") {
  // The shape of training texts sport-166 and sport-234 ("charged by the Football Association ... The FA said"), so
  // that the FA's charges and the Football Association's are one side's. Never a person's initials.
  const Document d = annotator().annotate(
      "Liverpool have been charged by the Football Association over crowd trouble. The FA said both clubs had until "
      "Friday to respond. Gordon Brown said GB would host the final.");
  const Actor* fa = actor_at(d, "Football Association");
  REQUIRE(fa);
  CHECK(actor_at(d, "FA") == fa);
  REQUIRE(actor_at(d, "Gordon Brown"));
  CHECK(actor_at(d, "GB") != actor_at(d, "Gordon Brown"));
}
