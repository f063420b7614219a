// [SECTION] Status line
// [SECTION] Keyboard
// [SECTION] Toolbar, empty state, help overlay
// [SECTION] draw_app
// [SECTION] JSON for tests and the accessible DOM mirror
#include "ui/app.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "imgui_internal.h"  // ImTextCharFromUtf8

#include "ui/article_view.h"
#include "ui/document_view_model.h"
#include "ui/panels.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

// Symbols the UI itself prints (glyph check): → ▲ ○ − … · • € — “ ” ’
constexpr std::string_view kUiSymbols =
    "\xE2\x86\x92\xE2\x96\xB2\xE2\x97\x8B\xE2\x88\x92\xE2\x80\xA6\xC2\xB7\xE2\x80\xA2\xE2\x82\xAC\xE2\x80\x94\xE2\x80"
    "\x9C\xE2\x80\x9D\xE2\x80\x99";

std::string with_thousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

// Remembers where the last item was drawn, for tests that click it.
void record(AppState& s, const char* name) {
  s.ui_rects.push_back({name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

// [SECTION] Keyboard
void handle_keys(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  const Document& d = s.doc;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    if (s.show_help)
      s.show_help = false;
    else {
      s.selected_actor = s.selected_claim = -1;
      s.editor.selection = {};
    }
  }
  if (io.KeyCtrl) {
    if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
      s.zoom = std::min(2.5f, s.zoom * 1.15f);
    if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
      s.zoom = std::max(0.6f, s.zoom / 1.15f);
    if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) s.zoom = 1.0f;
    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo: article replacements and edits alike.
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) {
      if (io.KeyShift)
        redo(s);
      else
        undo(s);
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) redo(s);
    return;
  }
  // Delete removes the selected claim (undoable), as in any editor.
  if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
      s.selected_claim >= 0 && s.selected_claim < static_cast<int>(d.claims.size())) {
    perform_edit(s, edit::DeleteClaim{claim_ref(d, s.selected_claim)});
    return;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Tab) && !s.cue_order.empty()) {
    // Step through claims in reading order.
    int pos = -1;
    for (size_t i = 0; i < s.cue_order.size(); ++i)
      if (static_cast<int>(s.cue_order[i]) == s.selected_claim) pos = static_cast<int>(i);
    const int n = static_cast<int>(s.cue_order.size());
    pos = io.KeyShift ? (pos <= 0 ? n - 1 : pos - 1) : (pos + 1) % n;
    s.selected_claim = static_cast<int>(s.cue_order[pos]);
    s.scroll_to_claim = s.selected_claim;
    s.tab_request = static_cast<int>(SideTab::Claims);
  }
  const float line = s.fonts.body_size * 1.6f;
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) s.arrow_scroll += line * 2;
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) s.arrow_scroll -= line * 2;
  if (ImGui::IsKeyPressed(ImGuiKey_PageDown) || ImGui::IsKeyPressed(ImGuiKey_Space))
    s.arrow_scroll += io.DisplaySize.y * 0.8f;
  if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) s.arrow_scroll -= io.DisplaySize.y * 0.8f;
  if (ImGui::IsKeyPressed(ImGuiKey_Home)) s.scroll_request = 0;
  if (ImGui::IsKeyPressed(ImGuiKey_End)) s.scroll_request = 1e9f;
}

