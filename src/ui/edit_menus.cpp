// [SECTION] Helpers: actor picker, menu item rectangles for tests
// [SECTION] Actor and mention menus
// [SECTION] Claim menus
// [SECTION] Selection menu
#include "ui/edit_menus.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "engine/document/document_edit.h"
#include "ui/document_view_model.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

// [SECTION] Helpers: actor picker, menu item rectangles for tests
// Remembers where the last item was drawn, for tests that click it.
void record(AppState& s, std::string name) {
  if (s.ui_rects.size() < 600)
    s.ui_rects.push_back({std::move(name), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

constexpr ActorKind kKinds[] = {ActorKind::Person,       ActorKind::State, ActorKind::Government,
                                ActorKind::Organisation, ActorKind::Party, ActorKind::Company,
                                ActorKind::Media,        ActorKind::Group, ActorKind::Place};

std::string quoted(std::string_view s, size_t max_bytes = 48) {
  std::string out(s.substr(0, max_bytes));
  while (!out.empty() && out.size() < s.size() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
    out.pop_back();
  if (!out.empty() && out.size() < s.size() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  if (out.size() < s.size()) out += "\xE2\x80\xA6";
  return "\xE2\x80\x9C" + out + "\xE2\x80\x9D";
}

bool contains_folded(std::string_view hay, std::string_view needle) {
  if (needle.empty()) return true;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != hay.end();
}

// A filter field and the matching actors, most mentioned first (at most 40 shown). Returns the actor
// clicked, or -1. `exclude` is left out (an actor cannot be merged into itself).
int pick_actor(AppState& s, const char* purpose, int exclude, bool offer_none = false) {
  const Document& d = s.doc;
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  ImGui::InputTextWithHint("##filter", "filter actors", s.editor.filter, sizeof s.editor.filter);
  record(s, std::string("filter-") + purpose);
  int chosen = -1;
  if (offer_none) {
    if (ImGui::Selectable("(none)")) chosen = -2;
    record(s, std::string(purpose) + "-none");
  }
  std::vector<int> order;
  for (size_t a = 0; a < d.actors.size(); ++a)
    if (static_cast<int>(a) != exclude && contains_folded(d.actors[a].name, s.editor.filter))
      order.push_back(static_cast<int>(a));
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return s.actor_mentions[x] > s.actor_mentions[y]; });
  const size_t shown = std::min<size_t>(order.size(), 40);
  for (size_t i = 0; i < shown; ++i) {
    const int a = order[i];
    ImGui::PushID(a);
    ImGui::ColorButton("##c", parse_hex_color(d.actors[a].color), ImGuiColorEditFlags_NoTooltip,
                       ImVec2(ImGui::GetFontSize() * 0.8f, ImGui::GetFontSize() * 0.8f));
    ImGui::SameLine();
    if (ImGui::Selectable(d.actors[a].name.c_str())) chosen = a;
    record(s, std::string(purpose) + "-" + d.actors[a].id);
    ImGui::PopID();
  }
  if (order.size() > shown) ImGui::TextDisabled("%zu more: type to filter", order.size() - shown);
  if (order.empty()) ImGui::TextDisabled("no actor matches");
  return chosen;
}

void clear_filter(AppState& s) { s.editor.filter[0] = 0; }

const char* kind_label(ClaimKind k) {
  switch (k) {
    case ClaimKind::Accusation:
      return "\xE2\x96\xB2 Accusation";
    case ClaimKind::Rebuttal:
      return "\xE2\x97\x8B Rebuttal";
    case ClaimKind::Support:
      return "+ Support";
  }
  return "";
}

std::string claim_label(const Document& d, int c) {
  const Claim& cl = d.claims[c];
  auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("?"); };
  return cl.id + ": " + name(cl.source) + " \xE2\x86\x92 " + name(cl.target) + "  " + quoted(slice(d.text, cl.cue), 32);
}

}  // namespace

// [SECTION] Actor and mention menus
void EditMenus::actor_items(AppState& s, int actor) {
  const Document& d = s.doc;
  if (actor < 0 || actor >= static_cast<int>(d.actors.size())) return;
  const std::string name = d.actors[actor].name;
  if (ImGui::BeginMenu("Rename\xE2\x80\xA6")) {
    if (ImGui::IsWindowAppearing()) {
      std::snprintf(s.editor.rename, sizeof s.editor.rename, "%s", name.c_str());
      ImGui::SetKeyboardFocusHere();
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const bool enter = ImGui::InputText("##rename", s.editor.rename, sizeof s.editor.rename,
                                        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    record(s, "rename-field");
    ImGui::SameLine();
    const bool ok = ImGui::Button("Rename");
    record(s, "rename-ok");
    if ((enter || ok) && name != s.editor.rename) {
      perform_edit(s, edit::RenameActor{name, s.editor.rename});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-rename");
  if (ImGui::BeginMenu("Side / affiliated with")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "affiliate", actor, true);
    if (a != -1) {
      perform_edit(s, edit::SetAffiliation{name, a >= 0 ? d.actors[a].name : std::string()});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-affiliation");
  if (ImGui::BeginMenu("Merge into")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "merge", actor);
    if (a >= 0) {
      perform_edit(s, edit::MergeActors{name, d.actors[a].name});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-merge");
}

void EditMenus::mention_items(AppState& s, int mention) {
  const Document& d = s.doc;
  if (mention < 0 || mention >= static_cast<int>(d.mentions.size())) return;
  const Mention m = d.mentions[mention];
  if (m.actor < 0) return;
  if (ImGui::MenuItem("Remove this mention")) perform_edit(s, edit::RemoveMention{m.span});
  record(s, "menu-remove-mention");
  if (s.actor_mentions[m.actor] > 1 && ImGui::BeginMenu("Split off as a new actor")) {
    const std::string text(slice(d.text, m.span));
    for (ActorKind k : kKinds) {
      if (ImGui::MenuItem(("New " + std::string(to_string(k)) + " " + quoted(text)).c_str())) {
        perform_edit(s, edit::SplitActor{d.actors[m.actor].name, text, k, {m.span}});
      }
      record(s, "split-" + std::string(to_string(k)));
    }
    ImGui::EndMenu();
  }
  record(s, "menu-split");
  if (ImGui::BeginMenu("Mention of another actor")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "remention", m.actor);
    if (a >= 0) {
      perform_edit(s, edit::AddMention{m.span, d.actors[a].name, d.actors[a].kind});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-remention");
  ImGui::Separator();
  ImGui::TextDisabled("Actor %s", quoted(d.actors[m.actor].name).c_str());
  actor_items(s, m.actor);
}

// [SECTION] Claim menus
void EditMenus::claim_items(AppState& s, int claim) {
  const Document& d = s.doc;
  if (claim < 0 || claim >= static_cast<int>(d.claims.size())) return;
  const ClaimRef ref = claim_ref(d, claim);
  const Claim& c = d.claims[claim];
  ImGui::TextDisabled("%s", claim_label(d, claim).c_str());
  if (ImGui::BeginMenu("Kind")) {
    for (ClaimKind k : {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support}) {
      if (ImGui::MenuItem(kind_label(k), nullptr, c.kind == k) && c.kind != k)
        perform_edit(s, edit::SetClaimKind{ref, k});
      record(s, "claim-kind-" + std::string(to_string(k)));
    }
    ImGui::EndMenu();
  }
  record(s, "menu-claim-kind");
  if (ImGui::BeginMenu("Source (who says it)")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "source", c.source);
    if (a >= 0) {
      perform_edit(s, edit::SetClaimSource{ref, d.actors[a].name});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-claim-source");
  if (ImGui::BeginMenu("Target (about whom)")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "target", c.target);
    if (a >= 0) {
      perform_edit(s, edit::SetClaimTarget{ref, d.actors[a].name});
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-claim-target");
  if (c.kind == ClaimKind::Rebuttal && ImGui::BeginMenu("Answers the accusation")) {
    if (ImGui::MenuItem("(none)", nullptr, c.rebuts < 0) && c.rebuts >= 0)
      perform_edit(s, edit::SetClaimRebuts{ref, std::nullopt});
    record(s, "rebuts-none");
    for (int i : s.cue_order) {
      const Claim& acc = d.claims[i];
      if (acc.kind != ClaimKind::Accusation) continue;
      ImGui::PushID(i);
      if (ImGui::MenuItem(claim_label(d, i).c_str(), nullptr, c.rebuts == i) && c.rebuts != i)
        perform_edit(s, edit::SetClaimRebuts{ref, claim_ref(d, i)});
      record(s, "rebuts-" + acc.id);
      ImGui::PopID();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-claim-rebuts");
  ImGui::Separator();
  if (ImGui::MenuItem("Delete this claim")) perform_edit(s, edit::DeleteClaim{ref});
  record(s, "menu-delete-claim");
}

void EditMenus::new_claim_items(AppState& s) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  const int n = static_cast<int>(d.actors.size());
  if (e.new_claim_source < 0 || e.new_claim_target < 0 || e.new_claim_source >= n || e.new_claim_target >= n) {
    ImGui::CloseCurrentPopup();
    return;
  }
  ImGui::TextDisabled("New claim: %s \xE2\x86\x92 %s", d.actors[e.new_claim_source].name.c_str(),
                      d.actors[e.new_claim_target].name.c_str());
  ImGui::TextDisabled("on %s", quoted(slice(d.text, e.new_claim_cue), 60).c_str());
  for (ClaimKind k : {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support}) {
    if (ImGui::MenuItem(kind_label(k))) {
      edit::AddClaim add;
      add.kind = k;
      add.source = d.actors[e.new_claim_source].name;
      add.target = d.actors[e.new_claim_target].name;
      add.cue = e.new_claim_cue;
      // A rebuttal answers the latest accusation against its source before it, as the engine would link it.
      if (k == ClaimKind::Rebuttal) {
        int best = -1;
        for (int i : s.cue_order)
          if (d.claims[i].kind == ClaimKind::Accusation && d.claims[i].cue.begin <= add.cue.begin &&
              side_of(d, d.claims[i].target) == side_of(d, e.new_claim_source))
            best = i;
        if (best >= 0) add.rebuts = claim_ref(d, best);
      }
      perform_edit(s, add);
      e.selection = {};
    }
    record(s, "new-claim-" + std::string(to_string(k)));
  }
}

// [SECTION] Selection menu
void EditMenus::selection_items(AppState& s) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  if (e.selection.empty() || e.selection.end > d.text.size()) {
    ImGui::CloseCurrentPopup();
    return;
  }
  const std::string text(slice(d.text, e.selection));
  ImGui::TextDisabled("%s", quoted(text, 60).c_str());
  if (ImGui::BeginMenu("New actor")) {
    for (ActorKind k : kKinds) {
      if (ImGui::MenuItem(std::string(to_string(k)).c_str())) {
        // A new actor needs a new name: an actor of that name already exists → the mention joins it.
        perform_edit(s, edit::AddMention{e.selection, text, k});
        e.selection = {};
      }
      record(s, "new-actor-" + std::string(to_string(k)));
    }
    ImGui::EndMenu();
  }
  record(s, "menu-new-actor");
  if (ImGui::BeginMenu("Mention of")) {
    if (ImGui::IsWindowAppearing()) clear_filter(s);
    const int a = pick_actor(s, "mention-of", -1);
    if (a >= 0) {
      perform_edit(s, edit::AddMention{e.selection, d.actors[a].name, d.actors[a].kind});
      e.selection = {};
      ImGui::CloseCurrentPopup();
    }
    ImGui::EndMenu();
  }
  record(s, "menu-mention-of");
  ImGui::Separator();
  ImGui::TextDisabled("To draw a claim, drag from one name to another.");
}

}  // namespace riposte::ui
