// SentenceWords: the sentence splitter's lists from data/sentence_words.tsv, in the written form each list names.
#include "engine/text/sentence_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/lexicon/embedded_data.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"

using namespace riposte;

TEST_CASE("sentence words: the embedded file loads every list, each word counting only as its list writes it") {
  const WordLists lists(data::file("sentence_words.tsv"));
  CHECK(lists.names() ==
        std::vector<std::string>{"capitalised_abbreviations", "capitalised_openers", "lower_abbreviations"});
  const SentenceWords& w = SentenceWords::embedded();
  CHECK(w.abbreviation("Mr"));  // capitalised_abbreviations
  CHECK(w.abbreviation("Sept"));
  CHECK_FALSE(w.abbreviation("MR"));
  CHECK_FALSE(w.abbreviation("mr"));
  CHECK_FALSE(w.abbreviation("MRs"));
  CHECK(w.abbreviation("vs"));  // lower_abbreviations
  CHECK_FALSE(w.abbreviation("Vs"));
  CHECK_FALSE(w.abbreviation("VS"));
  CHECK_FALSE(w.abbreviation("Minister"));
  CHECK_FALSE(w.abbreviation(""));
  CHECK(w.opener("The"));  // capitalised_openers
  CHECK(w.opener("I"));
  CHECK_FALSE(w.opener("THE"));
  CHECK_FALSE(w.opener("the"));
  CHECK_FALSE(w.opener("Mr"));
}

TEST_CASE("sentence words: the splitter reads the lists it is given") {
  const std::string text = "He met Supt. Ana Ruiz. She agreed.";
  const auto tokens = tokenize(text);
  CHECK(split_sentences(text, tokens).size() == 3);  // "Supt" is not in the embedded list
  const SentenceWords with_supt("capitalised_abbreviations\tSupt\n");
  const auto sentences = split_sentences(text, tokens, with_supt);
  REQUIRE(sentences.size() == 2);
  CHECK(slice(text, sentences[0].span) == "He met Supt. Ana Ruiz.");
}
