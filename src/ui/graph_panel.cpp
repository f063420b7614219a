// Actors as nodes, claims as directed edges (accusation solid, rebuttal dashed-looking double line),
// laid out by a few force-directed steps per frame; nodes can be dragged.
#include <algorithm>
#include <cmath>

#include "ui/panels.h"
#include "ui/theme.h"

namespace riposte::ui {

void GraphPanel::draw(AppState& s) {
  const Document& d = s.doc;
  // The actors most involved in claims (at most kMaxNodes: the layout is quadratic and a crowd is unreadable).
  constexpr size_t kMaxNodes = 40;
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
  std::vector<bool> used(d.actors.size(), false);
  for (int a : order) used[a] = true;
  if (std::find(used.begin(), used.end(), true) == used.end()) {
    ImGui::TextDisabled("No claims between actors to draw.");
    return;
  }
  if (s.graph_pos.size() != d.actors.size()) {
    s.graph_pos.assign(d.actors.size(), ImVec2(0, 0));
    for (size_t a = 0; a < d.actors.size(); ++a) {  // start on a circle
      const float t = 6.2831853f * static_cast<float>(a) / static_cast<float>(std::max<size_t>(1, d.actors.size()));
      s.graph_pos[a] = ImVec2(std::cos(t) * 0.6f, std::sin(t) * 0.6f);
    }
  }
  // A few relaxation steps (repulsion between nodes, springs along claims, pull to centre).
  for (int step = 0; step < 3; ++step) {
    std::vector<ImVec2> force(d.actors.size(), ImVec2(0, 0));
    for (size_t i = 0; i < d.actors.size(); ++i) {
      if (!used[i]) continue;
      for (size_t j = i + 1; j < d.actors.size(); ++j) {
        if (!used[j]) continue;
        ImVec2 dlt(s.graph_pos[i].x - s.graph_pos[j].x, s.graph_pos[i].y - s.graph_pos[j].y);
        const float d2 = std::max(0.0025f, dlt.x * dlt.x + dlt.y * dlt.y);
        const float f = 0.004f / d2;
        force[i].x += dlt.x * f;
        force[i].y += dlt.y * f;
        force[j].x -= dlt.x * f;
        force[j].y -= dlt.y * f;
      }
      force[i].x -= s.graph_pos[i].x * 0.02f;
      force[i].y -= s.graph_pos[i].y * 0.02f;
    }
    for (const Claim& c : d.claims) {
      if (c.source < 0 || c.target < 0 || c.source == c.target || !used[c.source] || !used[c.target]) continue;
      ImVec2 dlt(s.graph_pos[c.target].x - s.graph_pos[c.source].x, s.graph_pos[c.target].y - s.graph_pos[c.source].y);
      const float len = std::sqrt(dlt.x * dlt.x + dlt.y * dlt.y) + 1e-4f;
      const float f = (len - 0.5f) * 0.03f / len;
      force[c.source].x += dlt.x * f;
      force[c.source].y += dlt.y * f;
      force[c.target].x -= dlt.x * f;
      force[c.target].y -= dlt.y * f;
    }
    for (size_t i = 0; i < d.actors.size(); ++i) {
      if (static_cast<int>(i) == s.graph_drag) continue;
      s.graph_pos[i].x = std::clamp(s.graph_pos[i].x + std::clamp(force[i].x, -0.05f, 0.05f), -1.0f, 1.0f);
      s.graph_pos[i].y = std::clamp(s.graph_pos[i].y + std::clamp(force[i].y, -0.05f, 0.05f), -1.0f, 1.0f);
    }
  }

  const ImVec2 o = ImGui::GetCursorScreenPos();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float size = std::max(100.0f, std::min(avail.x, avail.y));
  const ImVec2 c(o.x + avail.x * 0.5f, o.y + size * 0.5f);
  const float r = size * 0.42f;
  auto screen = [&](int a) { return ImVec2(c.x + s.graph_pos[a].x * r, c.y + s.graph_pos[a].y * r); };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float node = ImGui::GetFontSize() * 0.6f;
  for (size_t ci = 0; ci < d.claims.size(); ++ci) {
    const Claim& cl = d.claims[ci];
    if (cl.source < 0 || cl.target < 0 || cl.source == cl.target || !used[cl.source] || !used[cl.target]) continue;
    const ImVec2 a = screen(cl.source), b = screen(cl.target);
    ImVec2 dir(b.x - a.x, b.y - a.y);
    const float len = std::sqrt(dir.x * dir.x + dir.y * dir.y) + 1e-4f;
    dir = ImVec2(dir.x / len, dir.y / len);
    const ImVec2 n(-dir.y, dir.x);
    const float bend = (cl.kind == ClaimKind::Rebuttal ? 1.0f : -1.0f) * node * 0.6f;
    const ImVec2 a2(a.x + n.x * bend, a.y + n.y * bend),
        b2(b.x + n.x * bend - dir.x * node, b.y + n.y * bend - dir.y * node);
    const bool focused = static_cast<int>(ci) == s.selected_claim || static_cast<int>(ci) == s.hovered_claim ||
                         cl.source == s.selected_actor || cl.target == s.selected_actor;
    ImU32 col = claim_color(s.dark, cl.kind);
    if (!focused && (s.selected_actor >= 0 || s.selected_claim >= 0)) col = (col & 0x00FFFFFF) | 0x50000000;
    dl->AddLine(a2, b2, col, focused ? 3.0f : 1.6f);
    const float h = node * 0.9f;
    dl->AddTriangleFilled(b2, ImVec2(b2.x - dir.x * h + n.x * h * 0.5f, b2.y - dir.y * h + n.y * h * 0.5f),
                          ImVec2(b2.x - dir.x * h - n.x * h * 0.5f, b2.y - dir.y * h - n.y * h * 0.5f), col);
  }
  for (size_t a = 0; a < d.actors.size(); ++a) {
    if (!used[a]) continue;
    const ImVec2 p = screen(static_cast<int>(a));
    const bool sel = static_cast<int>(a) == s.selected_actor || static_cast<int>(a) == s.hovered_actor;
    dl->AddCircleFilled(p, node * (sel ? 1.3f : 1.0f), ImGui::GetColorU32(parse_hex_color(d.actors[a].color)));
    dl->AddCircle(p, node * (sel ? 1.3f : 1.0f), ImGui::GetColorU32(ImGuiCol_Text), 0, sel ? 2.5f : 1.0f);
    dl->AddText(ImVec2(p.x + node * 1.4f, p.y - ImGui::GetFontSize() * 0.5f), ImGui::GetColorU32(ImGuiCol_Text),
                d.actors[a].name.c_str());
    ImGui::SetCursorScreenPos(ImVec2(p.x - node, p.y - node));
    ImGui::PushID(static_cast<int>(a));
    ImGui::InvisibleButton("node", ImVec2(node * 2, node * 2));
    if (s.ui_rects.size() < 400)
      s.ui_rects.push_back({"node-" + d.actors[a].id, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
    if (ImGui::IsItemActive()) {
      s.graph_drag = static_cast<int>(a);
      const ImVec2 m = ImGui::GetIO().MousePos;
      s.graph_pos[a] = ImVec2(std::clamp((m.x - c.x) / r, -1.0f, 1.0f), std::clamp((m.y - c.y) / r, -1.0f, 1.0f));
    } else if (s.graph_drag == static_cast<int>(a)) {
      s.graph_drag = -1;
    }
    if (ImGui::IsItemClicked()) s.selected_actor = static_cast<int>(a);
    if (ImGui::IsItemHovered()) s.hovered_actor = static_cast<int>(a);
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(ImVec2(o.x, o.y + size));
  ImGui::Dummy(ImVec2(1, 1));
}

}  // namespace riposte::ui
