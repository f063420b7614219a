// The article's paragraphs as a reader sees them: its non-blank lines, the first short one without final
// punctuation the headline, later short ones subheads. The page's layout and the HTML export read the same.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

enum class ParagraphStyle : uint8_t { Headline, Subhead, Body };
struct Paragraph {
  Span span;  // bytes of doc.text, surrounding blanks excluded
  ParagraphStyle style = ParagraphStyle::Body;
};

// Whether a line ends as a sentence does (. ! ? : ; or a bracket), closing quotes and blanks aside.
bool ends_like_sentence(std::string_view line);

std::vector<Paragraph> split_paragraphs(const Document& doc);

}  // namespace riposte
