// One frame of the page: toolbar, article, panels (a column, or a bottom sheet on narrow screens), status line,
// empty state, help overlay, keyboard shortcuts. The platform layer calls draw_app between ImGui::NewFrame and
// ImGui::Render.
//
// [SECTION] Keyboard
// [SECTION] Empty state, help overlay
// [SECTION] Status line, glyph check
// [SECTION] draw_app: wide and narrow layouts
#include "ui/app.h"

#include <algorithm>
#include <cstdio>

#include "imgui_internal.h"  // ImTextCharFromUtf8

#include "ui/article_view.h"
#include "ui/document_view_model.h"
#include "ui/side_panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

// Symbols the UI itself prints (glyph check): → ▲ ▼ ○ − … · • € — “ ” ’ × ☰
constexpr std::string_view kUiSymbols =
    "\xE2\x86\x92\xE2\x96\xB2\xE2\x96\xBC\xE2\x97\x8B\xE2\x88\x92\xE2\x80\xA6\xC2\xB7\xE2\x80\xA2"
    "\xE2\x82\xAC\xE2\x80\x94\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x99\xC3\x97\xE2\x98\xB0";

std::string with_thousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

void record(AppState& s, const char* name) { record_item(s, name); }

// [SECTION] Keyboard
void zoom_keys(AppState& s) {
  if (ImGui::IsKeyPressed(ImGuiKey_Equal) || ImGui::IsKeyPressed(ImGuiKey_KeypadAdd))
    s.zoom = std::min(2.5f, s.zoom * 1.15f);
  if (ImGui::IsKeyPressed(ImGuiKey_Minus) || ImGui::IsKeyPressed(ImGuiKey_KeypadSubtract))
    s.zoom = std::max(0.6f, s.zoom / 1.15f);
  if (ImGui::IsKeyPressed(ImGuiKey_0) || ImGui::IsKeyPressed(ImGuiKey_Keypad0)) s.zoom = 1.0f;
}

// Tab / Shift+Tab step through the rows of the Claims panel (claims sharing a cue and a source are one step).
void step_claims(AppState& s, bool back) {
  const int n = static_cast<int>(s.claim_rows.size());
  if (n == 0) return;
  const int sel = s.selected_claim;
  int pos = sel >= 0 && sel < static_cast<int>(s.row_of_claim.size()) ? s.row_of_claim[sel] : -1;
  pos = back ? (pos <= 0 ? n - 1 : pos - 1) : (pos + 1) % n;
  reveal_claim(s, s.claim_rows[pos].claims.front());
  s.tab_request = static_cast<int>(SideTab::Claims);
}

void scroll_keys(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  const float line = s.fonts.body_size * 1.6f;
  if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) s.arrow_scroll += line * 2;
  if (ImGui::IsKeyPressed(ImGuiKey_UpArrow)) s.arrow_scroll -= line * 2;
  if (ImGui::IsKeyPressed(ImGuiKey_PageDown) || ImGui::IsKeyPressed(ImGuiKey_Space))
    s.arrow_scroll += io.DisplaySize.y * 0.8f;
  if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) s.arrow_scroll -= io.DisplaySize.y * 0.8f;
  if (ImGui::IsKeyPressed(ImGuiKey_Home)) s.scroll_request = 0;
  if (ImGui::IsKeyPressed(ImGuiKey_End)) s.scroll_request = 1e9f;
}

void handle_keys(AppState& s) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(ImGuiKey_Escape)) {
    if (s.show_help)
      s.show_help = false;
    else {
      s.selected_actor = s.selected_claim = -1;
      s.editor.selection = {};
    }
  }
  if (io.KeyCtrl) {
    zoom_keys(s);
    // Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo: article replacements and edits alike.
    if (ImGui::IsKeyPressed(ImGuiKey_Z, false)) io.KeyShift ? redo(s) : undo(s);
    if (ImGui::IsKeyPressed(ImGuiKey_Y, false)) redo(s);
    return;
  }
  // Delete removes the selected claim (undoable), as in any editor.
  if ((ImGui::IsKeyPressed(ImGuiKey_Delete, false) || ImGui::IsKeyPressed(ImGuiKey_Backspace, false)) &&
      s.selected_claim >= 0 && s.selected_claim < static_cast<int>(s.doc.claims.size())) {
    perform_edit(s, edit::DeleteClaim{claim_ref(s.doc, s.selected_claim)});
    return;
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Tab)) step_claims(s, io.KeyShift);
  scroll_keys(s);
}

// [SECTION] Empty state, help overlay
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
  // On a phone the text is taller than the screen: the window scrolls (a finger drags it).
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(io.DisplaySize.x, io.DisplaySize.y * 0.9f));
  ImGui::Begin("How to read this", &s.show_help,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::SetWindowFocus();
  ImGui::Dummy(ImVec2(width - ImGui::GetStyle().WindowPadding.x * 2, 0));  // the width; text wraps inside it
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetStyle().WindowPadding.x * 2);
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
      "Panels (on the right, or under the tabs at the bottom on a phone): actors grouped by side (untick to "
      "hide), the list of claims (click to jump), a stance heat map and a graph of who accuses whom.");
  bullet(
      "Fix what is wrong: select words to make them a mention of an actor; right-click a name to remove it, "
      "rename, merge or re-affiliate its actor; right-click a red or blue word to change or delete the claim; "
      "drag from one name to another to draw a new claim. Your edits are marked as yours and kept.");
  bullet(
      "Touch: tap a name or a marked word for what it is, press and hold for its menu, drag to scroll, pinch "
      "to zoom.");
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

// [SECTION] Status line, glyph check
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

// [SECTION] draw_app: wide and narrow layouts
namespace {

void draw_status(AppState& s, bool wrap) {
  const std::string status = status_line(s);
  const bool has_error = !s.status.error.empty() || !s.status.link_error.empty() || !s.editor.message.empty();
  ImGui::PushStyleColor(ImGuiCol_Text, has_error ? palette(s.dark).accusation : palette(s.dark).text_dim);
  if (wrap) ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(status.c_str());
  if (wrap) ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

// Wide screens: the article and the panel column side by side, the status line at the foot.
void draw_wide(AppState& s) {
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
    draw_panel_column(s, body.y);
    ImGui::EndTable();
  }
  ImGui::Separator();
  draw_status(s, false);
}

// Narrow screens: the status under the toolbar, the article over the whole width, the bottom sheet and the
// tab strip within thumb reach.
void draw_narrow(AppState& s) {
  draw_status(s, true);
  const float strip_h = tab_strip_height(s);
  const float avail = ImGui::GetContentRegionAvail().y - strip_h;
  const float sheet_h = sheet_height(s, avail);
  const ImVec2 article(0, std::max(1.0f, avail - sheet_h - ImGui::GetStyle().ItemSpacing.y));
  if (is_blank(s.doc.text))
    draw_empty_state(s, ImVec2(ImGui::GetContentRegionAvail().x, article.y));
  else
    ArticleView::draw(s, article);
  draw_sheet(s, sheet_h);
  draw_tab_strip(s);
}

}  // namespace

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
  if (s.screen.sheet)
    draw_narrow(s);
  else
    draw_wide(s);
  ImGui::End();
  draw_help(s);
  ImGui::PopFont();
}

}  // namespace riposte::ui
