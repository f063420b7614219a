#include "engine/text/tokenizer.h"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "engine/text/unicode.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

struct Cursor {
  std::string_view s;
  size_t i = 0;
  // ASCII takes the fast path: news text is mostly ASCII.
  char32_t peek(size_t at) const {
    if (at >= s.size()) return 0;
    const unsigned char c = static_cast<unsigned char>(s[at]);
    if (c < 0x80) return c;
    size_t k = at;
    return decode_utf8(s, k);
  }
  size_t next(size_t at) const {  // byte offset of the character after the one at `at`
    if (at < s.size() && static_cast<unsigned char>(s[at]) < 0x80) return at + 1;
    size_t k = at;
    decode_utf8(s, k);
    return k;
  }
};

bool word_char(char32_t c) { return unicode::is_letter(c) || unicode::is_digit(c); }

// ASCII letters and digits, by table: the tokenizer's innermost loop.
constexpr std::array<bool, 256> kAsciiWordByte = [] {
  std::array<bool, 256> t{};
  for (int b = 0; b < 128; ++b) t[b] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
  return t;
}();
bool ascii_word_byte(char b) { return kAsciiWordByte[static_cast<unsigned char>(b)]; }

// The end of a run of ASCII letters and digits from j, eight bytes at a time (SWAR) while eight remain: a word's
// end is then found without a branch per byte (most words are shorter than eight bytes, and the byte loop's exit
// was a mispredicted branch per word). A byte is a letter when, its case bit set, its low seven bits lie in 'a'..'z',
// a digit when they lie in '0'..'9', and neither when its high bit is set.
size_t ascii_word_run_end(std::string_view text, size_t j) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  // High bit of each byte set when the byte's low seven bits lie in [lo, hi] (no carry crosses a byte: at most
  // 0x7f + 0x80).
  const auto in_range = [](uint64_t low7, unsigned lo, unsigned hi) {
    return (low7 + (0x80 - lo) * kOnes) & ~(low7 + (0x80 - hi - 1) * kOnes) & kHigh;
  };
  while (j + 8 <= text.size()) {
    uint64_t x;
    std::memcpy(&x, text.data() + j, 8);
    const uint64_t low7 = x & ~kHigh;
    const uint64_t word = (in_range(low7 | 0x2020202020202020ull, 'a', 'z') | in_range(low7, '0', '9')) & ~x & kHigh;
    const uint64_t other = ~word & kHigh;  // little-endian: the lowest set byte is the first byte of the text
    if (other) return j + static_cast<size_t>(std::countr_zero(other) / 8);
    j += 8;
  }
  while (j < text.size() && ascii_word_byte(text[j])) ++j;
  return j;
}

// Two or more letters and no lower-case one ("NATO", "US", "U.S."): stops at the first lower-case letter, which
// most words have second.
bool all_caps(const Cursor& cur, size_t i, size_t j) {
  int letters = 0;
  for (size_t k = i; k < j;) {
    if (const char b = cur.s[k]; static_cast<unsigned char>(b) < 0x80) {  // ASCII: no decoding
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
        if (b > 'Z') return false;
        ++letters;
      }
      ++k;
      continue;
    }
    const char32_t d = cur.peek(k);
    if (unicode::is_letter(d)) {
      if (!unicode::is_upper(d)) return false;
      ++letters;
    }
    k = cur.next(k);
  }
  return letters >= 2;
}

