#include <doctest/doctest.h>

#include "support/resolution_fixture.h"

using namespace riposte;
using riposte::testing::ResolutionFixture;

TEST_CASE("political context: parties named make their country's politics domestic; 'the ruling' says who governs") {
  ResolutionFixture f("The ruling Social Democrats and the Conservatives clashed in Stockholm.");
  const auto& p = f.table->politics;
  CHECK_FALSE(p.domestic_countries().empty());
  CHECK(p.ruling_party() >= 0);
  CHECK(f.table->gaz.parties()[p.ruling_party()].name.find("Social Democrat") != std::string::npos);
  const int home = p.home_country();
  REQUIRE(home >= 0);
  CHECK(p.domestic(home));
  CHECK(p.governing_party(home) == p.ruling_party());
}

TEST_CASE("political context: without parties, the most mentioned country is home and the last named is recent") {
  ResolutionFixture f("China and Japan met. China warned Japan. China spoke. The ministry said so.");
  const auto& p = f.table->politics;
  CHECK(p.domestic_countries().empty());
  const int china = f.table->gaz.country_by_code("CHN"), japan = f.table->gaz.country_by_code("JPN");
  CHECK(p.home_country() == china);
  CHECK_FALSE(p.domestic(china));
  const int ministry = f.candidate("ministry");
  // "The ministry" has no candidate of its own (lower case); the country named last before the end is China.
  CHECK(ministry == -1);
  const int last_japan = f.candidate("Japan");
  REQUIRE(last_japan >= 0);
  CHECK(p.state_of_candidate(static_cast<size_t>(last_japan)) == japan);
  CHECK(p.recent_country(static_cast<size_t>(last_japan)) == china);  // "China and Japan": China before it
}