// [SECTION] Toolbar, empty state, help overlay
void draw_toolbar(AppState& s) {
  ImGui::PushFont(s.fonts.headline);
  ImGui::SetWindowFontScale(0.55f * s.fonts.body_size / s.fonts.headline_size * 1.6f);
  ImGui::TextUnformatted("Riposte");
  ImGui::SetWindowFontScale(1.0f);
  ImGui::PopFont();
  ImGui::SameLine();
  ImGui::TextDisabled("who accuses whom, who rebuts what");
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  if (ImGui::Button("Paste article")) s.want_paste = true;
  record(s, "paste");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Replace the article with the clipboard (or press Ctrl+V anywhere)");
  ImGui::SameLine();
  if (ImGui::Button("Open file\xE2\x80\xA6")) s.want_open_file = true;
  record(s, "open");
  ImGui::SameLine();
  if (ImGui::Button("Sample")) s.want_sample = true;
  record(s, "sample");
  ImGui::SameLine();
  ImGui::BeginDisabled(is_blank(s.doc.text));
  if (ImGui::Button("Edit text\xE2\x80\xA6")) s.want_edit_text = true;
  record(s, "edit-text");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip(
        "Correct the article's text; it is annotated again and your edits are kept where the text is unchanged");
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(s.history.undo.empty());
  if (ImGui::Button("Undo")) undo(s);
  record(s, "undo");
  if (!s.history.undo.empty() && ImGui::IsItemHovered())
    ImGui::SetTooltip("Undo: %s (Ctrl+Z)", s.history.undo.back().label.c_str());
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(s.history.redo.empty());
  if (ImGui::Button("Redo")) redo(s);
  record(s, "redo");
  if (!s.history.redo.empty() && ImGui::IsItemHovered())
    ImGui::SetTooltip("Redo: %s (Ctrl+Shift+Z)", s.history.redo.back().label.c_str());
  ImGui::EndDisabled();
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  ImGui::BeginDisabled(is_blank(s.doc.text));
  if (ImGui::Button("Share")) s.want_share = true;
  record(s, "share");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
    ImGui::SetTooltip("Copy a link that opens this article with its annotation (the text travels inside the link)");
  ImGui::SameLine();
  if (ImGui::Button("Export\xE2\x80\xA6")) ImGui::OpenPopup("export_menu");
  record(s, "export");
  ImGui::EndDisabled();
  if (ImGui::BeginPopup("export_menu")) {
    static constexpr const char* kFormats[][3] = {{"Riposte JSON (.riposte.json)", "json", "export-json"},
                                                  {"Web Annotation JSON-LD (.jsonld)", "webanno", "export-webanno"},
                                                  {"brat standoff (.txt + .ann)", "brat", "export-brat"},
                                                  {"Claims as CSV (.csv)", "csv", "export-csv"},
                                                  {"Picture of the view (.png)", "png", "export-png"}};
    for (const auto& f : kFormats) {
      if (ImGui::MenuItem(f[0])) s.want_export = f[1];
      record(s, f[2]);
    }
    ImGui::EndPopup();
  }
  ImGui::SameLine(0, ImGui::GetFontSize() * 2);
  if (ImGui::Button("\xE2\x88\x92")) s.zoom = std::max(0.6f, s.zoom / 1.15f);  // −
  ImGui::SameLine();
  ImGui::Text("%d%%", static_cast<int>(s.zoom * 100 + 0.5f));
  ImGui::SameLine();
  if (ImGui::Button("+")) s.zoom = std::min(2.5f, s.zoom * 1.15f);
  ImGui::SameLine();
  ImGui::Checkbox("Arcs", &s.show_arcs);
  record(s, "arcs");
  ImGui::SameLine();
  if (ImGui::Button(s.dark ? "Light" : "Dark")) s.dark = !s.dark;
  record(s, "theme");
  ImGui::SameLine();
  if (ImGui::Button("?")) s.show_help = true;
  record(s, "help");
}

// The answer to Share, under the toolbar until dismissed.
void draw_share_result(AppState& s) {
  if (!s.share.shown) return;
  const ShareResult& r = s.share;
  if (!r.error.empty()) {
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette(s.dark).accusation), "Could not make a link: %s",
                       r.error.c_str());
  } else if (r.too_long) {
    ImGui::Text("Link too long to share safely (%s characters): share the article as a file instead",
                with_thousands(r.link_length).c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Download .riposte.json")) s.want_export = "json";
    record(s, "share-download");
  } else if (r.copy_failed) {
    ImGui::Text("The browser did not let the page copy the link (%s characters); copy it from here:",
                with_thousands(r.link_length).c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16);
    ImGui::InputText("##share-url", s.share.url.data(), s.share.url.size() + 1,
                     ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_AutoSelectAll);
    record(s, "share-url");
  } else {
    ImGui::Text("Link copied (%s characters). It carries the whole article text: anyone with the link can read it.",
                with_thousands(r.link_length).c_str());
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("Close")) s.share = {};
  record(s, "share-close");
}

