// WordSet / WordLists: word lists from data files, matched case-insensitively.
#include "engine/lexicon/word_set.h"

#include <doctest/doctest.h>

using namespace riposte;

TEST_CASE("word set: membership ignores the case of ASCII letters and nothing else") {
  const WordSet s({"said", "Told", " according to ", "naïve"});
  CHECK(s.size() == 4);
  CHECK(s.contains("said"));
  CHECK(s.contains("SAID"));
  CHECK(s.contains("told"));
  CHECK(s.contains("According To"));
  CHECK(s.contains("naïve"));
  CHECK_FALSE(s.contains("sai"));
  CHECK_FALSE(s.contains("saidx"));
  CHECK_FALSE(s.contains(""));
  CHECK_FALSE(WordSet().contains("said"));
}

TEST_CASE("word set: many words, no false hits") {
  std::vector<std::string> owned;
  for (int i = 0; i < 1000; ++i) owned.push_back("w" + std::to_string(i));
  std::vector<std::string_view> views(owned.begin(), owned.end());
  const WordSet s(views);
  CHECK(s.size() == 1000);
  for (int i = 0; i < 1000; ++i) CHECK(s.contains("W" + std::to_string(i)));
  for (int i = 1000; i < 1100; ++i) CHECK_FALSE(s.contains("w" + std::to_string(i)));
}

TEST_CASE("word lists: named lists from a TSV text, comments skipped, duplicates merged") {
  const WordLists lists("# speech verbs\nspeech\tsaid|told\n\nbe\tis|was\nspeech\tadded\n");
  CHECK(lists.names() == std::vector<std::string>{"be", "speech"});
  CHECK(lists.get("speech").contains("Added"));
  CHECK(lists.get("speech").contains("told"));
  CHECK(lists.get("be").contains("was"));
  CHECK_FALSE(lists.get("be").contains("said"));
  CHECK(lists.get("missing").size() == 0);
  CHECK_FALSE(lists.has("missing"));
}

TEST_CASE("word set: words longer than one 8-byte chunk, any case, and lengths it has none of") {
  const WordSet s({"counter-accusations", "disinformation", "abc", "abcdefgh", "abcdefghi"});
  CHECK(s.contains("Counter-Accusations"));
  CHECK(s.contains("DISINFORMATION"));
  CHECK(s.contains("ABCdefgh"));
  CHECK(s.contains("abcdefghI"));
  CHECK_FALSE(s.contains("abcdefgi"));
  CHECK_FALSE(s.contains("counter-accusation"));
  CHECK_FALSE(s.contains("ab"));  // no two-letter word: rejected before hashing
  CHECK_FALSE(s.contains("disinformation!"));
  CHECK_FALSE(s.contains("[isinformation"));  // '[' is 'Z' + 1, not an upper-case letter
  CHECK_FALSE(s.contains("@bc"));             // '@' is 'A' - 1
}

TEST_CASE("word set: a large set (with its filter) finds every word and nothing else") {
  std::vector<std::string> owned;
  for (int i = 0; i < 20000; ++i) owned.push_back("word" + std::to_string(i * 7));
  const WordSet s(std::vector<std::string_view>(owned.begin(), owned.end()));
  for (int i = 0; i < 20000; ++i) CHECK(s.contains("WORD" + std::to_string(i * 7)));
  int wrong = 0;
  for (int i = 0; i < 20000; ++i)
    if (i % 7 != 0) wrong += s.contains("word" + std::to_string(i));
  CHECK(wrong == 0);
}

TEST_CASE("word set: a word listed again in another case is one word, stored lower case whatever its length") {
  // The words are lowered together once all are in (eight bytes at a time, then the last few): duplicates are
  // recognised before that by folding both sides, so "Said" after "SAID" adds nothing.
  const WordSet s({"SAID", "Said", "said", "Counter-Accusations", "counter-ACCUSATIONS", "X", "x", "[", "@"});
  CHECK(s.size() == 5);
  CHECK(s.contains("sAiD"));
  CHECK(s.contains("COUNTER-accusations"));
  CHECK(s.contains("x"));
  CHECK(s.contains("["));
  CHECK(s.contains("@"));
  CHECK_FALSE(s.contains("{"));  // '[' | 0x20: not a letter, never folded
  CHECK_FALSE(s.contains("`"));  // '@' | 0x20
}

TEST_CASE("word set: index_of numbers the words in the order first given, duplicates and empty words dropped") {
  const WordSet set({"Alpha", "beta", "", "ALPHA", " gamma ", "beta"});
  REQUIRE(set.size() == 3);
  CHECK(set.index_of("alpha") == 0);
  CHECK(set.index_of("BETA") == 1);
  CHECK(set.index_of("gamma", WordSet::hash("gamma")) == 2);
  CHECK(set.index_of("delta") == -1);
  CHECK(set.index_of("") == -1);
  CHECK(WordSet().index_of("alpha") == -1);
  // A large set (with its filter): every word at its own index.
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back("w" + std::to_string(i));
  const WordSet large(std::vector<std::string_view>(words.begin(), words.end()));
  for (size_t i = 0; i < words.size(); ++i) CHECK(large.index_of(words[i]) == static_cast<int64_t>(i));
  CHECK(large.index_of("w3000") == -1);
}

TEST_CASE("word set: each given word's index, duplicates and case folded to the first copy, empty words -1") {
  const std::vector<std::string_view> words = {"Alpha", "beta", "", "ALPHA", " gamma ", "Beta", "delta"};
  std::vector<int64_t> index;
  const WordSet set(words, &index);
  REQUIRE(index.size() == words.size());
  CHECK(index == std::vector<int64_t>{0, 1, -1, 0, 2, 1, 3});
  for (size_t k = 0; k < words.size(); ++k)
    if (index[k] >= 0) CHECK(set.index_of(words[k] == " gamma " ? "gamma" : words[k]) == index[k]);
  CHECK(set.size() == 4);
  // Large sets (with their filter) the same way.
  std::vector<std::string> many;
  for (int i = 0; i < 1000; ++i) many.push_back("w" + std::to_string(i % 700));
  const std::vector<std::string_view> views(many.begin(), many.end());
  const WordSet large(views, &index);
  for (size_t k = 0; k < views.size(); ++k) CHECK(index[k] == large.index_of(views[k]));
}
