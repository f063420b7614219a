// The page's platform layer: the only place that talks to Emscripten, GLFW, WebGL and JavaScript.
//
// [SECTION] Platform state
// [SECTION] Fonts (baked for devicePixelRatio × zoom)
// [SECTION] Canvas size in device pixels
// [SECTION] Exports to JavaScript (web/riposte-glue.js)
// [SECTION] Frame loop and main
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#define GLFW_INCLUDE_ES3
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "engine/document/reannotation.h"
#include "engine/formats/document_codec.h"
#include "engine/formats/document_import.h"
#include "engine/formats/export_files.h"
#include "engine/formats/link_codec.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/GlRenderer.h"
#include "ui/app.h"
#include "ui/document_view_model.h"
#include "ui/embedded_ui_data.h"
#include "ui/theme.h"

namespace {

// [SECTION] Platform state
struct Platform {
  GLFWwindow* window = nullptr;
  riposte::ui::AppState app;
  std::string clipboard;  // ImGui's clipboard, fed by the DOM paste event
  std::string json_out;   // the last string handed to JavaScript
  std::string blob_out;   // the last bytes handed to JavaScript (riposte_encode_document)
  bool theme_dark = false;
  float theme_dpr = 0;
  bool gl_shaders = false;
  bool help_seen_saved = false;
  bool capture_png = false;  // Export → PNG asked for a capture of the view
  bool capture_png_this_frame = false;
  // CPU time of each frame's parts since the last riposte_frame_stats() (bench/frame_time.mjs).
  std::vector<float> frame_ui_ms, frame_render_ms, frame_total_ms;
  uint64_t mirrored_generation = 0;  // the document the accessible DOM mirror shows
  std::string mirrored_status;
};
Platform* g = nullptr;  // one page, one platform; Emscripten callbacks are plain functions

// [SECTION] Fonts (baked for devicePixelRatio × zoom)
// Latin with extensions, IPA, Greek, Cyrillic, punctuation (curly quotes, dashes), currency (€),
// letterlike symbols, arrows, geometric shapes and U+FFFD: names in news stories render, never '?'.
const ImWchar kTextRanges[] = {0x0020, 0x02FF, 0x0300, 0x036F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x1E00,
                               0x1EFF, 0x2000, 0x206F, 0x20A0, 0x20CF, 0x2100, 0x214F, 0x2190, 0x21FF,
                               0x2200, 0x22FF, 0x25A0, 0x25FF, 0xFFFD, 0xFFFD, 0};

const ImWchar kSymbolRanges[] = {0x2190, 0x21FF, 0x2200, 0x22FF, 0x2300, 0x23FF, 0x25A0, 0x25FF, 0x2600, 0x26FF, 0};

ImFont* add_font(const char* file, float px, const ImFontConfig& base) {
  ImGuiIO& io = ImGui::GetIO();
  ImFont* font = io.Fonts->AddFontFromFileTTF(file, px, &base, kTextRanges);
  if (!font) return nullptr;
  ImFontConfig merge = base;
  merge.MergeMode = true;
  io.Fonts->AddFontFromFileTTF("/fonts/symbols.ttf", px, &merge, kSymbolRanges);
  return font;
}

void bake_fonts(riposte::ui::AppState& s) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig cfg;
  cfg.OversampleH = s.dpr >= 1.5f ? 1 : 2;
  cfg.OversampleV = 1;
  const float ui_px = std::round(15.0f * s.dpr);
  const float body_px = std::round(19.0f * s.dpr * s.zoom);
  const float head_px = std::round(body_px * 1.55f);
  // Very large sizes are baked at 64 px and scaled: the atlas stays within WebGL's texture limits.
  const float body_bake = std::min(body_px, 64.0f), head_bake = std::min(head_px, 72.0f);
  s.fonts.ui = add_font("/fonts/sans.ttf", ui_px, cfg);
  s.fonts.ui_bold = add_font("/fonts/sans-bold.ttf", ui_px, cfg);
  s.fonts.body = add_font("/fonts/serif.ttf", body_bake, cfg);
  s.fonts.headline = add_font("/fonts/serif-bold.ttf", head_bake, cfg);
  if (!s.fonts.ui || !s.fonts.body || !s.fonts.headline || !s.fonts.ui_bold) {
    std::printf("riposte: fonts missing from the preloaded data, using ImGui's default font\n");
    io.Fonts->Clear();
    ImFont* f = io.Fonts->AddFontDefault();
    s.fonts = {f, f, f, f, 0, 0};
  }
  s.fonts.body_size = body_px;
  s.fonts.headline_size = head_px;
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  s.fonts_dpr = s.dpr;
  s.fonts_zoom = s.zoom;
}