// The end of a word whose first character (a letter) ends at j: letters and digits, joined by hyphens
// ("cyber-attack"), inner full stops ("U.S.", which keeps its final one) and apostrophes ("O'Brien", "don't"); a
// possessive 's is left for a token of its own.
size_t word_end(const Cursor& cur, size_t j) {
  using namespace unicode;
  const std::string_view text = cur.s;
  bool inner_stop = false;  // a full stop inside the word: only the U.S. branch below takes one in
  for (;;) {
    j = ascii_word_run_end(text, j);  // fast path; the general loop below does the rest
    if (j >= text.size()) break;
    // Most words end at an ASCII byte that no rule below joins on (a space, a comma): no decoding, no lookahead.
    if (const unsigned char b = static_cast<unsigned char>(text[j]); b < 0x80 && b != '-' && b != '.' && b != '\'')
      break;
    while (j < text.size() && word_char(cur.peek(j))) j = cur.next(j);
    if (j >= text.size()) break;
    const char32_t d = cur.peek(j);
    const size_t k = cur.next(j);
    const char32_t e = cur.peek(k);
    if ((d == '-' || d == 0x2010) && word_char(e)) {
      j = k;
      continue;
    }  // cyber-attack
    if (d == '.' && is_letter(e) && cur.next(k) < text.size() && cur.peek(cur.next(k)) == '.') {
      j = k;  // U.S. / U.K.: letters separated by full stops
      inner_stop = true;
      continue;
    }
    if (is_apostrophe(d) && is_letter(e)) {
      // Possessive 's / s' is split off; O'Brien and don't stay whole.
      const size_t after_e = cur.next(k);
      const bool possessive = (e == 's' || e == 'S') && (after_e >= text.size() || !word_char(cur.peek(after_e)));
      if (possessive) break;
      j = k;
      continue;
    }
    break;
  }
  // Abbreviation with inner full stops keeps its final one: "U.S." (not "Mr."). The flag rather than a search of
  // the word for '.': one call to memchr per word was a tenth of the tokenizer's cost.
  if (inner_stop && j < text.size() && text[j] == '.') ++j;
  return j;
}

// The end of a number whose first digit ends at j: digits and letters, with inner "." or "," before a digit.
size_t number_end(const Cursor& cur, size_t j) {
  const std::string_view text = cur.s;
  for (;;) {
    while (j < text.size() && word_char(cur.peek(j))) j = cur.next(j);
    if (j + 1 < text.size() && (text[j] == '.' || text[j] == ',') && unicode::is_digit(cur.peek(j + 1))) {
      ++j;
      continue;
    }
    return j;
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  using namespace unicode;
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 4);
  Cursor cur{text};
  size_t i = 0;
  int newlines = 2;  // the text's start counts as a paragraph start
  while (i < text.size()) {
    const char32_t c = cur.peek(i);
    const size_t after = cur.next(i);
    if (is_space(c)) {
      if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) ++newlines;
      i = after;
      continue;
    }
    Token t;
    t.paragraph_start = newlines > 0;
    newlines = 0;
    size_t j = after;
    if (is_letter(c)) {
      t.kind = TokenKind::Word;
      j = word_end(cur, j);
    } else if (is_digit(c)) {
      t.kind = TokenKind::Number;
      j = number_end(cur, j);
    } else if (is_apostrophe(c) && j < text.size() && (cur.peek(j) == 's' || cur.peek(j) == 'S') && !out.empty() &&
               out.back().span.end == i && out.back().kind == TokenKind::Word &&
               (cur.next(j) >= text.size() || !word_char(cur.peek(cur.next(j))))) {
      t.kind = TokenKind::Word;  // the possessive "'s"
      j = cur.next(j);
    } else if (is_quote_mark(c)) {
      t.kind = TokenKind::Quote;
    } else if (c == '.' && j + 1 < text.size() && text[j] == '.' && text[j + 1] == '.') {
      t.kind = TokenKind::Punct;  // ellipsis
      j += 2;
    } else if (c < 0x80 && std::string_view(".,;:!?()[]{}-/&").find(static_cast<char>(c)) != std::string_view::npos) {
      t.kind = TokenKind::Punct;
    } else if (is_dash(c) || c == 0x2026) {
      t.kind = TokenKind::Punct;
    } else {
      t.kind = TokenKind::Symbol;
    }
    t.span = {static_cast<uint32_t>(i), static_cast<uint32_t>(j)};
    if (t.kind == TokenKind::Word) {
      t.capitalised = is_upper(c);
      t.all_caps = t.capitalised && all_caps(cur, i, j);
    }
    out.push_back(t);
    i = j;
  }
  return out;
}

bool is_possessive_clitic(std::string_view token) {
  if (token.size() < 2 || (token.back() != 's' && token.back() != 'S')) return false;
  const std::string_view mark = token.substr(0, token.size() - 1);
  return mark == "'" || mark == "\xE2\x80\x99" || mark == "\xCA\xBC";  // ' ’ ʼ
}

}  // namespace riposte
