// The Claims panel: one row per cue, source and kind (engine/document/claim_groups.h), so that "Zhao Lijian
// accused NATO, the United States and four allies" is one row "Zhao Lijian → NATO, United States, +4", not six.
#include <algorithm>
#include <cstdio>

#include "ui/document_view_model.h"
#include "ui/edit_menus.h"
#include "ui/panels.h"
#include "ui/side_panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

std::string excerpt(std::string_view text, Span span, size_t max_bytes) {
  std::string_view s = text.substr(span.begin, span.size());
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

std::string actor_name(const Document& d, int a) { return a >= 0 ? d.actors[a].name : std::string("(unknown)"); }

bool row_selected(const AppState& s, const ClaimRow& row) {
  return std::find(row.claims.begin(), row.claims.end(), s.selected_claim) != row.claims.end();
}

// Right click (long press): the claim's editing menu; with several targets, one submenu per target.
void row_menu(AppState& s, const ClaimRow& row) {
  if (!ImGui::BeginPopupContextItem("claim_ctx")) return;
  push_touch_rows(s);
  if (row.claims.size() == 1) {
    EditMenus::claim_items(s, row.claims.front());
  } else {
    ImGui::TextDisabled("One claim per target:");
    for (int c : row.claims) {
      const std::string label =
          "\xE2\x86\x92 " + actor_name(s.doc, s.doc.claims[c].target) + "###" + s.doc.claims[c].id;
      if (ImGui::BeginMenu(label.c_str())) {
        EditMenus::claim_items(s, c);
        ImGui::EndMenu();
      }
    }
  }
  pop_touch_rows(s);
  ImGui::EndPopup();
}

// What the row's claims quote, and which accusations a rebuttal row answers.
void row_quote(const AppState& s, const ClaimRow& row) {
  const Document& d = s.doc;
  const Claim& first = d.claims[row.claims.front()];
  std::vector<int> answered;
  for (int c : row.claims)
    if (d.claims[c].rebuts >= 0 && std::find(answered.begin(), answered.end(), d.claims[c].rebuts) == answered.end())
      answered.push_back(d.claims[c].rebuts);
  std::string answers;
  for (int a : answered) answers += (answers.empty() ? "" : ", ") + d.claims[a].id;
  const Span quote = first.content.empty() ? first.cue : first.content;
  ImGui::Indent(ImGui::GetFontSize() * 1.2f);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%s%s", excerpt(d.text, quote, 160).c_str(),
                      answers.empty() ? "" : ("  (answers " + answers + ")").c_str());
  ImGui::PopTextWrapPos();
  ImGui::Unindent(ImGui::GetFontSize() * 1.2f);
}

// One row; false when an edit from its menu changed the list under us (stop drawing it this frame).
bool draw_row(AppState& s, int r) {
  const Document& d = s.doc;
  const ClaimRow& row = s.claim_rows[r];
  const Claim& first = d.claims[row.claims.front()];
  ImGui::PushID(r);
  const float glyph_x = ImGui::GetCursorScreenPos().x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 1.3f);  // room for the kind's glyph
  char head[512];
  std::snprintf(head, sizeof head, "%s   %s %+.2f%s", claim_row_label(d, row).c_str(),
                std::string(to_string(row.kind)).c_str(), first.score, first.human ? "   \xC2\xB7 yours" : "");
  const float touch_h = s.screen.touch ? kTouchTarget * s.dpr - ImGui::GetStyle().ItemSpacing.y : 0.0f;
  if (ImGui::Selectable(head, row_selected(s, row), 0, ImVec2(0, touch_h))) reveal_claim(s, row.claims.front());
  const float mid = (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f;
  ImGui::GetWindowDrawList()->AddText(ImVec2(glyph_x, mid - ImGui::GetFontSize() * 0.5f), claim_color(s.dark, row.kind),
                                      claim_kind_glyph(row.kind).data());  // a literal: NUL-terminated
  if (ImGui::IsItemHovered()) {
    s.hovered_claim = row.claims.front();
    std::string tip;
    if (row.targets.size() > 2) {  // the label shows two targets and a count
      tip = actor_name(d, row.source) + " \xE2\x86\x92 ";
      for (size_t i = 0; i < row.targets.size(); ++i) tip += (i ? ", " : "") + actor_name(d, row.targets[i]);
    }
    if (const std::string why = claim_provenance(first); !why.empty()) tip += (tip.empty() ? "" : "\n") + why;
    if (!tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
  }
  if (ImGui::IsItemVisible()) record_item(s, "claim-" + first.id);  // rows the clipper draws below the view: not
  const uint64_t generation = s.doc_generation;
  row_menu(s, row);
  if (s.doc_generation != generation) {
    ImGui::PopID();
    return false;
  }
  row_quote(s, row);
  ImGui::PopID();
  return true;
}

}  // namespace

std::string claim_row_label(const Document& d, const ClaimRow& row) {
  std::string out = actor_name(d, row.source) + " \xE2\x86\x92 ";
  for (size_t i = 0; i < row.targets.size() && i < 2; ++i) out += (i ? ", " : "") + actor_name(d, row.targets[i]);
  if (row.targets.size() > 2) out += ", +" + std::to_string(row.targets.size() - 2);
  return out;
}

void ClaimsPanel::draw(AppState& s) {
  if (s.claim_rows.empty()) {
    ImGui::TextDisabled("No accusations or rebuttals found.");
    return;
  }
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("%zu claims in %zu rows (one per cue and speaker)  \xC2\xB7  Tab / Shift+Tab to step through",
                      s.doc.claims.size(), s.claim_rows.size());
  ImGui::PopTextWrapPos();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(s.claim_rows.size()));
  while (clipper.Step())
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
      if (!draw_row(s, r)) return;
}

}  // namespace riposte::ui
