// The Graph panel: actors as nodes grouped by side (each side a cluster on a ring, named in its colour), claims
// as arrows from speaker to target (accusation red, rebuttal blue, support green), under a legend. A few
// force-directed steps per frame keep clusters apart and members near their side; nodes can be dragged.
//
// [SECTION] Which actors, and where they start
// [SECTION] Relaxation
// [SECTION] Drawing: legend, edges, nodes, side names
// [SECTION] GraphPanel::draw
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <map>

#include "ui/panels.h"
#include "ui/theme.h"
#include "ui/toolbar.h"

namespace riposte::ui {
namespace {

constexpr size_t kMaxNodes = 40;  // the layout is quadratic and a crowd is unreadable
constexpr float kTau = 6.2831853f;

struct GraphFrame {
  std::vector<bool> used;        // actor is a node
  std::vector<int> side;         // the cluster each node belongs to (the root of its affiliation chain)
  std::map<int, ImVec2> centre;  // each side's place on the ring (graph units)
  ImVec2 c{0, 0};                // screen centre
  float r = 1, node = 1;         // screen radius of the graph; node radius
  ImVec2 screen(const AppState& s, int a) const {
    return ImVec2(c.x + s.graph_pos[a].x * r, c.y + s.graph_pos[a].y * r);
  }
};

// [SECTION] Which actors, and where they start
// The actors most involved in claims, each with its side; sides get places on a ring, most involved first.
GraphFrame choose_nodes(const AppState& s) {
  const Document& d = s.doc;
  GraphFrame g;
  std::vector<int> involvement(d.actors.size(), 0);
  for (const Claim& c : d.claims) {
    if (c.source >= 0) ++involvement[c.source];
    if (c.target >= 0) ++involvement[c.target];
  }
  std::vector<int> order;
  for (size_t a = 0; a < d.actors.size(); ++a)
    if (involvement[a]) order.push_back(static_cast<int>(a));
  std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return involvement[x] > involvement[y]; });
  if (order.size() > kMaxNodes) order.resize(kMaxNodes);
  g.used.assign(d.actors.size(), false);
  g.side.assign(d.actors.size(), -1);
  std::vector<int> sides;
  for (int a : order) {
    g.used[a] = true;
    g.side[a] = s.actor_side.size() > static_cast<size_t>(a) && s.actor_side[a] >= 0 ? s.actor_side[a] : a;
    if (std::find(sides.begin(), sides.end(), g.side[a]) == sides.end()) sides.push_back(g.side[a]);
  }
  for (size_t k = 0; k < sides.size(); ++k) {
    const float t = kTau * static_cast<float>(k) / static_cast<float>(sides.size()) - kTau / 4;
    const float ring = sides.size() == 1 ? 0.0f : 0.6f;
    g.centre[sides[k]] = ImVec2(std::cos(t) * ring, std::sin(t) * ring);
  }
  return g;
}

// A new article: each node starts near its side's place on the ring, members spread around it.
void place_initially(AppState& s, const GraphFrame& g) {
  const size_t n = s.doc.actors.size();
  if (s.graph_pos.size() == n && s.graph_pinned.size() == n) return;
  s.graph_pos.assign(n, ImVec2(0, 0));
  s.graph_pinned.assign(n, false);
  std::map<int, int> placed;
  for (size_t a = 0; a < n; ++a) {
    if (!g.used[a]) continue;
    const ImVec2 centre = g.centre.at(g.side[a]);
    const int k = placed[g.side[a]]++;
    const float t = kTau * 0.382f * static_cast<float>(k);  // golden angle: members spread evenly
    const float rr = 0.08f + 0.05f * std::sqrt(static_cast<float>(k));
    s.graph_pos[a] = ImVec2(centre.x + std::cos(t) * rr, centre.y + std::sin(t) * rr);
  }
}

