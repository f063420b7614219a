// One frame of the page: toolbar, article, side panels, status line, empty state, help overlay,
// keyboard shortcuts. The platform layer calls draw_app between ImGui::NewFrame and ImGui::Render.
#pragma once
#include <string>

#include "ui/app_state.h"

namespace riposte::ui {

void draw_app(AppState& state);
std::string status_line(const AppState& state);
// JSON for tests and the page's glue (window.riposte.state()) and the accessible DOM mirror.
std::string state_json(const AppState& state);
std::string accessible_json(const AppState& state);

}  // namespace riposte::ui
