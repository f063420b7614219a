// [SECTION] Helpers: colours, cue glyphs, focus
// [SECTION] Geometry and scrolling
// [SECTION] One line: selection, mentions, cue words, hyphen
// [SECTION] Arcs: one per rebuttal cue (fanning out), and the focused claim's source and target
// [SECTION] GPU batches, hover and tooltips
// [SECTION] ArticleView::draw
#include "ui/article_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "engine/document/document_edit.h"
#include "ui/arcs.h"
#include "ui/article_editing.h"
#include "ui/document_view_model.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

// What one frame of the article computes once and its parts share.
struct ArticleFrame {
  ImVec2 origin{0, 0};  // screen position of the article's (0, 0)
  float wrap = 0, top_pad = 0, margin = 0;
  ImDrawList* dl = nullptr;
  ArticlePointer pointer;
  uint32_t visible_begin = UINT32_MAX, visible_end = 0;
  int focus_actor = -1;
  std::vector<Span> focus_cues;  // cue words in the focused claim's chain (hovered, else selected)
};

// [SECTION] Helpers: colours, cue glyphs, focus
HighlightInstance highlight(ImVec2 a, ImVec2 b, ImVec4 c, float radius, float glow, float underline) {
  return {a.x, a.y, b.x, b.y, c.x, c.y, c.z, c.w, radius, glow, underline, 0};
}

ImVec4 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return v;
}

// A small shape above the first letter of a cue: the kind is readable without colour.
void draw_cue_glyph(ImDrawList* dl, ClaimKind kind, ImVec2 at, float s, ImU32 col) {
  switch (kind) {
    case ClaimKind::Accusation:  // ▲ filled triangle
      dl->AddTriangleFilled(ImVec2(at.x, at.y + s), ImVec2(at.x + s, at.y + s), ImVec2(at.x + s * 0.5f, at.y), col);
      break;
    case ClaimKind::Rebuttal:  // ○ ring
      dl->AddCircle(ImVec2(at.x + s * 0.5f, at.y + s * 0.5f), s * 0.45f, col, 12, std::max(1.0f, s * 0.22f));
      break;
    case ClaimKind::Support:  // + plus
      dl->AddRectFilled(ImVec2(at.x, at.y + s * 0.38f), ImVec2(at.x + s, at.y + s * 0.62f), col);
      dl->AddRectFilled(ImVec2(at.x + s * 0.38f, at.y), ImVec2(at.x + s * 0.62f, at.y + s), col);
      break;
  }
}

// The cues of the focused claim's chain: its own, the accusations its rebuttal cue answers, the rebuttal cues
// that answer its accusation cue.
std::vector<Span> focus_cues(const AppState& s) {
  const int f = s.hovered_claim >= 0 ? s.hovered_claim : s.selected_claim;
  if (f < 0 || f >= static_cast<int>(s.doc.claims.size())) return {};
  const Span cue = s.doc.claims[f].cue;
  std::vector<Span> out{cue};
  for (const RebuttalFan& fan : s.rebuttal_fans) {
    const bool answers =
        std::any_of(fan.accusations.begin(), fan.accusations.end(), [&](int a) { return s.doc.claims[a].cue == cue; });
    if (fan.cue == cue)
      for (int a : fan.accusations) out.push_back(s.doc.claims[a].cue);
    else if (answers)
      out.push_back(fan.cue);
  }
  return out;
}

bool in_focus(const ArticleFrame& f, Span cue) {
  return std::find(f.focus_cues.begin(), f.focus_cues.end(), cue) != f.focus_cues.end();
}

// Nearest mention of actor to byte (by distance), or -1.
int nearest_mention(const Document& d, int actor, uint32_t byte) {
  if (actor < 0) return -1;
  int best = -1;
  uint32_t best_d = UINT32_MAX;
  auto it = std::lower_bound(d.mentions.begin(), d.mentions.end(), byte,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; });
  // Look a bounded distance either way: the closest mention of the actor is normally nearby.
  const auto lo = it - std::min<ptrdiff_t>(it - d.mentions.begin(), 400);
  const auto hi = it + std::min<ptrdiff_t>(d.mentions.end() - it, 400);
  for (auto m = lo; m != hi; ++m) {
    if (m->actor != actor) continue;
    const uint32_t dist = m->span.begin > byte ? m->span.begin - byte : byte - m->span.begin;
    if (dist < best_d) {
      best_d = dist;
      best = static_cast<int>(m - d.mentions.begin());
    }
  }
  return best;
}

