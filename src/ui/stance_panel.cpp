#include <algorithm>
#include <cstdio>

#include "ui/panels.h"
#include "ui/theme.h"

namespace riposte::ui {

void StancePanel::draw(AppState& s) {
  const Document& d = s.doc;
  if (d.stance.empty()) {
    ImGui::TextDisabled("No stance between actors in this article.");
    return;
  }
  // Actors that appear in a stance edge, most involved first (cap keeps the grid legible).
  std::vector<int> involved(d.actors.size(), 0);
  for (const StanceEdge& e : d.stance) {
    if (e.from >= 0) ++involved[e.from];
    if (e.to >= 0) ++involved[e.to];
  }
  std::vector<int> axis;
  for (size_t a = 0; a < involved.size(); ++a)
    if (involved[a]) axis.push_back(static_cast<int>(a));
  std::stable_sort(axis.begin(), axis.end(), [&](int x, int y) { return involved[x] > involved[y]; });
  if (axis.size() > 16) axis.resize(16);
  std::vector<int> index(d.actors.size(), -1);
  for (size_t i = 0; i < axis.size(); ++i) index[axis[i]] = static_cast<int>(i);

  ImGui::TextDisabled("Rows speak about columns. Red is hostile, green friendly. Click a cell for evidence.");
  const float cell = ImGui::GetFontSize() * 1.6f;
  float label_w = 0;
  for (int a : axis) label_w = std::max(label_w, ImGui::CalcTextSize(d.actors[a].name.c_str()).x);
  label_w = std::min(label_w + 8, ImGui::GetFontSize() * 10);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 grid(o.x + label_w, o.y + cell * 0.2f + ImGui::GetFontSize() * 1.3f);
  // Column headers: initials-sized labels, full names in the row labels.
  for (size_t j = 0; j < axis.size(); ++j) {
    char num[8];
    std::snprintf(num, sizeof num, "%zu", j + 1);
    dl->AddText(ImVec2(grid.x + cell * j + cell * 0.3f, o.y), ImGui::GetColorU32(ImGuiCol_TextDisabled), num);
  }
  for (size_t i = 0; i < axis.size(); ++i) {
    char label[160];
    std::snprintf(label, sizeof label, "%zu %s", i + 1, d.actors[axis[i]].name.c_str());
    dl->PushClipRect(ImVec2(o.x, grid.y + cell * i), ImVec2(grid.x - 4, grid.y + cell * (i + 1)), true);
    dl->AddText(ImVec2(o.x, grid.y + cell * i + cell * 0.2f), ImGui::GetColorU32(ImGuiCol_Text), label);
    dl->PopClipRect();
    for (size_t j = 0; j < axis.size(); ++j)
      dl->AddRectFilled(ImVec2(grid.x + cell * j + 1, grid.y + cell * i + 1),
                        ImVec2(grid.x + cell * (j + 1) - 1, grid.y + cell * (i + 1) - 1),
                        ImGui::GetColorU32(ImGuiCol_FrameBg), 2);
  }
  for (size_t e = 0; e < d.stance.size(); ++e) {
    const StanceEdge& edge = d.stance[e];
    if (edge.from < 0 || edge.to < 0 || index[edge.from] < 0 || index[edge.to] < 0) continue;
    const ImVec2 a(grid.x + cell * index[edge.to] + 1, grid.y + cell * index[edge.from] + 1);
    const ImVec2 b(a.x + cell - 2, a.y + cell - 2);
    dl->AddRectFilled(a, b, stance_color(edge.score, s.dark), 2);
    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(static_cast<int>(e));
    if (ImGui::InvisibleButton("cell", ImVec2(cell - 2, cell - 2))) ImGui::OpenPopup("evidence");
    if (s.ui_rects.size() < 400)
      s.ui_rects.push_back({"stance-" + d.actors[edge.from].id + "-" + d.actors[edge.to].id, ImGui::GetItemRectMin(),
                            ImGui::GetItemRectMax()});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s \xE2\x86\x92 %s: %+.2f (%zu claims)", d.actors[edge.from].name.c_str(),
                        d.actors[edge.to].name.c_str(), edge.score, edge.claims.size());
    if (ImGui::BeginPopup("evidence")) {
      ImGui::Text("%s \xE2\x86\x92 %s  %+.2f", d.actors[edge.from].name.c_str(), d.actors[edge.to].name.c_str(),
                  edge.score);
      ImGui::Separator();
      for (int c : edge.claims) {
        const Claim& cl = d.claims[c];
        ImGui::PushID(c);
        std::string label =
            cl.id + "  " + std::string(to_string(cl.kind)) + ": " +
            std::string(std::string_view(d.text).substr(cl.cue.begin, std::min<uint32_t>(cl.cue.size(), 80)));
        if (ImGui::Selectable(label.c_str())) {
          s.selected_claim = c;
          s.scroll_to_claim = c;
        }
        s.ui_rects.push_back({"evidence-" + cl.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        ImGui::PopID();
      }
      ImGui::EndPopup();
    }
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(ImVec2(o.x, grid.y + cell * axis.size() + 4));
  ImGui::Dummy(ImVec2(label_w + cell * axis.size(), 1));
}

}  // namespace riposte::ui
