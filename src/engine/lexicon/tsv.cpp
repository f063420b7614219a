#include "engine/lexicon/tsv.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace riposte {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  // One allocation per line, not one per doubling: start-up splits the 17,000 lines of the models this way.
  out.reserve(static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

size_t split_tabs(std::string_view line, std::string_view* out, size_t max) {
  size_t n = 0;
  for (size_t start = 0;; ++n) {
    const size_t tab = line.find('\t', start);
    if (n < max) out[n] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) return n + 1;
    start = tab + 1;
  }
}

namespace {

// Clinger's fast path: a decimal with at most 15 significant digits and a power of ten within 10^±22 is the quotient
// or product of two doubles that are both exact, so one correctly rounded operation gives exactly what strtod gives.
// Weights files are written that way ("-0.4127", "1.5e-05"); start-up parsed 30,000 weights through strtod.
bool parse_simple_decimal(std::string_view s, double& out) {
  static constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  size_t i = 0;
  const bool negative = i < s.size() && s[i] == '-';
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  uint64_t mantissa = 0;
  int digits = 0, scale = 0;
  bool any = false;
  // The digits before the point, then those after it (each of which scales by 1/10): two tight loops rather than
  // one testing for the point at every digit; leading zeros are not significant.
  const auto digits_from = [&](bool fraction) {
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      any = true;
      scale -= fraction;
      if (mantissa == 0 && s[i] == '0') continue;
      if (++digits > 15) return false;
      mantissa = mantissa * 10 + static_cast<uint64_t>(s[i] - '0');
    }
    return true;
  };
  if (!digits_from(false)) return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    if (!digits_from(true)) return false;
  }
  if (!any) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    const bool minus = i < s.size() && s[i] == '-';
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    if (i == s.size()) return false;
    int e = 0;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
      if ((e = e * 10 + (s[i] - '0')) > 400) return false;
    scale += minus ? -e : e;
  }
  if (i != s.size() || scale < -22 || scale > 22) return false;
  double v = static_cast<double>(mantissa);
  v = scale < 0 ? v / kPow10[-scale] : v * kPow10[scale];
  out = negative ? -v : v;
  return true;
}

// The weights files' own shape, "-0.4127" (an optional minus, digits, at most one point, at most 15 digits): one
// loop of a compare and a multiply-add per byte. The same double as parse_simple_decimal (the same exact integer
// divided by the same power of ten; leading zeros only add nothing to it); anything else is left to it.
bool parse_plain_decimal(std::string_view s, double& out) {
  static constexpr double kPow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                      1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
  const char* p = s.data();
  const char* const end = p + s.size();
  const bool negative = *p == '-';  // s is not empty
  p += negative;
  if (end - p > 15) return false;  // at most 15 digits, or 14 and a point: the integer stays exact
  const char* point = nullptr;
  uint64_t mantissa = 0;
  for (const char* q = p; q < end; ++q) {
    const unsigned d = static_cast<unsigned>(*q - '0');
    if (d < 10) {
      mantissa = mantissa * 10 + d;
    } else if (*q == '.' && !point) {
      point = q;
    } else {
      return false;
    }
  }
  const std::ptrdiff_t digits = (end - p) - (point != nullptr);
  if (digits == 0) return false;
  const double v = point ? static_cast<double>(mantissa) / kPow10[end - point - 1] : static_cast<double>(mantissa);
  out = negative ? -v : v;
  return true;
}

}  // namespace

bool parse_number(std::string_view s, double& out) {
  if (s.empty() || s.size() > 40) return false;
  if (parse_plain_decimal(s, out) || parse_simple_decimal(s, out)) return true;
  // Anything else through strtod on a copy (Emscripten 3.1.6's libc++ has no floating-point from_chars).
  const std::string copy(s);
  char* end = nullptr;
  out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && std::isfinite(out);
}

}  // namespace riposte
