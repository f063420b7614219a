// [SECTION] Escaping and untrusted values
// [SECTION] What the page numbers: claim rows, their cues, their sides
// [SECTION] Head and header
// [SECTION] The article: paragraphs with mentions, cues and footnote links
// [SECTION] Actors, claims, the sides diagram
// [SECTION] to_annotated_html
#include "engine/formats/export_html.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include "engine/document/claim_groups.h"
#include "engine/document/paragraphs.h"
#include "engine/formats/number_format.h"
#include "engine/version.h"

namespace riposte {
namespace {

// [SECTION] Escaping and untrusted values
void escape_into(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\0':
        out += "\xEF\xBF\xBD";
        break;  // U+FFFD: a NUL has no place in HTML text
      default:
        out += c;
    }
  }
}

// "#rrggbb" as given when it is one, else a neutral grey: a colour never carries anything else into a style.
std::string safe_color(const std::string& hex) {
  const bool ok = hex.size() == 7 && hex[0] == '#' && std::all_of(hex.begin() + 1, hex.end(), [](char c) {
                    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                  });
  return ok ? hex : "#8c8c8c";
}

// Only an http(s) URL becomes a link (no javascript:, data: or anything a browser would run).
bool linkable(std::string_view url) {
  auto starts = [&](std::string_view p) {
    if (url.size() < p.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (std::tolower(static_cast<unsigned char>(url[i])) != p[i]) return false;
    return true;
  };
  return (starts("http://") || starts("https://")) && url.find_first_of(" \t\r\n\"'<>\\") == std::string_view::npos;
}

const char* kind_class(ClaimKind k) {
  switch (k) {
    case ClaimKind::Accusation:
      return "accusation";
    case ClaimKind::Rebuttal:
      return "rebuttal";
    case ClaimKind::Support:
      return "support";
  }
  return "";
}
const char* kind_color(ClaimKind k) {
  switch (k) {
    case ClaimKind::Accusation:
      return "#c82828";
    case ClaimKind::Rebuttal:
      return "#195fbe";
    case ClaimKind::Support:
      return "#148246";
  }
  return "#555555";
}

// The shared score_text (number_format.h), typeset: a true minus sign (U+2212), a plus on friendly scores.
std::string display_score(double score) {
  std::string s = score_text(score);
  if (s[0] == '-') return "\xE2\x88\x92" + s.substr(1);
  return s == "0.000" ? s : "+" + s;
}

// [SECTION] What the page numbers: claim rows, their cues, their sides
struct Page {
  const Document& doc;
  std::vector<ClaimRow> rows;  // numbered from 1 in reading order
  std::vector<int> row_of_claim;
  std::vector<int> cue_anchor;  // for each row, the number of the first row on its cue (the cue's id in the text)
  explicit Page(const Document& d) : doc(d), rows(claim_rows(d)), row_of_claim(d.claims.size(), -1) {
    for (size_t r = 0; r < rows.size(); ++r) {
      for (int c : rows[r].claims) row_of_claim[c] = static_cast<int>(r);
      cue_anchor.push_back(r > 0 && rows[r - 1].cue == rows[r].cue ? cue_anchor[r - 1] : static_cast<int>(r) + 1);
    }
  }
  std::string name(int actor) const {
    return actor >= 0 && actor < static_cast<int>(doc.actors.size()) ? doc.actors[actor].name : "(unknown)";
  }
  int side(int actor) const {
    for (int guard = 0; guard < 32 && actor >= 0 && doc.actors[actor].affiliation >= 0; ++guard)
      actor = doc.actors[actor].affiliation;
    return actor;
  }
  // The rows of the accusations a row's rebuttals answer, distinct, in order.
  std::vector<int> answered(const ClaimRow& row) const {
    std::vector<int> out;
    for (int c : row.claims) {
      const int r = doc.claims[c].rebuts;
      if (r < 0 || r >= static_cast<int>(doc.claims.size())) continue;
      const int ar = row_of_claim[r];
      if (std::find(out.begin(), out.end(), ar) == out.end()) out.push_back(ar);
    }
    return out;
  }
};

// [SECTION] Head and header
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { margin: 0; background: #fbfaf6; color: #1c1c1e; font: 18px/1.6 "Noto Serif", Georgia, "Times New Roman", serif; }
main { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
header p, .legend, section, footer { font-family: "Noto Sans", system-ui, sans-serif; font-size: 0.9rem; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; color: #6e6e73; margin: 0; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.3em 0 0.4em; }
article h2.subhead { font-size: 1.15rem; margin: 1.4em 0 0.4em; }
article p { margin: 0 0 1em; hyphens: manual; overflow-wrap: break-word; }
.provenance { color: #6e6e73; }
.m { border-radius: 3px; padding: 0 1px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.cue { background: none; font-weight: 600; }
.cue .g { font-size: 0.6em; vertical-align: 0.6em; margin-right: 0.1em; }
.accusation { color: #c82828; } .rebuttal { color: #195fbe; } .support { color: #148246; }
sup.fn { font: 600 0.68em/1 "Noto Sans", system-ui, sans-serif; margin-left: 0.1em; }
sup.fn a { text-decoration: none; }
.legend { display: flex; flex-wrap: wrap; gap: 0.4rem 1.2rem; padding: 0.6rem 0; border-top: 1px solid #dcd8ce; border-bottom: 1px solid #dcd8ce; }
.legend span { white-space: nowrap; }
.legend svg { vertical-align: -0.1em; margin-right: 0.3em; }
section { margin-top: 2.2rem; }
section h2 { font-size: 1.1rem; border-bottom: 1px solid #dcd8ce; padding-bottom: 0.2em; }
ul.sides, ol.claims { padding-left: 1.2rem; }
ul.sides ul { padding-left: 1.2rem; margin: 0.2em 0 0.6em; }
ol.claims li { margin-bottom: 0.6em; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; vertical-align: -0.05em; margin-right: 0.35em; }
.quote { color: #444; }
.meta { color: #6e6e73; }
svg.sides { width: 100%; height: auto; max-width: 40rem; }
footer { margin-top: 3rem; color: #6e6e73; }
@media print {
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  .m, .cue, .swatch, .legend svg, svg.sides { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  section { break-inside: avoid-page; }
}
)";

// The page's title: the one the user gave, else the article's headline, as plain text.
void write_head(std::string& out, const ExportProvenance& prov, std::string_view headline) {
  out += "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No script may run in this file, whatever the article holds; styles only from this file, images only inline.
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
      "img-src data:\">\n";
  out += "<meta name=\"generator\" content=\"";
  escape_into(out, prov.engine);
  out += "\">\n<title>";
  escape_into(out, !prov.title.empty() ? std::string_view(prov.title)
                   : !headline.empty() ? headline
                                       : std::string_view("Annotated article"));
  out += " \xE2\x80\x94 annotated by Riposte</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<main>\n";
}

void legend_icon(std::string& out, ClaimKind k) {
  const std::string c = kind_color(k);
  out += "<svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\" aria-hidden=\"true\">";
  switch (k) {
    case ClaimKind::Accusation:
      out += "<polygon points=\"6,1 11,11 1,11\" fill=\"" + c + "\"/>";
      break;
    case ClaimKind::Rebuttal:
      out += "<circle cx=\"6\" cy=\"6\" r=\"4.2\" fill=\"none\" stroke=\"" + c + "\" stroke-width=\"2\"/>";
      break;
    case ClaimKind::Support:
      out += "<path d=\"M6 1v10M1 6h10\" stroke=\"" + c + "\" stroke-width=\"2.4\"/>";
      break;
  }
  out += "</svg>";
}

void write_provenance(std::string& out, const ExportProvenance& prov) {
  out += "<p class=\"provenance\">Annotated ";
  escape_into(out, prov.annotated);
  out += " by ";
  escape_into(out, prov.engine);
  out += "; exported ";
  escape_into(out, prov.exported);
  out += ". Names are tinted with their actor&#39;s colour; numbers after marked words lead to the list of claims.";
  if (!prov.url.empty()) {
    out += " Source: ";
    if (linkable(prov.url)) {
      out += "<a href=\"";
      escape_into(out, prov.url);
      out += "\" rel=\"noopener noreferrer\">";
      escape_into(out, prov.url);
      out += "</a>";
    } else {
      escape_into(out, prov.url);  // not a web address: shown, never followed
    }
    out += ".";
  }
  out += "</p>\n<p class=\"legend\" aria-label=\"Legend\">";
  for (ClaimKind k : {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support}) {
    out += "<span>";
    legend_icon(out, k);
    out += k == ClaimKind::Accusation ? "accusation"
           : k == ClaimKind::Rebuttal ? "rebuttal (&#8617; the accusation it answers)"
                                      : "support";
    out += "</span>";
  }
  out += "</p>\n";
}

// [SECTION] The article: paragraphs with mentions, cues and footnote links
// The numbers after a cue: one per row on it, and for a rebuttal "↩ n" per accusation it answers.
void write_footnotes(std::string& out, const Page& page, size_t first_row) {
  out += "<sup class=\"fn\">";
  for (size_t r = first_row; r < page.rows.size() && page.rows[r].cue == page.rows[first_row].cue; ++r) {
    const ClaimRow& row = page.rows[r];
    const std::string n = std::to_string(r + 1);
    if (r > first_row) out += " ";
    out += "<a href=\"#claim-" + n + "\" aria-label=\"" + kind_class(row.kind) + " " + n + ", by ";
    escape_into(out, page.name(row.source));
    out += "\">" + n + "</a>";
    for (int a : page.answered(row)) {
      const std::string m = std::to_string(page.cue_anchor[a]);
      out += " <a href=\"#cue-" + m + "\" aria-label=\"answers the accusation " + std::to_string(a + 1) + "\">&#8617;" +
             std::to_string(a + 1) + "</a>";
    }
  }
  out += "</sup>";
}

void open_mention(std::string& out, const Page& page, const Mention& m) {
  const Actor& a = page.doc.actors[m.actor];
  const std::string c = safe_color(a.color);
  out += "<span class=\"m\" style=\"background:" + c + "38;border-bottom:2px solid " + c + "\" title=\"";
  escape_into(out, a.name);
  out += " (";
  escape_into(out, to_string(a.kind));
  out += ")\">";
}

void open_cue(std::string& out, const ClaimRow& row, int anchor, bool first_segment) {
  out += "<mark class=\"cue " + std::string(kind_class(row.kind)) + "\"";
  if (first_segment) out += " id=\"cue-" + std::to_string(anchor) + "\"";
  out += " style=\"background:none;color:" + std::string(kind_color(row.kind)) + ";font-weight:600\">";
  if (first_segment)
    out += "<span class=\"g\" aria-hidden=\"true\">" + std::string(claim_kind_glyph(row.kind)) + "</span>";
}

// One paragraph's text, cut at every mention and cue boundary; each piece is wrapped in its mention's span and
// its cue's mark (closed and reopened at every boundary, so the tags always nest).
void write_runs(std::string& out, const Page& page, Span para) {
  const Document& d = page.doc;
  std::vector<uint32_t> cuts{para.begin, para.end};
  auto m0 = std::lower_bound(d.mentions.begin(), d.mentions.end(), para.begin,
                             [](const Mention& m, uint32_t b) { return m.span.end <= b; });
  for (auto m = m0; m != d.mentions.end() && m->span.begin < para.end; ++m)
    if (m->actor >= 0) cuts.insert(cuts.end(), {std::max(m->span.begin, para.begin), std::min(m->span.end, para.end)});
  auto r0 = std::lower_bound(page.rows.begin(), page.rows.end(), para.begin,
                             [](const ClaimRow& r, uint32_t b) { return r.cue.begin < b; });
  for (auto r = r0; r != page.rows.end() && r->cue.begin < para.end; ++r)
    cuts.insert(cuts.end(), {r->cue.begin, std::min(r->cue.end, para.end)});
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  const auto rows_end = std::find_if(r0, page.rows.end(), [&](const ClaimRow& r) { return r.cue.begin >= para.end; });
  auto first_on_cue = [&](auto r) { return r == page.rows.begin() || !(std::prev(r)->cue == r->cue); };
  auto mention = m0;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const uint32_t a = cuts[i], b = cuts[i + 1];
    while (mention != d.mentions.end() && mention->span.end <= a) ++mention;
    const bool in_mention = mention != d.mentions.end() && mention->span.begin <= a && mention->actor >= 0;
    auto row = std::find_if(r0, rows_end, [&](const ClaimRow& r) { return r.cue.begin <= a && a < r.cue.end; });
    const bool in_cue = row != rows_end;
    // A cue hidden inside another (overlapping cue words) still gets its anchor, so every link lands.
    for (auto r = r0; r != rows_end; ++r)
      if (r->cue.begin == a && r != row && first_on_cue(r) && !(in_cue && r->cue == row->cue))
        out += "<span id=\"cue-" + std::to_string(page.cue_anchor[r - page.rows.begin()]) + "\"></span>";
    if (in_mention) open_mention(out, page, *mention);
    if (in_cue) open_cue(out, *row, page.cue_anchor[row - page.rows.begin()], a == row->cue.begin);
    escape_into(out, std::string_view(d.text).substr(a, b - a));
    if (in_cue) out += "</mark>";
    if (in_mention) out += "</span>";
    for (auto r = r0; r != rows_end; ++r)  // every cue ending here: its numbers
      if (std::min(r->cue.end, para.end) == b && first_on_cue(r))
        write_footnotes(out, page, static_cast<size_t>(r - page.rows.begin()));
  }
}

// The article by paragraphs (document/paragraphs.h): the headline as <h1>, subheads as <h2>.
void write_article(std::string& out, const Page& page) {
  out += "<article>\n";
  for (const Paragraph& p : split_paragraphs(page.doc)) {
    const char* tag = p.style == ParagraphStyle::Headline ? "h1" : p.style == ParagraphStyle::Subhead ? "h2" : "p";
    out += std::string("<") + tag + (p.style == ParagraphStyle::Subhead ? " class=\"subhead\">" : ">");
    write_runs(out, page, p.span);
    out += std::string("</") + tag + ">\n";
  }
  out += "</article>\n";
}

// [SECTION] Actors, claims, the sides diagram
void write_actors(std::string& out, const Page& page) {
  const Document& d = page.doc;
  std::vector<int> mentions(d.actors.size(), 0);
  for (const Mention& m : d.mentions)
    if (m.actor >= 0) ++mentions[m.actor];
  std::vector<int> sides;
  std::map<int, std::vector<int>> members;
  for (size_t a = 0; a < d.actors.size(); ++a) {
    const int side = page.side(static_cast<int>(a));
    if (members[side].empty()) sides.push_back(side);
    members[side].push_back(static_cast<int>(a));
  }
  out += "<section aria-labelledby=\"actors-h\">\n<h2 id=\"actors-h\">Actors, by side</h2>\n";
  if (sides.empty()) out += "<p>No actors found.</p>\n";
  out += "<ul class=\"sides\">\n";
  for (int side : sides) {
    out += "<li>";
    for (size_t i = 0; i < members[side].size(); ++i) {
      const int a = members[side][i];
      if (i == 1) out += "<ul>";
      if (i > 0) out += "<li>";
      out += "<span class=\"swatch\" style=\"background:" + safe_color(d.actors[a].color) +
             "\" aria-hidden=\"true\"></span>";
      out += i == 0 ? "<strong>" : "";
      escape_into(out, d.actors[a].name);
      out += i == 0 ? "</strong>" : "";
      out += " <span class=\"meta\">";
      escape_into(out, to_string(d.actors[a].kind));
      out += ", " + std::to_string(mentions[a]) + (mentions[a] == 1 ? " mention" : " mentions") + "</span>";
      if (i > 0) out += "</li>";
    }
    if (members[side].size() > 1) out += "</ul>";
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
}

void write_claim_item(std::string& out, const Page& page, size_t r) {
  const Document& d = page.doc;
  const ClaimRow& row = page.rows[r];
  const Claim& first = d.claims[row.claims.front()];
  const std::string n = std::to_string(r + 1);
  out += "<li id=\"claim-" + n + "\" value=\"" + n + "\"><span class=\"" + kind_class(row.kind) + "\">" +
         std::string(claim_kind_glyph(row.kind)) + " " + kind_class(row.kind) + "</span> <strong>";
  escape_into(out, page.name(row.source));
  out += "</strong> &#8594; ";
  for (size_t i = 0; i < row.targets.size(); ++i) {
    if (i) out += ", ";
    escape_into(out, page.name(row.targets[i]));
  }
  const Span quote = first.content.empty() ? first.cue : first.content;
  out += ": <span class=\"quote\">&#8220;";
  escape_into(out, slice(d.text, quote));
  out += "&#8221;</span> <span class=\"meta\">(<a href=\"#cue-" + std::to_string(page.cue_anchor[r]) +
         "\">in the text</a>";
  for (int a : page.answered(row))
    out += "; answers <a href=\"#claim-" + std::to_string(a + 1) + "\">" + std::to_string(a + 1) + "</a>";
  out += "; score " + display_score(first.score);
  if (!first.code.empty()) {
    out += "; CAMEO ";
    escape_into(out, first.code);
  }
  if (first.human) out += "; marked by a person";
  out += ")</span></li>\n";
}

void write_claims(std::string& out, const Page& page) {
  out += "<section aria-labelledby=\"claims-h\">\n<h2 id=\"claims-h\">Claims</h2>\n";
  if (page.rows.empty()) out += "<p>No accusations, rebuttals or statements of support found.</p>\n";
  out += "<ol class=\"claims\">\n";
  for (size_t r = 0; r < page.rows.size(); ++r) write_claim_item(out, page, r);
  out += "</ol>\n</section>\n";
}

// Sides as circles on an ellipse, claims between them as arrows (one per direction and kind, thicker for more).
void write_sides_diagram(std::string& out, const Page& page) {
  const Document& d = page.doc;
  std::map<std::tuple<int, int, int>, int> edges;  // (from side, to side, kind) -> claims
  std::map<int, int> weight;
  for (const Claim& c : d.claims) {
    const int a = page.side(c.source), b = page.side(c.target);
    if (a < 0 || b < 0 || a == b) continue;
    ++edges[{a, b, static_cast<int>(c.kind)}];
    ++weight[a];
    ++weight[b];
  }
  if (edges.empty()) return;
  std::vector<int> nodes;
  for (const auto& [side, w] : weight) nodes.push_back(side);
  std::stable_sort(nodes.begin(), nodes.end(), [&](int x, int y) { return weight[x] > weight[y]; });
  if (nodes.size() > 12) nodes.resize(12);
  std::map<int, std::pair<double, double>> at;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const double t = 6.283185307 * static_cast<double>(i) / static_cast<double>(nodes.size()) - 1.5707963;
    at[nodes[i]] = {320 + 230 * std::cos(t), 190 + 130 * std::sin(t)};
  }
  out += "<section aria-labelledby=\"sides-h\">\n<h2 id=\"sides-h\">Who accuses whom, side by side</h2>\n";
  out += "<svg class=\"sides\" viewBox=\"0 0 640 380\" role=\"img\" aria-labelledby=\"sides-t sides-d\">";
  out += "<title id=\"sides-t\">Claims between sides</title><desc id=\"sides-d\">";
  for (const auto& [key, count] : edges) {
    const auto [a, b, kind] = key;
    if (!at.count(a) || !at.count(b)) continue;
    escape_into(out, page.name(a));
    out += std::string(" ") + kind_class(static_cast<ClaimKind>(kind)) + " " + std::to_string(count) + " \xC3\x97 ";
    escape_into(out, page.name(b));
    out += ". ";
  }
  out += "</desc><defs>";
  for (ClaimKind k : {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support})
    out += std::string("<marker id=\"arrow-") + kind_class(k) +
           "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" "
           "markerHeight=\"12\" orient=\"auto\">"
           "<path d=\"M0 0L10 5L0 10z\" fill=\"" +
           kind_color(k) + "\"/></marker>";
  out += "</defs>";
  char buf[256];
  for (const auto& [key, count] : edges) {
    const auto [a, b, kind] = key;
    if (!at.count(a) || !at.count(b)) continue;
    auto [x1, y1] = at[a];
    auto [x2, y2] = at[b];
    const double dx = x2 - x1, dy = y2 - y1, len = std::max(1.0, std::hypot(dx, dy));
    const double bend = 18.0 + 10.0 * kind;  // each direction and kind on its own curve
    const double cx = (x1 + x2) / 2 - dy / len * bend, cy = (y1 + y2) / 2 + dx / len * bend;
    x1 += dx / len * 16;
    y1 += dy / len * 16;
    x2 -= dx / len * 18;
    y2 -= dy / len * 18;
    const ClaimKind k = static_cast<ClaimKind>(kind);
    std::snprintf(buf, sizeof buf,
                  "<path d=\"M%.1f %.1fQ%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" "
                  "stroke-width=\"%.1f\"%s marker-end=\"url(#arrow-%s)\"/>",
                  x1, y1, cx, cy, x2, y2, kind_color(k), 1.2 + std::min(5.0, 0.8 * count),
                  k == ClaimKind::Rebuttal ? " stroke-dasharray=\"6 4\"" : "", kind_class(k));
    out += buf;
  }
  for (int side : nodes) {
    const auto [x, y] = at[side];
    std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"13\" fill=\"%s\" stroke=\"#1c1c1e\"/>", x, y,
                  safe_color(d.actors[side].color).c_str());
    out += buf;
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" "
                  "font-family=\"sans-serif\" fill=\"#1c1c1e\">",
                  x, y < 190 ? y - 20 : y + 30);
    out += buf;
    escape_into(out, d.actors[side].name);
    out += "</text>";
  }
  out += "</svg>\n</section>\n";
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  escape_into(out, text);
  return out;
}

// [SECTION] to_annotated_html
std::string to_annotated_html(const Document& doc, const ExportOptions& options) {
  const ExportProvenance prov = export_provenance(doc, options);
  const Page page(doc);
  std::string out;
  out.reserve(doc.text.size() * 2 + 16384);
  // The headline: the first line when it reads like one.
  std::string_view first = std::string_view(doc.text).substr(0, doc.text.find('\n'));
  while (!first.empty() && (first.front() == ' ' || first.front() == '\t')) first.remove_prefix(1);
  const bool headline = !first.empty() && first.size() < 200 && !ends_like_sentence(first);
  write_head(out, prov, headline ? first : std::string_view());
  out += "<header>\n<p class=\"kicker\">Annotated with Riposte</p>\n";
  if (!headline) {  // the article has no headline line: the page still needs its title as <h1>
    out += "<h1>";
    escape_into(out, prov.title.empty() ? std::string_view("Annotated article") : std::string_view(prov.title));
    out += "</h1>\n";
  }
  write_provenance(out, prov);
  out += "</header>\n";
  write_article(out, page);
  write_claims(out, page);
  write_actors(out, page);
  write_sides_diagram(out, page);
  out +=
      "<footer><p>Made by Riposte from the article above, in the reader&#39;s browser. The annotation is the "
      "engine&#39;s reading (and the edits of the person who exported it), not a verdict.</p></footer>\n";
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace riposte
