// How the page adapts to the screen it is on. Below kSheetBelow CSS pixels wide (phones, and tablets held
// upright, 820 px) the article takes the whole width and the panels become a bottom sheet (ui/side_panels.h);
// on such screens, and anywhere a finger has been used, every target is at least kTouchTarget CSS pixels.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

inline constexpr float kSheetBelow = 900.0f;  // CSS pixels

// From the display size (device pixels) and state.dpr; call before each frame's style and layout.
void update_screen(AppState& state, ImVec2 display_size);

}  // namespace riposte::ui