void draw_empty_state(AppState& s, ImVec2 size) {
  ImGui::BeginChild("empty", size);
  const float w = std::min(size.x * 0.8f, s.fonts.body_size * 30);
  ImGui::SetCursorPos(ImVec2((size.x - w) * 0.5f, size.y * 0.28f));
  ImGui::BeginGroup();
  ImGui::PushFont(s.fonts.headline);
  ImGui::TextUnformatted("Paste a news article to begin");
  ImGui::PopFont();
  ImGui::PushFont(s.fonts.body);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
  ImGui::TextDisabled(
      "%s",
      s.doc.text.empty()
          ? "The article is empty. Copy a news story from any site and press Ctrl+V here, or use the button below."
          : "The pasted text contains only white space. Copy a news story and press Ctrl+V here.");
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ImGui::Spacing();
  if (ImGui::Button("Paste article")) s.want_paste = true;
  ImGui::SameLine();
  if (ImGui::Button("Load the sample")) s.want_sample = true;
  record(s, "empty-sample");
  if (!s.history.undo.empty()) {
    ImGui::SameLine();
    if (ImGui::Button("Undo")) undo(s);
  }
  ImGui::EndGroup();
  ImGui::EndChild();
}

// A bullet with wrapping text (ImGui's BulletText does not wrap).
void bullet(const char* text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text);
}

void draw_help(AppState& s) {
  if (!s.show_help) return;
  const ImGuiIO& io = ImGui::GetIO();
  // Dim everything under the overlay: a full-screen window of its own, above the page, below the overlay.
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::SetNextWindowBgAlpha(0.35f);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 255));
  ImGui::Begin("##dim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImGui::End();
  ImGui::PopStyleColor();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  const float width = std::min(io.DisplaySize.x * 0.9f, ImGui::GetFontSize() * 36);
  ImGui::Begin("How to read this", &s.show_help,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::SetWindowFocus();
  ImGui::Dummy(ImVec2(width, 0));  // sets the auto-sized window's width; text wraps inside it
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted("Riposte reads a news article and shows who accuses whom and who answers.");
  ImGui::Spacing();
  bullet(
      "Names are tinted with their actor's colour; actors on one side share a hue. Hover a name to see "
      "every mention of that actor and why the engine linked it.");
  ImGui::PushStyleColor(ImGuiCol_Text, claim_color(s.dark, ClaimKind::Accusation));
  bullet("\xE2\x96\xB2 red words are accusations,");
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, claim_color(s.dark, ClaimKind::Rebuttal));
  bullet("\xE2\x97\x8B blue words are rebuttals; a dashed arc points to the accusation they answer,");
  ImGui::PopStyleColor();
  ImGui::PushStyleColor(ImGuiCol_Text, claim_color(s.dark, ClaimKind::Support));
  bullet("+ green words are statements of support.");
  ImGui::PopStyleColor();
  bullet(
      "Panels on the right: actors grouped by side (untick to hide), the list of claims (click to jump), "
      "a stance heat map and a graph.");
  bullet(
      "Fix what is wrong: select words to make them a mention of an actor; right-click a name to remove it, "
      "rename, merge or re-affiliate its actor; right-click a red or blue word to change or delete the claim; "
      "drag from one name to another to draw a new claim. Your edits are marked as yours and kept.");
  bullet(
      "Keys: Ctrl+V pastes a new article, Ctrl+Z undoes (Ctrl+Shift+Z or Ctrl+Y redoes), Tab steps through "
      "claims, Delete removes the selected claim, Esc clears the selection, arrows scroll, Ctrl +/\xE2\x88\x92/0 "
      "zoom.");
  bullet("Everything runs in your browser: the article never leaves this page.");
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button("Got it")) s.show_help = false;
  record(s, "got-it");
  ImGui::End();
}

}  // namespace

