// Reading the tab-separated data files that hold model weights (data/claim_model.tsv, data/attribution_model.tsv):
// the columns of a line, and a number column checked whole.
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

// A finite decimal number filling all of `s` ("0.25", "-1e-3"); false for anything else, `out` then unspecified.
bool parse_number(std::string_view s, double& out);

}  // namespace riposte
