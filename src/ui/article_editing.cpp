// [SECTION] Press, drag, release
// [SECTION] Right click (or long press)
// [SECTION] Menus
#include "ui/article_editing.h"

#include <algorithm>
#include <cmath>

#include "engine/document/document_edit.h"
#include "ui/document_view_model.h"
#include "ui/edit_menus.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

// The byte under the pointer, in the article's laid-out text.
bool byte_under(const AppState& s, const ArticlePointer& p, uint32_t& byte) {
  const ImVec2 m = ImGui::GetIO().MousePos;
  return byte_at(s, ImVec2(m.x - p.origin.x, m.y - p.origin.y), byte);
}

bool is_blank_byte(char c) { return c == ' ' || c == '\n'; }

// [SECTION] Press, drag, release
// A double click on a word selects it and offers its menu; a press on a name may become a drawn claim; a press on
// a cue selects its claim; a press on plain text starts a word selection.
void on_press(AppState& s, const ArticlePointer& p) {
  EditorState& e = s.editor;
  e.press_pos = ImGui::GetIO().MousePos;
  uint32_t b = 0;
  if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && p.claim < 0 && byte_under(s, p, b)) {
    const Span w = word_at(s.doc.text, b);
    if (!w.empty()) {
      e.selection = w;
      e.drag_from_mention = -1;
      ImGui::OpenPopup("selection_menu");
      return;
    }
  }
  if (p.mention >= 0 && !ImGui::GetIO().KeyShift) {
    e.drag_from_mention = p.mention;  // a click selects the actor on release; a drag draws a claim
  } else if (p.claim >= 0) {
    s.selected_claim = p.claim == s.selected_claim ? -1 : p.claim;
    e.selection = {};
  } else {
    s.selected_actor = s.selected_claim = -1;
    e.selection = {};
    if (byte_under(s, p, b)) {
      e.selecting = true;
      e.anchor = b;
    }
  }
}

// Snaps a selection [lo, hi) outwards to whole words, without blanks at either end.
Span snap_to_words(std::string_view text, uint32_t lo, uint32_t hi) {
  const Span first = word_at(text, lo), last = word_at(text, hi > lo ? hi - 1 : hi);
  Span sel{std::min(first.begin, lo), std::max(last.end, hi)};
  while (sel.end > sel.begin && is_blank_byte(text[sel.end - 1])) --sel.end;
  while (sel.begin < sel.end && is_blank_byte(text[sel.begin])) ++sel.begin;
  return sel;
}

void on_drag(AppState& s, const ArticlePointer& p) {
  EditorState& e = s.editor;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float moved = std::hypot(mouse.x - e.press_pos.x, mouse.y - e.press_pos.y);
  if (e.drag_from_mention >= 0 && moved > 6.0f * s.dpr) e.drawing_claim = true;
  if (e.drawing_claim) e.drop_on_mention = p.mention >= 0 && p.mention != e.drag_from_mention ? p.mention : -1;
  uint32_t b = 0;
  if (e.selecting && moved > 3.0f * s.dpr && byte_under(s, p, b))
    e.selection = snap_to_words(s.doc.text, std::min(b, e.anchor), std::max(b, e.anchor));
}

// A claim drawn from one name to another: its kind is asked in the "new claim" popup.
void finish_drawn_claim(AppState& s) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  const Mention& from = d.mentions[e.drag_from_mention];
  if (!e.drawing_claim) {
    s.selected_actor = from.actor == s.selected_actor ? -1 : from.actor;
    return;
  }
  if (e.drop_on_mention < 0) return;
  const Mention& to = d.mentions[e.drop_on_mention];
  if (to.actor == from.actor) {
    e.message = "A claim needs two different actors: drop on another name.";
    return;
  }
  e.new_claim_source = from.actor;
  e.new_claim_target = to.actor;
  // The cue: the selected words when there are some, else the sentence of the source's name.
  e.new_claim_cue = !e.selection.empty() ? e.selection : sentence_around(d, from.span);
  ImGui::OpenPopup("new_claim");
}

void on_release(AppState& s) {
  EditorState& e = s.editor;
  if (e.drag_from_mention >= 0 && e.drag_from_mention < static_cast<int>(s.doc.mentions.size())) finish_drawn_claim(s);
  if (e.selecting && !e.selection.empty()) ImGui::OpenPopup("selection_menu");
  e.selecting = e.drawing_claim = false;
  e.drag_from_mention = e.drop_on_mention = -1;
}

// [SECTION] Right click (or long press)
// The menu of what is under the pointer: a claim, a name, the selection, or a plain word (selected first: a long
// press on a phone has no other way to select one).
void on_right_click(AppState& s, const ArticlePointer& p) {
  EditorState& e = s.editor;
  uint32_t b = 0;
  const bool on_text = byte_under(s, p, b);
  const bool in_selection = !e.selection.empty() && on_text && e.selection.contains(b);
  e.menu_claim = e.menu_mention = -1;
  if (p.claim >= 0) {
    e.menu_claim = p.claim;
    s.selected_claim = p.claim;
    ImGui::OpenPopup("claim_menu");
  } else if (p.mention >= 0 && !in_selection) {
    e.menu_mention = p.mention;
    s.selected_actor = s.doc.mentions[p.mention].actor;
    ImGui::OpenPopup("mention_menu");
  } else if (in_selection) {
    ImGui::OpenPopup("selection_menu");
  } else if (on_text && !word_at(s.doc.text, b).empty()) {
    e.selection = word_at(s.doc.text, b);
    ImGui::OpenPopup("selection_menu");
  }
}

}  // namespace

void handle_article_mouse(AppState& s, const ArticlePointer& p) {
  const bool popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (p.over_article && !popup_open && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) on_press(s, p);
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) on_drag(s, p);
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) on_release(s);
  if (p.over_article && !popup_open && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) on_right_click(s, p);
}

// [SECTION] Menus
void draw_article_menus(AppState& s) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  push_touch_rows(s);
  if (ImGui::BeginPopup("mention_menu")) {
    const int m = e.menu_mention;
    if (m >= 0 && m < static_cast<int>(d.mentions.size()) && d.mentions[m].actor >= 0) {
      const int actor = d.mentions[m].actor;
      ImGui::TextDisabled("%s", d.actors[actor].name.c_str());
      if (ImGui::MenuItem("Hide this actor")) s.actor_hidden[actor] = true;
      if (ImGui::MenuItem("Show only this side"))
        for (size_t a = 0; a < d.actors.size(); ++a) s.actor_hidden[a] = s.actor_side[a] != s.actor_side[actor];
      if (ImGui::MenuItem("Show all actors")) std::fill(s.actor_hidden.begin(), s.actor_hidden.end(), false);
      ImGui::Separator();
      EditMenus::mention_items(s, m);
    }
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("claim_menu")) {
    EditMenus::claim_items(s, e.menu_claim);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("selection_menu")) {
    EditMenus::selection_items(s);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("new_claim")) {
    EditMenus::new_claim_items(s);
    ImGui::EndPopup();
  }
  pop_touch_rows(s);
}

}  // namespace riposte::ui
