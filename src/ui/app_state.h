// All of the page's state in one object: the annotated document and what the view derived from it,
// selection and hover, panel toggles, theme, zoom, undo history and the per-frame GPU batches that
// the platform layer draws with its own shaders. Views are stateless functions of AppState.
//
// [SECTION] GPU batches (filled by views, drawn by the platform's ImDrawCallbacks)
// [SECTION] Text layout (lines of the article, computed lazily)
// [SECTION] Undo history (article replacements and annotation edits)
// [SECTION] Editing state (word selection, claim drawing, menus)
// [SECTION] Touch gestures (tap, long press, drag to scroll with momentum, pinch to zoom)
// [SECTION] Fonts, screen and status
// [SECTION] AppState
#pragma once
#include <cfloat>
#include <cstdint>
#include <string>
#include <vector>

#include "engine/document/claim_groups.h"
#include "engine/document/document.h"
#include "engine/document/edit.h"
#include "engine/document/paragraphs.h"
#include "imgui.h"

namespace riposte::ui {

// [SECTION] GPU batches (filled by views, drawn by the platform's ImDrawCallbacks)
struct HighlightInstance {  // a rounded box behind a mention or cue word
  float x0, y0, x1, y1;
  float r, g, b, a;
  float radius, glow, underline, pad;
};
struct ArcInstance {  // a cubic Bézier p0 → p1 with controls c0, c1
  float p0x, p0y, c0x, c0y;
  float c1x, c1y, p1x, p1y;
  float r, g, b, a;
  float width, dash, arrow, pad;
};
struct GpuBatches {
  std::vector<HighlightInstance> highlights;
  std::vector<ArcInstance> arcs;
  // Set by the platform layer: ImDrawCallbacks that draw the batches above with shaders/.
  ImDrawCallback draw_highlights = nullptr;
  ImDrawCallback draw_arcs = nullptr;
};

// [SECTION] Text layout (lines of the article, computed lazily)
struct Line {
  uint32_t begin = 0, end = 0;  // bytes of doc.text (trailing spaces excluded)
  float y = 0;                  // top, relative to the article's origin
  uint32_t paragraph = 0;
  bool hyphen = false;  // a word too long for any line continues on the next: a hyphen is drawn after `end`
};
struct TextLayout {
  float wrap_width = 0, body_size = 0;  // what the layout was computed for
  std::vector<Paragraph> paragraphs;
  std::vector<Line> lines;
  uint32_t next_paragraph = 0;  // lazy layout: where to continue
  uint32_t next_byte = 0;
  float next_y = 0;
  float estimated_height = 0;  // laid out height + an estimate for the rest
  bool complete() const { return next_paragraph >= paragraphs.size(); }
};

// [SECTION] Undo history (article replacements and annotation edits)
// What an edit can change; the text, tokens and sentences stay. Snapshots of it make edits undoable
// without copying the article.
struct AnnotationLayer {
  std::vector<Actor> actors;
  std::vector<Mention> mentions;
  std::vector<Claim> claims;
  std::vector<StanceEdge> stance;
  std::vector<Edit> edits;
};
struct HistoryEntry {
  std::string label;   // "New article", "Merge “Zhao” into “Zhao Lijian”": shown on Undo/Redo
  bool whole = false;  // the article was replaced: `doc` is the other article
  Document doc;
  AnnotationLayer layer;  // !whole: the other annotation of the same text
};
struct History {
  std::vector<HistoryEntry> undo, redo;  // newest last
};

// [SECTION] Editing state (word selection, claim drawing, menus)
struct EditorState {
  Span selection;              // words selected in the article (bytes), empty: none
  bool selecting = false;      // the left button is down and dragging a selection
  uint32_t anchor = 0;         // where the selection drag started
  int drag_from_mention = -1;  // a claim being drawn from this mention (left drag from a mention)
  bool drawing_claim = false;  // the drag went far enough to be a drawing
  ImVec2 press_pos{0, 0};
  int drop_on_mention = -1;  // mention under the mouse while drawing
  // A claim drawn, waiting for its kind in the "new claim" popup.
  int new_claim_source = -1, new_claim_target = -1;
  Span new_claim_cue;
  int menu_mention = -1;  // the mention / claim a context menu is about
  int menu_claim = -1;
  int menu_actor = -1;
  char filter[96] = {};   // actor filter inside menus
  char rename[160] = {};  // rename field
  ActorKind new_actor_kind = ActorKind::Person;
  std::string message;  // the last edit's error, shown in the status line until the next edit
};

// [SECTION] Touch gestures (tap, long press, drag to scroll with momentum, pinch to zoom)
// Fingers arrive from the platform (touch events, device pixels) and become, once per frame (touch_input.h):
// a tap = a left click where the finger was (the pointer stays there, so the tooltip of what was tapped shows);
// a long press = a right click (the context menu); a drag = scrolling the view under the finger, with momentum
// after release (a mouse drag where nothing scrolls, e.g. a Graph node); two fingers = pinch to zoom.
struct Finger {
  int id = 0;
  ImVec2 start{0, 0}, pos{0, 0};
  double seen = 0;  // the frame that first saw it (a long press is timed from here: an event stamped long ago
                    // but delivered late, behind a slow frame, is not a long press)
};
struct TouchEvent {
  enum Kind : uint8_t { Start, Move, End, Cancel } kind = Start;
  int id = 0;
  ImVec2 pos{0, 0};
  double time = 0;  // seconds
};
struct TouchState {
  enum class Mode : uint8_t { Idle, Pending, Scrolling, Dragging, Pinching, LongPressed };
  Mode mode = Mode::Idle;
  std::vector<TouchEvent> queue;       // events since the last frame, in order
  std::vector<Finger> fingers;         // down now
  bool active = false;                 // the last pointer input was a finger: the pointer is ours to place
  bool used = false;                   // a finger was used on this page: touch-sized targets from now on
  ImVec2 pointer{-FLT_MAX, -FLT_MAX};  // where the pointer is left (a tap's place; nowhere while scrolling)
  ImGuiID scroll_window = 0;           // the view a drag scrolls (ImGui window id), 0: none
  float scroll_pending = 0;            // scrolling to apply this frame (device pixels, positive: further down)
  float velocity = 0;                  // momentum after a fling, device pixels per second (positive: further down)
  std::vector<std::pair<double, float>> samples;  // (time, y) of the finger, the last 100 ms: the fling's velocity
  float pinch_distance = 0, pinch_zoom = 1;       // at the start of a pinch
  double last_time = 0;                           // of the last frame (momentum steps)
  uint64_t taps = 0, long_presses = 0, pinches = 0, flings = 0;  // for tests and state_json
};

// [SECTION] Fonts, screen and status
enum class SideTab : uint8_t { Actors, Claims, Stance, Graph };

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* ui_bold = nullptr;
  ImFont* body = nullptr;
  ImFont* headline = nullptr;
  float body_size = 0, headline_size = 0;
  // Code points the atlas holds or must hold (a bit per BMP code point; fonts.h), and the ranges last baked.
  std::vector<uint64_t> glyphs;
  size_t glyph_count = 0;
  bool stale = true;
  float baked_dpr = 0, baked_zoom = 0;
  uint64_t generation = 0;  // bakes so far
  ImVector<ImWchar> ranges, symbol_ranges;
};

