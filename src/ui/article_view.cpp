// [SECTION] Helpers: colours, cue glyphs, tooltips
// [SECTION] Arcs: rebuttal → accusation, claim → source/target, routed along the margin
// [SECTION] Editing: word selection, drawing a claim, context menus
// [SECTION] ArticleView::draw
#include "ui/article_view.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "engine/document/document_edit.h"
#include "ui/document_view_model.h"
#include "ui/edit_menus.h"
#include "ui/text_layout.h"
#include "ui/theme.h"

namespace riposte::ui {
namespace {

// [SECTION] Helpers: colours, cue glyphs, tooltips
HighlightInstance highlight(ImVec2 a, ImVec2 b, ImVec4 c, float radius, float glow, float underline) {
  return {a.x, a.y, b.x, b.y, c.x, c.y, c.z, c.w, radius, glow, underline, 0};
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

ImVec4 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w = a;
  return v;
}

bool in_focus_chain(const AppState& s, int claim) {
  const int f = s.hovered_claim >= 0 ? s.hovered_claim : s.selected_claim;
  if (f < 0) return false;
  if (claim == f) return true;
  const auto& cl = s.doc.claims;
  return cl[claim].rebuts == f || cl[f].rebuts == claim;
}

// Nearest mention of actor to byte (by distance), or -1.
int nearest_mention(const Document& d, int actor, uint32_t byte) {
  int best = -1;
  uint32_t best_d = UINT32_MAX;
  if (actor < 0) return -1;
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

// [SECTION] Arcs: rebuttal → accusation, claim → source/target, routed along the margin
struct ArcPlan {
  ImVec2 a, b;  // screen points (top centre of the two spans)
  float lh;     // line height
  ImU32 color;
  bool dashed, focused;
  int bundle;  // arcs answering the same accusation share a margin lane
};

void emit_arcs(AppState& s, std::vector<ArcPlan>& plans, float margin_x) {
  // Short arcs hop over the text; long ones run in the right margin, one lane per bundle.
  std::vector<std::pair<float, float>> lanes;  // y-extent of each lane's occupants
  std::vector<int> lane_bundle;
  std::sort(plans.begin(), plans.end(),
            [](const ArcPlan& x, const ArcPlan& y) { return std::fabs(x.a.y - x.b.y) < std::fabs(y.a.y - y.b.y); });
  const float dpr = s.dpr;
  for (const ArcPlan& p : plans) {
    const ImVec4 c = with_alpha(p.color, p.focused ? 0.95f : 0.28f);
    const float width = (p.focused ? 2.6f : 1.6f) * dpr;
    const float dash = p.dashed ? 6.0f * dpr : 0.0f;
    const float arrow = (p.focused ? 11.0f : 8.0f) * dpr;
    ArcInstance inst{};
    if (std::fabs(p.a.y - p.b.y) < p.lh * 2.5f) {
      const float lift = p.lh * (0.9f + 0.002f * std::fabs(p.a.x - p.b.x));
      inst = {p.a.x, p.a.y, p.a.x, p.a.y - lift, p.b.x, p.b.y - lift, p.b.x, p.b.y,
              c.x,   c.y,   c.z,   c.w,          width, dash,         arrow, 0};
    } else {
      const float y0 = std::min(p.a.y, p.b.y), y1 = std::max(p.a.y, p.b.y);
      size_t lane = 0;
      for (; lane < lanes.size(); ++lane) {
        if (lane_bundle[lane] == p.bundle) break;
        if (lanes[lane].second < y0 || lanes[lane].first > y1) break;
      }
      if (lane == lanes.size()) {
        lanes.push_back({y0, y1});
        lane_bundle.push_back(p.bundle);
      } else {
        lanes[lane].first = std::min(lanes[lane].first, y0);
        lanes[lane].second = std::max(lanes[lane].second, y1);
        lane_bundle[lane] = p.bundle;
      }
      const float lane_x = margin_x + (14.0f + 11.0f * static_cast<float>(std::min<size_t>(lane, 8))) * dpr;
      // Both controls at x: the curve's rightmost point (t = 1/2) is (x0 + x1) / 8 + 3x / 4; put it on the lane.
      const float x = (lane_x - (p.a.x + p.b.x) / 8.0f) / 0.75f;
      inst = {p.a.x, p.a.y, x, p.a.y - p.lh * 0.3f, x, p.b.y - p.lh * 0.3f, p.b.x, p.b.y, c.x, c.y, c.z, c.w, width,
              dash,  arrow, 0};
    }
    s.gpu.arcs.push_back(inst);
  }
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
    out += "\nThis mention: " + m.rule;
  if (a.human) out += "\nActor edited by you";
  if (!a.explanation.empty()) {
    out += "\nWhy:";
    for (size_t i = 0; i < a.explanation.size() && i < 6; ++i) out += "\n  \xE2\x80\xA2 " + a.explanation[i];
  }
  return out;
}

// [SECTION] Editing: word selection, drawing a claim, context menus
namespace {

// The byte under the mouse, in the article's laid-out text.
bool byte_under(const AppState& s, ImVec2 mouse, ImVec2 origin, uint32_t& byte) {
  return byte_at(s, ImVec2(mouse.x - origin.x, mouse.y - origin.y), byte);
}

// Left drag on plain text selects words; left drag from a name draws a claim to another name; a click
// selects an actor or a claim; right click opens the menu of what is under the mouse.
void handle_editing_mouse(AppState& s, bool hovered_window, int hover_mention, int hover_claim, ImVec2 origin) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 mouse = io.MousePos;
  const bool popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
  if (hovered_window && !popup_open && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    e.press_pos = mouse;
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && hover_claim < 0) {
      uint32_t b = 0;
      if (byte_under(s, mouse, origin, b)) {
        const Span w = word_at(d.text, b);
        if (!w.empty()) {
          e.selection = w;
          e.drag_from_mention = -1;
          ImGui::OpenPopup("selection_menu");
          return;
        }
      }
    }
    if (hover_mention >= 0 && !io.KeyShift) {
      e.drag_from_mention = hover_mention;  // a click selects the actor on release; a drag draws a claim
    } else if (hover_claim >= 0) {
      s.selected_claim = hover_claim == s.selected_claim ? -1 : hover_claim;
      e.selection = {};
    } else {
      s.selected_actor = s.selected_claim = -1;
      e.selection = {};
      uint32_t b = 0;
      if (byte_under(s, mouse, origin, b)) {
        e.selecting = true;
        e.anchor = b;
      }
    }
  }
  if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const float moved = std::hypot(mouse.x - e.press_pos.x, mouse.y - e.press_pos.y);
    if (e.drag_from_mention >= 0 && moved > 6.0f * s.dpr) e.drawing_claim = true;
    if (e.drawing_claim)
      e.drop_on_mention = hover_mention >= 0 && hover_mention != e.drag_from_mention ? hover_mention : -1;
    uint32_t b = 0;
    if (e.selecting && moved > 3.0f * s.dpr && byte_under(s, mouse, origin, b)) {
      const uint32_t lo = std::min(b, e.anchor), hi = std::max(b, e.anchor);
      // Snap both ends outwards to whole words.
      const Span first = word_at(d.text, lo), last = word_at(d.text, hi > lo ? hi - 1 : hi);
      e.selection = {std::min(first.begin, lo), std::max(last.end, hi)};
      while (e.selection.end > e.selection.begin &&
             (d.text[e.selection.end - 1] == ' ' || d.text[e.selection.end - 1] == '\n'))
        --e.selection.end;
      while (e.selection.begin < e.selection.end &&
             (d.text[e.selection.begin] == ' ' || d.text[e.selection.begin] == '\n'))
        ++e.selection.begin;
    }
  }
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (e.drag_from_mention >= 0 && e.drag_from_mention < static_cast<int>(d.mentions.size())) {
      const Mention& from = d.mentions[e.drag_from_mention];
      if (!e.drawing_claim) {
        s.selected_actor = from.actor == s.selected_actor ? -1 : from.actor;
      } else if (e.drop_on_mention >= 0) {
        const Mention& to = d.mentions[e.drop_on_mention];
        if (to.actor == from.actor) {
          e.message = "A claim needs two different actors: drop on another name.";
        } else {
          e.new_claim_source = from.actor;
          e.new_claim_target = to.actor;
          // The cue: the selected words when there are some, else the sentence of the source's name.
          e.new_claim_cue = !e.selection.empty() ? e.selection : sentence_around(d, from.span);
          ImGui::OpenPopup("new_claim");
        }
      }
    }
    if (e.selecting && !e.selection.empty()) ImGui::OpenPopup("selection_menu");
    e.selecting = e.drawing_claim = false;
    e.drag_from_mention = e.drop_on_mention = -1;
  }
  if (hovered_window && !popup_open && ImGui::IsMouseClicked(ImGuiMouseButton_Right)) {
    uint32_t b = 0;
    const bool in_selection = !e.selection.empty() && byte_under(s, mouse, origin, b) && e.selection.contains(b);
    e.menu_claim = e.menu_mention = -1;
    if (hover_claim >= 0) {
      e.menu_claim = hover_claim;
      s.selected_claim = hover_claim;
      ImGui::OpenPopup("claim_menu");
    } else if (hover_mention >= 0 && !in_selection) {
      e.menu_mention = hover_mention;
      s.selected_actor = d.mentions[hover_mention].actor;
      ImGui::OpenPopup("mention_menu");
    } else if (in_selection) {
      ImGui::OpenPopup("selection_menu");
    }
  }
}

