// The page's state as JSON for tests and the glue (window.riposte.state()), where text sits on screen
// (window.riposte.locate()) and the accessible DOM mirror of actors and claims.
//
// [SECTION] Parts of state_json
// [SECTION] state_json, locate_json, accessible_json
#include <algorithm>
#include <nlohmann/json.hpp>

#include "imgui_internal.h"
#include "ui/app.h"
#include "ui/document_view_model.h"
#include "ui/panels.h"
#include "ui/text_layout.h"

namespace riposte::ui {
namespace {

using nlohmann::json;

// [SECTION] Parts of state_json
json rect_json(ImVec2 min, ImVec2 max, float k) {
  return {{"x", min.x * k}, {"y", min.y * k}, {"w", (max.x - min.x) * k}, {"h", (max.y - min.y) * k}};
}

json visible_mentions_json(const AppState& s, float k) {
  const Document& d = s.doc;
  json out = json::array();
  for (const auto& m : s.visible_mentions) {
    if (out.size() >= 60) break;
    const Mention& mm = d.mentions[m.mention];
    json j = rect_json(m.min, m.max, k);
    j["mention"] = m.mention;
    j["actor"] = mm.actor >= 0 ? d.actors[mm.actor].id : "";
    j["name"] = mm.actor >= 0 ? d.actors[mm.actor].name : "";
    j["color"] = mm.actor >= 0 ? d.actors[mm.actor].color : "";
    j["text"] = d.text.substr(mm.span.begin, mm.span.size());
    out.push_back(std::move(j));
  }
  return out;
}

json visible_cues_json(const AppState& s, float k) {
  json out = json::array();
  for (const auto& c : s.visible_cues) {
    if (out.size() >= 60) break;
    json j = rect_json(c.min, c.max, k);
    j["claim"] = s.doc.claims[c.claim].id;
    j["kind"] = to_string(s.doc.claims[c.claim].kind);
    out.push_back(std::move(j));
  }
  return out;
}

// The rebuttal arcs drawn this frame: the cue's words and how many accusations the arc fans out to.
json fans_json(const AppState& s) {
  json out = json::array();
  for (const auto& f : s.drawn_fans) {
    const RebuttalFan& fan = s.rebuttal_fans[f.fan];
    out.push_back({{"cue", std::string(slice(s.doc.text, fan.cue))},
                   {"rebuttals", fan.rebuttals.size()},
                   {"accusations", fan.accusations.size()},
                   {"branches", f.branches}});
  }
  return out;
}

// Whether a line ending at byte `at` splits a word: `at` is inside a word (word_at: letters, digits and the
// joiners ' - inside words) and not right after a hyphen.
bool splits_word(std::string_view text, uint32_t at) {
  if (at == 0 || at >= text.size()) return false;
  const Span w = word_at(text, at);
  return !w.empty() && w.begin < at && text[at - 1] != '-';
}

// Line breaks in the laid out text (the first 5,000 lines): hyphenated ones (a word longer than a line), and
// any that splits a word without a hyphen (never wanted).
json line_breaks_json(const AppState& s) {
  const TextLayout& L = s.layout;
  size_t hyphenated = 0, mid_word = 0;
  for (size_t i = 0; i < L.lines.size() && i < 5000; ++i) {
    const Line& line = L.lines[i];
    if (line.hyphen)
      ++hyphenated;
    else if (splits_word(s.doc.text, line.end))
      ++mid_word;
  }
  return {{"lines", L.lines.size()}, {"hyphenated", hyphenated}, {"midWord", mid_word}};
}

// The Claims panel's rows as it labels them (the first 60): "Zhao Lijian → NATO, United States, +4".
json claim_rows_json(const AppState& s) {
  json out = json::array();
  for (size_t r = 0; r < s.claim_rows.size() && r < 60; ++r) {
    const ClaimRow& row = s.claim_rows[r];
    out.push_back({{"claim", s.doc.claims[row.claims.front()].id},
                   {"label", claim_row_label(s.doc, row)},
                   {"claims", row.claims.size()}});
  }
  return out;
}

json screen_json(const AppState& s) {
  static constexpr const char* kStops[] = {"closed", "half", "full"};
  return {{"layout", s.screen.sheet ? "sheet" : "columns"},
          {"sheet", kStops[static_cast<int>(s.sheet)]},
          {"touch", s.screen.touch},
          {"cssWidth", s.screen.css_width},
          {"cssHeight", s.screen.css_height},
          {"taps", s.touch.taps},
          {"longPresses", s.touch.long_presses},
          {"pinches", s.touch.pinches},
          {"fontGlyphs", s.fonts.glyph_count},
          {"fontBakes", s.fonts.generation}};
}

json document_json(const AppState& s) {
  const Document& d = s.doc;
  return {{"actors", d.actors.size()},
          {"claims", d.claims.size()},
          {"claimRows", s.claim_rows.size()},
          {"rebuttalFans", s.rebuttal_fans.size()},
          {"mentions", d.mentions.size()},
          {"stance", d.stance.size()},
          {"articleLength", s.doc_codepoints},
          {"articleBytes", d.text.size()},
          {"empty", is_blank(d.text)},
          {"edits", d.edits.size()},
          {"human",
           {{"actors", std::count_if(d.actors.begin(), d.actors.end(), [](const Actor& a) { return a.human; })},
            {"mentions", std::count_if(d.mentions.begin(), d.mentions.end(), [](const Mention& m) { return m.human; })},
            {"claims", std::count_if(d.claims.begin(), d.claims.end(), [](const Claim& c) { return c.human; })}}},
          {"text", d.text.size() <= 4096 ? d.text : d.text.substr(0, 4096)}};
}

json status_json(const AppState& s) {
  return {{"busy", s.status.busy},
          {"annotateMs", s.status.annotate_ms},
          {"repaired", s.status.repaired + s.status.lone_surrogates},
          {"error", s.status.error},
          {"linkError", s.status.link_error},
          {"share",
           {{"shown", s.share.shown},
            {"length", s.share.link_length},
            {"tooLong", s.share.too_long},
            {"error", s.share.error},
            {"copyFailed", s.share.copy_failed}}},
          {"status", status_line(s)},
          {"source", s.status.source},
          {"undoDepth", s.history.undo.size()},
          {"redoDepth", s.history.redo.size()},
          {"undoLabel", s.history.undo.empty() ? "" : s.history.undo.back().label},
          {"redoLabel", s.history.redo.empty() ? "" : s.history.redo.back().label},
          {"editMessage", s.editor.message},
          {"notice", s.status.notice}};
}

json view_json(const AppState& s, float k) {
  const Document& d = s.doc;
  return {{"selection",
           s.editor.selection.empty() ? "" : d.text.substr(s.editor.selection.begin, s.editor.selection.size())},
          {"popup", ImGui::GetCurrentContext() && ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)},
          {"layoutComplete", s.layout.complete()},
          {"lines", s.layout.lines.size()},
          {"scroll", s.article_scroll * k},
          {"scrollMax", s.article_scroll_max * k},
          {"zoom", s.zoom},
          {"dark", s.dark},
          {"showHelp", s.show_help},
          {"showArcs", s.show_arcs},
          {"arcs", s.gpu.arcs.size()},
          {"highlights", s.gpu.highlights.size()},
          {"dpr", s.dpr},
          {"hoveredActor", s.hovered_actor >= 0 ? d.actors[s.hovered_actor].id : ""},
          {"selectedActor", s.selected_actor >= 0 ? d.actors[s.selected_actor].id : ""},
          {"selectedClaim", s.selected_claim >= 0 ? d.claims[s.selected_claim].id : ""},
          {"hiddenActors", std::count(s.actor_hidden.begin(), s.actor_hidden.end(), true)},
          {"tab", static_cast<int>(s.tab)},
          {"tooltip", s.tooltip},
          {"missingGlyphs", s.missing_glyphs}};
}

}  // namespace

