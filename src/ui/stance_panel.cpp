// The Stance panel under a colour legend. Wide screens: an actor × actor heat map (rows speak about columns);
// row labels carry the full names, wrapped onto more lines when they are long (a tooltip adds the side); a cell
// opens the claims that are its evidence. Narrow screens: the same pairs as a list of finger-sized rows, most
// hostile first (a 16 × 16 grid of 44-pixel cells does not fit a phone).
//
// [SECTION] Which actors, and the grid's measures
// [SECTION] Legend, labels, cells
// [SECTION] The list (narrow screens)
// [SECTION] StancePanel::draw
#include <algorithm>
#include <cstdio>

#include "ui/document_view_model.h"
#include "ui/panels.h"
#include "ui/side_panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

constexpr size_t kMaxActors = 16;  // more make the grid illegible

// [SECTION] Which actors, and the grid's measures
// Actors in a stance edge, most involved first.
std::vector<int> stance_axis(const Document& d) {
  std::vector<int> involved(d.actors.size(), 0);
  for (const StanceEdge& e : d.stance) {
    if (e.from >= 0) ++involved[e.from];
    if (e.to >= 0) ++involved[e.to];
  }
  std::vector<int> axis;
  for (size_t a = 0; a < involved.size(); ++a)
    if (involved[a]) axis.push_back(static_cast<int>(a));
  std::stable_sort(axis.begin(), axis.end(), [&](int x, int y) { return involved[x] > involved[y]; });
  if (axis.size() > kMaxActors) axis.resize(kMaxActors);
  return axis;
}

struct Grid {
  ImVec2 origin;  // top left of the labels column
  float label_w = 0, cell = 0;
  ImVec2 cells;              // top left of the first cell
  std::vector<float> row_y;  // top of each row, and the bottom of the last
  std::vector<std::string> labels;
};

std::string row_label(const Document& d, int actor, size_t i) {
  char label[200];
  std::snprintf(label, sizeof label, "%zu  %s", i + 1, d.actors[actor].name.c_str());
  return label;
}

// Cells share the width left by the labels; a label too long for its column wraps (its row grows).
Grid measure_grid(const Document& d, const std::vector<int>& axis) {
  Grid g;
  g.origin = ImGui::GetCursorScreenPos();
  const float avail = ImGui::GetContentRegionAvail().x, font = ImGui::GetFontSize();
  const float n = static_cast<float>(axis.size());
  float widest = 0;
  for (size_t i = 0; i < axis.size(); ++i) {
    g.labels.push_back(row_label(d, axis[i], i));
    widest = std::max(widest, ImGui::CalcTextSize(g.labels.back().c_str()).x);
  }
  g.cell = std::clamp((avail - std::min(widest, avail * 0.45f)) / n, font * 1.2f, font * 1.8f);
  g.label_w = std::clamp(avail - g.cell * n - font * 0.5f, font * 5.0f, widest + font * 0.5f);
  g.cells = ImVec2(g.origin.x + g.label_w, g.origin.y + font * 1.4f);
  float y = g.cells.y;
  for (const std::string& label : g.labels) {
    g.row_y.push_back(y);
    const float h = ImGui::CalcTextSize(label.c_str(), nullptr, false, g.label_w - font * 0.5f).y;
    y += std::max(g.cell, h + font * 0.4f);
  }
  g.row_y.push_back(y);
  return g;
}