// How the page is laid out for the screen it is on (ui/screen_layout.h).
struct Screen {
  float css_width = 0, css_height = 0;
  bool sheet = false;  // narrow (phones, portrait tablets): the panels are a bottom sheet, not a column
  bool touch = false;  // targets of at least 44 CSS pixels (narrow screens, or a finger was used)
};
enum class SheetStop : uint8_t { Closed, Half, Full };

// [SECTION] AppState

struct Status {
  bool busy = false;
  uint32_t busy_bytes = 0;
  double annotate_ms = 0;
  uint32_t repaired = 0;         // invalid UTF-8 sequences the engine replaced
  uint32_t lone_surrogates = 0;  // invalid UTF-16 in the pasted text, replaced before encoding
  std::string error;
  // A share link that could not be opened: kept until a link opens or the user pastes or opens a file,
  // so it survives the article shown instead (the previous one, or the sample on a fresh page).
  std::string link_error;
  std::string source = "sample";  // sample, paste, file, link, import, restore, undo, edit
  std::string notice;             // news that is not an error ("Text corrected: kept 3 of your edits")
};

// What the last Share produced (the link itself goes to the clipboard, not into the UI).
struct ShareResult {
  bool shown = false;
  size_t link_length = 0;
  bool too_long = false;     // over kComfortableLinkLength: offer a .riposte.json download instead
  std::string error;         // encoding failed (out of memory)
  bool copy_failed = false;  // the browser refused the clipboard: the link is shown to copy by hand
  std::string url;           // kept only when copy_failed
};

