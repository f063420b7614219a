#include "engine/text/sentence_splitter.h"

#include <string>

#include "engine/text/unicode.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

bool is_closing_quote(std::string_view text, const Token& t) {
  if (t.kind != TokenKind::Quote) return false;
  size_t k = t.span.begin;
  const char32_t c = decode_utf8(text, k);
  return c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0xBB || c == 0x201C;
}

bool ends_line(std::string_view text, uint32_t end) {
  for (size_t k = end; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '\n' || c == '\r') return true;
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                      const SentenceWords& words) {
  std::vector<Sentence> out;
  if (tokens.empty()) return out;
  size_t start = 0;
  auto close = [&](size_t last) {  // sentence = tokens[start..last]
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.token_count = static_cast<uint32_t>(last - start + 1);
    s.span = {tokens[start].span.begin, tokens[last].span.end};
    const Token& lt = tokens[last];
    const std::string_view tail = slice(text, lt.span);
    const bool final_punct = tail == "." || tail == "!" || tail == "?" || tail == "..." || lt.kind == TokenKind::Quote;
    s.headline = !final_punct && ends_line(text, lt.span.end);
    out.push_back(s);
    start = last + 1;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    const bool last_token = i + 1 == tokens.size();
    if (last_token) {
      close(i);
      break;
    }
    const Token& t = tokens[i];
    const Token& next = tokens[i + 1];
    // A new paragraph (or a new line) always starts a new sentence.
    if (next.paragraph_start) {
      close(i);
      continue;
    }
    const std::string_view w = slice(text, t.span);
    const bool terminal = w == "." || w == "!" || w == "?" || w == "...";
    if (!terminal) {
      // "... in the U.S. The next day": an abbreviation keeps its full stop, which may also end the sentence
      // when a word that only opens sentences follows.
      if (t.kind == TokenKind::Word && w.size() > 2 && w.back() == '.' && next.kind == TokenKind::Word &&
          next.capitalised && words.opener(slice(text, next.span)))
        close(i);
      continue;
    }
    size_t end = i;
    // Closing quotes and brackets right after the stop belong to this sentence.
    while (end + 1 < tokens.size() && !tokens[end + 1].paragraph_start &&
           (is_closing_quote(text, tokens[end + 1]) || slice(text, tokens[end + 1].span) == ")") &&
           tokens[end + 1].span.begin == tokens[end].span.end)
      ++end;
    if (end + 1 >= tokens.size()) {
      close(end);
      break;
    }
    const Token& after = tokens[end + 1];
    if (w == ".") {
      if (i > start) {
        const Token& prev = tokens[i - 1];
        const std::string_view pw = slice(text, prev.span);
        if (prev.kind == TokenKind::Word && prev.span.end == t.span.begin) {
          if (words.abbreviation(pw)) continue;              // Mr. Smith
          if (pw.size() == 1 && prev.capitalised) continue;  // J. Smith
        }
      }
    }
    // The next sentence must start like one: capital, digit, quote or bracket; "said he." is rare.
    bool starts = after.kind != TokenKind::Word || after.capitalised;
    if (after.kind == TokenKind::Punct && slice(text, after.span) == ",") starts = false;
    if (!starts) continue;
    close(end);
    i = end;
  }
  return out;
}

}  // namespace riposte
