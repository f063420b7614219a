#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "engine/actors/pruning.h"
#include "support/actor_checks.h"
#include "support/resolution_fixture.h"

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

TEST_CASE("pruning: mentions in text order whatever the candidates' order; of two that begin together the first wins") {
  riposte::testing::ResolutionFixture f("Zhao Lijian met Obama and NATO.");
  auto& c = f.candidates;
  REQUIRE(c.size() >= 3);
  std::reverse(c.begin(), c.end());
  Candidate wide = c.back();  // "Zhao Lijian", widened over "met": later in candidate order, so dropped
  wide.span.end = c[c.size() - 2].span.begin;
  wide.rule = "wide";
  c.push_back(wide);
  f.table = std::make_unique<resolution::ActorTable>(riposte::testing::gazetteer(), c, f.doc);
  auto& t = *f.table;
  for (size_t k = 0; k < c.size(); ++k)
    t.actor_of[k] = t.actor("N:" + std::to_string(k), "A" + std::to_string(k), ActorKind::Person);
  resolution::keep_mentioned_actors(t);
  const auto& ms = f.doc.mentions;
  REQUIRE(ms.size() == c.size() - 1);
  for (size_t i = 1; i < ms.size(); ++i) CHECK(ms[i - 1].span.end <= ms[i].span.begin);
  CHECK(slice(f.doc.text, ms[0].span) == "Zhao Lijian");
  CHECK(ms[0].rule != "wide");
  // A mention's rule is its candidate's string literal, referred to rather than copied (rule_name.h).
  for (const Mention& m : ms) {
    CHECK(m.rule.is_literal());
    CHECK(!m.rule.empty());
  }
}
