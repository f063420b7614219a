// What the page does with what arrives from outside (an annotation from the engine worker, a share link, an
// opened file) and with what the views ask for during a frame (paste, open, share, export, a picture of the
// view). The platform layer (src/platform) only carries bytes between JavaScript and these functions through
// the Host interface, so all of it runs natively too: tests/ui drives it with a recording Host.
#pragma once
#include <string>
#include <string_view>

#include "engine/formats/export_files.h"
#include "ui/app_state.h"

namespace riposte::ui {

// The page's side of the platform: each call is one message to JavaScript (web/riposte-glue.js).
class Host {
 public:
  virtual ~Host() = default;
  // Posts the article's bytes to the engine worker; the annotation comes back through receive_document.
  virtual void annotate(std::string_view bytes, std::string_view source) = 0;
  virtual void request_paste() = 0;                   // read the clipboard (or show the paste box)
  virtual void open_file_picker() = 0;                // the <input type=file>
  virtual void edit_text(std::string_view text) = 0;  // the "Edit text…" dialog, filled with the article
  virtual std::string page_url() = 0;                 // the page's address without its fragment: share links' base
  virtual void share_link(const std::string& url, bool too_long) = 0;  // to the clipboard
  virtual void download(const ExportFile& file) = 0;
  virtual void capture_png(const std::string& name) = 0;  // the canvas as just rendered
};

// An annotation from the engine worker (`blob` in engine/formats/document_codec.h form). source: sample,
// paste, file, edit (the corrected text: the person's edits are replayed onto it), restore (autosave).
// Every replacement after the first article is undoable. False (and a status message) if it cannot be read.
bool receive_document(AppState& state, std::string_view blob, double annotate_ms, uint32_t lone_surrogates,
                      std::string_view source);
// A share link (the page's URL, its fragment or the bare data): shown exactly as it was shared, never
// re-annotated. On failure nothing changes but the message.
bool open_link(AppState& state, std::string_view link);
// An opened .riposte.json / .json file (riposte/1 JSON), shown as it is.
bool import_json(AppState& state, std::string_view json);

void annotation_started(AppState& state, uint32_t bytes);
void annotation_failed(AppState& state, std::string message);
void share_copy_failed(AppState& state, std::string url);  // the browser refused the clipboard
void load_sample(Host& host);

// Carries out what the views asked for during the frame just drawn (AppState::want_*), then clears the
// requests. Called once per frame, after rendering (a picture of the view is taken of a frame without the
// menu that asked for it).
void handle_requests(AppState& state, Host& host);

}  // namespace riposte::ui