// [SECTION] Legend, labels, cells
// Hostile red … neutral … friendly green, with its ends named, and how to read the grid.
void draw_legend(AppState& s) {
  ImGui::PushTextWrapPos(0);
  if (s.screen.sheet)
    ImGui::TextDisabled("Who speaks about whom, most hostile first. Tap a pair for its evidence.");
  else
    ImGui::TextDisabled("Rows speak about columns. %s a cell for its evidence.", s.screen.touch ? "Tap" : "Click");
  ImGui::PopTextWrapPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const float font = ImGui::GetFontSize(), bar_w = std::min(ImGui::GetContentRegionAvail().x * 0.5f, font * 12);
  const float left_w = ImGui::CalcTextSize("hostile").x + font * 0.5f;
  dl->AddText(ImVec2(o.x, o.y), ImGui::GetColorU32(ImGuiCol_Text), "hostile");
  const int steps = 24;
  for (int i = 0; i < steps; ++i) {
    const float x0 = o.x + left_w + bar_w * i / steps, x1 = o.x + left_w + bar_w * (i + 1) / steps;
    dl->AddRectFilled(ImVec2(x0, o.y + font * 0.15f), ImVec2(x1, o.y + font * 0.95f),
                      stance_color(-1.0 + 2.0 * (i + 0.5) / steps, s.dark));
  }
  dl->AddText(ImVec2(o.x + left_w + bar_w + font * 0.5f, o.y), ImGui::GetColorU32(ImGuiCol_Text), "friendly");
  ImGui::Dummy(ImVec2(left_w + bar_w + font * 5, font * 1.3f));
  record_item(s, "stance-legend");
}

// Numbered column heads and the row labels (full names, wrapped); hovering a label names the actor's side.
void draw_labels(AppState& s, const Grid& g, const std::vector<int>& axis) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float font = ImGui::GetFontSize();
  for (size_t j = 0; j < axis.size(); ++j) {
    char num[8];
    std::snprintf(num, sizeof num, "%zu", j + 1);
    dl->AddText(ImVec2(g.cells.x + g.cell * j + g.cell * 0.3f, g.origin.y), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                num);
  }
  for (size_t i = 0; i < axis.size(); ++i) {
    const ImVec2 a(g.origin.x, g.row_y[i]), b(g.cells.x - font * 0.25f, g.row_y[i + 1]);
    dl->AddText(nullptr, 0.0f, ImVec2(a.x, a.y + font * 0.2f), ImGui::GetColorU32(ImGuiCol_Text), g.labels[i].c_str(),
                nullptr, g.label_w - font * 0.5f);
    if (s.ui_rects.size() < 400) s.ui_rects.push_back({"stance-row-" + s.doc.actors[axis[i]].id, a, b});
    if (ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(a, b))
      ImGui::SetTooltip("%s", affiliation_chain(s.doc, axis[i]).c_str());
  }
}

// The claims behind a cell: picking one selects it in the article.
void evidence_popup(AppState& s, const StanceEdge& edge) {
  if (!ImGui::BeginPopup("evidence")) return;
  const Document& d = s.doc;
  ImGui::Text("%s \xE2\x86\x92 %s  %+.2f", d.actors[edge.from].name.c_str(), d.actors[edge.to].name.c_str(),
              edge.score);
  ImGui::Separator();
  push_touch_rows(s);
  for (int c : edge.claims) {
    const Claim& cl = d.claims[c];
    ImGui::PushID(c);
    const std::string label =
        cl.id + "  " + std::string(to_string(cl.kind)) + ": " +
        std::string(std::string_view(d.text).substr(cl.cue.begin, std::min<uint32_t>(cl.cue.size(), 80)));
    if (ImGui::Selectable(label.c_str())) reveal_claim(s, c);
    record_item(s, "evidence-" + cl.id);
    ImGui::PopID();
  }
  pop_touch_rows(s);
  ImGui::EndPopup();
}

