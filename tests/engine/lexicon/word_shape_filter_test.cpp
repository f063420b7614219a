#include "engine/lexicon/word_shape_filter.h"

#include <doctest/doctest.h>

using namespace riposte;

TEST_CASE("word shape filter: every word added passes; other shapes are turned away; nothing passes an empty filter") {
  WordShapeFilter f;
  CHECK_FALSE(f.maybe("said"));
  CHECK_FALSE(f.maybe(""));
  const char* words[] = {"said",      "accused", "a",    "x",
                         "according", "denied",  "über", "a-very-long-word-of-forty-bytes-or-so"};
  for (const char* w : words) f.add(w);
  for (const char* w : words) CHECK(f.maybe(w));
  CHECK(f.maybe("sail"));          // same first two bytes and length as "said": the exact lookup decides
  CHECK_FALSE(f.maybe("sai"));     // same first bytes, another length
  CHECK_FALSE(f.maybe("told"));    // another first byte
  CHECK_FALSE(f.maybe("acting"));  // "ac", but no word of six bytes
  CHECK_FALSE(f.maybe(""));
  f.add("");  // ignored
  CHECK_FALSE(f.maybe(""));
}
