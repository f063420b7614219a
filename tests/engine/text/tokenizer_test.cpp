#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/text/tokenizer.h"

using namespace riposte;

namespace {
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) out.emplace_back(slice(text, t.span));
  return out;
}
}  // namespace

TEST_CASE("tokenizer: possessives split off, abbreviations and hyphenated words stay whole") {
  CHECK(words("China\xE2\x80\x99s cyber-attack") == std::vector<std::string>{"China", "\xE2\x80\x99s", "cyber-attack"});
  CHECK(words("the U.S. and U.K. said") == std::vector<std::string>{"the", "U.S.", "and", "U.K.", "said"});
  CHECK(words("Mr. Smith, O'Brien") == std::vector<std::string>{"Mr", ".", "Smith", ",", "O'Brien"});
  CHECK(words("5.31 million, No 10") == std::vector<std::string>{"5.31", "million", ",", "No", "10"});
}

TEST_CASE("tokenizer: only a word with inner full stops keeps its final one") {
  // Whether a word has an inner stop is known from how it was read, not searched for afterwards: the same tokens.
  CHECK(words("in the U.S.. Then") == std::vector<std::string>{"in", "the", "U.S.", ".", "Then"});
  CHECK(words("e.g. this") == std::vector<std::string>{"e.g.", "this"});
  CHECK(words("U.S.-backed O'Neill.") == std::vector<std::string>{"U.S.", "-", "backed", "O'Neill", "."});
  CHECK(words("Anti-war. No.") == std::vector<std::string>{"Anti-war", ".", "No", "."});
  CHECK(words("\xC3\x89.U. end.") == std::vector<std::string>{"\xC3\x89.U.", "end", "."});  // É.U.
}

TEST_CASE("tokenizer: kinds, capitals and paragraph starts") {
  const std::string text = "NATO said \xE2\x80\x9Cno\xE2\x80\x9D.\n\nThe end";
  const auto toks = tokenize(text);
  REQUIRE(toks.size() == 8);
  CHECK(toks[0].all_caps);
  CHECK(toks[0].capitalised);
  CHECK_FALSE(toks[1].capitalised);
  CHECK(toks[2].kind == TokenKind::Quote);
  CHECK(toks[5].kind == TokenKind::Punct);
  CHECK(toks[0].paragraph_start);
  CHECK_FALSE(toks[1].paragraph_start);
  CHECK(toks[6].paragraph_start);
  CHECK(slice(text, toks[6].span) == "The");
}

TEST_CASE("tokenizer: offsets stay inside the text for any bytes") {
  const std::string text = "\xE2\x80\x99\xE2\x80\x99s '' - \xE2\x80\x94 ...";
  for (const Token& t : tokenize(text)) {
    CHECK(t.span.begin < t.span.end);
    CHECK(t.span.end <= text.size());
  }
}

TEST_CASE("tokenizer: a word ends at the first byte that is not an ASCII letter or digit, wherever it falls in eight") {
  // The word's run is read eight bytes at a time: every ASCII byte, at every place in the first and second eight.
  for (int b = 1; b < 128; ++b) {
    const char c = static_cast<char>(b);
    if (c == '-' || c == '.' || c == '\'') continue;  // joiners, tested above
    const bool word_byte = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    for (size_t at = 1; at < 18; ++at) {
      const std::string text = std::string(at, 'w') + c + "xyzxyzxyzxyz";
      CAPTURE(b);
      CAPTURE(at);
      const std::vector<Token> tokens = tokenize(text);
      REQUIRE(!tokens.empty());
      CHECK(tokens.front().span.end == (word_byte ? text.size() : at));
    }
  }
  // A letter outside ASCII continues the word; a dash outside ASCII ends it.
  for (size_t at = 1; at < 18; ++at) {
    const std::string before(at, 'w');
    CHECK(words(before + "\xC3\xA9"
                         "abcdefghij") == std::vector<std::string>{before + "\xC3\xA9"
                                                                            "abcdefghij"});
    CHECK(words(before + "\xE2\x80\x94"
                         "abcdefghij") == std::vector<std::string>{before, "\xE2\x80\x94", "abcdefghij"});
  }
}

TEST_CASE("tokenizer: the possessive clitic it splits off is recognised in every spelling, and nothing else") {
  for (const std::string_view t : {"'s", "'S", "\xE2\x80\x99s", "\xE2\x80\x99S", "\xCA\xBCs"}) {
    CAPTURE(t);
    CHECK(is_possessive_clitic(t));
  }
  for (const std::string_view t : {"s", "'", "\xE2\x80\x99", "'t", "is", "\"s", "''s", ""}) {
    CAPTURE(t);
    CHECK_FALSE(is_possessive_clitic(t));
  }
  // The clitics tokenize splits off are these.
  int clitics = 0;
  for (const std::string& w : words("China's and OBAMA\xE2\x80\x99S plans, Sanders' aides"))
    clitics += is_possessive_clitic(w);
  CHECK(clitics == 2);
}