// [SECTION] Canvas size in device pixels
// Emscripten 3.1.6's GLFW ignores devicePixelRatio: size the canvas backing store in device
// pixels ourselves; ImGui then works in device pixels and the UI is scaled by dpr.
void sync_canvas_size() {
  double css_w = 0, css_h = 0;
  emscripten_get_element_css_size("#canvas", &css_w, &css_h);
  const float dpr = static_cast<float>(std::max(1.0, emscripten_get_device_pixel_ratio()));
  int want_w = std::max(1, static_cast<int>(std::lround(css_w * dpr)));
  int want_h = std::max(1, static_cast<int>(std::lround(css_h * dpr)));
  // glfwSetWindowSize() asks for full screen when the size equals the screen's: never ask.
  const int screen_w = EM_ASM_INT({ return screen.width; }), screen_h = EM_ASM_INT({ return screen.height; });
  if (want_w == screen_w && want_h == screen_h) want_h -= 1;
  int w = 0, h = 0;
  glfwGetWindowSize(g->window, &w, &h);
  if (w != want_w || h != want_h) glfwSetWindowSize(g->window, want_w, want_h);
  g->app.dpr = dpr;
}

void post_article_to_engine(const char* bytes, size_t len, const char* source) {
  // The glue copies the bytes out of the heap and posts them to the engine worker.
  EM_ASM({ Module.riposteGlue.annotate($0, $1, UTF8ToString($2)); }, bytes, len, source);
}

void load_sample() {
  const std::string_view sample = riposte::ui_data::file("sample-article.txt");
  post_article_to_engine(sample.data(), sample.size(), "sample");
}

// A file for the user: the glue copies the bytes out of the heap into a Blob and downloads it.
void download(const riposte::ExportFile& f) {
  EM_ASM({ Module.riposteGlue.download(UTF8ToString($0), UTF8ToString($1), $2, $3); }, f.name.c_str(), f.mime.c_str(),
         f.content.data(), f.content.size());
}

void export_article(const std::string& format_name) {
  riposte::ui::AppState& s = g->app;
  // PNG of the view: the next frame, drawn without the menu that asked for it, is captured right after
  // it is rendered (the drawing buffer is only readable before the browser composites it).
  if (format_name == "png") {
    g->capture_png = true;
    return;
  }
  const auto format = riposte::parse_export_format(format_name);
  if (!format) return;
  for (const auto& f : riposte::export_files(s.doc, *format, riposte::ExportOptions{}, "article", true)) download(f);
}

// Share: the page's own address (without its fragment) + the link data; the link goes to the
// clipboard unless it is too long to travel safely, then the UI offers the JSON download.
void share_article() {
  riposte::ui::AppState& s = g->app;
  char* base = reinterpret_cast<char*>(EM_ASM_INT({
    const b = location.origin + location.pathname;
    const n = lengthBytesUTF8(b) + 1;
    const p = _malloc(n);
    stringToUTF8(b, p, n);
    return p;
  }));
  auto link = riposte::encode_share_link(s.doc, base ? std::string_view(base) : std::string_view());
  std::free(base);
  s.share = {};
  s.share.shown = true;
  if (!link) {
    s.share.error = link.error();
    return;
  }
  s.share.link_length = link.value().url.size();
  s.share.too_long = link.value().too_long;
  // The link is ASCII and at most a few tens of KB: a plain string crossing is fine here.
  EM_ASM({ Module.riposteGlue.shareLink(UTF8ToString($0), $1); }, link.value().url.c_str(), s.share.too_long ? 1 : 0);
}

}  // namespace

