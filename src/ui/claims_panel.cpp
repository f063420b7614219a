#include <cstdio>

#include "ui/edit_menus.h"
#include "ui/panels.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

const char* glyph(ClaimKind k) {
  switch (k) {
    case ClaimKind::Accusation:
      return "\xE2\x96\xB2";  // ▲
    case ClaimKind::Rebuttal:
      return "\xE2\x97\x8B";  // ○
    case ClaimKind::Support:
      return "+";
  }
  return "";
}

std::string excerpt(std::string_view text, Span span, size_t max_bytes) {
  std::string_view s = text.substr(span.begin, span.size());
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace

void ClaimsPanel::draw(AppState& s) {
  const Document& d = s.doc;
  if (d.claims.empty()) {
    ImGui::TextDisabled("No accusations or rebuttals found.");
    return;
  }
  ImGui::TextDisabled("%zu claims  \xC2\xB7  Tab / Shift+Tab to step through", d.claims.size());
  auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("(unknown)"); };
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(s.cue_order.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const int ci = static_cast<int>(s.cue_order[row]);
      const Claim& c = d.claims[ci];
      ImGui::PushID(ci);
      ImGui::PushStyleColor(ImGuiCol_Text, claim_color(s.dark, c.kind));
      ImGui::TextUnformatted(glyph(c.kind));
      ImGui::PopStyleColor();
      ImGui::SameLine();
      char head[512];
      std::snprintf(head, sizeof head, "%s \xE2\x86\x92 %s   %s %+.2f%s", name(c.source).c_str(),
                    name(c.target).c_str(), std::string(to_string(c.kind)).c_str(), c.score,
                    c.human ? "   \xC2\xB7 yours" : "");
      if (ImGui::Selectable(head, s.selected_claim == ci)) {
        s.selected_claim = ci;
        s.scroll_to_claim = ci;
      }
      if (ImGui::IsItemHovered()) s.hovered_claim = ci;
      if (s.ui_rects.size() < 400)
        s.ui_rects.push_back({"claim-" + c.id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
      // Right click: the claim's editing menu. An edit changes the list under us: stop drawing it this frame.
      const uint64_t generation = s.doc_generation;
      if (ImGui::BeginPopupContextItem("claim_ctx")) {
        EditMenus::claim_items(s, ci);
        ImGui::EndPopup();
      }
      if (s.doc_generation != generation) {
        ImGui::PopID();
        return;
      }
      const Span quote = c.content.empty() ? c.cue : c.content;
      ImGui::Indent(ImGui::GetFontSize() * 1.2f);
      ImGui::PushTextWrapPos(0);
      ImGui::TextDisabled("%s%s", excerpt(d.text, quote, 160).c_str(),
                          c.rebuts >= 0 ? ("  (answers " + d.claims[c.rebuts].id + ")").c_str() : "");
      ImGui::PopTextWrapPos();
      ImGui::Unindent(ImGui::GetFontSize() * 1.2f);
      ImGui::PopID();
    }
  }
}

}  // namespace riposte::ui