void draw_menus(AppState& s) {
  const Document& d = s.doc;
  EditorState& e = s.editor;
  if (ImGui::BeginPopup("mention_menu")) {
    const int m = e.menu_mention;
    if (m >= 0 && m < static_cast<int>(d.mentions.size()) && d.mentions[m].actor >= 0) {
      const int actor = d.mentions[m].actor;
      ImGui::TextDisabled("%s", d.actors[actor].name.c_str());
      if (ImGui::MenuItem("Hide this actor")) s.actor_hidden[actor] = true;
      if (ImGui::MenuItem("Show only this side"))
        for (size_t a = 0; a < d.actors.size(); ++a) s.actor_hidden[a] = s.actor_side[a] != s.actor_side[actor];
      if (ImGui::MenuItem("Show all actors")) std::fill(s.actor_hidden.begin(), s.actor_hidden.end(), false);
      ImGui::Separator();
      EditMenus::mention_items(s, m);
    }
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("claim_menu")) {
    EditMenus::claim_items(s, e.menu_claim);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("selection_menu")) {
    EditMenus::selection_items(s);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("new_claim")) {
    EditMenus::new_claim_items(s);
    ImGui::EndPopup();
  }
}

}  // namespace

// [SECTION] ArticleView::draw
void ArticleView::draw(AppState& s, ImVec2 size) {
  const Document& d = s.doc;
  const Palette& pal = palette(s.dark);
  const float dpr = s.dpr;
  ImGui::BeginChild("article", size, false, ImGuiWindowFlags_NoNavInputs);
  const float avail = ImGui::GetContentRegionAvail().x;
  const float measure = s.fonts.body_size * 34.0f;  // ~70 characters per line
  const float arc_margin = 110.0f * dpr;
  const float side_pad = 28.0f * dpr;
  const float wrap = std::max(120.0f * dpr, std::min(measure, avail - 2 * side_pad - arc_margin));
  const float left = std::max(side_pad, (avail - wrap - arc_margin) * 0.5f);
  const float top_pad = 28.0f * dpr;

  // Requests from keyboard, the Claims panel or a new document.
  if (s.scroll_to_claim >= 0 && s.scroll_to_claim < static_cast<int>(d.claims.size())) {
    ImVec2 at;
    float lh;
    // Lay out far enough to reach the claim, however long the article is.
    while (!locate_byte(s, d.claims[s.scroll_to_claim].cue.begin, at, lh) && !s.layout.complete())
      advance_layout(s, wrap, 50.0);
    if (locate_byte(s, d.claims[s.scroll_to_claim].cue.begin, at, lh))
      s.scroll_request = std::max(0.0f, top_pad + at.y - ImGui::GetWindowHeight() * 0.35f);
    s.scroll_to_claim = -1;
  }
  // Jumps and keyboard scrolling glide to their target over a few frames; a new document starts at the top.
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
  if (s.scroll_target >= 0) {
    const float y = ImGui::GetScrollY(), d = s.scroll_target - y;
    if (std::fabs(d) < 1.0f || ImGui::GetIO().MouseWheel != 0) {  // arrived, or the wheel took over
      if (ImGui::GetIO().MouseWheel == 0) ImGui::SetScrollY(s.scroll_target);
      s.scroll_target = -1;
    } else if (std::fabs(d) > ImGui::GetWindowHeight() * 3) {  // far: jump most of the way, glide the rest
      ImGui::SetScrollY(s.scroll_target - std::copysign(ImGui::GetWindowHeight(), d));
    } else {
      ImGui::SetScrollY(y + d * 0.35f);
    }
  }

  advance_layout(s, wrap, 6.0);
  const TextLayout& L = s.layout;

  const ImVec2 content = ImGui::GetCursorScreenPos();
  const ImVec2 origin(content.x + left, content.y + top_pad);
  s.article_origin = origin;
  const float scroll = ImGui::GetScrollY();
  const float view_h = ImGui::GetWindowHeight();
  s.article_scroll = scroll;
  s.article_scroll_max = ImGui::GetScrollMaxY();
  const ImVec2 win_min = ImGui::GetWindowPos();
  s.article_clip_min = win_min;
  s.article_clip_max = ImVec2(win_min.x + ImGui::GetWindowWidth(), win_min.y + view_h);

  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImDrawListSplitter splitter;
  splitter.Split(dl, 3);  // 0: highlights (shader), 1: text, 2: arcs (shader)
  splitter.SetCurrentChannel(dl, 1);
  s.visible_mentions.clear();
  s.visible_cues.clear();
  s.gpu.highlights.clear();
  s.gpu.arcs.clear();

  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const bool hovered_window = ImGui::IsWindowHovered();
  int hover_mention = -1, hover_claim = -1;
  const char* text = d.text.data();
  const float y_top = scroll - top_pad, y_bottom = scroll - top_pad + view_h;
  const int focus_actor = s.hovered_actor >= 0 ? s.hovered_actor : s.selected_actor;
  uint32_t visible_begin = UINT32_MAX, visible_end = 0;

  for (size_t li = first_line_below(L, s, y_top); li < L.lines.size(); ++li) {
    const Line& line = L.lines[li];
    if (line.y > y_bottom) break;
    const LineStyle ls = line_style(s, L.paragraphs[line.paragraph].style);
    if (line.y + ls.line_height < y_top) continue;
    visible_begin = std::min(visible_begin, line.begin);
    visible_end = std::max(visible_end, line.end);
    const ImVec2 pos(origin.x, origin.y + line.y);
    const float text_top = pos.y + (ls.line_height - ls.size) * 0.5f;
    auto x_at = [&](uint32_t byte) {
      return pos.x + ls.font->CalcTextSizeA(ls.size, FLT_MAX, 0, text + line.begin, text + byte).x;
    };

    // The word selection (editing) on this line.
    const Span sel = s.editor.selection;
    if (!sel.empty() && sel.begin < line.end && sel.end > line.begin) {
      const ImVec2 a(x_at(std::max(sel.begin, line.begin)), text_top - 2.0f * dpr);
      const ImVec2 b(x_at(std::min(sel.end, line.end)), text_top + ls.size * 1.25f);
      s.gpu.highlights.push_back(highlight(a, b, with_alpha(pal.selection, s.dark ? 0.55f : 0.45f), 2.0f * dpr, 0, 0));
    }

    // Mentions on this line: tinted boxes in the actor's colour.
    auto mit = std::lower_bound(d.mentions.begin(), d.mentions.end(), line.begin,
                                [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    if (mit != d.mentions.begin() && std::prev(mit)->span.end > line.begin) --mit;
    for (; mit != d.mentions.end() && mit->span.begin < line.end; ++mit) {
      if (mit->actor < 0 || mit->span.end <= line.begin) continue;
      const int mi = static_cast<int>(mit - d.mentions.begin());
      const ImVec2 a(x_at(std::max(mit->span.begin, line.begin)) - 1.5f * dpr, text_top - 1.0f * dpr);
      const ImVec2 b(x_at(std::min(mit->span.end, line.end)) + 1.5f * dpr, text_top + ls.size * 1.22f);
      if (s.visible_mentions.size() < 2000) s.visible_mentions.push_back({mi, a, b});
      if (hovered_window && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y) hover_mention = mi;
      if (s.actor_hidden[mit->actor]) continue;
      const bool focused = focus_actor >= 0 && (mit->actor == focus_actor);
      const bool dimmed = focus_actor >= 0 && !focused;
      ImVec4 c = parse_hex_color(d.actors[mit->actor].color, s.dark ? 0.34f : 0.22f);
      if (focused) c.w = s.dark ? 0.55f : 0.42f;
      if (dimmed) c.w *= 0.55f;
      s.gpu.highlights.push_back(highlight(a, b, c, 3.0f * dpr, focused ? 5.0f * dpr : 0.0f, 2.0f * dpr));
    }

    // Claim cues on this line: coloured text, a glyph above the first letter, a box.
    auto cit = std::lower_bound(s.cue_order.begin(), s.cue_order.end(), line.begin,
                                [&](uint32_t c, uint32_t b) { return d.claims[c].cue.begin < b; });
    if (cit != s.cue_order.begin() && d.claims[*std::prev(cit)].cue.end > line.begin) --cit;
    uint32_t drawn = line.begin;
    for (; cit != s.cue_order.end() && d.claims[*cit].cue.begin < line.end; ++cit) {
      const Claim& c = d.claims[*cit];
      if (c.cue.empty() || c.cue.end <= line.begin) continue;
      const uint32_t cb = std::max({c.cue.begin, line.begin, drawn}), ce = std::min(c.cue.end, line.end);
      if (ce <= cb) continue;
      const ImU32 col = claim_color(s.dark, c.kind);
      const ImVec2 a(x_at(cb) - 1.0f * dpr, text_top - 1.0f * dpr),
          b(x_at(ce) + 1.0f * dpr, text_top + ls.size * 1.22f);
      const bool focused = in_focus_chain(s, static_cast<int>(*cit));
      s.gpu.highlights.push_back(highlight(a, b, with_alpha(col, focused ? 0.30f : 0.12f), 3.0f * dpr,
                                           focused ? 6.0f * dpr : 0.0f, (focused ? 3.0f : 2.0f) * dpr));
      if (s.visible_cues.size() < 2000) s.visible_cues.push_back({static_cast<int>(*cit), a, b});
      if (hovered_window && mouse.x >= a.x && mouse.x < b.x && mouse.y >= a.y && mouse.y < b.y)
        hover_claim = static_cast<int>(*cit);
      if (cb == c.cue.begin) {
        const float g = ls.size * 0.36f;
        draw_cue_glyph(dl, c.kind, ImVec2(a.x - g * 0.2f, a.y - g - 1.0f * dpr), g, col);
      }
      if (cb > drawn) dl->AddText(ls.font, ls.size, ImVec2(x_at(drawn), text_top), pal.text, text + drawn, text + cb);
      dl->AddText(ls.font, ls.size, ImVec2(x_at(cb), text_top), col, text + cb, text + ce);
      drawn = ce;
    }
    if (drawn < line.end)
      dl->AddText(ls.font, ls.size, ImVec2(drawn == line.begin ? pos.x : x_at(drawn), text_top), pal.text, text + drawn,
                  text + line.end);
  }

  // Arcs between claims whose spans touch the visible part of the article.
  if (s.show_arcs && visible_begin < visible_end) {
    std::vector<ArcPlan> plans;
    auto top_centre = [&](Span sp, ImVec2& out, float& lh) {
      ImVec2 a, b;
      float l2;
      if (!locate_byte(s, sp.begin, a, lh) || !locate_byte(s, sp.end, b, l2)) return false;
      if (b.y != a.y) b = ImVec2(a.x + 20.0f * dpr, a.y);
      out = ImVec2(origin.x + (a.x + b.x) * 0.5f, origin.y + a.y + 2.0f * dpr);
      return true;
    };
    for (size_t ci = 0; ci < d.claims.size(); ++ci) {
      const Claim& c = d.claims[ci];
      if (c.kind != ClaimKind::Rebuttal || c.rebuts < 0) continue;
      const Claim& acc = d.claims[c.rebuts];
      const uint32_t lo = std::min(c.cue.begin, acc.cue.begin), hi = std::max(c.cue.end, acc.cue.end);
      if (hi < visible_begin || lo > visible_end) continue;
      ArcPlan p;
      if (!top_centre(c.cue, p.a, p.lh) || !top_centre(acc.cue, p.b, p.lh)) continue;
      p.color = claim_color(s.dark, ClaimKind::Rebuttal);
      p.dashed = true;
      p.focused = in_focus_chain(s, static_cast<int>(ci));
      p.bundle = c.rebuts;
      plans.push_back(p);
    }
    // The focused claim's source and target: cue → nearest mention of each.
    const int f = s.hovered_claim >= 0 ? s.hovered_claim : s.selected_claim;
    if (f >= 0 && f < static_cast<int>(d.claims.size())) {
      const Claim& c = d.claims[f];
      for (int who : {c.source, c.target}) {
        const int m = nearest_mention(d, who, c.cue.begin);
        if (m < 0) continue;
        ArcPlan p;
        if (!top_centre(c.cue, p.a, p.lh) || !top_centre(d.mentions[m].span, p.b, p.lh)) continue;
        if (who == c.source) std::swap(p.a, p.b);  // source → cue → target
        p.color = who == c.source ? pal.neutral : claim_color(s.dark, c.kind);
        p.dashed = false;
        p.focused = true;
        p.bundle = -2 - static_cast<int>(plans.size());
        plans.push_back(p);
      }
    }
    emit_arcs(s, plans, origin.x + wrap);
  }
  // A claim being drawn: an arc from the source mention to the mouse (or the mention under it).
  if (s.editor.drawing_claim && s.editor.drag_from_mention >= 0 &&
      s.editor.drag_from_mention < static_cast<int>(d.mentions.size())) {
    ImVec2 at;
    float lh;
    if (locate_byte(s, d.mentions[s.editor.drag_from_mention].span.begin, at, lh)) {
      const ImVec2 a(origin.x + at.x + 4.0f * dpr, origin.y + at.y + 2.0f * dpr);
      ImVec2 b = mouse;
      for (const auto& vm : s.visible_mentions)
        if (vm.mention == s.editor.drop_on_mention) b = ImVec2((vm.min.x + vm.max.x) * 0.5f, vm.min.y + 2.0f * dpr);
      const float lift = std::max(lh, std::fabs(b.x - a.x) * 0.25f);
      const ImVec4 c = ImGui::ColorConvertU32ToFloat4(pal.neutral);
      s.gpu.arcs.push_back({a.x, a.y, a.x, std::min(a.y, b.y) - lift, b.x, std::min(a.y, b.y) - lift, b.x, b.y, c.x,
                            c.y, c.z, 0.95f, 2.6f * dpr, 0, 11.0f * dpr, 0});
    }
  }

  // Hand the batches to the platform's shaders: highlights under the text, arcs over it.
  if (s.gpu.draw_highlights && !s.gpu.highlights.empty()) {
    splitter.SetCurrentChannel(dl, 0);
    dl->AddCallback(s.gpu.draw_highlights, &s.gpu);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
  } else if (!s.gpu.draw_highlights) {  // no shaders (GL error): plain boxes and underlines
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

  // Hover: highlight the actor everywhere and explain it.
  s.hovered_mention = hover_mention;
  s.hovered_actor = hover_mention >= 0 ? d.mentions[hover_mention].actor : -1;
  s.hovered_claim = hover_claim;
  s.tooltip.clear();
  if (hover_mention >= 0) {
    s.tooltip = mention_tooltip(s, hover_mention);
    ImGui::BeginTooltip();
    const Actor& a = d.actors[s.hovered_actor];
    ImGui::PushFont(s.fonts.ui_bold);
    ImGui::ColorButton("##c", parse_hex_color(a.color), ImGuiColorEditFlags_NoTooltip,
                       ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
    ImGui::SameLine();
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 26.0f);
    const size_t nl = s.tooltip.find('\n', s.tooltip.find('\n') + 1);
    ImGui::TextDisabled("%s", std::string(to_string(a.kind)).c_str());
    if (nl != std::string::npos) ImGui::TextUnformatted(s.tooltip.c_str() + nl + 1);
    ImGui::TextDisabled("Right-click to edit; drag to another name to draw a claim");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  } else if (hover_claim >= 0) {
    const Claim& c = d.claims[hover_claim];
    auto name = [&](int a) { return a >= 0 ? d.actors[a].name : std::string("?"); };
    s.tooltip = std::string(to_string(c.kind)) + ": " + name(c.source) + " \xE2\x86\x92 " + name(c.target);
    if (c.rebuts >= 0) s.tooltip += "\nanswers " + d.claims[c.rebuts].id;
    if (c.human) s.tooltip += "\nmarked by you";
    char score[64];
    std::snprintf(score, sizeof score, "\nscore %.2f  CAMEO %s  %s", c.score, c.code.c_str(), c.plover.c_str());
    s.tooltip += score;
    ImGui::SetTooltip("%s\n(right-click to change or delete it)", s.tooltip.c_str());
  }
  handle_editing_mouse(s, hovered_window, hover_mention, hover_claim, origin);
  draw_menus(s);

  ImGui::SetCursorScreenPos(content);
  ImGui::Dummy(ImVec2(avail, top_pad * 2 + L.estimated_height));
  ImGui::EndChild();
}

}  // namespace riposte::ui
