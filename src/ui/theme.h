// Light ("newsprint") and dark themes, and the colours of claim kinds (paired with glyphs, never
// colour alone: accusation ▲, rebuttal ○, support +).
#pragma once
#include "engine/document/document.h"
#include "imgui.h"
#include "ui/app_state.h"

namespace riposte::ui {

struct Palette {
  ImU32 page_bg, text, text_dim, rule, accusation, rebuttal, support, neutral, selection;
};

// The ImGui style for a theme and a screen. touch: every button, tab, checkbox and menu row at least
// kTouchTarget CSS pixels tall (the size of a fingertip).
void apply_theme(bool dark, float dpr, bool touch);
// Applies the style again when the theme, devicePixelRatio or touch sizes changed since the last frame.
void sync_style(AppState& state);
inline constexpr float kTouchTarget = 44.0f;  // CSS pixels
// Pushes the row spacing that makes a menu item or list row a touch target (no-op without touch sizes);
// pop with pop_touch_rows.
void push_touch_rows(const AppState& state);
void pop_touch_rows(const AppState& state);
const Palette& palette(bool dark);
ImU32 claim_color(bool dark, ClaimKind kind);
ImVec4 parse_hex_color(const std::string& hex, float alpha = 1.0f);  // "#rrggbb"; grey if malformed
ImU32 stance_color(double score, bool dark);                         // red (hostile) … grey … green

}  // namespace riposte::ui
