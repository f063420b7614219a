// The page's platform layer: the only place that talks to Emscripten, GLFW, WebGL and JavaScript. What the page
// does is src/ui (ui/app_controller.h, ui/touch_input.h, ui/fonts.h): this file carries bytes across.
//
// [SECTION] Platform state and the Host (messages to web/riposte-glue.js)
// [SECTION] Canvas size in device pixels, fonts texture
// [SECTION] Exports to JavaScript
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

#include "engine/formats/document_codec.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "platform/GlRenderer.h"
#include "ui/app.h"
#include "ui/app_controller.h"
#include "ui/document_view_model.h"
#include "ui/embedded_ui_data.h"
#include "ui/fonts.h"
#include "ui/screen_layout.h"
#include "ui/side_panels.h"
#include "ui/theme.h"
#include "ui/touch_input.h"

namespace {

// [SECTION] Platform state and the Host (messages to web/riposte-glue.js)
class PageHost final : public riposte::ui::Host {
 public:
  void annotate(std::string_view bytes, std::string_view source) override {
    // The glue copies the bytes out of the heap and posts them to the engine worker.
    EM_ASM({ Module.riposteGlue.annotate($0, $1, UTF8ToString($2, $3)); }, bytes.data(), bytes.size(), source.data(),
           source.size());
  }
  void request_paste() override {
    EM_ASM({ Module.riposteGlue.requestPaste(); });
  }
  void open_file_picker() override {
    EM_ASM({ Module.riposteGlue.openFile(); });
  }
  void edit_text(std::string_view text) override {
    EM_ASM({ Module.riposteGlue.editText($0, $1); }, text.data(), text.size());
  }
  std::string page_url() override {
    char* base = reinterpret_cast<char*>(EM_ASM_INT({
      const b = location.origin + location.pathname;
      const n = lengthBytesUTF8(b) + 1;
      const p = _malloc(n);
      stringToUTF8(b, p, n);
      return p;
    }));
    std::string out = base ? base : "";
    std::free(base);
    return out;
  }
  void share_link(const std::string& url, bool too_long) override {
    // The link is ASCII and at most a few tens of KB: a plain string crossing is fine here.
    EM_ASM({ Module.riposteGlue.shareLink(UTF8ToString($0), $1); }, url.c_str(), too_long ? 1 : 0);
  }
  void download(const riposte::ExportFile& f) override {
    // The glue copies the bytes out of the heap into a Blob and downloads it.
    EM_ASM({ Module.riposteGlue.download(UTF8ToString($0), UTF8ToString($1), $2, $3); }, f.name.c_str(), f.mime.c_str(),
           f.content.data(), f.content.size());
  }
  void capture_png(const std::string& name) override {
    EM_ASM({ Module.riposteGlue.capturePng(UTF8ToString($0)); }, name.c_str());
  }
};

struct Platform {
  GLFWwindow* window = nullptr;
  riposte::ui::AppState app;
  PageHost host;
  std::string clipboard;  // ImGui's clipboard, fed by the DOM paste event
  std::string json_out;   // the last string handed to JavaScript
  std::string blob_out;   // the last bytes handed to JavaScript (riposte_encode_document)
  bool help_seen_saved = false;
  // CPU time of each frame's parts since the last riposte_frame_stats() (bench/frame_time.mjs).
  std::vector<float> frame_ui_ms, frame_render_ms, frame_total_ms;
  uint64_t mirrored_generation = 0;  // the document the accessible DOM mirror shows
  std::string mirrored_status;
};
Platform* g = nullptr;  // set by main; every export checks it, so nothing runs before main has set up

// [SECTION] Canvas size in device pixels, fonts texture
// Emscripten 3.1.6's GLFW ignores devicePixelRatio: size the canvas backing store in device
// pixels ourselves; ImGui then works in device pixels and the UI is scaled by dpr.
ImVec2 sync_canvas_size() {
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
  return ImVec2(static_cast<float>(want_w), static_cast<float>(want_h));
}

void bake_fonts_and_texture(riposte::ui::AppState& s) {
  riposte::ui::bake_fonts(s, riposte::ui::page_font_files());
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace

// [SECTION] Exports to JavaScript
// Each returns at once (0, or an empty answer) until main has set up the page's state: the glue queues what
// arrives earlier (a paste, a link), and no C++ state is touched before it exists.
extern "C" {

// A result from the engine worker: `len` bytes at `blob` in engine/formats/document_codec.h form.
EMSCRIPTEN_KEEPALIVE int riposte_receive_document(const char* blob, uint32_t len, double annotate_ms,
                                                  uint32_t lone_surrogates, const char* source) {
  if (!g) return 0;
  return riposte::ui::receive_document(g->app, std::string_view(blob, len), annotate_ms, lone_surrogates,
                                       source ? source : "");
}

// A share link (`len` bytes at `link`: the page's URL, its fragment or the bare data).
EMSCRIPTEN_KEEPALIVE int riposte_open_link(const char* link, uint32_t len) {
  return g && riposte::ui::open_link(g->app, std::string_view(link, len));
}

// An opened .riposte.json / .json file (`len` bytes of riposte/1 JSON), shown as it is, not re-annotated.
EMSCRIPTEN_KEEPALIVE int riposte_import_json(const char* json, uint32_t len) {
  return g && riposte::ui::import_json(g->app, std::string_view(json, len));
}

EMSCRIPTEN_KEEPALIVE void riposte_share() {
  if (g) g->app.want_share = true;
}

// navigator.clipboard refused the link (`len` bytes at `url`): the UI shows it for copying by hand.
EMSCRIPTEN_KEEPALIVE void riposte_share_copy_failed(const char* url, uint32_t len) {
  if (g) riposte::ui::share_copy_failed(g->app, std::string(url, len));
}

EMSCRIPTEN_KEEPALIVE void riposte_export(const char* format) {
  if (g) g->app.want_export = format ? format : "";
}

// The current document in engine/formats/document_codec.h form (for the autosave): the bytes stay valid
// until the next call; their size is riposte_encoded_size().
EMSCRIPTEN_KEEPALIVE const char* riposte_encode_document() {
  if (!g) return "";
  g->blob_out = riposte::encode_document(g->app.doc);
  return g->blob_out.data();
}
EMSCRIPTEN_KEEPALIVE uint32_t riposte_encoded_size() { return g ? static_cast<uint32_t>(g->blob_out.size()) : 0; }
EMSCRIPTEN_KEEPALIVE uint32_t riposte_document_generation() {
  return g ? static_cast<uint32_t>(g->app.doc_generation) : 0;
}

EMSCRIPTEN_KEEPALIVE void riposte_set_busy(uint32_t bytes) {
  if (g) riposte::ui::annotation_started(g->app, bytes);
}

EMSCRIPTEN_KEEPALIVE void riposte_annotation_failed(const char* message) {
  if (g) riposte::ui::annotation_failed(g->app, message ? message : "");
}

EMSCRIPTEN_KEEPALIVE void riposte_set_clipboard(const char* text, uint32_t len) {
  if (g) g->clipboard.assign(text, len);
}

EMSCRIPTEN_KEEPALIVE int riposte_wants_text_input() {
  return g && ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput;
}

EMSCRIPTEN_KEEPALIVE int riposte_undo() { return g && riposte::ui::undo(g->app); }
EMSCRIPTEN_KEEPALIVE int riposte_redo() { return g && riposte::ui::redo(g->app); }

EMSCRIPTEN_KEEPALIVE void riposte_load_sample() {
  if (g) riposte::ui::load_sample(g->host);
}

EMSCRIPTEN_KEEPALIVE void riposte_set_help(int show) {
  if (!g) return;
  g->app.show_help = show != 0;
  g->help_seen_saved = !show;
}

EMSCRIPTEN_KEEPALIVE void riposte_select_claim(int index) {
  if (g) riposte::ui::reveal_claim(g->app, index);
}

// A finger on the canvas (kind: 0 start, 1 move, 2 end, 3 cancel; device pixels; ms): ui/touch_input.h.
EMSCRIPTEN_KEEPALIVE void riposte_touch(int kind, int id, float x, float y, double time_ms) {
  if (!g || kind < 0 || kind > 3) return;
  riposte::ui::touch_event(g->app,
                           {static_cast<riposte::ui::TouchEvent::Kind>(kind), id, ImVec2(x, y), time_ms / 1000});
}

EMSCRIPTEN_KEEPALIVE void riposte_pointer_is_mouse() {
  if (g) riposte::ui::pointer_is_mouse(g->app);
}

EMSCRIPTEN_KEEPALIVE const char* riposte_state_json() {
  if (!g) return "null";
  g->json_out = riposte::ui::state_json(g->app);
  return g->json_out.c_str();
}

// {"ui": [...], "render": [...], "total": [...]} in ms per frame since the last call; clears them.
EMSCRIPTEN_KEEPALIVE const char* riposte_frame_stats() {
  if (!g) return "null";
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
  if (!g) return "null";
  g->json_out = riposte::ui::locate_json(g->app, needle ? needle : "", occurrence);
  return g->json_out.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* riposte_accessible_json() {
  if (!g) return "null";
  g->json_out = riposte::ui::accessible_json(g->app);
  return g->json_out.c_str();
}
}

// [SECTION] Frame loop and main
namespace {

// What JavaScript mirrors of the page: the accessible DOM list and the autosave (after a document change), the
// status (when it changes), and that the first-visit overlay was seen.
void mirror_to_dom(riposte::ui::AppState& s) {
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

void frame() {
  const double t_start = emscripten_get_now();
  riposte::ui::AppState& s = g->app;
  const ImVec2 display = sync_canvas_size();
  riposte::ui::update_screen(s, display);
  if (riposte::ui::fonts_out_of_date(s)) bake_fonts_and_texture(s);
  riposte::ui::sync_style(s);
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  riposte::ui::apply_touch(s, emscripten_get_now() / 1000.0);
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
  const double t_end = emscripten_get_now();
  if (g->frame_total_ms.size() < 100000) {
    g->frame_ui_ms.push_back(static_cast<float>(t_render - t_ui));
    g->frame_render_ms.push_back(static_cast<float>(t_end - t_render));
    g->frame_total_ms.push_back(static_cast<float>(t_end - t_start));
  }
  // Requests the UI made during the frame (a picture of the view is taken here, right after rendering, while
  // the drawing buffer still holds the frame).
  riposte::ui::handle_requests(s, g->host);
  mirror_to_dom(s);
}

bool create_window() {
  if (!glfwInit()) {
    std::printf("riposte: glfwInit failed\n");
    return false;
  }
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  g->window = glfwCreateWindow(1280, 800, "Riposte", nullptr, nullptr);
  if (!g->window) {
    EM_ASM({ Module.riposteGlue.fatal('This page needs WebGL 2, which this browser does not offer.'); });
    return false;
  }
  glfwMakeContextCurrent(g->window);
  return true;
}

void init_imgui() {
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
  if (!riposte::platform::init_gl_renderer(g->app.gpu, error))
    std::printf("riposte: shaders failed, drawing without highlights: %s\n", error.c_str());
}

}  // namespace

int main() {
  auto* platform = new Platform();
  g = platform;  // the exports answer from here on
  if (!create_window()) {
    g = nullptr;
    return 1;
  }
  init_imgui();
  g->app.show_help = EM_ASM_INT({
    try {
      return localStorage.getItem('riposte.helpSeen') ? 0 : 1;
    } catch (e) {
      return 1;
    }
  });
  g->help_seen_saved = !g->app.show_help;
  riposte::ui::update_screen(g->app, sync_canvas_size());
  // The first article is most often the sample: its letters are baked now, not in a second bake when it arrives.
  riposte::ui::request_glyphs(g->app.fonts, riposte::ui_data::file("sample-article.txt"));
  bake_fonts_and_texture(g->app);
  // The glue replays what arrived before main (a paste), else opens a share link in the URL, else the
  // autosaved article, else the sample.
  EM_ASM({ Module.riposteGlue.ready(); });
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
