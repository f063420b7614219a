// The article's paragraphs as the page and the HTML export read them: headline, subheads, body.
#include "engine/document/paragraphs.h"

#include <doctest/doctest.h>

#include <string>

using namespace riposte;

namespace {

Document text_only(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

}  // namespace

TEST_CASE("paragraphs: headline and subheads") {
  const Document d = text_only(
      "Poland accuses Belarus; Minsk calls claims \xE2\x80\x9C"
      "a fabrication\xE2\x80\x9D\r\n\r\n"
      "WARSAW \xE2\x80\x94 Poland on Thursday accused Belarus.\n"
      "  \t \n"
      "Reaction in Minsk\n"
      "\xE2\x80\x9CThese claims are a fabrication,\xE2\x80\x9D she said.   \n");
  const auto p = split_paragraphs(d);
  REQUIRE(p.size() == 4);
  CHECK(p[0].style == ParagraphStyle::Headline);  // closing quote after words, no full stop: a title
  CHECK(std::string_view(d.text).substr(p[0].span.begin, p[0].span.size()).back() != '\r');
  CHECK(p[1].style == ParagraphStyle::Body);
  CHECK(p[2].style == ParagraphStyle::Subhead);
  CHECK(p[3].style == ParagraphStyle::Body);                                                // ends with “said.”
  CHECK(std::string_view(d.text).substr(p[3].span.begin, p[3].span.size()).back() == '.');  // trailing blanks trimmed
}

TEST_CASE("paragraphs: a first line that is a sentence is not a headline; blank text has no paragraphs") {
  CHECK(split_paragraphs(text_only("Poland accused Belarus on Thursday.\nMore."))[0].style == ParagraphStyle::Body);
  CHECK(split_paragraphs(text_only(" \n\t\r\n ")).empty());
}

TEST_CASE("paragraphs: a sentence may end inside closing quotes, straight or curly") {
  CHECK(ends_like_sentence("He said \"no.\""));
  CHECK(ends_like_sentence("\xE2\x80\x9CNo.\xE2\x80\x9D \t"));
  CHECK(ends_like_sentence("\xE2\x80\x98No.\xE2\x80\x99"));
  CHECK_FALSE(
      ends_like_sentence("Minsk calls claims \xE2\x80\x9C"
                         "a fabrication\xE2\x80\x9D"));
  CHECK_FALSE(ends_like_sentence(" \"\" "));
}