// [SECTION] Geometry and scrolling
// The text column: about 70 characters, centred, with room on the right for the arcs' margin lanes. On a
// phone the margins shrink so that the words keep as much of the width as they can.
void place_column(const AppState& s, float avail, ArticleFrame& f, float& left) {
  const float dpr = s.dpr;
  const float measure = s.fonts.body_size * 34.0f;
  f.margin = std::clamp(avail * 0.12f, 30.0f * dpr, 110.0f * dpr);
  const float side_pad = std::clamp(avail * 0.04f, 12.0f * dpr, 28.0f * dpr);
  f.wrap = std::max(120.0f * dpr, std::min(measure, avail - 2 * side_pad - f.margin));
  left = std::max(side_pad, (avail - f.wrap - f.margin) * 0.5f);
  f.top_pad = (s.screen.sheet ? 16.0f : 28.0f) * dpr;
}

// Requests from the keyboard, the Claims panel or a new document: scroll the claim into view.
void scroll_to_requested_claim(AppState& s, const ArticleFrame& f) {
  if (s.scroll_to_claim < 0 || s.scroll_to_claim >= static_cast<int>(s.doc.claims.size())) return;
  const uint32_t byte = s.doc.claims[s.scroll_to_claim].cue.begin;
  ImVec2 at;
  float lh;
  // Lay out far enough to reach the claim, however long the article is.
  while (!locate_byte(s, byte, at, lh) && !s.layout.complete()) advance_layout(s, f.wrap, 50.0);
  if (locate_byte(s, byte, at, lh))
    s.scroll_request = std::max(0.0f, f.top_pad + at.y - ImGui::GetWindowHeight() * 0.35f);
  s.scroll_to_claim = -1;
}

// Jumps and keyboard scrolling glide to their target over a few frames; a new document starts at the top.
void glide_scroll(AppState& s) {
  if (s.scroll_request >= 0) {
    s.scroll_target = std::min(s.scroll_request, ImGui::GetScrollMaxY());
    if (s.scroll_request == 0 && ImGui::GetScrollY() > ImGui::GetWindowHeight() * 4) ImGui::SetScrollY(0);
    s.scroll_request = -1;
  }
  if (s.arrow_scroll != 0) {
    const float from = s.scroll_target >= 0 ? s.scroll_target : ImGui::GetScrollY();
    s.scroll_target = std::clamp(from + s.arrow_scroll, 0.0f, ImGui::GetScrollMaxY());
    s.arrow_scroll = 0;
  }
  if (s.scroll_target < 0) return;
  const float y = ImGui::GetScrollY(), d = s.scroll_target - y;
  const bool wheel =
      ImGui::GetIO().MouseWheel != 0 || s.touch.mode == TouchState::Mode::Scrolling || s.touch.velocity != 0;
  if (std::fabs(d) < 1.0f || wheel) {  // arrived, or the wheel (or a finger) took over
    if (!wheel) ImGui::SetScrollY(s.scroll_target);
    s.scroll_target = -1;
  } else if (std::fabs(d) > ImGui::GetWindowHeight() * 3) {  // far: jump most of the way, glide the rest
    ImGui::SetScrollY(s.scroll_target - std::copysign(ImGui::GetWindowHeight(), d));
  } else {
    ImGui::SetScrollY(y + d * 0.35f);
  }
}

// A new wrap width or text size (zoom, a pinch, the window resized, the phone turned) lays the article out
// again from the start: the line at the top of the view is kept at the top.
void lay_out_keeping_place(AppState& s, const ArticleFrame& f) {
  const TextLayout& L = s.layout;
  const bool relayout = !L.lines.empty() && (L.wrap_width != f.wrap || L.body_size != s.fonts.body_size);
  const float scroll = ImGui::GetScrollY();
  if (!relayout || scroll <= 0) {
    advance_layout(s, f.wrap, 6.0);
    return;
  }
  auto top = std::lower_bound(L.lines.begin(), L.lines.end(), scroll - f.top_pad,
                              [](const Line& l, float y) { return l.y < y; });
  const uint32_t anchor = (top == L.lines.end() ? L.lines.back() : *top).begin;
  advance_layout(s, f.wrap, 6.0);
  ImVec2 at;
  float lh;
  while (!locate_byte(s, anchor, at, lh) && !s.layout.complete()) advance_layout(s, f.wrap, 50.0);
  if (locate_byte(s, anchor, at, lh)) {
    ImGui::SetScrollY(f.top_pad + at.y);
    s.scroll_target = -1;
  }
}