void draw_cells(AppState& s, const Grid& g, const std::vector<int>& axis) {
  const Document& d = s.doc;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  std::vector<int> index(d.actors.size(), -1);
  for (size_t i = 0; i < axis.size(); ++i) index[axis[i]] = static_cast<int>(i);
  auto cell_min = [&](size_t row, size_t col) {
    return ImVec2(g.cells.x + g.cell * col + 1, g.row_y[row] + (g.row_y[row + 1] - g.row_y[row] - g.cell) * 0.5f + 1);
  };
  for (size_t i = 0; i < axis.size(); ++i)
    for (size_t j = 0; j < axis.size(); ++j) {
      const ImVec2 a = cell_min(i, j);
      dl->AddRectFilled(a, ImVec2(a.x + g.cell - 2, a.y + g.cell - 2), ImGui::GetColorU32(ImGuiCol_FrameBg), 2);
    }
  for (size_t e = 0; e < d.stance.size(); ++e) {
    const StanceEdge& edge = d.stance[e];
    if (edge.from < 0 || edge.to < 0 || index[edge.from] < 0 || index[edge.to] < 0) continue;
    const ImVec2 a = cell_min(index[edge.from], index[edge.to]);
    dl->AddRectFilled(a, ImVec2(a.x + g.cell - 2, a.y + g.cell - 2), stance_color(edge.score, s.dark), 2);
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(static_cast<int>(e));
    if (ImGui::InvisibleButton("cell", ImVec2(g.cell - 2, g.cell - 2))) ImGui::OpenPopup("evidence");
    if (s.ui_rects.size() < 400) record_item(s, "stance-" + d.actors[edge.from].id + "-" + d.actors[edge.to].id);
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s \xE2\x86\x92 %s: %+.2f (%zu claims)", d.actors[edge.from].name.c_str(),
                        d.actors[edge.to].name.c_str(), edge.score, edge.claims.size());
    evidence_popup(s, edge);
    ImGui::PopID();
  }
}

// [SECTION] The list (narrow screens)
void draw_list(AppState& s) {
  const Document& d = s.doc;
  std::vector<size_t> order;
  for (size_t e = 0; e < d.stance.size(); ++e)
    if (d.stance[e].from >= 0 && d.stance[e].to >= 0) order.push_back(e);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return d.stance[a].score < d.stance[b].score; });
  const float font = ImGui::GetFontSize(), swatch = font * 1.2f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (size_t e : order) {
    const StanceEdge& edge = d.stance[e];
    char text[400];
    std::snprintf(text, sizeof text, "%s \xE2\x86\x92 %s   %+.2f \xC2\xB7 %zu %s", d.actors[edge.from].name.c_str(),
                  d.actors[edge.to].name.c_str(), edge.score, edge.claims.size(),
                  edge.claims.size() == 1 ? "claim" : "claims");
    const float wrap = ImGui::GetContentRegionAvail().x - swatch - font;
    const float text_h = ImGui::CalcTextSize(text, nullptr, false, wrap).y;
    const float h = std::max(kTouchTarget * s.dpr, text_h + font * 0.6f) - ImGui::GetStyle().ItemSpacing.y;
    ImGui::PushID(static_cast<int>(e));
    const ImVec2 top = ImGui::GetCursorScreenPos();
    if (ImGui::Selectable("##pair", false, 0, ImVec2(0, h))) ImGui::OpenPopup("evidence");
    record_item(s, "stance-" + d.actors[edge.from].id + "-" + d.actors[edge.to].id);
    const float mid = top.y + h * 0.5f;
    dl->AddRectFilled(ImVec2(top.x, mid - swatch * 0.5f), ImVec2(top.x + swatch, mid + swatch * 0.5f),
                      stance_color(edge.score, s.dark), 3 * s.dpr);
    dl->AddText(nullptr, 0.0f, ImVec2(top.x + swatch + font * 0.5f, mid - text_h * 0.5f),
                ImGui::GetColorU32(ImGuiCol_Text), text, nullptr, wrap);
    evidence_popup(s, edge);
    ImGui::PopID();
  }
}

}  // namespace

// [SECTION] StancePanel::draw
void StancePanel::draw(AppState& s) {
  if (s.doc.stance.empty()) {
    ImGui::TextDisabled("No stance between actors in this article.");
    return;
  }
  draw_legend(s);
  if (s.screen.sheet) {
    draw_list(s);
    return;
  }
  const std::vector<int> axis = stance_axis(s.doc);
  const Grid g = measure_grid(s.doc, axis);
  draw_labels(s, g, axis);
  draw_cells(s, g, axis);
  ImGui::SetCursorScreenPos(ImVec2(g.origin.x, g.row_y.back() + 4));
  ImGui::Dummy(ImVec2(g.label_w + g.cell * axis.size(), 1));
}

}  // namespace riposte::ui