// [SECTION] Relaxation
// Repulsion between nodes (stronger across sides), a pull towards the side's place, short springs along claims.
void relax(AppState& s, const GraphFrame& g) {
  const Document& d = s.doc;
  const size_t n = d.actors.size();
  std::vector<ImVec2> force(n, ImVec2(0, 0));
  for (size_t i = 0; i < n; ++i) {
    if (!g.used[i]) continue;
    for (size_t j = i + 1; j < n; ++j) {
      if (!g.used[j]) continue;
      const ImVec2 dlt(s.graph_pos[i].x - s.graph_pos[j].x, s.graph_pos[i].y - s.graph_pos[j].y);
      const float d2 = std::max(0.0025f, dlt.x * dlt.x + dlt.y * dlt.y);
      const float f = (g.side[i] == g.side[j] ? 0.0015f : 0.004f) / d2;
      force[i] = ImVec2(force[i].x + dlt.x * f, force[i].y + dlt.y * f);
      force[j] = ImVec2(force[j].x - dlt.x * f, force[j].y - dlt.y * f);
    }
    const ImVec2 home = g.centre.at(g.side[i]);
    force[i].x += (home.x - s.graph_pos[i].x) * 0.06f;
    force[i].y += (home.y - s.graph_pos[i].y) * 0.06f;
  }
  for (const Claim& c : d.claims) {
    if (c.source < 0 || c.target < 0 || c.source == c.target || !g.used[c.source] || !g.used[c.target]) continue;
    const ImVec2 dlt(s.graph_pos[c.target].x - s.graph_pos[c.source].x,
                     s.graph_pos[c.target].y - s.graph_pos[c.source].y);
    const float len = std::sqrt(dlt.x * dlt.x + dlt.y * dlt.y) + 1e-4f;
    const float f = (len - 0.5f) * 0.01f / len;
    force[c.source] = ImVec2(force[c.source].x + dlt.x * f, force[c.source].y + dlt.y * f);
    force[c.target] = ImVec2(force[c.target].x - dlt.x * f, force[c.target].y - dlt.y * f);
  }
  for (size_t i = 0; i < n; ++i) {
    if (!g.used[i] || static_cast<int>(i) == s.graph_drag || s.graph_pinned[i]) continue;
    s.graph_pos[i].x = std::clamp(s.graph_pos[i].x + std::clamp(force[i].x, -0.05f, 0.05f), -1.0f, 1.0f);
    s.graph_pos[i].y = std::clamp(s.graph_pos[i].y + std::clamp(force[i].y, -0.05f, 0.05f), -1.0f, 1.0f);
  }
}

// [SECTION] Drawing: legend, edges, nodes, side names
void legend_entry(ImDrawList* dl, ImU32 col, const char* label, bool& first) {
  if (!first) ImGui::SameLine(0, ImGui::GetFontSize());
  first = false;
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float f = ImGui::GetFontSize(), y = p.y + f * 0.55f;
  dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + f * 1.4f, y), col, 2.0f);
  dl->AddTriangleFilled(ImVec2(p.x + f * 1.8f, y), ImVec2(p.x + f * 1.3f, y - f * 0.3f),
                        ImVec2(p.x + f * 1.3f, y + f * 0.3f), col);
  ImGui::Dummy(ImVec2(f * 2.0f, f));
  ImGui::SameLine(0, f * 0.3f);
  ImGui::TextUnformatted(label);
}

void draw_legend(AppState& s) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImGui::BeginGroup();
  bool first = true;
  legend_entry(dl, claim_color(s.dark, ClaimKind::Accusation), "accuses", first);
  legend_entry(dl, claim_color(s.dark, ClaimKind::Rebuttal), "rebuts", first);
  legend_entry(dl, claim_color(s.dark, ClaimKind::Support), "supports", first);
  ImGui::PushTextWrapPos(0);
  ImGui::TextDisabled("Arrows point from the speaker to whom it is about. Actors are grouped and coloured by side.");
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  record_item(s, "graph-legend");
}

void draw_edges(const AppState& s, const GraphFrame& g, ImDrawList* dl) {
  const Document& d = s.doc;
  for (size_t ci = 0; ci < d.claims.size(); ++ci) {
    const Claim& cl = d.claims[ci];
    if (cl.source < 0 || cl.target < 0 || cl.source == cl.target || !g.used[cl.source] || !g.used[cl.target]) continue;
    const ImVec2 a = g.screen(s, cl.source), b = g.screen(s, cl.target);
    ImVec2 dir(b.x - a.x, b.y - a.y);
    const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y) + 1e-4f;
    dir = ImVec2(dir.x / len, dir.y / len);
    const ImVec2 n(-dir.y, dir.x);
    const float bend = (cl.kind == ClaimKind::Rebuttal ? 1.0f : -1.0f) * g.node * 0.6f;  // both ways: side by side
    const ImVec2 a2(a.x + n.x * bend, a.y + n.y * bend),
        b2(b.x + n.x * bend - dir.x * g.node, b.y + n.y * bend - dir.y * g.node);
    const bool focused = static_cast<int>(ci) == s.selected_claim || static_cast<int>(ci) == s.hovered_claim ||
                         cl.source == s.selected_actor || cl.target == s.selected_actor;
    ImU32 col = claim_color(s.dark, cl.kind);
    if (!focused && (s.selected_actor >= 0 || s.selected_claim >= 0)) col = (col & 0x00FFFFFF) | 0x50000000;
    dl->AddLine(a2, b2, col, (focused ? 3.0f : 1.6f) * s.dpr);
    const float h = g.node * 0.9f;
    dl->AddTriangleFilled(b2, ImVec2(b2.x - dir.x * h + n.x * h * 0.5f, b2.y - dir.y * h + n.y * h * 0.5f),
                          ImVec2(b2.x - dir.x * h - n.x * h * 0.5f, b2.y - dir.y * h - n.y * h * 0.5f), col);
  }
}

