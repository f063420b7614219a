#include "ui/text_layout.h"

#include <algorithm>
#include <cfloat>
#include <chrono>

#include "imgui_internal.h"  // ImTextCharFromUtf8

namespace riposte::ui {
namespace {

const char* next_code_point(const char* s, const char* e, unsigned int& c) {
  if (static_cast<unsigned char>(*s) < 0x80) {
    c = static_cast<unsigned char>(*s);
    return s + 1;
  }
  const int n = ImTextCharFromUtf8(&c, s, e);
  return s + std::max(1, n);
}

bool is_blank(unsigned int c) { return c == ' ' || c == '\t'; }
// Hyphen-minus, hyphen, non-breaking hyphen excluded (it must not break), figure dash, en and em dash.
bool is_hyphen(unsigned int c) { return c == '-' || c == 0x2010 || c == 0x2012 || c == 0x2013 || c == 0x2014; }

// The longest prefix of [begin, limit) that fits `width` with a hyphen after it, at least one code point.
LineBreak hyphenate(const ImFont& font, float scale, const char* begin, const char* limit, float width) {
  const float hyphen = font.GetCharAdvance('-') * scale;
  const char* cut = begin;
  float x = 0;
  for (const char* s = begin; s < limit;) {
    unsigned int c = 0;
    const char* n = next_code_point(s, limit, c);
    x += font.GetCharAdvance(static_cast<ImWchar>(c)) * scale;
    if (x + hyphen > width && cut > begin) break;
    cut = n;
    s = n;
  }
  return {cut, cut, true};
}

}  // namespace

LineBreak break_line(const ImFont& font, float scale, const char* begin, const char* end, float width) {
  const char* break_end = nullptr;  // the last place the line may end, and where the next one then starts
  const char* break_next = nullptr;
  float x = 0;
  const char* s = begin;
  while (s < end) {
    unsigned int c = 0;
    const char* n = next_code_point(s, end, c);
    if (is_blank(c)) {  // a space ends a word: the line may end before it; spaces at a line end take no room
      break_end = s;
      while (n < end && is_blank(static_cast<unsigned char>(*n))) ++n;
      break_next = n;
      x += font.GetCharAdvance(' ') * scale * static_cast<float>(n - s);
      s = n;
      continue;
    }
    const float w = font.GetCharAdvance(static_cast<ImWchar>(c > 0xFFFF ? 0xFFFD : c)) * scale;
    if (x + w > width && s > begin) {
      if (break_end) return {break_end, break_next, false};
      return hyphenate(font, scale, begin, s, width);  // one word wider than the whole line
    }
    if (x + w > width) return {n, n, false};  // one glyph wider than the line: it goes alone
    x += w;
    if (is_hyphen(c) && s > begin && n < end && !is_blank(static_cast<unsigned char>(*n))) {
      break_end = n;  // "anti-|war": the line may end after the hyphen
      break_next = n;
    }
    s = n;
  }
  return {end, end, false};
}

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
      const LineBreak br = break_line(*ls.font, scale, text + L.next_byte, text + p.span.end, wrap_width);
      L.lines.push_back({L.next_byte, static_cast<uint32_t>(br.end - text), L.next_y, L.next_paragraph, br.hyphen});
      L.next_y += ls.line_height;
      L.next_byte = static_cast<uint32_t>(br.next - text);
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
