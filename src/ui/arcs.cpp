#include "ui/arcs.h"

#include <algorithm>
#include <cmath>

namespace riposte::ui {
namespace {

constexpr size_t kMaxLane = 8;

struct Extent {
  float y0, y1;  // top and bottom of everything the plan joins
  float x_mean;  // mean x of its branch ends
  float span_x;  // widest horizontal distance from its start to a branch end
};

Extent extent_of(const ArcPlan& p) {
  Extent e{p.from.y, p.from.y, 0, 0};
  for (const ImVec2& t : p.to) {
    e.y0 = std::min(e.y0, t.y);
    e.y1 = std::max(e.y1, t.y);
    e.x_mean += t.x;
    e.span_x = std::max(e.span_x, std::fabs(t.x - p.from.x));
  }
  e.x_mean /= static_cast<float>(std::max<size_t>(1, p.to.size()));
  return e;
}

ArcInstance instance(ImVec2 p0, ImVec2 c0, ImVec2 c1, ImVec2 p1, const ArcPlan& p, float dpr) {
  ImVec4 c = ImGui::ColorConvertU32ToFloat4(p.color);
  c.w = p.focused ? 0.95f : 0.28f;
  const float width = (p.focused ? 2.6f : 1.6f) * dpr;
  const float dash = p.dashed ? 6.0f * dpr : 0.0f;
  const float arrow = (p.focused ? 11.0f : 8.0f) * dpr;
  return {p0.x, p0.y, c0.x, c0.y, c1.x, c1.y, p1.x, p1.y, c.x, c.y, c.z, c.w, width, dash, arrow, 0};
}

// Within a couple of lines: a hop over the text. Every branch shares the start and first control point.
void hop(const ArcPlan& p, const Extent& e, float dpr, std::vector<ArcInstance>& out) {
  const float lift = p.line_height * (0.9f + 0.002f * e.span_x);
  const ImVec2 c0(p.from.x, std::min(p.from.y, e.y0) - lift);
  for (const ImVec2& t : p.to) out.push_back(instance(p.from, c0, ImVec2(t.x, t.y - lift), t, p, dpr));
}

// A straight stroke as a cubic with evenly spaced controls: its dashes then fall at the same places along any
// stroke that starts at the same point (the shared part of a fan's branches).
ArcInstance straight(ImVec2 a, ImVec2 b, const ArcPlan& p, float dpr) {
  ArcInstance inst = instance(a, ImVec2(a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3),
                              ImVec2(a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3), b, p, dpr);
  inst.arrow = 0;
  return inst;
}

// Further apart: a bracket through the margin, so the arc crosses no words. It leaves the cue along the gap above
// its line (the line box's top: `from` is 2 px below it), runs down (or up) the lane, and comes back along the gap
// above each accusation's line to an arrowhead on its words. The exit is drawn once per fan; each branch runs
// the lane from the exit to its own turn, so the branches share their start and part in the lane.
void through_lane(const ArcPlan& p, float lane_x, float dpr, std::vector<ArcInstance>& out) {
  const float gap = 3.0f * dpr;
  const float r = std::min(p.line_height * 0.5f, 8.0f * dpr);  // how soon the entry bends towards the words
  const float gy0 = p.from.y - gap;
  ArcInstance exit = instance(p.from, ImVec2(p.from.x, gy0), ImVec2(lane_x - r, gy0), ImVec2(lane_x, gy0), p, dpr);
  exit.arrow = 0;
  out.push_back(exit);
  for (const ImVec2& t : p.to) {
    const float gy1 = t.y - gap, dir = gy1 > gy0 ? 1.0f : -1.0f;
    const ImVec2 turn(lane_x, gy1 - dir * r);
    out.push_back(straight(ImVec2(lane_x, gy0), turn, p, dpr));
    out.push_back(instance(turn, ImVec2(lane_x, gy1), ImVec2(t.x + (lane_x - t.x) * 0.15f, gy1), t, p, dpr));
  }
}

}  // namespace

void route_arcs(std::vector<ArcPlan>& plans, const ArcRouting& r, std::vector<ArcInstance>& out) {
  std::vector<Extent> extents;
  extents.reserve(plans.size());
  for (const ArcPlan& p : plans) extents.push_back(extent_of(p));
  std::vector<size_t> order(plans.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](size_t a, size_t b) { return extents[a].y1 - extents[a].y0 < extents[b].y1 - extents[b].y0; });
  std::vector<std::pair<float, float>> lanes;  // y-extent taken in each lane so far
  for (size_t i : order) {
    const ArcPlan& p = plans[i];
    const Extent& e = extents[i];
    if (p.to.empty()) continue;
    if (e.y1 - e.y0 < p.line_height * 2.5f) {
      hop(p, e, r.dpr, out);
      continue;
    }
    size_t lane = 0;
    while (lane < lanes.size() && lane < kMaxLane && !(lanes[lane].second < e.y0 || lanes[lane].first > e.y1)) ++lane;
    if (lane == lanes.size())
      lanes.push_back({e.y0, e.y1});
    else
      lanes[lane] = {std::min(lanes[lane].first, e.y0), std::max(lanes[lane].second, e.y1)};
    const float lane_x = r.margin_x + 14.0f * r.dpr + r.lane_step * static_cast<float>(std::min(lane, kMaxLane));
    through_lane(p, lane_x, r.dpr, out);
  }
}

}  // namespace riposte::ui