// Each side's name above its cluster, in its colour (a side of one actor is named by its node).
void draw_side_names(const AppState& s, const GraphFrame& g, ImDrawList* dl) {
  for (const auto& [side, centre] : g.centre) {
    int members = 0;
    float top = FLT_MAX, x = 0;
    for (size_t a = 0; a < g.used.size(); ++a)
      if (g.used[a] && g.side[a] == side) {
        ++members;
        const ImVec2 p = g.screen(s, static_cast<int>(a));
        top = std::min(top, p.y);
        x += p.x;
      }
    if (members < 2) continue;
    const char* name = s.doc.actors[side].name.c_str();
    const ImVec2 size = ImGui::CalcTextSize(name);
    ImVec4 col = parse_hex_color(s.doc.actors[side].color);
    dl->AddText(ImVec2(x / members - size.x * 0.5f, top - g.node * 1.6f - size.y), ImGui::GetColorU32(col), name);
  }
}

// Nodes: the actor's colour, a ring when selected or hovered; each an invisible button to click or drag.
void draw_nodes(AppState& s, const GraphFrame& g, ImDrawList* dl) {
  const Document& d = s.doc;
  const float hit = std::max(g.node * 2, s.screen.touch ? kTouchTarget * s.dpr : 0.0f);
  for (size_t a = 0; a < d.actors.size(); ++a) {
    if (!g.used[a]) continue;
    const ImVec2 p = g.screen(s, static_cast<int>(a));
    const bool sel = static_cast<int>(a) == s.selected_actor || static_cast<int>(a) == s.hovered_actor;
    dl->AddCircleFilled(p, g.node * (sel ? 1.3f : 1.0f), ImGui::GetColorU32(parse_hex_color(d.actors[a].color)));
    dl->AddCircle(p, g.node * (sel ? 1.3f : 1.0f), ImGui::GetColorU32(ImGuiCol_Text), 0, sel ? 2.5f : 1.0f);
    dl->AddText(ImVec2(p.x + g.node * 1.4f, p.y - ImGui::GetFontSize() * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                d.actors[a].name.c_str());
    ImGui::SetCursorScreenPos(ImVec2(p.x - hit * 0.5f, p.y - hit * 0.5f));
    ImGui::PushID(static_cast<int>(a));
    ImGui::InvisibleButton("node", ImVec2(hit, hit));
    if (s.ui_rects.size() < 400) record_item(s, "node-" + d.actors[a].id);
    if (ImGui::IsItemActive()) {
      s.graph_drag = static_cast<int>(a);
      const ImVec2 m = ImGui::GetIO().MousePos;
      s.graph_pos[a] =
          ImVec2(std::clamp((m.x - g.c.x) / g.r, -1.0f, 1.0f), std::clamp((m.y - g.c.y) / g.r, -1.0f, 1.0f));
    } else if (s.graph_drag == static_cast<int>(a)) {
      s.graph_drag = -1;
      s.graph_pinned[a] = true;  // put there on purpose: the layout leaves it there
    }
    if (ImGui::IsItemClicked()) s.selected_actor = static_cast<int>(a);
    if (ImGui::IsItemHovered()) s.hovered_actor = static_cast<int>(a);
    ImGui::PopID();
  }
}

}  // namespace

// [SECTION] GraphPanel::draw
void GraphPanel::draw(AppState& s) {
  GraphFrame g = choose_nodes(s);
  if (g.centre.empty()) {
    ImGui::TextDisabled("No claims between actors to draw.");
    return;
  }
  draw_legend(s);
  place_initially(s, g);
  for (int step = 0; step < 3; ++step) relax(s, g);
  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float size = std::max(100.0f, std::min(avail.x, avail.y));
  g.c = ImVec2(o.x + avail.x * 0.5f, o.y + size * 0.5f);
  g.r = size * 0.40f;
  g.node = ImGui::GetFontSize() * 0.6f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  draw_edges(s, g, dl);
  draw_side_names(s, g, dl);
  draw_nodes(s, g, dl);
  ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + size));
  ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace riposte::ui
