#include "engine/text/quote_finder.h"

#include <algorithm>

#include "engine/text/unicode.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

enum class Family { Double, Single, None };

Family family_of(char32_t c) {
  if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB)
    return Family::Double;
  if (c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2039 || c == 0x203A)
    return Family::Single;
  return Family::None;
}

char32_t at(std::string_view s, uint32_t pos) {
  size_t k = pos;
  return pos < s.size() ? decode_utf8(s, k) : 0;
}

char32_t before(std::string_view s, uint32_t pos) {
  if (pos == 0) return 0;
  size_t k = pos - 1;
  while (k > 0 && is_continuation(static_cast<unsigned char>(s[k]))) --k;
  return decode_utf8(s, k);
}

// Whether a mark can open (followed by a word) or close (preceded by a word or punctuation).
// A mark before closing punctuation (" “." in wire copy) cannot open.
bool can_open(std::string_view s, Span m) {
  const char32_t next = at(s, m.end);
  if (next == 0 || unicode::is_space(next)) return false;
  return !(next == '.' || next == ',' || next == ';' || next == ':' || next == '!' || next == '?' || next == ')');
}
bool can_close(std::string_view s, Span m) {
  const char32_t prev = before(s, m.begin);
  return prev != 0 && !unicode::is_space(prev);
}

// "... like a pot calling ‘kettle!’ “read the note": a mark after closing punctuation or a closing single
// quote, and before a lower-case word, ends the quote although it is shaped as an opener.
bool closes_before_verb(std::string_view s, Span m) {
  const char32_t next = at(s, m.end);
  if (!(next >= 'a' && next <= 'z')) return false;
  uint32_t k = m.begin;
  while (k > 0 && s[k - 1] == ' ') --k;
  const char32_t prev = before(s, k);
  return prev == 0x2019 || prev == '\'' || prev == '.' || prev == ',' || prev == '!' || prev == '?';
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<Quote> out;
  bool open = false;
  Span open_mark{};
  uint32_t last_end = 0;  // end of the last token of the current paragraph
  bool single_open = false;
  Span single_mark{};
  auto emit = [&](Span from, uint32_t inner_end, uint32_t span_end, bool closed) {
    Quote q;
    q.span = {from.begin, span_end};
    q.inner = {from.end, inner_end};
    q.closed = closed;
    if (!q.inner.empty()) out.push_back(q);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.paragraph_start && i > 0) {
      single_open = false;
      if (open) {
        // A quote that goes on in the next paragraph reopens there with a fresh opening mark.
        const bool reopens =
            t.kind == TokenKind::Quote && family_of(at(text, t.span.begin)) == Family::Double && can_open(text, t.span);
        emit(open_mark, last_end, last_end, reopens);
        open = false;
      }
    }
    last_end = t.span.end;
    if (t.kind != TokenKind::Quote) continue;
    const char32_t c = at(text, t.span.begin);
    const Family f = family_of(c);
    if (f == Family::Double) {
      const bool opener_shape = c == 0x201C || c == 0x201E || c == 0xAB;
      if (!open) {
        if (can_open(text, t.span) || opener_shape) {
          open = true;
          open_mark = t.span;
          single_open = false;
        }
      } else if (can_close(text, t.span) || !can_open(text, t.span) || closes_before_verb(text, t.span)) {
        emit(open_mark, t.span.begin, t.span.end, true);
        open = false;
        single_open = false;
      } else {
        // An opening mark while a quote is open: the earlier one was never closed. When narrative introduces
        // the new quote ("... abroad. Asked about ..., Mr Hale said: “Ana ..."), the earlier quote
        // ended with the sentence before that narrative.
        uint32_t end = t.span.begin;
        uint32_t k = t.span.begin;
        while (k > open_mark.end && text[k - 1] == ' ') --k;
        if (k > open_mark.end && (text[k - 1] == ':' || text[k - 1] == ',')) {
          for (uint32_t q = k - 1; q > open_mark.end + 1; --q)
            if ((text[q - 1] == '.' || text[q - 1] == '?' || text[q - 1] == '!') && text[q] == ' ') {
              end = q;
              break;
            }
        }
        emit(open_mark, end, end, false);
        open_mark = t.span;
      }
    } else if (f == Family::Single) {
      const char32_t prev = before(text, t.span.begin);
      const char32_t next = at(text, t.span.end);
      const bool word_before = unicode::is_letter(prev) || unicode::is_digit(prev);
      const bool word_after = unicode::is_letter(next) || unicode::is_digit(next);
      if (!single_open) {
        if (!word_before && word_after) {
          single_open = true;
          single_mark = t.span;
        }
      } else if (!word_after) {
        emit(single_mark, t.span.begin, t.span.end, true);
        single_open = false;
      }
    }
  }
  if (open) emit(open_mark, last_end, last_end, false);
  // Keep the list ordered by start (nested single quotes are emitted before the enclosing double).
  std::sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace riposte
