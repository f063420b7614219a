// [SECTION] Panel bodies
// [SECTION] Wide screens: the column
// [SECTION] Narrow screens: the bottom sheet and the tab strip
#include "ui/side_panels.h"

#include <algorithm>
#include <cstdio>

#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

constexpr SideTab kTabs[] = {SideTab::Actors, SideTab::Claims, SideTab::Stance, SideTab::Graph};
constexpr const char* kTabNames[] = {"tab-actors", "tab-claims", "tab-stance", "tab-graph"};
constexpr float kHalf = 0.5f, kFull = 0.88f;  // sheet heights, as parts of the area below the toolbar

// "Actors 23###actors": the count changes, the tab's identity does not.
std::string tab_label(const AppState& s, SideTab t) {
  char label[48];
  switch (t) {
    case SideTab::Actors:
      std::snprintf(label, sizeof label, "Actors %zu###actors", s.doc.actors.size());
      break;
    case SideTab::Claims:
      std::snprintf(label, sizeof label, "Claims %zu###claims", s.claim_rows.size());
      break;
    case SideTab::Stance:
      return "Stance###stance";
    case SideTab::Graph:
      return "Graph###graph";
  }
  return label;
}

// [SECTION] Panel bodies
void draw_panel_body(AppState& s, SideTab tab, float height) {
  ImGui::BeginChild("panel_body", ImVec2(0, height));
  switch (tab) {
    case SideTab::Actors:
      ActorsPanel::draw(s);
      break;
    case SideTab::Claims:
      ClaimsPanel::draw(s);
      break;
    case SideTab::Stance:
      StancePanel::draw(s);
      break;
    case SideTab::Graph:
      GraphPanel::draw(s);
      break;
  }
  ImGui::EndChild();
}

}  // namespace

void reveal_claim(AppState& s, int claim) {
  if (claim < 0 || claim >= static_cast<int>(s.doc.claims.size())) return;
  s.selected_claim = claim;
  s.scroll_to_claim = claim;
  if (s.screen.sheet && s.sheet == SheetStop::Full) s.sheet = SheetStop::Half;
}

// [SECTION] Wide screens: the column
void draw_panel_column(AppState& s, float height) {
  if (!ImGui::BeginTabBar("panels")) return;
  for (int i = 0; i < 4; ++i) {
    const bool select = s.tab_request == static_cast<int>(kTabs[i]);
    const bool open =
        ImGui::BeginTabItem(tab_label(s, kTabs[i]).c_str(), nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
    record_item(s, kTabNames[i]);
    if (!open) continue;
    s.tab = kTabs[i];
    draw_panel_body(s, kTabs[i], height - ImGui::GetFrameHeightWithSpacing());
    ImGui::EndTabItem();
  }
  ImGui::EndTabBar();
  s.tab_request = -1;
}

// [SECTION] Narrow screens: the bottom sheet and the tab strip
float sheet_height(const AppState& s, float available) {
  if (s.sheet_drag >= 0) return std::clamp(s.sheet_drag, 0.0f, available * kFull);
  switch (s.sheet) {
    case SheetStop::Closed:
      return 0;
    case SheetStop::Half:
      return available * kHalf;
    case SheetStop::Full:
      return available * kFull;
  }
  return 0;
}

float tab_strip_height(const AppState& s) { return ImGui::GetFrameHeightWithSpacing(); }

// The sheet: a handle (drag it, or tap ▲/▼ to grow or shrink, × to close) over the open panel.
void draw_sheet(AppState& s, float height) {
  if (height <= 0) return;
  const float handle_h = ImGui::GetFrameHeightWithSpacing();
  const ImVec2 top = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(top.x, top.y), ImVec2(top.x + width, top.y), ImGui::GetColorU32(ImGuiCol_Separator), 1.0f * s.dpr);
  const float grip = ImGui::GetFontSize() * 2.5f;
  dl->AddRectFilled(ImVec2(top.x + (width - grip) * 0.5f, top.y + 4 * s.dpr),
                    ImVec2(top.x + (width + grip) * 0.5f, top.y + 8 * s.dpr), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                    2 * s.dpr);
  // Dragging the handle resizes the sheet; on release it snaps to the nearest stop.
  const float buttons_w = handle_h * 2 + ImGui::GetStyle().ItemSpacing.x * 2;
  ImGui::InvisibleButton("sheet_handle", ImVec2(std::max(1.0f, width - buttons_w), handle_h));
  record_item(s, "sheet-handle");
  const float area = height / (s.sheet == SheetStop::Full ? kFull : kHalf);  // the area the stops divide
  if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 4 * s.dpr)) {
    s.sheet_drag = height - ImGui::GetIO().MouseDelta.y;
  } else if (s.sheet_drag >= 0 && !ImGui::IsItemActive()) {
    const float f = s.sheet_drag / std::max(1.0f, area);
    s.sheet = f < kHalf * 0.5f ? SheetStop::Closed : f < (kHalf + kFull) * 0.5f ? SheetStop::Half : SheetStop::Full;
    s.sheet_drag = -1;
  }
  ImGui::SameLine();
  const bool full = s.sheet == SheetStop::Full;
  if (ImGui::Button(full ? "\xE2\x96\xBC" : "\xE2\x96\xB2", ImVec2(handle_h, 0)))  // ▼ / ▲
    s.sheet = full ? SheetStop::Half : SheetStop::Full;
  record_item(s, "sheet-expand");
  ImGui::SameLine();
  if (ImGui::Button("\xC3\x97", ImVec2(handle_h, 0))) s.sheet = SheetStop::Closed;  // ×
  record_item(s, "sheet-close");
  draw_panel_body(s, s.tab, height - handle_h - ImGui::GetStyle().ItemSpacing.y);
}

// The strip: Article (closes the sheet) and one tab per panel, equal widths, each at least a fingertip tall.
void draw_tab_strip(AppState& s) {
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float w = (ImGui::GetContentRegionAvail().x - spacing * 4) / 5;
  const bool sheet_open = s.sheet != SheetStop::Closed;
  auto tab = [&](const std::string& label, const char* name, bool active) {
    if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_TabActive));
    if (active) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette(s.dark).rebuttal));
    const bool pressed = ImGui::Button(label.c_str(), ImVec2(w, 0));
    if (active) ImGui::PopStyleColor(2);
    record_item(s, name);
    return pressed;
  };
  if (tab("Article###article", "tab-article", !sheet_open)) s.sheet = SheetStop::Closed;
  for (int i = 0; i < 4; ++i) {
    ImGui::SameLine();
    const bool requested = s.tab_request == static_cast<int>(kTabs[i]);
    if (tab(tab_label(s, kTabs[i]), kTabNames[i], sheet_open && s.tab == kTabs[i]) || requested) {
      s.tab = kTabs[i];
      if (!sheet_open) s.sheet = SheetStop::Half;
    }
  }
  s.tab_request = -1;
}

}  // namespace riposte::ui
