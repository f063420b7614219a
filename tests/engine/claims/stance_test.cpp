#include <doctest/doctest.h>

#include "engine/claims/stance.h"

using namespace riposte;

namespace {
Document with_actors(int n) {
  Document d;
  for (int i = 0; i < n; ++i) {
    Actor a;
    a.id = "a" + std::to_string(i + 1);
    d.actors.push_back(a);
  }
  return d;
}
Claim claim(int source, int target, double score) {
  Claim c;
  c.source = source;
  c.target = target;
  c.score = score;
  return c;
}
const StanceEdge* edge(const Document& d, int from, int to) {
  for (const StanceEdge& e : d.stance)
    if (e.from == from && e.to == to) return &e;
  return nullptr;
}
}  // namespace

TEST_CASE("stance: one edge per ordered pair, repeated hostility adds up but stays above -1") {
  Document d = with_actors(2);
  d.claims = {claim(0, 1, -0.6), claim(0, 1, -0.6), claim(1, 0, 0.5)};
  compute_stance(d);
  const StanceEdge* ab = edge(d, 0, 1);
  const StanceEdge* ba = edge(d, 1, 0);
  REQUIRE(ab);
  REQUIRE(ba);
  CHECK(ab->score < -0.6);
  CHECK(ab->score > -1.0);
  CHECK(ab->claims == std::vector<int>{0, 1});
  CHECK(ba->score > 0);
}

TEST_CASE("stance: claims roll up along affiliation chains; inside one side they do not") {
  Document d = with_actors(4);  // a1 China, a2 ministry -> a1, a3 spokesman -> a2, a4 US
  d.actors[1].affiliation = 0;
  d.actors[2].affiliation = 1;
  d.claims = {claim(2, 3, -0.5), claim(2, 0, -0.5)};
  compute_stance(d);
  REQUIRE(edge(d, 2, 3));
  REQUIRE(edge(d, 0, 3));
  CHECK(edge(d, 0, 3)->claims == std::vector<int>{0});
  CHECK(edge(d, 2, 0));        // the direct pair is kept
  CHECK_FALSE(edge(d, 0, 0));  // no self-edge for the side
}
