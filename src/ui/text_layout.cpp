#include "ui/text_layout.h"

#include <algorithm>
#include <cfloat>
#include <chrono>

namespace riposte::ui {

LineStyle line_style(const AppState& state, ParagraphStyle style) {
  const Fonts& f = state.fonts;
  switch (style) {
    case ParagraphStyle::Headline:
      return {f.headline, f.headline_size, f.headline_size * 1.22f, f.body_size * 1.1f};
    case ParagraphStyle::Subhead:
      return {f.headline, f.body_size * 1.15f, f.body_size * 1.6f, f.body_size * 0.5f};
    default:
      return {f.body, f.body_size, f.body_size * 1.6f, f.body_size * 0.85f};
  }
}

void advance_layout(AppState& state, float wrap_width, double budget_ms) {
  TextLayout& L = state.layout;
  if (!state.fonts.body || !state.fonts.headline) return;
  if (L.wrap_width != wrap_width || L.body_size != state.fonts.body_size) {
    L.wrap_width = wrap_width;
    L.body_size = state.fonts.body_size;
    L.lines.clear();
    L.next_paragraph = 0;
    L.next_byte = 0;
    L.next_y = 0;
  }
  const auto t0 = std::chrono::steady_clock::now();
  const char* text = state.doc.text.data();
  unsigned work = 0;
  while (!L.complete()) {
    const Paragraph& p = L.paragraphs[L.next_paragraph];
    const LineStyle ls = line_style(state, p.style);
    const float scale = ls.size / ls.font->FontSize;
    if (L.next_byte < p.span.begin) L.next_byte = p.span.begin;
    while (L.next_byte < p.span.end) {
      const char* b = text + L.next_byte;
      const char* e = text + p.span.end;
      const char* w = ls.font->CalcWordWrapPositionA(scale, b, e, wrap_width);
      if (w <= b) {  // a glyph wider than the line: take one code point to make progress
        w = b + 1;
        while (w < e && (static_cast<unsigned char>(*w) & 0xC0) == 0x80) ++w;
      }
      L.lines.push_back({L.next_byte, static_cast<uint32_t>(w - text), L.next_y, L.next_paragraph});
      L.next_y += ls.line_height;
      while (w < e && (*w == ' ' || *w == '\t')) ++w;
      L.next_byte = static_cast<uint32_t>(w - text);
      if ((++work & 31) == 0 &&
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() > budget_ms) {
        goto out_of_time;
      }
    }
    L.next_y += ls.gap_after;
    ++L.next_paragraph;
  }
out_of_time:
  if (L.complete()) {
    L.estimated_height = L.next_y;
  } else {
    // Estimate the rest from the bytes per pixel of height laid out so far.
    const double done = std::max<double>(1, L.next_byte);
    const double rest = static_cast<double>(state.doc.text.size()) - L.next_byte;
    L.estimated_height = L.next_y + static_cast<float>(rest * (std::max(1.0f, L.next_y) / done));
  }
}

size_t first_line_below(const TextLayout& layout, const AppState& state, float y) {
  const float max_line = state.fonts.headline_size * 1.3f;
  auto it = std::lower_bound(layout.lines.begin(), layout.lines.end(), y - max_line,
                             [](const Line& l, float v) { return l.y < v; });
  return static_cast<size_t>(it - layout.lines.begin());
}

size_t line_of_byte(const TextLayout& layout, uint32_t byte) {
  auto it = std::upper_bound(layout.lines.begin(), layout.lines.end(), byte,
                             [](uint32_t v, const Line& l) { return v < l.begin; });
  if (it == layout.lines.begin()) return layout.lines.size();
  return static_cast<size_t>(it - layout.lines.begin()) - 1;
}

bool locate_byte(const AppState& state, uint32_t byte, ImVec2& pos, float& line_height) {
  const TextLayout& L = state.layout;
  const size_t i = line_of_byte(L, byte);
  if (i >= L.lines.size()) return false;
  const Line& line = L.lines[i];
  if (byte > line.end && i + 1 == L.lines.size() && !L.complete()) return false;
  const LineStyle ls = line_style(state, L.paragraphs[line.paragraph].style);
  const char* text = state.doc.text.data();
  const uint32_t upto = std::min(byte, line.end);
  pos = ImVec2(ls.font->CalcTextSizeA(ls.size, FLT_MAX, 0, text + line.begin, text + upto).x, line.y);
  line_height = ls.line_height;
  return true;
}

bool byte_at(const AppState& state, ImVec2 pos, uint32_t& byte) {
  const TextLayout& L = state.layout;
  if (L.lines.empty() || pos.y < L.lines.front().y) return false;
  auto it = std::upper_bound(L.lines.begin(), L.lines.end(), pos.y, [](float v, const Line& l) { return v < l.y; });
  const Line& line = *std::prev(it);
  const LineStyle ls = line_style(state, L.paragraphs[line.paragraph].style);
  if (pos.y > line.y + ls.line_height + ls.gap_after) return false;
  const char* text = state.doc.text.data();
  uint32_t b = line.begin;
  float x = 0;
  while (b < line.end) {
    uint32_t n = b + 1;
    while (n < line.end && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) ++n;
    const float w = ls.font->CalcTextSizeA(ls.size, FLT_MAX, 0, text + b, text + n).x;
    if (pos.x < x + w * 0.5f) break;
    x += w;
    b = n;
  }
  byte = b;
  return true;
}

}  // namespace riposte::ui
