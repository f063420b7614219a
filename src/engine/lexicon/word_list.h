// Membership in a short, fixed list of function words (auxiliaries, determiners...): a linear scan
// over a constexpr array beats hashing for lists of a few dozen entries.
#pragma once
#include <cstddef>
#include <string_view>

namespace riposte {

template <size_t N>
bool in_word_list(std::string_view w, const std::string_view (&list)[N]) {
  for (auto s : list)
    if (s == w) return true;
  return false;
}

}  // namespace riposte
