// One frame of the page: toolbar, article, side panels, status line, empty state, help overlay,
// keyboard shortcuts. The platform layer calls draw_app between ImGui::NewFrame and ImGui::Render.
#pragma once
#include <string>
#include <string_view>

#include "ui/app_state.h"

namespace riposte::ui {

void draw_app(AppState& state);
std::string status_line(const AppState& state);
// JSON for tests and the page's glue (window.riposte.state()) and the accessible DOM mirror.
std::string state_json(const AppState& state);
std::string accessible_json(const AppState& state);
// Where the `occurrence`-th (0-based) occurrence of `needle` in the article is on screen (CSS pixels, its first
// line), for tests that select words with the mouse: {"x","y","w","h","visible"}, or null.
std::string locate_json(const AppState& state, std::string_view needle, int occurrence);

}  // namespace riposte::ui
