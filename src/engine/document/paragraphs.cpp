#include "engine/document/paragraphs.h"

namespace riposte {

bool ends_like_sentence(std::string_view s) {
  // Trailing blanks and closing quotes do not count: “…a fabrication” is not a sentence, “…he said.” is.
  for (;;) {
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\r' || s.back() == '\t' || s.back() == '"' || s.back() == '\''))
      s.remove_suffix(1);
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80 &&
        (static_cast<unsigned char>(s.back()) == 0x9D || static_cast<unsigned char>(s.back()) == 0x99)) {
      s.remove_suffix(3);  // ” or ’
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ')';
}

std::vector<Paragraph> split_paragraphs(const Document& doc) {
  std::vector<Paragraph> out;
  const std::string_view text = doc.text;
  size_t pos = 0;
  bool first = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) {
      Paragraph p;
      p.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      const std::string_view body = text.substr(b, e - b);
      const bool short_line = body.size() < 200 && !ends_like_sentence(body);
      if (first && short_line)
        p.style = ParagraphStyle::Headline;
      else if (short_line && body.size() < 100)
        p.style = ParagraphStyle::Subhead;
      out.push_back(p);
      first = false;
    }
    pos = nl + 1;
  }
  return out;
}

}  // namespace riposte
