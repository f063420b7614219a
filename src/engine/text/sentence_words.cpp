#include "engine/text/sentence_words.h"

#include "engine/lexicon/embedded_data.h"

namespace riposte {
namespace {

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

bool no_capital(std::string_view w) {
  for (char c : w)
    if (ascii_upper(c)) return false;
  return true;
}

// The written forms of the file's header: a capital first letter and no other capital; no capital.
bool capitalised(std::string_view w) { return !w.empty() && ascii_upper(w.front()) && no_capital(w.substr(1)); }
bool lower(std::string_view w) { return no_capital(w); }

}  // namespace

SentenceWords::SentenceWords(std::string_view tsv) {
  const WordLists lists(tsv);
  capitalised_abbreviations_ = lists.get("capitalised_abbreviations");
  lower_abbreviations_ = lists.get("lower_abbreviations");
  capitalised_openers_ = lists.get("capitalised_openers");
}

const SentenceWords& SentenceWords::embedded() {
  static const SentenceWords kEmbedded(data::file("sentence_words.tsv"));  // immutable: no state, only the data
  return kEmbedded;
}

// The sets match case-insensitively; the written form is checked first, so "Mr" counts and "MR" does not.
bool SentenceWords::abbreviation(std::string_view w) const {
  return capitalised(w) ? capitalised_abbreviations_.contains(w) : lower(w) && lower_abbreviations_.contains(w);
}

bool SentenceWords::opener(std::string_view w) const { return capitalised(w) && capitalised_openers_.contains(w); }

}  // namespace riposte
