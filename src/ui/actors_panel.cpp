#include <algorithm>
#include <map>

#include "ui/document_view_model.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace riposte::ui {

void ActorsPanel::draw(AppState& s) {
  const Document& d = s.doc;
  if (d.actors.empty()) {
    ImGui::TextDisabled("No actors found in this article.");
    return;
  }
  // Sides in order of mentions, members under their side.
  std::vector<int> sides;
  std::vector<int> side_mentions(d.actors.size(), 0);
  for (size_t a = 0; a < d.actors.size(); ++a) {
    const int side = s.actor_side[a] >= 0 ? s.actor_side[a] : static_cast<int>(a);
    if (side_mentions[side] == 0 && std::find(sides.begin(), sides.end(), side) == sides.end()) sides.push_back(side);
    side_mentions[side] += s.actor_mentions[a];
  }
  std::stable_sort(sides.begin(), sides.end(), [&](int x, int y) { return side_mentions[x] > side_mentions[y]; });
  ImGui::TextDisabled("%zu actors on %zu sides", d.actors.size(), sides.size());
  ImGui::SameLine();
  if (ImGui::SmallButton("Show all")) std::fill(s.actor_hidden.begin(), s.actor_hidden.end(), false);
  for (int side : sides) {
    ImGui::PushID(side);
    bool all_shown = true;
    for (size_t a = 0; a < d.actors.size(); ++a)
      if (s.actor_side[a] == side && s.actor_hidden[a]) all_shown = false;
    if (ImGui::Checkbox("##side", &all_shown))
      for (size_t a = 0; a < d.actors.size(); ++a)
        if (s.actor_side[a] == side) s.actor_hidden[a] = !all_shown;
    ImGui::SameLine();
    ImGui::ColorButton("##sc", parse_hex_color(d.actors[side].color), ImGuiColorEditFlags_NoTooltip,
                       ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
    ImGui::SameLine();
    ImGui::PushFont(s.fonts.ui_bold);
    const bool open = ImGui::TreeNodeEx("##side_node", ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth,
                                        "%s  (%d)", d.actors[side].name.c_str(), side_mentions[side]);
    ImGui::PopFont();
    if (open) {
      for (size_t a = 0; a < d.actors.size(); ++a) {
        if (s.actor_side[a] != side) continue;
        ImGui::PushID(static_cast<int>(a));
        bool shown = !s.actor_hidden[a];
        if (ImGui::Checkbox("##show", &shown)) s.actor_hidden[a] = !shown;
        if (s.ui_rects.size() < 400) s.ui_rects.push_back({"actor-" + d.actors[a].id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        ImGui::SameLine();
        ImGui::ColorButton("##c", parse_hex_color(d.actors[a].color), ImGuiColorEditFlags_NoTooltip,
                           ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        const std::string label = d.actors[a].name + "  \xC2\xB7 " + std::string(to_string(d.actors[a].kind)) + " \xC2\xB7 " +
                                  std::to_string(s.actor_mentions[a]);
        if (ImGui::Selectable(label.c_str(), s.selected_actor == static_cast<int>(a)))
          s.selected_actor = s.selected_actor == static_cast<int>(a) ? -1 : static_cast<int>(a);
        if (ImGui::IsItemHovered()) s.hovered_actor = static_cast<int>(a);
        ImGui::PopID();
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace riposte::ui