// [SECTION] Status line
std::string status_line(const AppState& s) {
  std::string out;
  const Document& d = s.doc;
  if (s.status.busy) {
    char b[96];
    std::snprintf(b, sizeof b, "Annotating %.1f MB\xE2\x80\xA6  ", s.status.busy_bytes / 1e6);
    out += b;
  }
  if (!s.status.error.empty()) out += s.status.error + "  ";
  if (!s.status.link_error.empty()) out += s.status.link_error + "  ";
  if (!s.editor.message.empty()) out += s.editor.message + "  ";
  if (!s.status.notice.empty()) out += s.status.notice + "  ";
  if (is_blank(d.text)) {
    out += "Empty article: paste a news story (Ctrl+V)";
    return out;
  }
  char b[160];
  std::snprintf(b, sizeof b, "%zu actors \xC2\xB7 %zu claims \xC2\xB7 annotated in %.1f ms \xC2\xB7 %s characters",
                d.actors.size(), d.claims.size(), s.status.annotate_ms, with_thousands(s.doc_codepoints).c_str());
  out += b;
  const uint32_t repaired = s.status.repaired + s.status.lone_surrogates;
  if (repaired)
    out += " \xC2\xB7 repaired " + std::to_string(repaired) + " invalid " + (repaired == 1 ? "sequence" : "sequences") +
           " (shown as \xEF\xBF\xBD)";
  if (!s.layout.complete()) out += " \xC2\xB7 laying out\xE2\x80\xA6";
  return out;
}

static void check_glyphs(AppState& s) {
  if (s.glyph_check_generation == s.doc_generation && s.glyph_check_size == s.fonts.body_size) return;
  s.glyph_check_generation = s.doc_generation;
  s.glyph_check_size = s.fonts.body_size;
  s.missing_glyphs.clear();
  auto check = [&](ImFont* font, std::string_view text) {
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, end);
      if (c < 0x20 || c == 0x7F) continue;
      const bool found = c <= 0xFFFF && font->FindGlyphNoFallback(static_cast<ImWchar>(c));
      if (!found && std::find(s.missing_glyphs.begin(), s.missing_glyphs.end(), c) == s.missing_glyphs.end() &&
          s.missing_glyphs.size() < 64)
        s.missing_glyphs.push_back(c);
    }
  };
  check(s.fonts.body, std::string_view(s.doc.text).substr(0, 256 * 1024));
  check(s.fonts.ui, kUiSymbols);
  check(s.fonts.ui_bold, kUiSymbols);
}

