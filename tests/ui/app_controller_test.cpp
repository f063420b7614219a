// The page's application logic, natively (ui/app_controller.h): what happens when an annotation, a share link
// or a file arrives, and what the views' requests turn into, through a recording Host.
#include <doctest/doctest.h>

#include "engine/formats/document_codec.h"
#include "engine/formats/json_writer.h"
#include "engine/formats/link_codec.h"
#include "support/headless_page.h"
#include "support/ui_documents.h"
#include "ui/app_controller.h"

using namespace riposte;
using namespace riposte::testing;

TEST_CASE("controller: an annotation from the worker replaces the article, undoably, and sets the status") {
  ui::AppState s;
  const Document doc = six_party_article();
  REQUIRE(ui::receive_document(s, encode_document(doc), 2.5, 0, "sample"));
  CHECK(s.doc.text == doc.text);
  CHECK(s.history.undo.empty());  // the first article is not an undo step
  CHECK(s.status.source == "sample");
  CHECK_FALSE(s.doc.provenance.annotated.empty());  // dated on arrival
  Document second = doc;
  second.text += " More.";
  ui::annotation_started(s, 1234);
  CHECK(s.status.busy);
  REQUIRE(ui::receive_document(s, encode_document(second), 1.0, 2, "paste"));
  CHECK_FALSE(s.status.busy);
  CHECK(s.status.lone_surrogates == 2);
  REQUIRE(s.history.undo.size() == 1);
  CHECK(s.history.undo.back().label == "Paste article");
  CHECK_FALSE(ui::receive_document(s, "not a document", 1, 0, "paste"));
  CHECK(s.status.error.find("could not be read") != std::string::npos);
  CHECK(s.doc.text == second.text);  // nothing replaced
}

TEST_CASE("controller: corrected text keeps the person's edits where the text did not change") {
  ui::AppState s;
  REQUIRE(ui::receive_document(s, encode_document(six_party_article()), 1, 0, "sample"));
  REQUIRE(ui::perform_edit(s, edit::RemoveMention{find_span(s.doc, "Britain")}).ok);
  Document corrected = six_party_article();  // the worker's fresh annotation of the corrected text
  REQUIRE(ui::receive_document(s, encode_document(corrected), 1, 0, "edit"));
  CHECK(s.doc.edits.size() == 1);
  CHECK(s.status.notice.find("kept 1 of your edits") != std::string::npos);
}

TEST_CASE("controller: share links and files open as they are; bad ones leave the article and say why") {
  ui::AppState s;
  REQUIRE(ui::receive_document(s, encode_document(six_party_article()), 1, 0, "sample"));
  const auto link = encode_share_link(six_party_article(), "http://localhost/");
  REQUIRE(link);
  REQUIRE(ui::open_link(s, link.value().url));
  CHECK(s.status.source == "link");
  CHECK(s.status.annotate_ms == 0);
  CHECK_FALSE(ui::open_link(s, "http://localhost/#r1.AAAA"));
  CHECK(s.status.link_error.find("cannot be opened") != std::string::npos);
  REQUIRE(ui::import_json(s, to_json_string(six_party_article())));
  CHECK(s.status.source == "import");
  CHECK(s.status.link_error.empty());
  CHECK_FALSE(ui::import_json(s, "{\"schema\":\"other/9\"}"));
  CHECK(s.status.error.find("not a Riposte document") != std::string::npos);
}

TEST_CASE("controller: the views' requests become Host calls once, after the frame") {
  ui::AppState s;
  RecordingHost host;
  ui::load_sample(host);
  REQUIRE(host.annotations.size() == 1);
  CHECK(host.annotations[0].source == "sample");
  CHECK(host.annotations[0].bytes.find("Poland") != std::string::npos);
  REQUIRE(ui::receive_document(s, encode_document(six_party_article()), 1, 0, "sample"));
  s.want_share = s.want_paste = s.want_open_file = s.want_edit_text = true;
  s.want_export = "html";
  ui::handle_requests(s, host);
  REQUIRE(host.shared.size() == 1);
  CHECK(host.shared[0].rfind("http://localhost:8080/#r1.", 0) == 0);
  CHECK(s.share.shown);
  CHECK(s.share.link_length == host.shared[0].size());
  CHECK(host.pastes == 1);
  CHECK(host.file_pickers == 1);
  CHECK(host.text_edits == 1);
  REQUIRE(host.downloads.size() == 1);
  CHECK(host.downloads[0].name == "article.html");
  ui::handle_requests(s, host);  // requests are cleared: nothing twice
  CHECK(host.shared.size() == 1);
  CHECK(host.downloads.size() == 1);
  // A picture of the view is taken two frames later (the frame asking still shows the menu).
  s.want_export = "png";
  ui::handle_requests(s, host);
  CHECK(host.captured.empty());
  ui::handle_requests(s, host);
  CHECK(host.captured.empty());
  ui::handle_requests(s, host);
  CHECK(host.captured == std::vector<std::string>{"article-view.png"});
  ui::share_copy_failed(s, "http://x/#r1.abc");
  CHECK(s.share.copy_failed);
}

TEST_CASE("fonts: the atlas holds the base set and the article's letters; new letters make it stale") {
  ui::AppState s;
  ui::request_glyphs(s.fonts, "abc");
  const size_t base = s.fonts.glyph_count;
  CHECK(base > 200);
  ImGui::CreateContext();
  ui::bake_fonts(s, ui::system_font_files());
  CHECK_FALSE(ui::fonts_out_of_date(s));
  ui::request_glyphs(s.fonts, "caf\xC3\xA9 \xCE\x95\xCE\xBB\xCE\xBB\xCE\xAC\xCE\xB4\xCE\xB1");  // café Ελλάδα
  CHECK(ui::fonts_out_of_date(s));
  CHECK(s.fonts.glyph_count == base + 5);  // é is Latin-1 (base); Ε λ ά δ α are new
  ui::bake_fonts(s, ui::system_font_files());
  CHECK(s.fonts.body->FindGlyphNoFallback(0x03BB) != nullptr);  // λ
  s.zoom = 1.5f;
  CHECK(ui::fonts_out_of_date(s));
  ImGui::DestroyContext();
}
