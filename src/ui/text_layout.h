// Word-wraps the article into lines, lazily: each call lays out lines for at most budget_ms and
// resumes where it stopped, so a 5 MB paste never blocks a frame; the scroll height is the laid-out
// height plus an estimate for the rest.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

struct LineStyle {
  ImFont* font;
  float size;         // font size in pixels
  float line_height;  // baseline to baseline
  float gap_after;    // extra space after the paragraph
};
LineStyle line_style(const AppState& state, ParagraphStyle style);

// Where a line that starts at `begin` ends, laid out `width` wide in `font` at `scale`: at a space (the
// spaces are skipped: `next` is where the next line starts), after a hyphen or dash inside a word, or, only
// when a single word is wider than a whole line, inside that word with a hyphen drawn after it (`hyphen`).
// Words are never broken otherwise.
struct LineBreak {
  const char* end;
  const char* next;
  bool hyphen;
};
LineBreak break_line(const ImFont& font, float scale, const char* begin, const char* end, float width);

void advance_layout(AppState& state, float wrap_width, double budget_ms);
// Index of the first line whose bottom is below y (binary search); lines.size() if none.
size_t first_line_below(const TextLayout& layout, const AppState& state, float y);
// Index of the line containing byte (the last line starting at or before it); lines.size() if none.
size_t line_of_byte(const TextLayout& layout, uint32_t byte);
// Top-left of byte within the article (article coordinates) when laid out.
bool locate_byte(const AppState& state, uint32_t byte, ImVec2& pos, float& line_height);

// The byte of the article under `pos` (article coordinates): the code point whose left half or the one whose
// right half contains it, so a drag selects what the eye expects. False when pos is above the first line
// or below the laid out lines; x beyond a line's ends clamps to its start or end.
bool byte_at(const AppState& state, ImVec2 pos, uint32_t& byte);

}  // namespace riposte::ui
