// Model weight files: columns and numbers.
#include "engine/lexicon/tsv.h"

#include <doctest/doctest.h>

#include <string>

using namespace riposte;

TEST_CASE("tsv: a line's columns, empty ones kept") {
  CHECK(split_tabs("a\tb\tc") == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(split_tabs("a\t\tc\t") == std::vector<std::string_view>{"a", "", "c", ""});
  CHECK(split_tabs("") == std::vector<std::string_view>{""});
}

TEST_CASE("tsv: numbers are whole and finite") {
  double v = 0;
  CHECK((parse_number("0.25", v) && v == 0.25));
  CHECK((parse_number("-1e-3", v) && v == -0.001));
  CHECK_FALSE(parse_number("", v));
  CHECK_FALSE(parse_number("0.25x", v));
  CHECK_FALSE(parse_number("inf", v));
  CHECK_FALSE(parse_number("nan", v));
  CHECK_FALSE(parse_number(std::string(41, '1'), v));
}