// [SECTION] draw_app
void draw_app(AppState& s) {
  ++s.frame;
  s.ui_rects.clear();
  check_glyphs(s);
  handle_keys(s);
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::PushFont(s.fonts.ui);
  ImGui::Begin("Riposte", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
  draw_toolbar(s);
  draw_share_result(s);
  ImGui::Separator();
  const float status_h = ImGui::GetFrameHeightWithSpacing();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 body(avail.x, avail.y - status_h);
  if (is_blank(s.doc.text)) {
    draw_empty_state(s, body);
  } else if (ImGui::BeginTable("layout", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV, body)) {
    ImGui::TableSetupColumn("article", ImGuiTableColumnFlags_WidthStretch, 0.68f);
    ImGui::TableSetupColumn("panels", ImGuiTableColumnFlags_WidthStretch, 0.32f);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, body.y);
    ImGui::TableSetColumnIndex(0);
    ArticleView::draw(s, ImVec2(0, body.y));
    ImGui::TableSetColumnIndex(1);
    if (ImGui::BeginTabBar("panels")) {
      auto tab = [&](const char* label, SideTab t) {
        const bool select = s.tab_request == static_cast<int>(t);
        return ImGui::BeginTabItem(label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
      };
      char actors_label[48], claims_label[48];
      std::snprintf(actors_label, sizeof actors_label, "Actors %zu###actors", s.doc.actors.size());
      std::snprintf(claims_label, sizeof claims_label, "Claims %zu###claims", s.doc.claims.size());
      const SideTab tabs[] = {SideTab::Actors, SideTab::Claims, SideTab::Stance, SideTab::Graph};
      const char* labels[] = {actors_label, claims_label, "Stance", "Graph"};
      for (int i = 0; i < 4; ++i) {
        const bool open = tab(labels[i], tabs[i]);
        static constexpr const char* kTabNames[] = {"tab-actors", "tab-claims", "tab-stance", "tab-graph"};
        record(s, kTabNames[i]);
        if (!open) continue;
        s.tab = tabs[i];
        ImGui::BeginChild("panel_body", ImVec2(0, body.y - ImGui::GetFrameHeightWithSpacing()));
        switch (tabs[i]) {
          case SideTab::Actors:
            ActorsPanel::draw(s);
            break;
          case SideTab::Claims:
            ClaimsPanel::draw(s);
            break;
          case SideTab::Stance:
            StancePanel::draw(s);
            break;
          case SideTab::Graph:
            GraphPanel::draw(s);
            break;
        }
        ImGui::EndChild();
        ImGui::EndTabItem();
      }
      ImGui::EndTabBar();
      s.tab_request = -1;
    }
    ImGui::EndTable();
  }
  ImGui::Separator();
  const std::string status = status_line(s);
  const bool has_error = !s.status.error.empty() || !s.status.link_error.empty() || !s.editor.message.empty();
  if (has_error) ImGui::PushStyleColor(ImGuiCol_Text, palette(s.dark).accusation);
  ImGui::TextUnformatted(status.c_str());
  if (has_error) ImGui::PopStyleColor();
  ImGui::End();
  draw_help(s);
  ImGui::PopFont();
}

// [SECTION] JSON for tests and the accessible DOM mirror
std::string state_json(const AppState& s) {
  using nlohmann::json;
  const Document& d = s.doc;
  const float k = 1.0f / s.dpr;  // CSS pixels
  json mentions = json::array(), cues = json::array();
  for (const auto& m : s.visible_mentions) {
    if (mentions.size() >= 60) break;
    const Mention& mm = d.mentions[m.mention];
    mentions.push_back({{"mention", m.mention},
                        {"actor", mm.actor >= 0 ? d.actors[mm.actor].id : ""},
                        {"name", mm.actor >= 0 ? d.actors[mm.actor].name : ""},
                        {"color", mm.actor >= 0 ? d.actors[mm.actor].color : ""},
                        {"text", d.text.substr(mm.span.begin, mm.span.size())},
                        {"x", m.min.x * k},
                        {"y", m.min.y * k},
                        {"w", (m.max.x - m.min.x) * k},
                        {"h", (m.max.y - m.min.y) * k}});
  }
  for (const auto& c : s.visible_cues) {
    if (cues.size() >= 60) break;
    cues.push_back({{"claim", d.claims[c.claim].id},
                    {"kind", to_string(d.claims[c.claim].kind)},
                    {"x", c.min.x * k},
                    {"y", c.min.y * k},
                    {"w", (c.max.x - c.min.x) * k},
                    {"h", (c.max.y - c.min.y) * k}});
  }
  json ui = json::object();
  for (const auto& r : s.ui_rects)
    ui[r.name] = {
        {"x", r.min.x * k}, {"y", r.min.y * k}, {"w", (r.max.x - r.min.x) * k}, {"h", (r.max.y - r.min.y) * k}};
  size_t hidden = static_cast<size_t>(std::count(s.actor_hidden.begin(), s.actor_hidden.end(), true));
  json j = {
      {"frame", s.frame},
      {"actors", d.actors.size()},
      {"claims", d.claims.size()},
      {"mentions", d.mentions.size()},
      {"stance", d.stance.size()},
      {"articleLength", s.doc_codepoints},
      {"articleBytes", d.text.size()},
      {"empty", is_blank(d.text)},
      {"busy", s.status.busy},
      {"annotateMs", s.status.annotate_ms},
      {"repaired", s.status.repaired + s.status.lone_surrogates},
      {"error", s.status.error},
      {"linkError", s.status.link_error},
      {"share",
       {{"shown", s.share.shown},
        {"length", s.share.link_length},
        {"tooLong", s.share.too_long},
        {"error", s.share.error},
        {"copyFailed", s.share.copy_failed}}},
      {"status", status_line(s)},
      {"source", s.status.source},
      {"undoDepth", s.history.undo.size()},
      {"redoDepth", s.history.redo.size()},
      {"undoLabel", s.history.undo.empty() ? "" : s.history.undo.back().label},
      {"redoLabel", s.history.redo.empty() ? "" : s.history.redo.back().label},
      {"edits", d.edits.size()},
      {"human",
       {{"actors", std::count_if(d.actors.begin(), d.actors.end(), [](const Actor& a) { return a.human; })},
        {"mentions", std::count_if(d.mentions.begin(), d.mentions.end(), [](const Mention& m) { return m.human; })},
        {"claims", std::count_if(d.claims.begin(), d.claims.end(), [](const Claim& c) { return c.human; })}}},
      {"editMessage", s.editor.message},
      {"notice", s.status.notice},
      {"selection",
       s.editor.selection.empty() ? "" : d.text.substr(s.editor.selection.begin, s.editor.selection.size())},
      {"popup", ImGui::GetCurrentContext() && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)},
      {"layoutComplete", s.layout.complete()},
      {"lines", s.layout.lines.size()},
      {"scroll", s.article_scroll * k},
      {"scrollMax", s.article_scroll_max * k},
      {"zoom", s.zoom},
      {"dark", s.dark},
      {"showHelp", s.show_help},
      {"showArcs", s.show_arcs},
      {"arcs", s.gpu.arcs.size()},
      {"highlights", s.gpu.highlights.size()},
      {"dpr", s.dpr},
      {"hoveredActor", s.hovered_actor >= 0 ? d.actors[s.hovered_actor].id : ""},
      {"selectedActor", s.selected_actor >= 0 ? d.actors[s.selected_actor].id : ""},
      {"selectedClaim", s.selected_claim >= 0 ? d.claims[s.selected_claim].id : ""},
      {"hiddenActors", hidden},
      {"tab", static_cast<int>(s.tab)},
      {"tooltip", s.tooltip},
      {"missingGlyphs", s.missing_glyphs},
      {"text", d.text.size() <= 4096 ? d.text : d.text.substr(0, 4096)},
      {"visibleMentions", mentions},
      {"visibleCues", cues},
      {"ui", ui}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string locate_json(const AppState& s, std::string_view needle, int occurrence) {
  using nlohmann::json;
  const Document& d = s.doc;
  size_t at = d.text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = d.text.find(needle, at + 1);
  ImVec2 a, b;
  float lh = 0, lh2 = 0;
  if (needle.empty() || at == std::string::npos || !locate_byte(s, static_cast<uint32_t>(at), a, lh) ||
      !locate_byte(s, static_cast<uint32_t>(at + needle.size()), b, lh2))
    return "null";
  const float k = 1.0f / s.dpr;
  const float top = s.article_origin.y + a.y;
  // The part on the first line when the words wrap.
  const float right = b.y == a.y ? s.article_origin.x + b.x : s.article_origin.x + a.x + s.fonts.body_size;
  json j = {{"x", (s.article_origin.x + a.x) * k},
            {"y", top * k},
            {"w", (right - s.article_origin.x - a.x) * k},
            {"h", lh * k},
            {"visible", top >= s.article_clip_min.y && top + lh <= s.article_clip_max.y}};
  return j.dump();
}

std::string accessible_json(const AppState& s) {
  using nlohmann::json;
  const Document& d = s.doc;
  constexpr size_t kCap = 500;  // a DOM list of a 5 MB article's every actor would not help anyone
  json actors = json::array(), claims = json::array();
  for (size_t a = 0; a < d.actors.size() && a < kCap; ++a) {
    const int side = s.actor_side[a];
    actors.push_back({{"name", d.actors[a].name},
                      {"kind", to_string(d.actors[a].kind)},
                      {"side", side >= 0 ? d.actors[side].name : d.actors[a].name},
                      {"mentions", s.actor_mentions[a]}});
  }
  auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("unknown"); };
  for (size_t i = 0; i < s.cue_order.size() && i < kCap; ++i) {
    const Claim& c = d.claims[s.cue_order[i]];
    const Span q = c.content.empty() ? c.cue : c.content;
    claims.push_back({{"id", c.id},
                      {"kind", to_string(c.kind)},
                      {"source", name(c.source)},
                      {"target", name(c.target)},
                      {"cue", d.text.substr(c.cue.begin, c.cue.size())},
                      {"quote", d.text.substr(q.begin, std::min<uint32_t>(q.size(), 300))},
                      {"rebuts", c.rebuts >= 0 ? d.claims[c.rebuts].id : ""}});
  }
  json j = {{"actors", actors},
            {"claims", claims},
            {"moreActors", d.actors.size() > kCap ? d.actors.size() - kCap : 0},
            {"moreClaims", d.claims.size() > kCap ? d.claims.size() - kCap : 0},
            {"status", status_line(s)}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace riposte::ui
