// Routing the arcs drawn over the article. A rebuttal cue gets one arc that forks into a branch per accusation
// cue it answers (engine/document/claim_groups.h: RebuttalFan), never one arc per claim record; each branch ends
// in one arrowhead. Arcs between nearby lines hop over the text; longer ones are brackets through the right
// margin (along the gaps between lines, down a lane, back to the words), in lanes so that arcs of different
// fans whose heights overlap do not share one. The branches of a fan share their start: they leave the cue as
// one stroke and part on the way.
#pragma once
#include <vector>

#include "ui/app_state.h"

namespace riposte::ui {

struct ArcPlan {
  ImVec2 from{0, 0};       // top centre of the words it starts from (screen pixels)
  std::vector<ImVec2> to;  // top centre of the words each branch ends on (an arrowhead there)
  float line_height = 0;
  ImU32 color = 0;
  bool dashed = false, focused = false;
};

struct ArcRouting {
  float margin_x = 0;   // the right edge of the text: margin lanes start here
  float lane_step = 0;  // between margin lanes
  float dpr = 1;
};

// Appends one ArcInstance per branch of each plan to `out`, shortest arcs first (they are drawn under longer ones).
void route_arcs(std::vector<ArcPlan>& plans, const ArcRouting& routing, std::vector<ArcInstance>& out);

}  // namespace riposte::ui
