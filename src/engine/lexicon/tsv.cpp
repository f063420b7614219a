#include "engine/lexicon/tsv.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace riposte {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> out;
  for (size_t start = 0;;) {
    const size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) return out;
    start = tab + 1;
  }
}

bool parse_number(std::string_view s, double& out) {
  // strtod on a copy: Emscripten 3.1.6's libc++ has no floating-point from_chars. Runs once per weights line.
  if (s.empty() || s.size() > 40) return false;
  const std::string copy(s);
  char* end = nullptr;
  out = std::strtod(copy.c_str(), &end);
  return end == copy.c_str() + copy.size() && std::isfinite(out);
}

}  // namespace riposte
