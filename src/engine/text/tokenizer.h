// Splits text into word, number, punctuation and quote-mark tokens with byte spans.
#pragma once
#include <string_view>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

// Possessive "'s" becomes its own token ("China" "'s"); abbreviations with inner full stops
// ("U.S.", "U.K.") stay one token; hyphenated words ("cyber-attack") stay one token.
std::vector<Token> tokenize(std::string_view text);

// The possessive clitic tokenize splits off a word: an apostrophe (' ’ ʼ) and s or S ("China" "'s", "OBAMA" "’S").
bool is_possessive_clitic(std::string_view token);

}  // namespace riposte