// [SECTION] One line: selection, mentions, cue words, hyphen
struct LineGeometry {
  const Line& line;
  LineStyle style;
  ImVec2 pos;      // left of the line, top of its box
  float text_top;  // top of the glyphs
  float x_at(const AppState& s, uint32_t byte) const {
    const char* text = s.doc.text.data();
    return pos.x + style.font->CalcTextSizeA(style.size, FLT_MAX, 0, text + line.begin, text + byte).x;
  }
};

void draw_selection(AppState& s, const LineGeometry& g) {
  const Span sel = s.editor.selection;
  if (sel.empty() || sel.begin >= g.line.end || sel.end <= g.line.begin) return;
  const ImVec2 a(g.x_at(s, std::max(sel.begin, g.line.begin)), g.text_top - 2.0f * s.dpr);
  const ImVec2 b(g.x_at(s, std::min(sel.end, g.line.end)), g.text_top + g.style.size * 1.25f);
  s.gpu.highlights.push_back(
      highlight(a, b, with_alpha(palette(s.dark).selection, s.dark ? 0.55f : 0.45f), 2.0f * s.dpr, 0, 0));
}

// Mentions on the line: boxes tinted with the actor's colour, brighter for the focused actor.
void draw_mentions(AppState& s, ArticleFrame& f, const LineGeometry& g) {
  const Document& d = s.doc;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  auto mit = std::lower_bound(d.mentions.begin(), d.mentions.end(), g.line.begin,
                              [](const Mention& m, uint32_t b) { return m.span.begin < b; });
  if (mit != d.mentions.begin() && std::prev(mit)->span.end > g.line.begin) --mit;
  for (; mit != d.mentions.end() && mit->span.begin < g.line.end; ++mit) {
    if (mit->actor < 0 || mit->span.end <= g.line.begin) continue;
    const int mi = static_cast<int>(mit - d.mentions.begin());
    const ImVec2 a(g.x_at(s, std::max(mit->span.begin, g.line.begin)) - 1.5f * s.dpr, g.text_top - 1.0f * s.dpr);
    const ImVec2 b(g.x_at(s, std::min(mit->span.end, g.line.end)) + 1.5f * s.dpr, g.text_top + g.style.size * 1.22f);
    if (s.visible_mentions.size() < 2000) s.visible_mentions.push_back({mi, a, b});
    if (f.pointer.over_article && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y)
      f.pointer.mention = mi;
    if (s.actor_hidden[mit->actor]) continue;
    const bool focused = f.focus_actor >= 0 && mit->actor == f.focus_actor;
    ImVec4 c = parse_hex_color(d.actors[mit->actor].color, s.dark ? 0.34f : 0.22f);
    if (focused) c.w = s.dark ? 0.55f : 0.42f;
    if (f.focus_actor >= 0 && !focused) c.w *= 0.55f;
    s.gpu.highlights.push_back(highlight(a, b, c, 3.0f * s.dpr, focused ? 5.0f * s.dpr : 0.0f, 2.0f * s.dpr));
  }
}

// A claim whose cue words were drawn for an earlier claim on this line: it is in view too, in the same box.
void note_shared_cue(AppState& s, const LineGeometry& g, const Claim& c, int claim) {
  const uint32_t cb = std::max(c.cue.begin, g.line.begin), ce = std::min(c.cue.end, g.line.end);
  if (ce <= cb || s.visible_cues.size() >= 2000) return;
  const float dpr = s.dpr;
  s.visible_cues.push_back({claim, ImVec2(g.x_at(s, cb) - 1.0f * dpr, g.text_top - 1.0f * dpr),
                            ImVec2(g.x_at(s, ce) + 1.0f * dpr, g.text_top + g.style.size * 1.22f)});
}

