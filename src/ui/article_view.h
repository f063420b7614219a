// The annotated article: typeset paragraphs, mentions tinted with their actor's colour, claim cue
// words marked (colour + glyph), rebuttal → accusation arcs, hover tooltips. Only visible lines are drawn.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

struct ArticleView {
  static void draw(AppState& state, ImVec2 size);
};

// The text of the hover tooltip for a mention (also exposed to tests).
std::string mention_tooltip(const AppState& state, int mention);

}  // namespace riposte::ui
