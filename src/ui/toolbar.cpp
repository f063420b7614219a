// [SECTION] Helpers: rectangles for tests, button sizes
// [SECTION] Actions (each drawn as a button in the bar or as an item of the "☰" menu)
// [SECTION] Fitting the bar to the width
// [SECTION] The answer to Share
#include "ui/toolbar.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "ui/document_view_model.h"
#include "ui/theme.h"

namespace riposte::ui {

// [SECTION] Helpers: rectangles for tests, button sizes
void record_item(AppState& s, std::string name) {
  if (s.ui_rects.size() < 600)
    s.ui_rects.push_back({std::move(name), ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

namespace {

constexpr const char* kMenuGlyph = "\xE2\x98\xB0";  // ☰

float min_target(const AppState& s) { return s.screen.touch ? kTouchTarget * s.dpr : 0.0f; }

float button_width(const AppState& s, const char* label) {
  const float text = ImGui::CalcTextSize(label, nullptr, true).x;
  return std::max(min_target(s), text + ImGui::GetStyle().FramePadding.x * 2);
}

bool button(AppState& s, const char* label, const char* name) {
  const bool pressed = ImGui::Button(label, ImVec2(button_width(s, label), 0));
  record_item(s, name);
  return pressed;
}

void zoom_in(AppState& s) { s.zoom = std::min(2.5f, s.zoom * 1.15f); }
void zoom_out(AppState& s) { s.zoom = std::max(0.6f, s.zoom / 1.15f); }

// One entry of the menu (a touch target on touch screens: push_touch_rows around the menu).
bool menu_item(AppState& s, const char* label, const char* name, bool enabled = true, bool checked = false) {
  const bool chosen = ImGui::MenuItem(label, nullptr, checked, enabled);
  record_item(s, name);
  return chosen;
}

constexpr const char* kExports[][3] = {{"Riposte JSON (.riposte.json)", "json", "export-json"},
                                       {"Annotated page (.html)", "html", "export-html"},
                                       {"Web Annotation JSON-LD (.jsonld)", "webanno", "export-webanno"},
                                       {"brat standoff (.txt + .ann)", "brat", "export-brat"},
                                       {"Claims as CSV (.csv)", "csv", "export-csv"},
                                       {"Picture of the view (.png)", "png", "export-png"}};

void export_items(AppState& s) {
  push_touch_rows(s);
  for (const auto& f : kExports)
    if (menu_item(s, f[0], f[2])) s.want_export = f[1];
  pop_touch_rows(s);
}

// [SECTION] Actions (each drawn as a button in the bar or as an item of the "☰" menu)
struct Action {
  const char* name;  // its rectangle's name (tests click it), in the bar or in the menu
  int priority;      // 1 stays in the bar longest; the highest goes into the menu first
  bool gap;          // a wider space before it when the whole bar fits (groups: article, history, sharing, view)
  float (*width)(AppState&);
  void (*in_bar)(AppState&);
  void (*in_menu)(AppState&);
};

bool blank(const AppState& s) { return is_blank(s.doc.text); }

const Action kActions[] = {
    {"paste", 1, true, [](AppState& s) { return button_width(s, "Paste article"); },
     [](AppState& s) {
       if (button(s, "Paste article", "paste")) s.want_paste = true;
       if (ImGui::IsItemHovered())
         ImGui::SetTooltip("Replace the article with the clipboard (or press Ctrl+V anywhere)");
     },
     [](AppState& s) {
       if (menu_item(s, "Paste article", "paste")) s.want_paste = true;
     }},
    {"open", 3, false, [](AppState& s) { return button_width(s, "Open file\xE2\x80\xA6"); },
     [](AppState& s) {
       if (button(s, "Open file\xE2\x80\xA6", "open")) s.want_open_file = true;
     },
     [](AppState& s) {
       if (menu_item(s, "Open file\xE2\x80\xA6", "open")) s.want_open_file = true;
     }},
    {"sample", 5, false, [](AppState& s) { return button_width(s, "Sample"); },
     [](AppState& s) {
       if (button(s, "Sample", "sample")) s.want_sample = true;
     },
     [](AppState& s) {
       if (menu_item(s, "Load the sample", "sample")) s.want_sample = true;
     }},
    {"edit-text", 4, false, [](AppState& s) { return button_width(s, "Edit text\xE2\x80\xA6"); },
     [](AppState& s) {
       ImGui::BeginDisabled(blank(s));
       if (button(s, "Edit text\xE2\x80\xA6", "edit-text")) s.want_edit_text = true;
       if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
         ImGui::SetTooltip(
             "Correct the article's text; it is annotated again and your edits are kept where the text is unchanged");
       ImGui::EndDisabled();
     },
     [](AppState& s) {
       if (menu_item(s, "Edit text\xE2\x80\xA6", "edit-text", !blank(s))) s.want_edit_text = true;
     }},
    {"undo", 1, true, [](AppState& s) { return button_width(s, "Undo"); },
     [](AppState& s) {
       ImGui::BeginDisabled(s.history.undo.empty());
       if (button(s, "Undo", "undo")) undo(s);
       if (!s.history.undo.empty() && ImGui::IsItemHovered())
         ImGui::SetTooltip("Undo: %s (Ctrl+Z)", s.history.undo.back().label.c_str());
       ImGui::EndDisabled();
     },
     [](AppState& s) {
       if (menu_item(s, "Undo", "undo", !s.history.undo.empty())) undo(s);
     }},
    {"redo", 3, false, [](AppState& s) { return button_width(s, "Redo"); },
     [](AppState& s) {
       ImGui::BeginDisabled(s.history.redo.empty());
       if (button(s, "Redo", "redo")) redo(s);
       if (!s.history.redo.empty() && ImGui::IsItemHovered())
         ImGui::SetTooltip("Redo: %s (Ctrl+Shift+Z)", s.history.redo.back().label.c_str());
       ImGui::EndDisabled();
     },
     [](AppState& s) {
       if (menu_item(s, "Redo", "redo", !s.history.redo.empty())) redo(s);
     }},
    {"share", 2, true, [](AppState& s) { return button_width(s, "Share"); },
     [](AppState& s) {
       ImGui::BeginDisabled(blank(s));
       if (button(s, "Share", "share")) s.want_share = true;
       if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
         ImGui::SetTooltip(
             "Copy a link that opens this article with its annotation (the text travels inside the link)");
       ImGui::EndDisabled();
     },
     [](AppState& s) {
       if (menu_item(s, "Share a link", "share", !blank(s))) s.want_share = true;
     }},
    {"export", 2, false, [](AppState& s) { return button_width(s, "Export\xE2\x80\xA6"); },
     [](AppState& s) {
       ImGui::BeginDisabled(blank(s));
       if (button(s, "Export\xE2\x80\xA6", "export")) ImGui::OpenPopup("export_menu");
       ImGui::EndDisabled();
       if (ImGui::BeginPopup("export_menu")) {
         export_items(s);
         ImGui::EndPopup();
       }
     },
     [](AppState& s) {  // rows of the menu itself: no submenu to aim at with a finger
       ImGui::SeparatorText("Export");
       ImGui::BeginDisabled(blank(s));
       export_items(s);
       ImGui::EndDisabled();
     }},
    {"zoom", 4, true,
     [](AppState& s) {
       return button_width(s, "\xE2\x88\x92") + button_width(s, "+") + ImGui::CalcTextSize("100%").x +
              ImGui::GetStyle().ItemSpacing.x * 2;
     },
     [](AppState& s) {
       if (button(s, "\xE2\x88\x92", "zoom-out")) zoom_out(s);  // −
       ImGui::SameLine();
       ImGui::Text("%d%%", static_cast<int>(s.zoom * 100 + 0.5f));
       ImGui::SameLine();
       if (button(s, "+", "zoom-in")) zoom_in(s);
     },
     [](AppState& s) {
       if (menu_item(s, "Larger text (Ctrl +)", "zoom-in")) zoom_in(s);
       if (menu_item(s, "Smaller text (Ctrl \xE2\x88\x92)", "zoom-out")) zoom_out(s);
       char label[48];
       std::snprintf(label, sizeof label, "Text size 100%% (now %d%%)", static_cast<int>(s.zoom * 100 + 0.5f));
       if (menu_item(s, label, "zoom-reset")) s.zoom = 1.0f;
     }},
    {"arcs", 4, false,
     [](AppState& s) {
       return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize("Arcs").x;
     },
     [](AppState& s) {
       ImGui::Checkbox("Arcs", &s.show_arcs);
       record_item(s, "arcs");
     },
     [](AppState& s) {
       if (menu_item(s, "Arcs between claims", "arcs", true, s.show_arcs)) s.show_arcs = !s.show_arcs;
     }},
    {"theme", 4, false, [](AppState& s) { return button_width(s, s.dark ? "Light" : "Dark"); },
     [](AppState& s) {
       if (button(s, s.dark ? "Light" : "Dark", "theme")) s.dark = !s.dark;
     },
     [](AppState& s) {
       if (menu_item(s, "Dark theme", "theme", true, s.dark)) s.dark = !s.dark;
     }},
    {"help", 3, false, [](AppState& s) { return button_width(s, "?"); },
     [](AppState& s) {
       if (button(s, "?", "help")) s.show_help = true;
     },
     [](AppState& s) {
       if (menu_item(s, "How to read this", "help")) s.show_help = true;
     }},
};
constexpr size_t kActionCount = std::size(kActions);

// [SECTION] Fitting the bar to the width
void draw_title(AppState& s) {
  ImGui::PushFont(s.fonts.headline);
  ImGui::SetWindowFontScale(1.1f * s.fonts.ui->FontSize / s.fonts.headline->FontSize);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("Riposte");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
}

// Which actions the bar shows, given `avail` pixels after the title: all of them when they fit, else the most
// important ones that fit beside the menu button.
std::array<bool, kActionCount> fit(AppState& s, float avail, bool& gaps, bool& tagline) {
  std::array<bool, kActionCount> shown{};
  const float spacing = ImGui::GetStyle().ItemSpacing.x, gap = ImGui::GetFontSize() * 2;
  float all = 0;
  std::array<float, kActionCount> width{};
  for (size_t i = 0; i < kActionCount; ++i) {
    width[i] = kActions[i].width(s) + spacing;
    all += width[i] + (kActions[i].gap ? gap : 0);
  }
  const float tag = ImGui::CalcTextSize("who accuses whom, who rebuts what").x + spacing;
  gaps = all <= avail;
  tagline = all + tag <= avail;
  if (gaps) {
    shown.fill(true);
    return shown;
  }
  float budget = avail - button_width(s, kMenuGlyph) - spacing;
  for (int priority = 1; priority <= 5; ++priority)
    for (size_t i = 0; i < kActionCount; ++i)
      if (kActions[i].priority == priority && width[i] <= budget) {
        shown[i] = true;
        budget -= width[i];
      }
  return shown;
}

}  // namespace

void draw_toolbar(AppState& s) {
  draw_title(s);
  ImGui::SameLine();
  bool gaps = false, tagline = false;
  const auto shown = fit(s, ImGui::GetContentRegionAvail().x, gaps, tagline);
  if (tagline) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("who accuses whom, who rebuts what");
    ImGui::SameLine();
  }
  bool overflow = false;
  for (size_t i = 0; i < kActionCount; ++i) {
    if (!shown[i]) {
      overflow = true;
      continue;
    }
    if (gaps && kActions[i].gap) ImGui::SameLine(0, ImGui::GetFontSize() * 2);
    kActions[i].in_bar(s);
    ImGui::SameLine();
  }
  if (overflow) {  // ends the line
    if (button(s, kMenuGlyph, "toolbar-menu")) ImGui::OpenPopup("toolbar_menu");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("More actions");
  } else {
    ImGui::NewLine();
  }
  if (ImGui::BeginPopup("toolbar_menu")) {
    push_touch_rows(s);
    for (size_t i = 0; i < kActionCount; ++i)
      if (!shown[i]) kActions[i].in_menu(s);
    pop_touch_rows(s);
    ImGui::EndPopup();
  }
}

// [SECTION] The answer to Share
void draw_share_result(AppState& s) {
  if (!s.share.shown) return;
  const ShareResult& r = s.share;
  char length[32];
  std::snprintf(length, sizeof length, "%zu", r.link_length);
  ImGui::PushTextWrapPos(0);
  if (!r.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette(s.dark).accusation);
    ImGui::TextWrapped("Could not make a link: %s", r.error.c_str());
    ImGui::PopStyleColor();
  } else if (r.too_long) {
    ImGui::TextWrapped("Link too long to share safely (%s characters): share the article as a file instead", length);
    if (button(s, "Download .riposte.json", "share-download")) s.want_export = "json";
    ImGui::SameLine();
  } else if (r.copy_failed) {
    ImGui::TextWrapped("The browser did not let the page copy the link (%s characters); copy it from here:", length);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x * 0.7f, ImGui::GetFontSize() * 24));
    ImGui::InputText("##share-url", s.share.url.data(), s.share.url.size() + 1,
                     ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    record_item(s, "share-url");
    ImGui::SameLine();
  } else {
    ImGui::TextWrapped(
        "Link copied (%s characters). It carries the whole article text: anyone with the link can read it.", length);
  }
  ImGui::PopTextWrapPos();
  if (button(s, "Close", "share-close")) s.share = {};
}

}  // namespace riposte::ui
