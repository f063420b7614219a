#include <doctest/doctest.h>

#include <string>

#include "engine/text/utf8.h"

using riposte::CodepointIndex;
using riposte::repair_utf8;

TEST_CASE("valid UTF-8 passes through unchanged") {
  const std::string s = "Zhao said \xE2\x80\x9Cno\xE2\x80\x9D \xF0\x9F\x98\x80 caf\xC3\xA9";
  auto r = repair_utf8(s);
  CHECK(r.text == s);
  CHECK(r.replacements == 0);
}

TEST_CASE("invalid UTF-8 gets one U+FFFD per maximal subpart (WHATWG)") {
  const std::string fffd = "\xEF\xBF\xBD";
  // Lone continuation byte.
  CHECK(repair_utf8("a\x80"
                    "b")
            .text == "a" + fffd + "b");
  // Truncated 3-byte sequence: E2 82 is one maximal subpart, then 'x'.
  CHECK(repair_utf8("\xE2\x82x").text == fffd + "x");
  // Overlong encoding C0 AF: C0 is never valid, AF is a lone continuation: two replacements.
  auto overlong = repair_utf8("\xC0\xAF");
  CHECK(overlong.text == fffd + fffd);
  CHECK(overlong.replacements == 2);
  // Surrogate ED A0 80: ED accepts only 80..9F next, so three replacements.
  CHECK(repair_utf8("\xED\xA0\x80").replacements == 3);
  // Truncated 4-byte sequence at the end of input.
  auto cut = repair_utf8("ok\xF0\x9F\x98");
  CHECK(cut.text == "ok" + fffd);
  CHECK(cut.first_invalid == 2);
  // Bytes above F4 are never valid.
  CHECK(repair_utf8("\xF5\xFF").replacements == 2);
}

TEST_CASE("code point index maps bytes to code points and back") {
  // "a“é😀b": a(1) “(3) é(2) 😀(4) b(1)
  const std::string s =
      "a\xE2\x80\x9C\xC3\xA9\xF0\x9F\x98\x80"
      "b";
  CodepointIndex cp(s);
  CHECK(cp.codepoint_count() == 5);
  CHECK(cp.to_codepoint(0) == 0);
  CHECK(cp.to_codepoint(1) == 1);
  CHECK(cp.to_codepoint(4) == 2);
  CHECK(cp.to_codepoint(6) == 3);
  CHECK(cp.to_codepoint(10) == 4);
  CHECK(cp.to_codepoint(11) == 5);
  CHECK(cp.to_codepoint(999) == 5);
  for (uint32_t c = 0; c <= 5; ++c) CHECK(cp.to_codepoint(cp.to_byte(c)) == c);
}

TEST_CASE("code point index is exact across checkpoint strides") {
  std::string s;
  for (int i = 0; i < 500; ++i) s += (i % 3 == 0) ? "\xE2\x80\x94" : (i % 3 == 1 ? "x" : "\xC3\xA9");
  CodepointIndex cp(s);
  uint32_t count = 0;
  for (uint32_t b = 0; b <= s.size(); ++b) {
    if (b == s.size() || !riposte::is_continuation(static_cast<unsigned char>(s[b]))) {
      CHECK(cp.to_codepoint(b) == count);
      CHECK(cp.to_byte(count) == b);
      ++count;
    }
  }
}

TEST_CASE("well-formed UTF-8 sequences have their length, ill-formed ones 0") {
  using riposte::well_formed_utf8_length;
  CHECK(well_formed_utf8_length("\xC3\xA9", 0) == 2);          // é
  CHECK(well_formed_utf8_length("a\xE2\x80\x9C", 1) == 3);     // “ after an ASCII byte
  CHECK(well_formed_utf8_length("\xF0\x9F\x98\x80", 0) == 4);  // an emoji
  CHECK(well_formed_utf8_length("\xC0\xAF", 0) == 0);          // overlong "/"
  CHECK(well_formed_utf8_length("\xE0\x80\xAF", 0) == 0);      // overlong, three bytes
  CHECK(well_formed_utf8_length("\xED\xA0\x80", 0) == 0);      // a surrogate
  CHECK(well_formed_utf8_length("\xF4\x90\x80\x80", 0) == 0);  // past U+10FFFF
  CHECK(well_formed_utf8_length("\xE2\x80", 0) == 0);          // truncated
  CHECK(well_formed_utf8_length("\xE2\x41\x9C", 0) == 0);      // broken by an ASCII byte
  CHECK(well_formed_utf8_length("\x80", 0) == 0);              // a lone continuation byte
}

TEST_CASE("is_ascii looks at every byte, in the eight-byte blocks and in the tail") {
  using riposte::is_ascii;
  CHECK(is_ascii(""));
  CHECK(is_ascii("said"));
  CHECK(is_ascii("internationally"));               // one block and a tail
  CHECK(is_ascii("abcdefgh"));                      // exactly one block
  CHECK_FALSE(is_ascii("Reykjav\xC3\xADk"));        // é in the first block
  CHECK_FALSE(is_ascii("internationall\xC3\xA9"));  // in the tail
  CHECK_FALSE(is_ascii("\xE2\x80\x99s"));           // a leading byte
  for (size_t at = 0; at < 17; ++at) {              // every position of one high byte
    std::string s(17, 'a');
    s[at] = '\x80';
    CHECK_FALSE(is_ascii(s));
    CHECK(is_ascii(std::string_view(s).substr(0, at)));
  }
}

TEST_CASE("code point index: every byte offset, inside sequences too, counts the code points started before it") {
  // ASCII runs of every length around 8 (the eight-byte count) and 2-, 3- and 4-byte sequences at every alignment;
  // an ASCII text maps each offset to itself.
  std::string s;
  const char* pieces[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80"};
  for (int i = 0; i < 120; ++i) {
    s += pieces[i % 3];
    s.append(static_cast<size_t>(i % 11), 'a');
  }
  CodepointIndex cp(s);
  uint32_t starts = 0;
  for (uint32_t b = 0; b <= s.size() + 3; ++b) {
    CHECK(cp.to_codepoint(b) == starts);
    if (b < s.size() && !riposte::is_continuation(static_cast<unsigned char>(s[b]))) ++starts;
  }
  const std::string ascii(200, 'x');
  CodepointIndex plain(ascii);
  for (uint32_t b = 0; b <= 205; ++b) CHECK(plain.to_codepoint(b) == std::min<uint32_t>(b, 200));
}

TEST_CASE("repair: an ASCII run read eight bytes at a time stops at the first byte with its high bit, wherever it is") {
  const std::string fffd = "\xEF\xBF\xBD";
  for (size_t run = 0; run < 20; ++run) {
    const std::string ascii(run, 'a');
    // A lone continuation byte after `run` ASCII bytes, then more ASCII: one replacement at that offset.
    const auto r = repair_utf8(ascii + "\x80" + ascii);
    CHECK(r.text == ascii + fffd + ascii);
    CHECK(r.replacements == 1);
    CHECK(r.first_invalid == run);
    // A valid two-byte letter there instead: copied unchanged.
    const std::string valid = ascii + "\xC3\xA9" + ascii;
    CHECK(repair_utf8(valid).text == valid);
  }
}
