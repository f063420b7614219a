#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"

using namespace riposte;

namespace {
std::vector<std::string> sentences(const std::string& text) {
  const auto toks = tokenize(text);
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text, toks)) out.emplace_back(slice(text, s.span));
  return out;
}
}  // namespace

TEST_CASE("sentences: titles, initials, and abbreviations do not end a sentence") {
  CHECK(sentences("Mr. Smith met Dr. Jones. They talked.") ==
        std::vector<std::string>{"Mr. Smith met Dr. Jones.", "They talked."});
  CHECK(sentences("George W. Bush spoke. He left.") == std::vector<std::string>{"George W. Bush spoke.", "He left."});
  CHECK(sentences("Officials at No. 10 denied it. Others agreed.") ==
        std::vector<std::string>{"Officials at No. 10 denied it.", "Others agreed."});
  CHECK(sentences("The U.S. economy grew. Prices fell.") ==
        std::vector<std::string>{"The U.S. economy grew.", "Prices fell."});
  CHECK(sentences("Prices rose in the U.S. The dollar fell.") ==
        std::vector<std::string>{"Prices rose in the U.S.", "The dollar fell."});
  CHECK(sentences("The U.S. Senate voted.") == std::vector<std::string>{"The U.S. Senate voted."});
}

TEST_CASE("sentences: headlines without full stops and paragraphs") {
  const auto s = sentences("Minister quits over row\n\nThe minister resigned on Monday. No 10 said nothing.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Minister quits over row");
  CHECK(s[2] == "No 10 said nothing.");
  const auto toks = tokenize("Minister quits over row\n\nThe minister resigned.");
  const auto ss = split_sentences("Minister quits over row\n\nThe minister resigned.", toks);
  CHECK(ss[0].headline);
  CHECK_FALSE(ss[1].headline);
}

TEST_CASE("sentences: a quote that ends a sentence, and the last sentence of the text") {
  CHECK(sentences("\"It is wrong,\" he said. \"We will fight.\" She agreed.") ==
        std::vector<std::string>{"\"It is wrong,\" he said.", "\"We will fight.\"", "She agreed."});
  CHECK(sentences("He said. \"The end.\"") == std::vector<std::string>{"He said.", "\"The end.\""});
}

TEST_CASE("sentences: plural titles do not end a sentence") {
  CHECK(sentences("Republican Sens. Tom Hale and Ana Ruiz said the bill would pass. Democrats disagreed.") ==
        std::vector<std::string>{"Republican Sens. Tom Hale and Ana Ruiz said the bill would pass.",
                                 "Democrats disagreed."});
  CHECK(sentences("Reps. Jane Doe and Tom Hale wrote to Govs. Ana Ruiz and Lee Park. Atty. Gen. Sam Cole agreed.") ==
        std::vector<std::string>{"Reps. Jane Doe and Tom Hale wrote to Govs. Ana Ruiz and Lee Park.",
                                 "Atty. Gen. Sam Cole agreed."});
}
