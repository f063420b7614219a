// Where the panels (Actors, Claims, Stance, Graph) go. Wide screens: a column beside the article with a tab bar.
// Narrow screens (ui/screen_layout.h): a bottom sheet over a strip of tabs at the foot of the screen, within
// thumb reach: a tab opens the sheet half way, its handle drags it (snapping to closed, half, full), "Article"
// closes it.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

void draw_panel_column(AppState& state, float height);

// Narrow screens: the heights of the sheet (0 when closed) and of the tab strip, for an area `available` high.
float sheet_height(const AppState& state, float available);
float tab_strip_height(const AppState& state);
void draw_sheet(AppState& state, float height);
void draw_tab_strip(AppState& state);

// Selects a claim and scrolls the article to it; on a narrow screen a full sheet shrinks to half so the
// article shows it.
void reveal_claim(AppState& state, int claim);

}  // namespace riposte::ui
