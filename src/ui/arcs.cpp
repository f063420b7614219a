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

// Further apart: out to a margin lane and back. Both controls at x put the curve's rightmost point (t = 1/2)
// at (x0 + x1) / 8 + 3x / 4: x is chosen so that it lies on the lane (with the branches' mean end).
void through_lane(const ArcPlan& p, const Extent& e, float lane_x, float dpr, std::vector<ArcInstance>& out) {
  const float x = (lane_x - (p.from.x + e.x_mean) / 8.0f) / 0.75f;
  const float up = p.line_height * 0.3f;
  const ImVec2 c0(x, p.from.y - up);
  for (const ImVec2& t : p.to) out.push_back(instance(p.from, c0, ImVec2(x, t.y - up), t, p, dpr));
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
    through_lane(p, e, lane_x, r.dpr, out);
  }
}

}  // namespace riposte::ui
