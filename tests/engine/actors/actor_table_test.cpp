#include <doctest/doctest.h>

#include "support/resolution_fixture.h"

using namespace riposte;
using riposte::testing::ResolutionFixture;

TEST_CASE("actor table: one actor per key, created once, with its country or party") {
  ResolutionFixture f("China accused the United States. Labour denied it.");
  auto& t = *f.table;
  const int china = f.table->gaz.country_by_code("CHN");
  REQUIRE(china >= 0);
  const int a = t.state_actor(china);
  CHECK(t.state_actor(china) == a);
  CHECK(t.doc.actors.size() == 1);
  CHECK(t.doc.actors[a].kind == ActorKind::State);
  CHECK(t.extra[a].country == china);
  CHECK(t.actor("N:zhao", "Zhao", ActorKind::Person) == t.actor("N:zhao", "ignored", ActorKind::Group));
  CHECK(t.doc.actors.size() == 2);
}

TEST_CASE("actor table: affiliations never close a cycle and are written once") {
  ResolutionFixture f("Text.");
  auto& t = *f.table;
  const int a = t.actor("N:a", "A", ActorKind::Person), b = t.actor("N:b", "B", ActorKind::Organisation),
            c = t.actor("N:c", "C", ActorKind::State);
  t.set_affiliation(a, b, "test");
  t.set_affiliation(b, c, "test");
  t.set_affiliation(c, a, "would close a cycle");
  t.set_affiliation(a, c, "a has a side already");
  CHECK(t.doc.actors[a].affiliation == b);
  CHECK(t.doc.actors[c].affiliation == -1);
  CHECK(t.reaches(a, c));
  CHECK_FALSE(t.reaches(c, a));
  CHECK(t.doc.actors[a].explanation == std::vector<std::string>{"affiliation (test): B"});
}

TEST_CASE("actor table: explanations say how, quote the words, and stop at 12 lines") {
  ResolutionFixture f("Zhao said. Zhao said. Zhao said.");
  auto& t = *f.table;
  const int a = t.actor("N:zhao", "Zhao", ActorKind::Person);
  const int k = f.candidate("Zhao");
  REQUIRE(k >= 0);
  t.assign(static_cast<size_t>(k), a, "surname");
  CHECK(t.actor_of[k] == a);
  CHECK(t.doc.actors[a].explanation.at(0) == "surname: \xE2\x80\x9CZhao\xE2\x80\x9D");
  for (int i = 0; i < 20; ++i) t.explain(a, "line " + std::to_string(i));
  CHECK(t.doc.actors[a].explanation.size() == 12);
  t.note_role(a, TitleClass::Minister, "minister");
  t.note_role(a, TitleClass::Role, "spokesman");  // the first role seen counts
  CHECK(t.extra[a].minister);
  CHECK(t.extra[a].role_word == "minister");
  CHECK(t.extra[a].confirmed_person);
}

TEST_CASE("actor table: candidates are indexed by the token they start at and end before") {
  ResolutionFixture f("Officials in Beijing met the Foreign Ministry.");
  const int k = f.candidate("Foreign Ministry");
  REQUIRE(k >= 0);
  const Candidate& c = f.candidates[k];
  CHECK(f.table->start_at[c.first_token] == k);
  CHECK(f.table->end_at[c.end_token] == k);
}

TEST_CASE("actor table: assign writes each explanation line once, whatever line came before") {
  ResolutionFixture f("Zhao said. Zhao Lijian said.");
  auto& t = *f.table;
  const int a = t.actor("N:zhao", "Zhao", ActorKind::Person);
  const int k = f.candidate("Zhao"), l = f.candidate("Zhao Lijian");
  REQUIRE(k >= 0);
  REQUIRE(l >= 0);
  t.assign(static_cast<size_t>(l), a, "full name");
  t.assign(static_cast<size_t>(k), a, "surname");
  t.assign(static_cast<size_t>(k), a, "surname");  // the same line again: not repeated
  t.assign(static_cast<size_t>(l), a, "full name");
  CHECK(t.doc.actors[a].explanation == std::vector<std::string>{"full name: \xE2\x80\x9CZhao Lijian\xE2\x80\x9D",
                                                                "surname: \xE2\x80\x9CZhao\xE2\x80\x9D"});
  CHECK(t.actor_of[k] == a);
  CHECK(t.actor_of[l] == a);
}

TEST_CASE("actor table: state_actor finds a state created under its key before, and answers the same each time") {
  ResolutionFixture f("Text.");
  auto& t = *f.table;
  const int china = t.gaz.country_by_code("CHN"), us = t.gaz.country_by_code("USA");
  REQUIRE(china >= 0);
  REQUIRE(us >= 0);
  const int before = t.actor("S:CHN", "China", ActorKind::State, "CHN");
  CHECK(t.state_actor(china) == before);
  CHECK(t.extra[before].country == china);
  const int a = t.state_actor(us);
  CHECK(a != before);
  CHECK(t.state_actor(us) == a);
  CHECK(t.state_actor(china) == before);
  CHECK(t.doc.actors.size() == 2);
}
