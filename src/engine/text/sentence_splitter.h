// Sentence boundaries over tokens: survives "Mr.", "U.S.", "No 10", initials, headlines without
// full stops, and quotes that end a sentence ("... wrong," he said. / "... wrong." He said).
#pragma once
#include <string_view>
#include <vector>

#include "engine/document/document.h"
#include "engine/text/sentence_words.h"

namespace riposte {

// `words`: abbreviations whose full stop ends no sentence ("Mr. Smith") and words that open sentences; the embedded
// data/sentence_words.tsv unless a test gives its own.
std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const SentenceWords& words = SentenceWords::embedded());

}  // namespace riposte
