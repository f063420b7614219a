// Character classes for the scripts news articles use (Latin, Latin Extended, Greek, Cyrillic),
// without a full Unicode database: enough to tokenise and to tell capitalised words.
#pragma once

namespace riposte::unicode {

bool is_letter(char32_t cp);
bool is_upper(char32_t cp);
bool is_digit(char32_t cp);
bool is_space(char32_t cp);          // includes no-break and other Unicode spaces
bool is_line_break(char32_t cp);     // \n, \r, U+2028, U+2029, U+0085
bool is_dash(char32_t cp);           // - – — ‒ ―
bool is_apostrophe(char32_t cp);     // ' ’ ʼ
bool is_quote_mark(char32_t cp);     // " “ ” „ ‟ « » ' ‘ ’ ‚ ‛ ‹ ›
char32_t to_lower(char32_t cp);      // simple case mapping for the same scripts

}  // namespace riposte::unicode
