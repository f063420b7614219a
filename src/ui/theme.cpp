#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace riposte::ui {
namespace {

constexpr Palette kLight = {IM_COL32(251, 250, 246, 255), IM_COL32(28, 28, 30, 255),    IM_COL32(110, 110, 115, 255),
                            IM_COL32(220, 216, 206, 255), IM_COL32(200, 40, 40, 255),   IM_COL32(25, 95, 190, 255),
                            IM_COL32(20, 130, 70, 255),   IM_COL32(120, 120, 120, 255), IM_COL32(255, 214, 64, 255)};
constexpr Palette kDark = {IM_COL32(22, 24, 29, 255),   IM_COL32(226, 228, 232, 255), IM_COL32(150, 154, 162, 255),
                           IM_COL32(58, 62, 72, 255),   IM_COL32(255, 110, 100, 255), IM_COL32(110, 170, 255, 255),
                           IM_COL32(90, 210, 140, 255), IM_COL32(160, 160, 160, 255), IM_COL32(200, 160, 40, 255)};

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

const Palette& palette(bool dark) { return dark ? kDark : kLight; }

ImU32 claim_color(bool dark, ClaimKind kind) {
  const Palette& p = palette(dark);
  switch (kind) {
    case ClaimKind::Accusation:
      return p.accusation;
    case ClaimKind::Rebuttal:
      return p.rebuttal;
    case ClaimKind::Support:
      return p.support;
  }
  return p.neutral;
}

ImVec4 parse_hex_color(const std::string& hex, float alpha) {
  if (hex.size() != 7 || hex[0] != '#') return ImVec4(0.55f, 0.55f, 0.55f, alpha);
  int v[6];
  for (int i = 0; i < 6; ++i)
    if ((v[i] = hex_digit(hex[i + 1])) < 0) return ImVec4(0.55f, 0.55f, 0.55f, alpha);
  return ImVec4((v[0] * 16 + v[1]) / 255.0f, (v[2] * 16 + v[3]) / 255.0f, (v[4] * 16 + v[5]) / 255.0f, alpha);
}

ImU32 stance_color(double score, bool dark) {
  const float s = static_cast<float>(std::clamp(score, -1.0, 1.0));
  const ImVec4 mid = dark ? ImVec4(0.25f, 0.26f, 0.29f, 1) : ImVec4(0.93f, 0.92f, 0.89f, 1);
  const ImVec4 hostile(0.80f, 0.16f, 0.16f, 1), friendly(0.12f, 0.55f, 0.30f, 1);
  const ImVec4& end = s < 0 ? hostile : friendly;
  const float t = std::fabs(s);
  return ImGui::GetColorU32(
      ImVec4(mid.x + (end.x - mid.x) * t, mid.y + (end.y - mid.y) * t, mid.z + (end.z - mid.z) * t, 1));
}

void apply_theme(bool dark, float dpr, bool touch) {
  ImGuiStyle style;
  if (dark)
    ImGui::StyleColorsDark(&style);
  else
    ImGui::StyleColorsLight(&style);
  style.WindowRounding = 0;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.GrabRounding = 4;
  style.TabRounding = 4;
  style.WindowBorderSize = 0;
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 6);
  style.ScrollbarSize = 14;
  if (touch) {
    // Buttons, tabs and checkboxes are a frame high: the 15 px UI font plus padding makes kTouchTarget.
    style.FramePadding = ImVec2(12, (kTouchTarget - 15.0f) * 0.5f);
    style.ItemSpacing = ImVec2(10, 8);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 8;  // an indicator: a finger scrolls the view itself
    style.TouchExtraPadding = ImVec2(4, 4);
    style.SelectableTextAlign = ImVec2(0, 0.5f);  // labels centred in rows a fingertip tall
  }
  const Palette& p = palette(dark);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(p.page_bg);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(p.text);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(p.text_dim);
  c[ImGuiCol_Separator] = ImGui::ColorConvertU32ToFloat4(p.rule);
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(p.rule);
  if (!dark) {
    c[ImGuiCol_Button] = ImVec4(0.90f, 0.88f, 0.83f, 1);
    c[ImGuiCol_ButtonHovered] = ImVec4(0.84f, 0.81f, 0.74f, 1);
    c[ImGuiCol_ButtonActive] = ImVec4(0.78f, 0.74f, 0.66f, 1);
    c[ImGuiCol_Header] = ImVec4(0.90f, 0.88f, 0.83f, 1);
    c[ImGuiCol_HeaderHovered] = ImVec4(0.86f, 0.83f, 0.77f, 1);
    c[ImGuiCol_HeaderActive] = ImVec4(0.80f, 0.77f, 0.70f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.90f, 0.88f, 0.83f, 1);
    c[ImGuiCol_TabActive] = ImVec4(0.98f, 0.97f, 0.95f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.84f, 0.81f, 0.74f, 1);
    c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 0.99f, 0.98f);
    c[ImGuiCol_FrameBg] = ImVec4(0.93f, 0.92f, 0.88f, 1);
  }
  style.ScaleAllSizes(dpr);
  ImGui::GetStyle() = style;
}

void sync_style(AppState& s) {
  if (s.styled_dark == s.dark && s.styled_dpr == s.dpr && s.styled_touch == s.screen.touch) return;
  apply_theme(s.dark, s.dpr, s.screen.touch);
  s.styled_dark = s.dark;
  s.styled_dpr = s.dpr;
  s.styled_touch = s.screen.touch;
}

// A Selectable or MenuItem is as tall as its text plus the row spacing (half above, half below).
void push_touch_rows(const AppState& s) {
  if (!s.screen.touch) return;
  const float text = ImGui::GetFontSize();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing,
                      ImVec2(ImGui::GetStyle().ItemSpacing.x, std::max(0.0f, kTouchTarget * s.dpr - text)));
}

void pop_touch_rows(const AppState& s) {
  if (s.screen.touch) ImGui::PopStyleVar();
}

}  // namespace riposte::ui