struct AppState {
  Document doc;
  uint32_t doc_codepoints = 0;
  uint64_t doc_generation = 0;  // bumps whenever doc changes
  History history;              // undo/redo of article replacements and edits
  EditorState editor;
  Status status;
  TextLayout layout;
  std::vector<uint32_t> cue_order;             // claim indices sorted by cue begin
  std::vector<ClaimRow> claim_rows;            // claims sharing a cue, source and kind (Claims panel, Tab)
  std::vector<int> row_of_claim;               // index into claim_rows of each claim
  std::vector<RebuttalFan> rebuttal_fans;      // one arc per rebuttal cue
  std::vector<int> actor_side;                 // root of each actor's affiliation chain
  std::vector<int> actor_mentions;             // mentions per actor
  std::vector<bool> actor_hidden;              // toggled off in the Actors panel
  std::vector<std::vector<int>> side_members;  // actors of each side (indexed by the side's actor), sides only
  std::vector<int> sides_by_mentions;          // side actors, most mentioned first

  // Selection, shared by every view.
  int hovered_actor = -1, hovered_mention = -1, hovered_claim = -1;
  int selected_actor = -1, selected_claim = -1;
  int scroll_to_claim = -1;  // request: scroll the article to this claim next frame
  std::string tooltip;       // the hover tooltip text shown this frame (tests read it)

  // View settings.
  Screen screen;
  SheetStop sheet = SheetStop::Closed;  // the bottom sheet of narrow screens
  float sheet_drag = -1;                // its height while its handle is dragged, else -1
  float dpr = 1.0f;                     // devicePixelRatio: ImGui works in device pixels
  float zoom = 1.0f;                    // Ctrl +/−/0
  bool dark = false;
  bool show_help = false;
  bool show_arcs = true;
  SideTab tab = SideTab::Actors;  // the open side panel (written by the tab bar)
  int tab_request = -1;           // a SideTab to open next frame (Tab key, tests)
  float article_scroll = 0, article_scroll_max = 0;
  float scroll_request = -1;       // absolute scroll position wanted next frame
  float arrow_scroll = 0;          // keyboard scrolling accumulated this frame
  float scroll_target = -1;        // smooth scrolling: where keyboard and jumps are heading
  std::vector<ImVec2> graph_pos;   // Graph panel node positions (article-independent units)
  std::vector<bool> graph_pinned;  // nodes a person dragged: they stay where they were put
  int graph_drag = -1;

  // Fonts (baked by ui/fonts.h when dpr, zoom or the glyphs needed change; the platform uploads the texture).
  Fonts fonts;
  // The style applied last (ui/theme.h): applied again when one of these changes.
  bool styled_dark = false, styled_touch = false;
  float styled_dpr = 0;
  TouchState touch;
  // Mention rectangles drawn this frame (screen pixels), for tests and hover.
  struct VisibleMention {
    int mention;
    ImVec2 min, max;
  };
  std::vector<VisibleMention> visible_mentions;
  struct VisibleCue {
    int claim;
    ImVec2 min, max;
  };
  std::vector<VisibleCue> visible_cues;
  struct DrawnFan {  // a rebuttal arc drawn this frame: its fan and how many branches it split into
    int fan;
    int branches;
  };
  std::vector<DrawnFan> drawn_fans;
  struct NamedRect {
    std::string name;
    ImVec2 min, max;
  };
  std::vector<NamedRect> ui_rects;  // buttons and tabs drawn this frame, by name (tests click them)
  ImVec2 article_origin{0, 0};      // screen position of the article's (0, 0) this frame
  ImVec2 article_clip_min{0, 0}, article_clip_max{0, 0};

  GpuBatches gpu;
  uint64_t frame = 0;
  // Code points of the article (first 256 KB) and of the UI's own symbols that the fonts lack:
  // they would render as U+FFFD. Recomputed when the document or the fonts change.
  std::vector<uint32_t> missing_glyphs;
  uint64_t glyph_check_generation = UINT64_MAX;
  float glyph_check_size = 0;

  // Requests to the platform layer (handled after the frame).
  bool want_paste = false;  // "Paste article" button
  bool want_open_file = false;
  bool want_sample = false;
  bool want_edit_text = false;  // "Edit text…": correct the article's text, keep the edits
  bool want_share = false;      // "Share": link to the clipboard
  std::string want_export;      // "json" | "webanno" | "brat" | "csv" | "html" | "png": download these files
  int png_capture_frames = 0;   // frames until the picture of the view is taken (app_controller.h)
  ShareResult share;
};

}  // namespace riposte::ui