// The line's text, with claim cue words in their kind's colour, a glyph above a cue's first letter and a box.
void draw_text_and_cues(AppState& s, ArticleFrame& f, const LineGeometry& g) {
  const Document& d = s.doc;
  const char* text = d.text.data();
  const ImU32 ink = palette(s.dark).text;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const float dpr = s.dpr;
  auto cit = std::lower_bound(s.cue_order.begin(), s.cue_order.end(), g.line.begin,
                              [&](uint32_t c, uint32_t b) { return d.claims[c].cue.begin < b; });
  if (cit != s.cue_order.begin() && d.claims[*std::prev(cit)].cue.end > g.line.begin) --cit;
  uint32_t drawn = g.line.begin;
  for (; cit != s.cue_order.end() && d.claims[*cit].cue.begin < g.line.end; ++cit) {
    const Claim& c = d.claims[*cit];
    if (c.cue.empty() || c.cue.end <= g.line.begin) continue;
    const uint32_t cb = std::max({c.cue.begin, g.line.begin, drawn}), ce = std::min(c.cue.end, g.line.end);
    if (ce <= cb) {  // a second claim on words already drawn (an accusation and a rebuttal on one verb): drawn once,
      note_shared_cue(s, g, c, static_cast<int>(*cit));  // but on screen for the lists and tests all the same
      continue;
    }
    const ImU32 col = claim_color(s.dark, c.kind);
    const ImVec2 a(g.x_at(s, cb) - 1.0f * dpr, g.text_top - 1.0f * dpr);
    const ImVec2 b(g.x_at(s, ce) + 1.0f * dpr, g.text_top + g.style.size * 1.22f);
    const bool focused = in_focus(f, c.cue);
    s.gpu.highlights.push_back(highlight(a, b, with_alpha(col, focused ? 0.30f : 0.12f), 3.0f * dpr,
                                         focused ? 6.0f * dpr : 0.0f, (focused ? 3.0f : 2.0f) * dpr));
    if (s.visible_cues.size() < 2000) s.visible_cues.push_back({static_cast<int>(*cit), a, b});
    if (f.pointer.over_article && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y)
      f.pointer.claim = static_cast<int>(*cit);
    if (cb == c.cue.begin) {
      const float glyph = g.style.size * 0.36f;
      draw_cue_glyph(f.dl, c.kind, ImVec2(a.x - glyph * 0.2f, a.y - glyph - 1.0f * dpr), glyph, col);
    }
    if (cb > drawn)
      f.dl->AddText(g.style.font, g.style.size, ImVec2(g.x_at(s, drawn), g.text_top), ink, text + drawn, text + cb);
    f.dl->AddText(g.style.font, g.style.size, ImVec2(g.x_at(s, cb), g.text_top), col, text + cb, text + ce);
    drawn = ce;
  }
  if (drawn < g.line.end)
    f.dl->AddText(g.style.font, g.style.size, ImVec2(drawn == g.line.begin ? g.pos.x : g.x_at(s, drawn), g.text_top),
                  ink, text + drawn, text + g.line.end);
  if (g.line.hyphen)  // a word too long for a whole line continues on the next
    f.dl->AddText(g.style.font, g.style.size, ImVec2(g.x_at(s, g.line.end), g.text_top), ink, "-");
}

// Draws the lines in view; notes the visible bytes and what is under the pointer.
void draw_visible_lines(AppState& s, ArticleFrame& f, float scroll, float view_h) {
  const TextLayout& L = s.layout;
  const float y_top = scroll - f.top_pad, y_bottom = scroll - f.top_pad + view_h;
  for (size_t li = first_line_below(L, s, y_top); li < L.lines.size(); ++li) {
    const Line& line = L.lines[li];
    if (line.y > y_bottom) break;
    const LineStyle ls = line_style(s, L.paragraphs[line.paragraph].style);
    if (line.y + ls.line_height < y_top) continue;
    f.visible_begin = std::min(f.visible_begin, line.begin);
    f.visible_end = std::max(f.visible_end, line.end);
    const ImVec2 pos(f.origin.x, f.origin.y + line.y);
    const LineGeometry g{line, ls, pos, pos.y + (ls.line_height - ls.size) * 0.5f};
    draw_selection(s, g);
    draw_mentions(s, f, g);
    draw_text_and_cues(s, f, g);
  }
}

