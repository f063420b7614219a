// Character classes for the scripts news articles use (Latin, Latin Extended, Greek, Cyrillic),
// without a full Unicode database: enough to tokenise and to tell capitalised words.
#pragma once

#include <string>
#include <string_view>

namespace riposte::unicode {

// The classifiers below are inline with an ASCII fast path (news text is mostly ASCII and the tokenizer asks
// several times per byte); code points beyond ASCII go to the out-of-line tables in unicode.cpp.
bool is_letter_beyond_ascii(char32_t cp);
bool is_upper_beyond_ascii(char32_t cp);
bool is_space_beyond_ascii(char32_t cp);

inline bool is_letter(char32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return is_letter_beyond_ascii(cp);
}
inline bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return is_upper_beyond_ascii(cp);
}
inline bool is_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
// Includes no-break and other Unicode spaces.
inline bool is_space(char32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
  return is_space_beyond_ascii(cp);
}
// Inline: the tokenizer asks them after every word.
inline bool is_line_break(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 || c == 0x85; }
inline bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }  // - – — ‒ ―
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }             // ' ’ ʼ
inline bool is_quote_mark(char32_t c) {  // " “ ” „ ‟ « » ' ‘ ’ ‚ ‛ ‹ ›
  return c == '"' || c == '\'' || c == 0xAB || c == 0xBB || (c >= 0x2018 && c <= 0x201F) || c == 0x2039 || c == 0x203A;
}
char32_t to_lower(char32_t cp);  // simple case mapping for the same scripts
// Latin letters with diacritics to their ASCII base letters ("Bogotá" -> "Bogota", "Łódź" -> "Lodz",
// "Æ" -> "AE", "ß" -> "ss"); everything else is copied. News spells foreign names both ways.
std::string fold_latin(std::string_view utf8);

}  // namespace riposte::unicode
