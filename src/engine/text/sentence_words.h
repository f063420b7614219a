// The sentence splitter's word lists, read from data/sentence_words.tsv through WordLists: abbreviations whose full
// stop ends no sentence ("Mr. Smith", "No. 10", "Smith v. Jones") and words that open sentences ("The", "He"). A
// word counts only in the written form its list names (that file's header): "Mr", never "MR" or "mr"; "vs", never
// "Vs". The text layer's own file: no claim or actor concept reaches the splitter.
#pragma once
#include <string_view>

#include "engine/lexicon/word_set.h"

namespace riposte {

class SentenceWords {
 public:
  // Parses a sentence words file (lists capitalised_abbreviations, lower_abbreviations, capitalised_openers).
  explicit SentenceWords(std::string_view tsv);
  // The embedded data/sentence_words.tsv, parsed once on first use and never changed: split_sentences is called where
  // no Annotator is at hand to own it (document import, tests, the claim layer's dev corpus).
  static const SentenceWords& embedded();

  // `w` (a word as the text writes it, without its full stop) is an abbreviation: "Mr", "vs".
  bool abbreviation(std::string_view w) const;
  // `w` (as the text writes it) is a word that opens sentences: "The", "He".
  bool opener(std::string_view w) const;

 private:
  WordSet capitalised_abbreviations_, lower_abbreviations_, capitalised_openers_;
};

}  // namespace riposte