// [SECTION] Arcs: one per rebuttal cue (fanning out), and the focused claim's source and target
// The top centre of a span's words (of its first line when it wraps), in screen pixels.
bool top_centre(const AppState& s, const ArticleFrame& f, Span sp, ImVec2& out, float& lh) {
  ImVec2 a, b;
  float l2;
  if (!locate_byte(s, sp.begin, a, lh) || !locate_byte(s, sp.end, b, l2)) return false;
  if (b.y != a.y) b = ImVec2(a.x + 20.0f * s.dpr, a.y);
  out = ImVec2(f.origin.x + (a.x + b.x) * 0.5f, f.origin.y + a.y + 2.0f * s.dpr);
  return true;
}

// A fan is drawn when one of its ends is within a screen of the view (or it is in focus): one whose ends are all
// further away would only be a dashed stroke down a margin lane, and in a long article with thousands of claims
// hundreds of those pass through every screen, stacked in the last lane (unreadable, and the frame's fill cost).
bool fan_end_near(const AppState& s, const ArcPlan& p) {
  const float h = s.article_clip_max.y - s.article_clip_min.y;
  const auto near = [&](ImVec2 at) { return at.y >= s.article_clip_min.y - h && at.y <= s.article_clip_max.y + h; };
  return near(p.from) || std::any_of(p.to.begin(), p.to.end(), near);
}

void plan_fans(AppState& s, const ArticleFrame& f, std::vector<ArcPlan>& plans) {
  const Document& d = s.doc;
  for (size_t fi = 0; fi < s.rebuttal_fans.size(); ++fi) {
    const RebuttalFan& fan = s.rebuttal_fans[fi];
    uint32_t lo = fan.cue.begin, hi = fan.cue.end;
    for (int a : fan.accusations) {
      lo = std::min(lo, d.claims[a].cue.begin);
      hi = std::max(hi, d.claims[a].cue.end);
    }
    if (hi < f.visible_begin || lo > f.visible_end) continue;
    ArcPlan p;
    if (!top_centre(s, f, fan.cue, p.from, p.line_height)) continue;
    for (int a : fan.accusations) {
      ImVec2 at;
      float lh;
      if (top_centre(s, f, d.claims[a].cue, at, lh)) p.to.push_back(at);
    }
    if (p.to.empty()) continue;
    p.color = claim_color(s.dark, ClaimKind::Rebuttal);
    p.dashed = true;
    p.focused = in_focus(f, fan.cue);
    if (!p.focused && !fan_end_near(s, p)) continue;
    s.drawn_fans.push_back({static_cast<int>(fi), static_cast<int>(p.to.size())});
    plans.push_back(std::move(p));
  }
}

// The focused claim's source and target: source → cue → target, to the nearest mention of each.
void plan_focus_arcs(AppState& s, const ArticleFrame& f, std::vector<ArcPlan>& plans) {
  const Document& d = s.doc;
  const int focus = s.hovered_claim >= 0 ? s.hovered_claim : s.selected_claim;
  if (focus < 0 || focus >= static_cast<int>(d.claims.size())) return;
  const Claim& c = d.claims[focus];
  for (int who : {c.source, c.target}) {
    const int m = nearest_mention(d, who, c.cue.begin);
    ArcPlan p;
    ImVec2 cue, name;
    float lh;
    if (m < 0 || !top_centre(s, f, c.cue, cue, p.line_height) || !top_centre(s, f, d.mentions[m].span, name, lh))
      continue;
    p.from = who == c.source ? name : cue;
    p.to = {who == c.source ? cue : name};
    p.color = who == c.source ? palette(s.dark).neutral : claim_color(s.dark, c.kind);
    p.focused = true;
    plans.push_back(std::move(p));
  }
}

// A claim being drawn: an arc from the source mention to the pointer (or the mention under it).
void draw_claim_in_progress(AppState& s, const ArticleFrame& f) {
  const EditorState& e = s.editor;
  if (!e.drawing_claim || e.drag_from_mention < 0 || e.drag_from_mention >= static_cast<int>(s.doc.mentions.size()))
    return;
  ImVec2 at;
  float lh;
  if (!locate_byte(s, s.doc.mentions[e.drag_from_mention].span.begin, at, lh)) return;
  const float dpr = s.dpr;
  const ImVec2 a(f.origin.x + at.x + 4.0f * dpr, f.origin.y + at.y + 2.0f * dpr);
  ImVec2 b = ImGui::GetIO().MousePos;
  for (const auto& vm : s.visible_mentions)
    if (vm.mention == e.drop_on_mention) b = ImVec2((vm.min.x + vm.max.x) * 0.5f, vm.min.y + 2.0f * dpr);
  const float lift = std::max(lh, std::fabs(b.x - a.x) * 0.25f);
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(palette(s.dark).neutral);
  s.gpu.arcs.push_back({a.x, a.y, a.x, std::min(a.y, b.y) - lift, b.x, std::min(a.y, b.y) - lift, b.x, b.y, c.x, c.y,
                        c.z, 0.95f, 2.6f * dpr, 0, 11.0f * dpr, 0});
}

