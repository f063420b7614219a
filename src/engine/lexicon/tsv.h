// Reading the tab-separated data files (model weights, word lists, gazetteers): the columns of a line, the
// '|'-separated values of a column, and a number column checked whole.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace riposte {

// The columns of one line, split at every tab (an empty line gives one empty column).
std::vector<std::string_view> split_tabs(std::string_view line);
// The same without allocating (the weights files are read line by line at start-up): the first `max` columns go to
// `out`, and the number of columns the line has is returned (more than `max` when it has more).
size_t split_tabs(std::string_view line, std::string_view* out, size_t max);

// Calls fn(line, number) for each data line of a file: every line but '#' comments and empty ones, a final '\r'
// dropped; `number` counts from 1 over all lines, for error messages. fn returns false to stop (each_line then
// returns false too).
template <class Fn>
bool each_line(std::string_view file, Fn fn) {
  size_t number = 0;
  while (!file.empty()) {
    const size_t nl = file.find('\n');
    std::string_view line = file.substr(0, nl);
    file = nl == std::string_view::npos ? std::string_view() : file.substr(nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    if (!fn(line, number)) return false;
  }
  return true;
}

// Calls fn(fields) for each data line of a TSV file (each_line), split at every tab (one vector reused for all rows).
template <class Fn>
void each_row(std::string_view file, Fn fn) {
  std::vector<std::string_view> fields;
  each_line(file, [&](std::string_view line, size_t) {
    fields.clear();
    for (;;) {
      const size_t tab = line.find('\t');
      fields.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    fn(fields);
    return true;
  });
}

// Calls fn(value) for each '|'-separated value of a column ("a|b|c"), in order, empty values between two bars
// included; none for an empty column, and no empty value after a final bar.
template <class Fn>
void each_alternative(std::string_view values, Fn fn) {
  while (!values.empty()) {
    const size_t bar = values.find('|');
    fn(values.substr(0, bar));
    if (bar == std::string_view::npos) break;
    values = values.substr(bar + 1);
  }
}

// A finite decimal number filling all of `s` ("0.25", "-1e-3"); false for anything else, `out` then unspecified.
bool parse_number(std::string_view s, double& out);

}  // namespace riposte
