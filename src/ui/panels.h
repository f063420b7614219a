// The side panels, one struct each: Actors (grouped by side, toggles), Claims (list, click to scroll),
// Stance (actor × actor heat map with evidence), Graph (actors as draggable nodes, claim edges).
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

struct ActorsPanel {
  static void draw(AppState& state);
};
struct ClaimsPanel {
  static void draw(AppState& state);
};
// A Claims row's label: "Zhao Lijian → NATO, United States, +4" (the first two targets, then how many more).
std::string claim_row_label(const Document& doc, const ClaimRow& row);
struct StancePanel {
  static void draw(AppState& state);
};
struct GraphPanel {
  static void draw(AppState& state);
};

}  // namespace riposte::ui