void draw_arcs(AppState& s, const ArticleFrame& f) {
  if (s.show_arcs && f.visible_begin < f.visible_end) {
    std::vector<ArcPlan> plans;
    plan_fans(s, f, plans);
    plan_focus_arcs(s, f, plans);
    const float lane_step = std::min(11.0f * s.dpr, std::max(4.0f * s.dpr, (f.margin - 14.0f * s.dpr) / 8.0f));
    route_arcs(plans, {f.origin.x + f.wrap, lane_step, s.dpr}, s.gpu.arcs);
  }
  draw_claim_in_progress(s, f);
}

// [SECTION] GPU batches, hover and tooltips
// Hands the batches to the platform's shaders: highlights under the text, arcs over it.
void submit_batches(AppState& s, ImDrawList* dl, ImDrawListSplitter& splitter) {
  if (s.gpu.draw_highlights && !s.gpu.highlights.empty()) {
    splitter.SetCurrentChannel(dl, 0);
    dl->AddCallback(s.gpu.draw_highlights, &s.gpu);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  } else if (!s.gpu.draw_highlights) {  // no shaders (GL error, or headless): plain boxes and underlines
    splitter.SetCurrentChannel(dl, 0);
    for (const HighlightInstance& h : s.gpu.highlights) {
      dl->AddRectFilled(ImVec2(h.x0, h.y0), ImVec2(h.x1, h.y1), ImGui::GetColorU32(ImVec4(h.r, h.g, h.b, h.a)),
                        h.radius);
      if (h.underline > 0)
        dl->AddRectFilled(ImVec2(h.x0, h.y1 - h.underline), ImVec2(h.x1, h.y1),
                          ImGui::GetColorU32(ImVec4(h.r, h.g, h.b, 1)));
    }
  }
  if (s.gpu.draw_arcs && !s.gpu.arcs.empty()) {
    splitter.SetCurrentChannel(dl, 2);
    dl->AddCallback(s.gpu.draw_arcs, &s.gpu);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  }
  splitter.Merge(dl);
}

// Tooltips wrap to the screen: a phone's is narrower than 26 ems.
float tooltip_width(const AppState& s) {
  return std::min(ImGui::GetFontSize() * 26.0f, ImGui::GetIO().DisplaySize.x * 0.85f);
}

void mention_tooltip_window(AppState& s, int mention) {
  const Document& d = s.doc;
  s.tooltip = mention_tooltip(s, mention);
  ImGui::BeginTooltip();
  const Actor& a = d.actors[d.mentions[mention].actor];
  ImGui::PushTextWrapPos(tooltip_width(s));
  ImGui::PushFont(s.fonts.ui_bold);
  ImGui::ColorButton("##c", parse_hex_color(a.color), ImGuiColorEditFlags_NoTooltip,
                     ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
  ImGui::SameLine();
  ImGui::TextUnformatted(a.name.c_str());
  ImGui::PopFont();
  const size_t nl = s.tooltip.find('\n', s.tooltip.find('\n') + 1);
  ImGui::TextDisabled("%s", std::string(to_string(a.kind)).c_str());
  if (nl != std::string::npos) ImGui::TextUnformatted(s.tooltip.c_str() + nl + 1);
  ImGui::TextDisabled(s.touch.active ? "Press and hold to edit"
                                     : "Right-click to edit; drag to another name to draw a claim");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

void claim_tooltip_window(AppState& s, int claim) {
  const Document& d = s.doc;
  const Claim& c = d.claims[claim];
  auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("?"); };
  s.tooltip = std::string(to_string(c.kind)) + ": " + name(c.source) + " \xE2\x86\x92 " + name(c.target);
  if (c.rebuts >= 0) s.tooltip += "\nanswers " + d.claims[c.rebuts].id;
  if (const std::string why = claim_provenance(c); !why.empty()) s.tooltip += "\n" + why;
  char score[64];
  std::snprintf(score, sizeof score, "\nscore %.2f  CAMEO %s  %s", c.score, c.code.c_str(), c.plover.c_str());
  s.tooltip += score;
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(tooltip_width(s));
  ImGui::TextUnformatted(s.tooltip.c_str());
  ImGui::TextDisabled(s.touch.active ? "(press and hold to change or delete it)"
                                     : "(right-click to change or delete it)");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
}

// Hover: highlight the actor everywhere and explain it (a tap leaves the pointer there on a touch screen).
void show_hover(AppState& s, const ArticleFrame& f) {
  const Document& d = s.doc;
  s.hovered_mention = f.pointer.mention;
  s.hovered_actor = f.pointer.mention >= 0 ? d.mentions[f.pointer.mention].actor : -1;
  s.hovered_claim = f.pointer.claim;
  s.tooltip.clear();
  if (f.pointer.mention >= 0)
    mention_tooltip_window(s, f.pointer.mention);
  else if (f.pointer.claim >= 0)
    claim_tooltip_window(s, f.pointer.claim);
}

}  // namespace

