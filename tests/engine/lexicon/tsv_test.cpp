// Data files: lines, columns and numbers.
#include "engine/lexicon/tsv.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

using namespace riposte;

TEST_CASE("tsv: a line's columns, empty ones kept") {
  CHECK(split_tabs("a\tb\tc") == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(split_tabs("a\t\tc\t") == std::vector<std::string_view>{"a", "", "c", ""});
  CHECK(split_tabs("") == std::vector<std::string_view>{""});
  // Into an array, without allocating: the first columns, and how many the line has.
  std::string_view cols[3];
  CHECK(split_tabs("a\t\tc\td", cols, 3) == 4);
  CHECK((cols[0] == "a" && cols[1].empty() && cols[2] == "c"));
  CHECK(split_tabs("x\ty", cols, 3) == 2);
  CHECK((cols[0] == "x" && cols[1] == "y"));
  CHECK(split_tabs("", cols, 3) == 1);
  CHECK(cols[0].empty());
}

TEST_CASE("tsv: data lines skip comments and empty lines, drop a final CR and count every line") {
  const std::string_view file = "# a comment\nalpha\tA\r\n\n\r\nbeta\nlast";  // no final newline
  std::vector<std::pair<std::string, size_t>> lines;
  CHECK(each_line(file, [&](std::string_view line, size_t number) {
    lines.emplace_back(line, number);
    return true;
  }));
  CHECK(lines == std::vector<std::pair<std::string, size_t>>{{"alpha\tA", 2}, {"beta", 5}, {"last", 6}});
  // fn's false stops the reading, and each_line says so (ClaimModel::parse reports the line).
  size_t seen = 0;
  CHECK_FALSE(each_line(file, [&](std::string_view, size_t number) {
    seen = number;
    return number < 5;
  }));
  CHECK(seen == 5);
  // Rows: the same lines, split at every tab.
  std::vector<std::vector<std::string>> rows;
  each_row(file, [&](const std::vector<std::string_view>& fields) { rows.emplace_back(fields.begin(), fields.end()); });
  CHECK(rows == std::vector<std::vector<std::string>>{{"alpha", "A"}, {"beta"}, {"last"}});
}

TEST_CASE("tsv: a column's '|'-separated values, in order") {
  const auto values = [](std::string_view column) {
    std::vector<std::string> out;
    each_alternative(column, [&](std::string_view v) { out.emplace_back(v); });
    return out;
  };
  CHECK(values("said|says|saying") == std::vector<std::string>{"said", "says", "saying"});
  CHECK(values("one") == std::vector<std::string>{"one"});
  CHECK(values("a||b") == std::vector<std::string>{"a", "", "b"});  // an empty value between bars is given
  CHECK(values("a|") == std::vector<std::string>{"a"});             // none after a final bar
  CHECK(values("").empty());
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

TEST_CASE("tsv: numbers parse to exactly what strtod gives") {
  // The fast path (up to 15 digits, 10^±22) and the strtod fallback must agree bit for bit: model weights parsed
  // differently would change decisions.
  const char* samples[] = {
      "0", "-0", "1.", ".5", "+1", "00012", "0.0012", "-0.4127", "1.5e-05", "2E+3", "123456789012345",
      "1234567890123456", "0.1", "0.3", "-2.675", "9.87654321e-22", "1e22", "1e23", "4.35", "0.1e-30", "0x1p3", " 1",
      "7.0000000000000001", "1.2.3", ".", "-.", "000.000", "0.000000000000000000001", "-00.50e1", "12.5e", "5e+",
      "1.5e-05x", "-.5", "0.000000000000000123456789012345", "000000000000000000001.5", "12345678901234.5",
      "1234567890123.456", "-", "1e", "5.e2",
      // the weights files' own shape (parse_plain_decimal), at and past its 15 digits
      "-0.0000", "0.50", "-9.9999", "12345678901234", "1234567890123.4", "-1234567890123.4", "1234567890123.45",
      "999999999999999", "9999999999999999", "0000000000000.1", "1..2", "-1-2"};
  for (const char* s : samples) {
    double mine = 0;
    const bool ok = parse_number(s, mine);
    char* end = nullptr;
    const double theirs = std::strtod(s, &end);
    CAPTURE(s);
    CHECK(ok == (*end == '\0'));
    if (ok) CHECK(std::signbit(mine) == std::signbit(theirs));
    if (ok) CHECK(mine == theirs);
  }
  unsigned seed = 7;
  for (int n = 0; n < 20000; ++n) {  // random weights as the trainer writes them
    seed = seed * 1103515245u + 12345u;
    const double w = (static_cast<int>(seed >> 8) % 2000001 - 1000000) / 1e6 * ((seed & 3) ? 1 : 1e-4);
    char buf[40];
    std::snprintf(buf, sizeof buf, (seed & 16) ? "%.6g" : "%.4f", w);
    double mine = 0;
    REQUIRE(parse_number(buf, mine));
    CAPTURE(buf);
    CHECK(mine == std::strtod(buf, nullptr));
  }
  double v = 0;
  CHECK_FALSE(parse_number("1e", v));
  CHECK_FALSE(parse_number("-", v));
  CHECK_FALSE(parse_number("1.2.3", v));
}
