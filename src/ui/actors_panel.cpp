#include <algorithm>
#include <map>

#include "ui/document_view_model.h"
#include "ui/edit_menus.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace riposte::ui {

void ActorsPanel::draw(AppState& s) {
  const Document& d = s.doc;
  if (d.actors.empty()) {
    ImGui::TextDisabled("No actors found in this article.");
    return;
  }
  const std::vector<int>& sides = s.sides_by_mentions;
  ImGui::TextDisabled("%zu actors on %zu sides", d.actors.size(), sides.size());
  ImGui::SameLine();
  if (s.screen.touch ? ImGui::Button("Show all") : ImGui::SmallButton("Show all"))
    std::fill(s.actor_hidden.begin(), s.actor_hidden.end(), false);
  for (int side : sides) {
    const std::vector<int>& members = s.side_members[side];
    int side_mentions = 0;
    bool all_shown = true;
    for (int a : members) {
      side_mentions += s.actor_mentions[a];
      if (s.actor_hidden[a]) all_shown = false;
    }
    ImGui::PushID(side);
    if (ImGui::Checkbox("##side", &all_shown))
      for (int a : members) s.actor_hidden[a] = !all_shown;
    ImGui::SameLine();
    ImGui::ColorButton("##sc", parse_hex_color(d.actors[side].color), ImGuiColorEditFlags_NoTooltip,
                       ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
    ImGui::SameLine();
    ImGui::PushFont(s.fonts.ui_bold);
    const bool open =
        ImGui::TreeNodeEx("##side_node", ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth, "%s  (%d)",
                          d.actors[side].name.c_str(), side_mentions);
    ImGui::PopFont();
    if (open) {
      for (int a : members) {
        ImGui::PushID(a);
        bool shown = !s.actor_hidden[a];
        if (ImGui::Checkbox("##show", &shown)) s.actor_hidden[a] = !shown;
        if (s.ui_rects.size() < 400)
          s.ui_rects.push_back({"actor-" + d.actors[a].id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
        ImGui::SameLine();
        ImGui::ColorButton("##c", parse_hex_color(d.actors[a].color), ImGuiColorEditFlags_NoTooltip,
                           ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
        ImGui::SameLine();
        const std::string label = d.actors[a].name + "  \xC2\xB7 " + std::string(to_string(d.actors[a].kind)) +
                                  " \xC2\xB7 " + std::to_string(s.actor_mentions[a]) +
                                  (d.actors[a].human ? "  \xC2\xB7 yours" : "");
        // On touch screens the row is as tall as its checkbox: one fingertip target.
        const float row_h = s.screen.touch ? ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.y : 0.0f;
        if (ImGui::Selectable(label.c_str(), s.selected_actor == a, 0, ImVec2(0, row_h)))
          s.selected_actor = s.selected_actor == a ? -1 : a;
        if (ImGui::IsItemHovered()) s.hovered_actor = a;
        // Right click: rename, re-affiliate or merge. An edit regroups the list: stop drawing it this frame.
        const uint64_t generation = s.doc_generation;
        if (ImGui::BeginPopupContextItem("actor_ctx")) {
          push_touch_rows(s);
          ImGui::TextDisabled("%s", d.actors[a].name.c_str());
          EditMenus::actor_items(s, a);
          pop_touch_rows(s);
          ImGui::EndPopup();
        }
        ImGui::PopID();
        if (s.doc_generation != generation) {
          ImGui::TreePop();
          ImGui::PopID();
          return;
        }
      }
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
}

}  // namespace riposte::ui
