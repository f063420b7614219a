// The Actors panel: actors grouped by side (most mentioned first), a tick box to hide a side or an actor in the
// article, a click to select one, a right click (long press) for its editing menu.
#include <algorithm>

#include "ui/document_view_model.h"
#include "ui/edit_menus.h"
#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

void swatch(const std::string& color) {
  ImGui::ColorButton("##c", parse_hex_color(color), ImGuiColorEditFlags_NoTooltip,
                     ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
}

// One actor's row; false when an edit from its menu regrouped the list (stop drawing it this frame).
bool draw_member(AppState& s, int a) {
  const Actor& actor = s.doc.actors[a];
  ImGui::PushID(a);
  bool shown = !s.actor_hidden[a];
  if (ImGui::Checkbox("##show", &shown)) s.actor_hidden[a] = !shown;
  record_item(s, "actor-" + actor.id);
  ImGui::SameLine();
  swatch(actor.color);
  ImGui::SameLine();
  const std::string label = actor.name + "  \xC2\xB7 " + std::string(to_string(actor.kind)) + " \xC2\xB7 " +
                            std::to_string(s.actor_mentions[a]) + (actor.human ? "  \xC2\xB7 yours" : "");
  // On touch screens the row is as tall as its checkbox: one fingertip target.
  const float row_h = s.screen.touch ? ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.y : 0.0f;
  if (ImGui::Selectable(label.c_str(), s.selected_actor == a, 0, ImVec2(0, row_h)))
    s.selected_actor = s.selected_actor == a ? -1 : a;
  if (ImGui::IsItemHovered()) s.hovered_actor = a;
  // Right click: rename, re-affiliate or merge.
  const uint64_t generation = s.doc_generation;
  if (ImGui::BeginPopupContextItem("actor_ctx")) {
    push_touch_rows(s);
    ImGui::TextDisabled("%s", actor.name.c_str());
    EditMenus::actor_items(s, a);
    pop_touch_rows(s);
    ImGui::EndPopup();
  }
  ImGui::PopID();
  return s.doc_generation == generation;
}

// A side: its tick box (all its actors), colour, name and mentions, then its actors; false as draw_member.
bool draw_side(AppState& s, int side) {
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
  swatch(s.doc.actors[side].color);
  ImGui::SameLine();
  ImGui::PushFont(s.fonts.ui_bold);
  const bool open = ImGui::TreeNodeEx("##side_node", ImGuiTreeNodeFlags_DefaultOpen | ImGuiTreeNodeFlags_SpanAvailWidth,
                                      "%s  (%d)", s.doc.actors[side].name.c_str(), side_mentions);
  ImGui::PopFont();
  bool unchanged = true;
  if (open) {
    for (int a : members)
      if (!(unchanged = draw_member(s, a))) break;
    ImGui::TreePop();
  }
  ImGui::PopID();
  return unchanged;
}

}  // namespace

void ActorsPanel::draw(AppState& s) {
  if (s.doc.actors.empty()) {
    ImGui::TextDisabled("No actors found in this article.");
    return;
  }
  ImGui::TextDisabled("%zu actors on %zu sides", s.doc.actors.size(), s.sides_by_mentions.size());
  ImGui::SameLine();
  if (s.screen.touch ? ImGui::Button("Show all") : ImGui::SmallButton("Show all"))
    std::fill(s.actor_hidden.begin(), s.actor_hidden.end(), false);
  for (int side : s.sides_by_mentions)
    if (!draw_side(s, side)) return;
}

}  // namespace riposte::ui
