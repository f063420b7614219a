// The annotated HTML page: structure (marks, footnote links, lists), and that nothing from the document can
// become markup, a style or a script.
#include <doctest/doctest.h>

#include "engine/formats/export_html.h"
#include "support/ui_documents.h"

using namespace riposte;
using namespace riposte::testing;

namespace {

size_t count(std::string_view hay, std::string_view needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

ExportOptions fixed_time() {
  ExportOptions o;
  o.now = "2026-12-06T10:00:00Z";
  return o;
}

}  // namespace

TEST_CASE("html export: the article with marked mentions and cues, footnotes to numbered claim rows") {
  const Document d = six_party_article();
  const std::string html = to_annotated_html(d, fixed_time());
  CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("default-src 'none'") != std::string::npos);  // no script may run, whatever slips in
  CHECK(html.find("<script") == std::string::npos);
  const size_t h1 = html.find("<h1>");  // the headline line, its names marked
  REQUIRE(h1 != std::string::npos);
  CHECK(html.find("</span> and <span class=\"m\"", h1) < html.find("trade charges</h1>", h1));
  CHECK(html.find("<title>China and NATO trade charges \xE2\x80\x94 annotated by Riposte</title>") !=
        std::string::npos);
  CHECK(count(html, "class=\"m\"") == d.mentions.size());
  // Four claim rows (15 claims): four numbered items, four cue anchors.
  CHECK(count(html, "<li id=\"claim-") == 4);
  CHECK(count(html, "id=\"cue-") == 4);
  CHECK(html.find("<mark class=\"cue accusation\" id=\"cue-1\"") != std::string::npos);
  // "rejected" (row 3) answers row 1; "denied" (row 4) answers rows 1 and 2: footnote-style back links.
  CHECK(html.find("aria-label=\"answers the accusation 1\">&#8617;1</a>") != std::string::npos);
  CHECK(html.find("href=\"#cue-2\" aria-label=\"answers the accusation 2\"") != std::string::npos);
  // Zhao's row names all six targets.
  CHECK(html.find("<strong>Zhao Lijian</strong> &#8594; NATO, United States, Britain, Canada, Australia, Japan") !=
        std::string::npos);
  CHECK(html.find("Actors, by side") != std::string::npos);
  CHECK(html.find("<svg class=\"sides\"") != std::string::npos);
  CHECK(html.find("Annotated 2026-12-06T10:00:00Z by riposte-engine") != std::string::npos);  // no date: the export's
  CHECK(html.find("exported 2026-12-06T10:00:00Z") != std::string::npos);
}

TEST_CASE("html export: every byte from the document is text; colours and URLs are checked before use") {
  Document d = build_document("</style><script>alert(1)</script> said \"Eve\" & 'Mallory' <b>x</b>.\nMore.",
                              {{"<script>alert(2)</script>", ActorKind::Person, {"Eve"}},
                               {"Mallory\" onmouseover=\"alert(3)", ActorKind::Person, {"Mallory"}}});
  d.actors[0].color = "red;background:url(javascript:alert(4))";
  d.actors[1].color = "#00ff00";
  d.actors[0].id = "a1\"><img src=x onerror=alert(5)>";
  d.claims.push_back(make_claim("c1", ClaimKind::Accusation, 0, 1, find_span(d, "said")));
  ExportOptions o = fixed_time();
  o.title = "</title><script>alert(6)</script>";
  o.url = "javascript:alert(7)";
  const std::string html = to_annotated_html(d, o);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("onmouseover=\"") == std::string::npos);
  CHECK(count(html, "</style>") == 1);  // only the page's own
  CHECK(html.find("&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Mallory&quot; onmouseover=&quot;alert(3)") != std::string::npos);
  CHECK(html.find("url(javascript") == std::string::npos);  // a malformed colour becomes grey
  CHECK(html.find("#8c8c8c") != std::string::npos);
  CHECK(html.find("#00ff00") != std::string::npos);
  CHECK(html.find("href=\"javascript") == std::string::npos);  // shown as text, never a link
  CHECK(html.find("Source: javascript:alert(7).") != std::string::npos);
  CHECK(html.find("&lt;/title&gt;&lt;script&gt;alert(6)") != std::string::npos);
  o.url = "https://news.example/a?b=1&c=\"2\"";
  const std::string linked = to_annotated_html(d, o);
  CHECK(linked.find("href=\"https://news.example/a?b=1&amp;c=") == std::string::npos);  // a quote: not a link
  o.url = "https://news.example/a?b=1&c=2";
  CHECK(to_annotated_html(d, o).find("<a href=\"https://news.example/a?b=1&amp;c=2\"") != std::string::npos);
  CHECK(html_escape("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
}

TEST_CASE("html export: an empty article, no claims and overlapping cues still make a valid page") {
  Document empty;
  const std::string e = to_annotated_html(empty, fixed_time());
  CHECK(e.find("<h1>Annotated article</h1>") != std::string::npos);
  CHECK(e.find("No accusations") != std::string::npos);
  Document d = build_document("Peru denied and accused Chile of fraud.",
                              {{"Peru", ActorKind::State, {"Peru"}}, {"Chile", ActorKind::State, {"Chile"}}});
  d.claims.push_back(make_claim("c1", ClaimKind::Rebuttal, 0, 1, find_span(d, "denied and accused")));
  d.claims.push_back(make_claim("c2", ClaimKind::Accusation, 0, 1, find_span(d, "accused")));
  const std::string html = to_annotated_html(d, fixed_time());
  CHECK(count(html, "id=\"cue-") == 2);  // the inner cue keeps an anchor
  CHECK(count(html, "<sup class=\"fn\">") == 2);
  CHECK(count(html, "<mark ") == count(html, "</mark>"));
  CHECK(count(html, "<span") == count(html, "</span>"));
}