std::string mention_tooltip(const AppState& s, int mention) {
  const Document& d = s.doc;
  if (mention < 0 || mention >= static_cast<int>(d.mentions.size())) return {};
  const Mention& m = d.mentions[mention];
  if (m.actor < 0) return {};
  const Actor& a = d.actors[m.actor];
  std::string out = a.name + "\n" + std::string(to_string(a.kind));
  if (a.affiliation >= 0) out += "\nSide: " + affiliation_chain(d, m.actor);
  out += "\nMentions: " + std::to_string(s.actor_mentions[m.actor]);
  if (m.human)
    out += "\nThis mention: marked by you";
  else if (!m.rule.empty())
    out += "\nThis mention: " + m.rule.str();
  if (a.human) out += "\nActor edited by you";
  if (!a.explanation.empty()) {
    out += "\nWhy:";
    for (size_t i = 0; i < a.explanation.size() && i < 6; ++i) out += "\n  \xE2\x80\xA2 " + a.explanation[i];
  }
  return out;
}

// [SECTION] ArticleView::draw
void ArticleView::draw(AppState& s, ImVec2 size) {
  ImGui::BeginChild("article", size, false, ImGuiWindowFlags_NoNavInputs);
  ArticleFrame f;
  float left = 0;
  const float avail = ImGui::GetContentRegionAvail().x;
  place_column(s, avail, f, left);
  lay_out_keeping_place(s, f);
  scroll_to_requested_claim(s, f);
  glide_scroll(s);

  const ImVec2 content = ImGui::GetCursorScreenPos();
  f.origin = ImVec2(content.x + left, content.y + f.top_pad);
  s.article_origin = f.origin;
  const float scroll = ImGui::GetScrollY(), view_h = ImGui::GetWindowHeight();
  s.article_scroll = scroll;
  s.article_scroll_max = ImGui::GetScrollMaxY();
  s.article_clip_min = ImGui::GetWindowPos();
  s.article_clip_max = ImVec2(s.article_clip_min.x + ImGui::GetWindowWidth(), s.article_clip_min.y + view_h);

  f.dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter splitter;
  splitter.Split(f.dl, 3);  // 0: highlights (shader), 1: text, 2: arcs (shader)
  splitter.SetCurrentChannel(f.dl, 1);
  s.visible_mentions.clear();
  s.visible_cues.clear();
  s.drawn_fans.clear();
  s.gpu.highlights.clear();
  s.gpu.arcs.clear();
  f.pointer.over_article = ImGui::IsWindowHovered();
  f.pointer.origin = f.origin;
  f.focus_actor = s.hovered_actor >= 0 ? s.hovered_actor : s.selected_actor;
  f.focus_cues = focus_cues(s);

  draw_visible_lines(s, f, scroll, view_h);
  draw_arcs(s, f);
  submit_batches(s, f.dl, splitter);
  show_hover(s, f);
  handle_article_mouse(s, f.pointer);
  draw_article_menus(s);

  ImGui::SetCursorScreenPos(content);
  ImGui::Dummy(ImVec2(avail, f.top_pad * 2 + s.layout.estimated_height));
  ImGui::EndChild();
}

}  // namespace riposte::ui