// [SECTION] state_json, locate_json, accessible_json
std::string state_json(const AppState& s) {
  const float k = 1.0f / s.dpr;  // CSS pixels
  json j = {{"frame", s.frame}};
  j.update(document_json(s));
  j.update(status_json(s));
  j.update(view_json(s, k));
  j["screen"] = screen_json(s);
  j["breaks"] = line_breaks_json(s);
  j["fans"] = fans_json(s);
  j["rows"] = claim_rows_json(s);
  j["visibleMentions"] = visible_mentions_json(s, k);
  j["visibleCues"] = visible_cues_json(s, k);
  json ui = json::object();
  for (const auto& r : s.ui_rects) ui[r.name] = rect_json(r.min, r.max, k);
  j["ui"] = std::move(ui);
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string locate_json(const AppState& s, std::string_view needle, int occurrence) {
  const Document& d = s.doc;
  size_t at = d.text.find(needle);
  for (int i = 0; i < occurrence && at != std::string::npos; ++i) at = d.text.find(needle, at + 1);
  ImVec2 a, b;
  float lh = 0, lh2 = 0;
  if (needle.empty() || at == std::string::npos || !locate_byte(s, static_cast<uint32_t>(at), a, lh) ||
      !locate_byte(s, static_cast<uint32_t>(at + needle.size()), b, lh2))
    return "null";
  const float k = 1.0f / s.dpr;
  const float top = s.article_origin.y + a.y;
  // The part on the first line when the words wrap.
  const float right = b.y == a.y ? s.article_origin.x + b.x : s.article_origin.x + a.x + s.fonts.body_size;
  json j = {{"x", (s.article_origin.x + a.x) * k},
            {"y", top * k},
            {"w", (right - s.article_origin.x - a.x) * k},
            {"h", lh * k},
            {"visible", top >= s.article_clip_min.y && top + lh <= s.article_clip_max.y}};
  return j.dump();
}

std::string accessible_json(const AppState& s) {
  const Document& d = s.doc;
  constexpr size_t kCap = 500;  // a DOM list of a 5 MB article's every actor would not help anyone
  json actors = json::array(), claims = json::array();
  for (size_t a = 0; a < d.actors.size() && a < kCap; ++a) {
    const int side = s.actor_side[a];
    actors.push_back({{"name", d.actors[a].name},
                      {"kind", to_string(d.actors[a].kind)},
                      {"side", side >= 0 ? d.actors[side].name : d.actors[a].name},
                      {"mentions", s.actor_mentions[a]}});
  }
  auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("unknown"); };
  for (size_t i = 0; i < s.cue_order.size() && i < kCap; ++i) {
    const Claim& c = d.claims[s.cue_order[i]];
    const Span q = c.content.empty() ? c.cue : c.content;
    claims.push_back({{"id", c.id},
                      {"kind", to_string(c.kind)},
                      {"source", name(c.source)},
                      {"target", name(c.target)},
                      {"cue", d.text.substr(c.cue.begin, c.cue.size())},
                      {"quote", d.text.substr(q.begin, std::min<uint32_t>(q.size(), 300))},
                      {"rebuts", c.rebuts >= 0 ? d.claims[c.rebuts].id : ""}});
  }
  json j = {{"actors", actors},
            {"claims", claims},
            {"moreActors", d.actors.size() > kCap ? d.actors.size() - kCap : 0},
            {"moreClaims", d.claims.size() > kCap ? d.claims.size() - kCap : 0},
            {"status", status_line(s)}};
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace riposte::ui
