#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/text/quote_finder.h"
#include "engine/text/tokenizer.h"

using namespace riposte;

namespace {
struct Found {
  std::vector<std::string> inner;
  std::vector<bool> closed;
};
Found quotes(const std::string& text) {
  Found f;
  for (const Quote& q : find_quotes(text, tokenize(text))) {
    f.inner.emplace_back(slice(text, q.inner));
    f.closed.push_back(q.closed);
  }
  return f;
}
const std::string L = "\xE2\x80\x9C", R = "\xE2\x80\x9D", LS = "\xE2\x80\x98", RS = "\xE2\x80\x99";
}  // namespace

TEST_CASE("quotes: straight and curly double quotes") {
  CHECK(quotes("He said \"no way\" and left.").inner == std::vector<std::string>{"no way"});
  CHECK(quotes("He called it " + L + "unacceptable" + R + " and " + L + "irrational" + R + ".").inner ==
        std::vector<std::string>{"unacceptable", "irrational"});
}

TEST_CASE("quotes: nested single quotes and apostrophes") {
  const Found f = quotes(L + "He told me " + LS + "go home" + RS + " and didn" + RS + "t stop," + R + " she said.");
  CHECK(f.inner ==
        std::vector<std::string>{"He told me " + LS + "go home" + RS + " and didn" + RS + "t stop,", "go home"});
}

TEST_CASE("quotes: a quote over several paragraphs reopens in each") {
  const Found f = quotes(L + "We will win.\n\n" + L + "We will not give up," + R + " he said.");
  CHECK(f.inner == std::vector<std::string>{"We will win.", "We will not give up,"});
}

TEST_CASE("quotes: an opening-shaped mark used to close (the unbalanced forms of wire copy)") {
  // "... activities “." : the second mark closes although it is shaped as an opener.
  CHECK(quotes("It urged them to " + L + "stop these activities " + L + ".").inner ==
        std::vector<std::string>{"stop these activities "});
  // “word“ : a mark straight after a word closes.
  CHECK(quotes("They " + L + "hire" + L + " hackers.").inner == std::vector<std::string>{"hire"});
  // “… ‘thief!’ “affirmed : after a closed inner quote, a mark before a lower-case verb closes.
  const Found f = quotes(L + "It is like a thief yelling " + LS + "thief!" + RS + " " + L + "affirmed the text.");
  REQUIRE(f.inner.size() == 2);
  CHECK(f.inner[0] == "It is like a thief yelling " + LS + "thief!" + RS + " ");
  CHECK(f.closed[0]);
  CHECK(f.inner[1] == "thief!");
}

TEST_CASE("quotes: a quote never closed runs to the end of its paragraph") {
  const Found f = quotes("He said " + L + "this is the end\n\nNext paragraph.");
  REQUIRE(f.inner.size() == 1);
  CHECK(f.inner[0] == "this is the end");
  CHECK_FALSE(f.closed[0]);
}

TEST_CASE("quotes: an unclosed quote ends before the narrative that introduces the next one") {
  const Found f = quotes("He said: \"We will win. We are ready. In reply, Mr Smith said: \"They will lose.\"");
  REQUIRE(f.inner.size() == 2);
  CHECK(f.inner[0] == "We will win. We are ready.");
  CHECK_FALSE(f.closed[0]);
  CHECK(f.inner[1] == "They will lose.");
}
