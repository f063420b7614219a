#include <doctest/doctest.h>

#include <string>

#include "support/actor_checks.h"

using namespace riposte;
using riposte::testing::actor_at;
using riposte::testing::annotator;
using riposte::testing::side;

TEST_CASE("known actors: a ministry named alone belongs to the country the article is about") {
  // In that country's domestic politics (the article names its parties) the ministry is the government's, on the
  // governing side (GUIDELINES "who is the government"); another country's stays that state's.
  const Document d =
      annotator().annotate("Gordon Brown and the Tories argued. The Treasury said the US Treasury was wrong.");
  const Actor* uk = side(d, actor_at(d, "Treasury"));
  REQUIRE(uk);
  CHECK(uk->name == "Labour Party");
  CHECK(side(d, actor_at(d, "US Treasury"))->code == "USA");
}

TEST_CASE(
    "known actors: party families of other countries are not the US parties; the article's ruling party governs") {
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

TEST_CASE("known actors: a party's qualified role in apposition; a member's constituency is no actor") {
  const Document d = annotator().annotate(
      "Ms Roche, Labour MP for Hornsey, said it was wrong. But the Liberal Democrat's shadow home secretary, Mark "
      "Oaten, disagreed.");
  REQUIRE(actor_at(d, "Mark Oaten"));
  CHECK(side(d, actor_at(d, "Mark Oaten"))->name == "Liberal Democrats");
  REQUIRE(actor_at(d, "Ms Roche"));
  CHECK(side(d, actor_at(d, "Ms Roche"))->name == "Labour Party");
  CHECK_FALSE(actor_at(d, "Hornsey"));
}