// [SECTION] Exports to JavaScript (web/riposte-glue.js)
// Shows a document that arrived already annotated (a share link or an imported file), as it is; undoable.
static void show_stored_document(riposte::ui::AppState& s, riposte::Document doc, const char* source) {
  riposte::ui::set_document(s, std::move(doc), s.doc_generation > 0,
                            std::string(source) == "link" ? "Open share link" : "Import document");
  s.status.annotate_ms = 0;
  s.status.repaired = s.doc.repaired_sequences;
  s.status.lone_surrogates = 0;
  s.status.error.clear();
  s.status.link_error.clear();
  s.status.notice.clear();
  s.status.source = source;
}

extern "C" {

// A result from the engine worker: `len` bytes at `blob` in engine/document_codec.h form.
EMSCRIPTEN_KEEPALIVE int riposte_receive_document(const char* blob, uint32_t len, double annotate_ms,
                                                  uint32_t lone_surrogates, const char* source) {
  auto doc = riposte::decode_document(std::string_view(blob, len));
  riposte::ui::AppState& s = g->app;
  s.status.busy = false;
  if (!doc) {
    s.status.error = "The engine's answer could not be read; the article was not replaced.";
    return 0;
  }
  const std::string src = source ? source : "";
  // A fresh annotation is dated now (exports and share links keep the date); a restored one keeps its own.
  if (doc->provenance.annotated.empty() && src != "restore") doc->provenance.annotated = riposte::iso8601_utc_now();
  // Every replacement after the first article can be undone (Ctrl+Z or the Undo button).
  // Corrected text ("Edit text…"): the person's edits are replayed wherever their text did not change.
  std::string edit_summary;
  if (src == "edit") {
    auto replayed = riposte::replay_edits(std::move(*doc), s.doc);
    doc = std::move(replayed.doc);
    if (replayed.kept + replayed.dropped > 0) {
      edit_summary = "Text corrected: kept " + std::to_string(replayed.kept) + " of your edits";
      if (replayed.dropped)
        edit_summary += ", " + std::to_string(replayed.dropped) + " no longer apply (their text changed)";
    }
  }
  const char* label = src == "paste"    ? "Paste article"
                      : src == "file"   ? "Open file"
                      : src == "sample" ? "Load the sample"
                      : src == "edit"   ? "Edit text"
                                        : "New article";
  riposte::ui::set_document(s, std::move(*doc), s.doc_generation > 0, label);
  s.status.annotate_ms = annotate_ms;
  s.status.repaired = s.doc.repaired_sequences;
  s.status.lone_surrogates = lone_surrogates;
  s.status.error.clear();
  if (src == "paste" || src == "file") s.status.link_error.clear();  // the user moved on
  s.status.source = src;
  s.status.notice = edit_summary;
  return 1;
}

// A share link (`len` bytes at `link`: the page's URL, its fragment or the bare data). On success the
// article is replaced by exactly what the link carries (not re-annotated); on failure nothing changes
// but the message.
EMSCRIPTEN_KEEPALIVE int riposte_open_link(const char* link, uint32_t len) {
  riposte::ui::AppState& s = g->app;
  auto doc = riposte::decode_share_link(std::string_view(link, len));
  if (!doc) {
    s.status.link_error = "This share link cannot be opened (" + doc.error() + "); the article shown was not replaced.";
    return 0;
  }
  show_stored_document(s, std::move(doc).value(), "link");
  return 1;
}

// An opened .riposte.json file (`len` bytes of riposte/1 JSON), shown as it is, not re-annotated.
EMSCRIPTEN_KEEPALIVE int riposte_import_json(const char* json, uint32_t len) {
  riposte::ui::AppState& s = g->app;
  auto doc = riposte::document_from_json(std::string_view(json, len));
  if (!doc) {
    s.status.error = "This file is not a Riposte document (" + doc.error() + "); the article was not replaced.";
    return 0;
  }
  show_stored_document(s, std::move(doc).value(), "import");
  return 1;
}

EMSCRIPTEN_KEEPALIVE void riposte_share() { g->app.want_share = true; }

// navigator.clipboard refused the link (`len` bytes at `url`): the UI shows it for copying by hand.
EMSCRIPTEN_KEEPALIVE void riposte_share_copy_failed(const char* url, uint32_t len) {
  if (!g->app.share.shown) return;
  g->app.share.copy_failed = true;
  g->app.share.url.assign(url, len);
}

EMSCRIPTEN_KEEPALIVE void riposte_export(const char* format) { g->app.want_export = format ? format : ""; }

// The current document in engine/document_codec.h form (for the autosave): the bytes stay valid
// until the next call; their size is riposte_encoded_size().
EMSCRIPTEN_KEEPALIVE const char* riposte_encode_document() {
  g->blob_out = riposte::encode_document(g->app.doc);
  return g->blob_out.data();
}
EMSCRIPTEN_KEEPALIVE uint32_t riposte_encoded_size() { return static_cast<uint32_t>(g->blob_out.size()); }
EMSCRIPTEN_KEEPALIVE uint32_t riposte_document_generation() { return static_cast<uint32_t>(g->app.doc_generation); }

EMSCRIPTEN_KEEPALIVE void riposte_set_busy(uint32_t bytes) {
  g->app.status.busy = true;
  g->app.status.busy_bytes = bytes;
}

EMSCRIPTEN_KEEPALIVE void riposte_annotation_failed(const char* message) {
  g->app.status.busy = false;
  g->app.status.error = message ? message : "The engine failed on this text.";
}

EMSCRIPTEN_KEEPALIVE void riposte_set_clipboard(const char* text, uint32_t len) { g->clipboard.assign(text, len); }

EMSCRIPTEN_KEEPALIVE int riposte_wants_text_input() {
  return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
}

EMSCRIPTEN_KEEPALIVE int riposte_undo() { return riposte::ui::undo(g->app); }
EMSCRIPTEN_KEEPALIVE int riposte_redo() { return riposte::ui::redo(g->app); }

EMSCRIPTEN_KEEPALIVE void riposte_load_sample() { load_sample(); }

EMSCRIPTEN_KEEPALIVE void riposte_set_help(int show) {
  g->app.show_help = show != 0;
  g->help_seen_saved = !show;
}

EMSCRIPTEN_KEEPALIVE void riposte_select_claim(int index) {
  if (index >= 0 && index < static_cast<int>(g->app.doc.claims.size())) {
    g->app.selected_claim = index;
    g->app.scroll_to_claim = index;
  }
}

EMSCRIPTEN_KEEPALIVE const char* riposte_state_json() {
  g->json_out = riposte::ui::state_json(g->app);
  return g->json_out.c_str();
}

// {"ui": [...], "render": [...], "total": [...]} in ms per frame since the last call; clears them.
EMSCRIPTEN_KEEPALIVE const char* riposte_frame_stats() {
  auto list = [](std::vector<float>& v) {
    std::string out = "[";
    char buf[32];
    for (size_t i = 0; i < v.size(); ++i) {
      std::snprintf(buf, sizeof buf, i ? ",%.3f" : "%.3f", v[i]);
      out += buf;
    }
    v.clear();
    return out + "]";
  };
  g->json_out = "{\"ui\":" + list(g->frame_ui_ms) + ",\"render\":" + list(g->frame_render_ms) +
                ",\"total\":" + list(g->frame_total_ms) + "}";
  return g->json_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* riposte_locate_text(const char* needle, int occurrence) {
  g->json_out = riposte::ui::locate_json(g->app, needle ? needle : "", occurrence);
  return g->json_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* riposte_accessible_json() {
  g->json_out = riposte::ui::accessible_json(g->app);
  return g->json_out.c_str();
}
}

// [SECTION] Frame loop and main
namespace {

void frame() {
  const double t_start = emscripten_get_now();
  riposte::ui::AppState& s = g->app;
  sync_canvas_size();
  if (s.fonts_dpr != s.dpr || s.fonts_zoom != s.zoom) bake_fonts(s);
  if (g->theme_dark != s.dark || g->theme_dpr != s.dpr) {
    riposte::ui::apply_theme(s.dark, s.dpr);
    g->theme_dark = s.dark;
    g->theme_dpr = s.dpr;
  }
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  const double t_ui = emscripten_get_now();
  riposte::ui::draw_app(s);
  ImGui::Render();
  const double t_render = emscripten_get_now();
  int w = 0, h = 0;
  glfwGetFramebufferSize(g->window, &w, &h);
  glViewport(0, 0, w, h);
  const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(riposte::ui::palette(s.dark).page_bg);
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (g->capture_png && !g->capture_png_this_frame) {
    g->capture_png_this_frame = true;  // this frame still shows the Export menu: capture the next one
  } else if (g->capture_png) {
    g->capture_png = g->capture_png_this_frame = false;
    EM_ASM({ Module.riposteGlue.capturePng('article-view.png'); });
  }
  const double t_end = emscripten_get_now();
  if (g->frame_total_ms.size() < 100000) {
    g->frame_ui_ms.push_back(static_cast<float>(t_render - t_ui));
    g->frame_render_ms.push_back(static_cast<float>(t_end - t_render));
    g->frame_total_ms.push_back(static_cast<float>(t_end - t_start));
  }

  // Requests the UI made during the frame.
  if (s.want_paste) EM_ASM({ Module.riposteGlue.requestPaste(); });
  if (s.want_open_file) EM_ASM({ Module.riposteGlue.openFile(); });
  if (s.want_sample) load_sample();
  if (s.want_edit_text && !riposte::ui::is_blank(s.doc.text))
    EM_ASM({ Module.riposteGlue.editText($0, $1); }, s.doc.text.data(), s.doc.text.size());
  if (s.want_share && !riposte::ui::is_blank(s.doc.text)) share_article();
  if (!s.want_export.empty()) export_article(s.want_export);
  s.want_paste = s.want_open_file = s.want_sample = s.want_share = s.want_edit_text = false;
  s.want_export.clear();
  if (g->mirrored_generation != s.doc_generation) {
    g->mirrored_generation = s.doc_generation;
    EM_ASM({ Module.riposteGlue.documentChanged(); });
  }
  std::string status = riposte::ui::status_line(s);
  if (status != g->mirrored_status) {
    g->mirrored_status = std::move(status);
    EM_ASM({ Module.riposteGlue.statusChanged(UTF8ToString($0)); }, g->mirrored_status.c_str());
  }
  if (!s.show_help && !g->help_seen_saved) {
    EM_ASM({
      try {
        localStorage.setItem('riposte.helpSeen', '1');
      } catch (e) {
      }
    });
    g->help_seen_saved = true;
  }
}

}  // namespace

int main() {
  g = new Platform();
  if (!glfwInit()) {
    std::printf("riposte: glfwInit failed\n");
    return 1;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g->window = glfwCreateWindow(1280, 800, "Riposte", nullptr, nullptr);
  if (!g->window) {
    EM_ASM({ Module.riposteGlue.fatal('This page needs WebGL 2, which this browser does not offer.'); });
    return 1;
  }
  glfwMakeContextCurrent(g->window);
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigWindowsMoveFromTitleBarOnly = true;
  ImGui_ImplGlfw_InitForOpenGL(g->window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  // GLFW's clipboard is a no-op under Emscripten: ImGui reads what the DOM paste event gave us and
  // writes through navigator.clipboard.
  io.GetClipboardTextFn = [](void*) -> const char* { return g->clipboard.c_str(); };
  io.SetClipboardTextFn = [](void*, const char* text) {
    g->clipboard = text ? text : "";
    EM_ASM({ Module.riposteGlue.writeClipboard(UTF8ToString($0)); }, g->clipboard.c_str());
  };
  std::string error;
  g->gl_shaders = riposte::platform::init_gl_renderer(g->app.gpu, error);
  if (!g->gl_shaders) std::printf("riposte: shaders failed, drawing without highlights: %s\n", error.c_str());
  g->app.show_help = EM_ASM_INT({
    try {
      return localStorage.getItem('riposte.helpSeen') ? 0 : 1;
    } catch (e) {
      return 1;
    }
  });
  g->help_seen_saved = !g->app.show_help;
  sync_canvas_size();
  bake_fonts(g->app);
  // The glue opens a share link in the URL, else the autosaved article, else the sample.
  EM_ASM({ Module.riposteGlue.start(); });
  EM_ASM({ Module.riposteGlue.ready(); });
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
