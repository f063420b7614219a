// Tests on lower-cased words that the claim layer's clause rules share (document_view, attribution, the hand rules,
// the cue detector).
#pragma once
#include <string_view>

namespace riposte {

// `w` ends with `suf` and is longer than it ("quickly" ends with "ly"; "ly" itself does not).
inline bool ends_with(std::string_view w, std::string_view suf) {
  return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf;
}

// "didn't", "can't", "n't": a negated auxiliary between a subject and its verb.
inline bool negated_auxiliary(std::string_view w) {
  return w == "n't" || w == "n’t" || ends_with(w, "n't") || ends_with(w, "n’t");
}

// "his", "her", "its", "their": a third-person possessive determiner ("his allegation that ...").
inline bool is_possessive_pronoun(std::string_view w) { return w == "his" || w == "her" || w == "its" || w == "their"; }

// The word before a contracted auxiliary, which the tokenizer keeps in one token with it: "they're" / "she’ll" /
// "who'd" -> "they" / "she" / "who"; any other word unchanged.
inline std::string_view without_clitic(std::string_view w) {
  for (std::string_view apostrophe : {std::string_view("'"), std::string_view("’")}) {
    const size_t at = w.find(apostrophe);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view rest = w.substr(at + apostrophe.size());
    if (rest == "re" || rest == "ve" || rest == "ll" || rest == "d" || rest == "m" || rest == "s")
      return w.substr(0, at);
  }
  return w;
}

}  // namespace riposte
