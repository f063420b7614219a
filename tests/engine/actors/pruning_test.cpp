#include <doctest/doctest.h>

#include <string>

#include "support/actor_checks.h"

using namespace riposte;
using riposte::testing::actor_at;
using riposte::testing::annotator;
using riposte::testing::side;

TEST_CASE("pruning: actors have ids, colours and every mention points at a real actor") {
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
