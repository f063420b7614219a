// The toolbar and the answer to Share under it. The toolbar fits any width: its actions have priorities, the
// ones that do not fit go into a "☰" menu at its end (on a phone: Paste, Undo and the menu).
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

void draw_toolbar(AppState& state);
void draw_share_result(AppState& state);
// Remembers where the last item was drawn under `name`, for tests that click it (AppState::ui_rects).
void record_item(AppState& state, std::string name);

}  // namespace riposte::ui
