#include "engine/formats/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/detail/conversions/to_chars.hpp>  // nlohmann's own shortest double formatting (dump_float)

namespace riposte {

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

void append_integer(std::string& out, uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_integer(std::string& out, int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void append_json_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

std::string score_text(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", round3(v) + 0.0);  // + 0.0 turns -0.0 into 0.0: no "-0.000"
  return buf;
}

}  // namespace riposte
