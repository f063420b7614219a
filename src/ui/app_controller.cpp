// [SECTION] Documents arriving (engine worker, share link, opened file)
// [SECTION] Status
// [SECTION] Requests made by the views during a frame
#include "ui/app_controller.h"

#include "engine/document/reannotation.h"
#include "engine/formats/document_codec.h"
#include "engine/formats/document_import.h"
#include "engine/formats/link_codec.h"
#include "ui/document_view_model.h"
#include "ui/embedded_ui_data.h"

namespace riposte::ui {
namespace {

const char* undo_label(std::string_view source) {
  if (source == "paste") return "Paste article";
  if (source == "file") return "Open file";
  if (source == "sample") return "Load the sample";
  if (source == "edit") return "Edit text";
  if (source == "link") return "Open share link";
  if (source == "import") return "Import document";
  return "New article";
}

// A document that arrived already annotated (a share link or an imported file), shown as it is; undoable.
void show_stored_document(AppState& s, Document doc, std::string_view source) {
  set_document(s, std::move(doc), s.doc_generation > 0, undo_label(source));
  s.status.annotate_ms = 0;
  s.status.repaired = s.doc.repaired_sequences;
  s.status.lone_surrogates = 0;
  s.status.error.clear();
  s.status.link_error.clear();
  s.status.notice.clear();
  s.status.source = std::string(source);
}

// "Edit text…": the person's edits are replayed onto the fresh annotation wherever their text did not change.
std::string replay_onto(Document& fresh, const Document& previous) {
  auto replayed = replay_edits(std::move(fresh), previous);
  fresh = std::move(replayed.doc);
  if (replayed.kept + replayed.dropped == 0) return {};
  std::string summary = "Text corrected: kept " + std::to_string(replayed.kept) + " of your edits";
  if (replayed.dropped) summary += ", " + std::to_string(replayed.dropped) + " no longer apply (their text changed)";
  return summary;
}

}  // namespace

// [SECTION] Documents arriving (engine worker, share link, opened file)
bool receive_document(AppState& s, std::string_view blob, double annotate_ms, uint32_t lone_surrogates,
                      std::string_view source) {
  auto doc = decode_document(blob);
  s.status.busy = false;
  if (!doc) {
    s.status.error = "The engine's answer could not be read; the article was not replaced.";
    return false;
  }
  // A fresh annotation is dated now (exports and share links keep the date); a restored one keeps its own.
  if (doc->provenance.annotated.empty() && source != "restore") doc->provenance.annotated = iso8601_utc_now();
  const std::string summary = source == "edit" ? replay_onto(*doc, s.doc) : std::string();
  set_document(s, std::move(*doc), s.doc_generation > 0, undo_label(source));
  s.status.annotate_ms = annotate_ms;
  s.status.repaired = s.doc.repaired_sequences;
  s.status.lone_surrogates = lone_surrogates;
  s.status.error.clear();
  if (source == "paste" || source == "file") s.status.link_error.clear();  // the user moved on
  s.status.source = std::string(source);
  s.status.notice = summary;
  return true;
}

bool open_link(AppState& s, std::string_view link) {
  auto doc = decode_share_link(link);
  if (!doc) {
    s.status.link_error = "This share link cannot be opened (" + doc.error() + "); the article shown was not replaced.";
    return false;
  }
  show_stored_document(s, std::move(doc).value(), "link");
  return true;
}

bool import_json(AppState& s, std::string_view json) {
  auto doc = document_from_json(json);
  if (!doc) {
    s.status.error = "This file is not a Riposte document (" + doc.error() + "); the article was not replaced.";
    return false;
  }
  show_stored_document(s, std::move(doc).value(), "import");
  return true;
}

// [SECTION] Status
void annotation_started(AppState& s, uint32_t bytes) {
  s.status.busy = true;
  s.status.busy_bytes = bytes;
}

void annotation_failed(AppState& s, std::string message) {
  s.status.busy = false;
  s.status.error = message.empty() ? "The engine failed on this text." : std::move(message);
}

void share_copy_failed(AppState& s, std::string url) {
  if (!s.share.shown) return;
  s.share.copy_failed = true;
  s.share.url = std::move(url);
}

void load_sample(Host& host) { host.annotate(ui_data::file("sample-article.txt"), "sample"); }

// [SECTION] Requests made by the views during a frame
namespace {

// Share: the page's own address + the link data; the link goes to the clipboard unless it is too long to
// travel safely, then the UI offers the JSON download.
void share(AppState& s, Host& host) {
  auto link = encode_share_link(s.doc, host.page_url());
  s.share = {};
  s.share.shown = true;
  if (!link) {
    s.share.error = link.error();
    return;
  }
  s.share.link_length = link.value().url.size();
  s.share.too_long = link.value().too_long;
  host.share_link(link.value().url, s.share.too_long);
}

void export_article(AppState& s, Host& host, const std::string& format_name) {
  // A picture of the view: taken after the next frame is rendered, which no longer shows the menu that asked.
  if (format_name == "png") {
    s.png_capture_frames = 2;
    return;
  }
  const auto format = parse_export_format(format_name);
  if (!format) return;
  for (const ExportFile& f : export_files(s.doc, *format, ExportOptions{}, "article", true)) host.download(f);
}

}  // namespace

void handle_requests(AppState& s, Host& host) {
  if (s.png_capture_frames > 0 && --s.png_capture_frames == 0) host.capture_png("article-view.png");
  const bool has_text = !is_blank(s.doc.text);
  if (s.want_paste) host.request_paste();
  if (s.want_open_file) host.open_file_picker();
  if (s.want_sample) load_sample(host);
  if (s.want_edit_text && has_text) host.edit_text(s.doc.text);
  if (s.want_share && has_text) share(s, host);
  if (!s.want_export.empty()) export_article(s, host, s.want_export);
  s.want_paste = s.want_open_file = s.want_sample = s.want_share = s.want_edit_text = false;
  s.want_export.clear();
}

}  // namespace riposte::ui
