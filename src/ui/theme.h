// Light ("newsprint") and dark themes, and the colours of claim kinds (paired with glyphs, never
// colour alone: accusation ▲, rebuttal ○, support +).
#pragma once
#include "engine/document/document.h"
#include "imgui.h"

namespace riposte::ui {

struct Palette {
  ImU32 page_bg, text, text_dim, rule, accusation, rebuttal, support, neutral, selection;
};

void apply_theme(bool dark, float dpr);
const Palette& palette(bool dark);
ImU32 claim_color(bool dark, ClaimKind kind);
ImVec4 parse_hex_color(const std::string& hex, float alpha = 1.0f);  // "#rrggbb"; grey if malformed
ImU32 stance_color(double score, bool dark);                         // red (hostile) … grey … green

}  // namespace riposte::ui
