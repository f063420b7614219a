// The page without a browser: real Dear ImGui frames of ui/app.h, headless. A Dear ImGui context with a font atlas
// built (Debian's Noto fonts, as the page bakes them; Dear ImGui's own font when they are missing), io.DisplaySize
// set, NewFrame / draw_app / Render with no renderer behind them, and a Host that records what the page asked the
// platform to do. Input goes in as Dear ImGui events (mouse, keys) or as touch events (ui/touch_input.h), in CSS
// pixels like the e2e tests.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/document/document.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/app_controller.h"
#include "ui/app_state.h"
#include "ui/document_view_model.h"
#include "ui/fonts.h"
#include "ui/screen_layout.h"
#include "ui/theme.h"
#include "ui/touch_input.h"

namespace riposte::testing {

// What the page asked the platform for.
struct RecordingHost final : ui::Host {
  struct Annotation {
    std::string bytes, source;
  };
  std::vector<Annotation> annotations;
  std::vector<ExportFile> downloads;
  std::vector<std::string> shared, captured;
  int pastes = 0, file_pickers = 0, text_edits = 0;
  void annotate(std::string_view bytes, std::string_view source) override {
    annotations.push_back({std::string(bytes), std::string(source)});
  }
  void request_paste() override { ++pastes; }
  void open_file_picker() override { ++file_pickers; }
  void edit_text(std::string_view) override { ++text_edits; }
  std::string page_url() override { return "http://localhost:8080/"; }
  void share_link(const std::string& url, bool) override { shared.push_back(url); }
  void download(const ExportFile& file) override { downloads.push_back(file); }
  void capture_png(const std::string& name) override { captured.push_back(name); }
};

class HeadlessPage {
 public:
  ui::AppState app;
  RecordingHost host;
  double time = 1.0;  // seconds

  HeadlessPage(float css_width, float css_height, float dpr = 1.0f) : css_(css_width, css_height) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    app.dpr = dpr;
  }
  ~HeadlessPage() { ImGui::DestroyContext(); }
  HeadlessPage(const HeadlessPage&) = delete;
  HeadlessPage& operator=(const HeadlessPage&) = delete;

  // One frame, as the platform's frame loop runs it (src/platform/BackendEmscripten.cpp), 1/60 s after the last.
  void frame(int n = 1) {
    for (int i = 0; i < n; ++i) {
      ImGuiIO& io = ImGui::GetIO();
      const ImVec2 display(css_.x * app.dpr, css_.y * app.dpr);
      ui::update_screen(app, display);
      if (ui::fonts_out_of_date(app)) {
        ui::bake_fonts(app, ui::system_font_files());
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // what a renderer would upload
      }
      ui::sync_style(app);
      io.DisplaySize = display;
      io.DeltaTime = 1.0f / 60.0f;
      ui::apply_touch(app, time);
      ImGui::NewFrame();
      ui::draw_app(app);
      ImGui::Render();
      ui::handle_requests(app, host);
      time += 1.0 / 60.0;
    }
  }

  // Shows `doc` as a freshly annotated article and draws until it is laid out.
  void show(Document doc) {
    ui::set_document(app, std::move(doc), app.doc_generation > 0, "New article");
    for (int i = 0; i < 50 && (i < 3 || !app.layout.complete()); ++i) frame();
  }
  void resize(float css_width, float css_height) { css_ = ImVec2(css_width, css_height); }

  // --- mouse and keys (CSS pixels) -----------------------------------------------------------------------
  ImVec2 device(ImVec2 css) const { return ImVec2(css.x * app.dpr, css.y * app.dpr); }
  void move(ImVec2 css) {
    const ImVec2 p = device(css);
    ImGui::GetIO().AddMousePosEvent(p.x, p.y);
    frame();
  }
  void click(ImVec2 css, int button = 0) {
    move(css);
    frame();
    ImGui::GetIO().AddMouseButtonEvent(button, true);
    frame(2);
    ImGui::GetIO().AddMouseButtonEvent(button, false);
    frame(2);
  }
  void key(ImGuiKey k, bool ctrl = false, bool shift = false) {
    ImGuiIO& io = ImGui::GetIO();
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
    io.AddKeyEvent(k, true);
    frame();
    io.AddKeyEvent(k, false);
    if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
    if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
    frame(2);
  }

  // --- what was drawn (CSS pixels) -------------------------------------------------------------------------
  const ui::AppState::NamedRect* rect(std::string_view name) const {
    for (const auto& r : app.ui_rects)
      if (r.name == name) return &r;
    return nullptr;
  }
  bool has(std::string_view name) const { return rect(name) != nullptr; }
  ImVec2 centre(std::string_view name) const {
    const auto* r = rect(name);
    REQUIRE_MESSAGE(r, "nothing drawn under the name ", std::string(name));
    return ImVec2((r->min.x + r->max.x) * 0.5f / app.dpr, (r->min.y + r->max.y) * 0.5f / app.dpr);
  }
  ImVec2 size(std::string_view name) const {
    const auto* r = rect(name);
    REQUIRE_MESSAGE(r, "nothing drawn under the name ", std::string(name));
    return ImVec2((r->max.x - r->min.x) / app.dpr, (r->max.y - r->min.y) / app.dpr);
  }
  void click(std::string_view name) { click(centre(name)); }
  // A visible mention of the actor named `actor` (its centre, CSS pixels).
  ImVec2 mention_of(std::string_view actor) const {
    for (const auto& m : app.visible_mentions) {
      const int a = app.doc.mentions[m.mention].actor;
      if (a >= 0 && app.doc.actors[a].name == actor)
        return ImVec2((m.min.x + m.max.x) * 0.5f / app.dpr, (m.min.y + m.max.y) * 0.5f / app.dpr);
    }
    FAIL("no visible mention of ", std::string(actor));
    return {};
  }

  // --- touch (CSS pixels; each event is followed by a frame) -------------------------------------------------
  void touch(ui::TouchEvent::Kind kind, int id, ImVec2 css) {
    ui::touch_event(app, {kind, id, device(css), time});
    frame();
  }

 private:
  ImVec2 css_;
};

}  // namespace riposte::testing
