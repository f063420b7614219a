// Editing in the article with the mouse (or a finger: ui/touch_input.h turns taps and long presses into
// clicks): a drag over plain words selects them (a double click, or a right click / long press on a word,
// selects one); a drag from a name to another draws a claim; a click selects an actor or a claim; a right
// click opens the menu of what is under the pointer. The menus themselves are ui/edit_menus.h.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

struct ArticlePointer {
  bool over_article = false;     // the article's window is hovered
  int mention = -1, claim = -1;  // under the pointer this frame
  ImVec2 origin{0, 0};           // screen position of the article's (0, 0)
};

void handle_article_mouse(AppState& state, const ArticlePointer& pointer);
void draw_article_menus(AppState& state);

}  // namespace riposte::ui
