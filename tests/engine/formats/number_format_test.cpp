#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "engine/formats/number_format.h"

using namespace riposte;

TEST_CASE("number_format: JSON doubles are nlohmann's bytes") {
  for (double v : {0.0, -0.0, 1.0, -1.0, 0.5, -0.6, 0.123, 0.001, -0.999, 1e-7, 123456.789, 1e21,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    std::string out;
    append_json_double(out, v);
    CHECK(out == nlohmann::json(v).dump());
  }
}

TEST_CASE("number_format: scores for people have three decimals and no negative zero") {
  CHECK(score_text(0.25) == "0.250");
  CHECK(score_text(-0.6) == "-0.600");
  CHECK(score_text(-0.0001) == "0.000");
  CHECK(score_text(1) == "1.000");
  CHECK(round3(0.12345) == doctest::Approx(0.123));
}

TEST_CASE("number_format: integers") {
  std::string out;
  append_integer(out, uint64_t{0});
  out += ',';
  append_integer(out, int64_t{-42});
  out += ',';
  append_integer(out, uint64_t{18446744073709551615ull});
  CHECK(out == "0,-42,18446744073709551615");
}
