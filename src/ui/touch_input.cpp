// [SECTION] The view a finger scrolls
// [SECTION] Fingers down, moving, up
// [SECTION] Per frame: long press, scrolling, momentum, the pointer
#include "ui/touch_input.h"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"  // the windows under a point, SetScrollY(window)

namespace riposte::ui {
namespace {

using Mode = TouchState::Mode;

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// [SECTION] The view a finger scrolls
// The top-most window under `p` (as Dear ImGui finds the hovered window), then up its parents to the first one
// that scrolls vertically. 0 when the view under the finger does not scroll.
ImGuiID scrollable_window_at(ImVec2 p) {
  ImGuiContext& g = *GImGui;
  for (int i = g.Windows.Size - 1; i >= 0; --i) {
    ImGuiWindow* w = g.Windows[i];
    if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_NoMouseInputs)) continue;
    if (!w->OuterRectClipped.Contains(p)) continue;
    for (ImGuiWindow* c = w; c; c = c->ParentWindow)
      if (c->ScrollMax.y > 0 && !(c->Flags & ImGuiWindowFlags_NoScrollWithMouse)) return c->ID;
    return 0;
  }
  return 0;
}

// Scrolls the window by `dy` device pixels; false when it is at an end (momentum stops there).
bool scroll_by(ImGuiID id, float dy) {
  ImGuiWindow* w = id ? ImGui::FindWindowByID(id) : nullptr;
  if (!w) return false;
  const float from = w->ScrollTarget.y < FLT_MAX ? w->ScrollTarget.y : w->Scroll.y;
  const float to = std::clamp(from + dy, 0.0f, w->ScrollMax.y);
  ImGui::SetScrollY(w, to);
  return to != from;
}

void place_pointer(AppState& s, ImVec2 p) {
  s.touch.pointer = p;
  ImGui::GetIO().AddMousePosEvent(p.x, p.y);
}

// A click of `button` at `p`: position, press, release. Dear ImGui spreads them over frames (a touch screen has
// no hover before the press), so what is under the finger is hovered first, as a person expects.
void click_at(AppState& s, ImVec2 p, int button) {
  ImGuiIO& io = ImGui::GetIO();
  place_pointer(s, p);
  io.AddMouseButtonEvent(button, true);
  io.AddMouseButtonEvent(button, false);
}

// [SECTION] Fingers down, moving, up
void finger_down(AppState& s, const TouchEvent& e, double now) {
  TouchState& t = s.touch;
  t.fingers.push_back({e.id, e.pos, e.pos, now});
  t.velocity = 0;
  if (t.fingers.size() == 1) {
    if (t.mode == Mode::Dragging) ImGui::GetIO().AddMouseButtonEvent(0, false);
    t.mode = Mode::Pending;
    t.samples = {{e.time, e.pos.y}};
    return;
  }
  if (t.fingers.size() == 2) {  // a second finger: a pinch, whatever the first was doing
    if (t.mode == Mode::Dragging) ImGui::GetIO().AddMouseButtonEvent(0, false);
    t.mode = Mode::Pinching;
    ++t.pinches;
    t.pinch_distance = std::max(1.0f, distance(t.fingers[0].pos, t.fingers[1].pos));
    t.pinch_zoom = s.zoom;
  }
}

// The first move beyond the slop decides: scroll the view under the finger, or drag what is there.
void start_moving(AppState& s, const Finger& f) {
  TouchState& t = s.touch;
  t.scroll_window = scrollable_window_at(f.start);
  if (t.scroll_window) {
    t.mode = Mode::Scrolling;
    place_pointer(s, ImVec2(-FLT_MAX, -FLT_MAX));  // nothing is hovered while the page moves under the finger
    return;
  }
  t.mode = Mode::Dragging;
  place_pointer(s, f.start);
  ImGui::GetIO().AddMouseButtonEvent(0, true);
}

void finger_moved(AppState& s, const TouchEvent& e) {
  TouchState& t = s.touch;
  auto f = std::find_if(t.fingers.begin(), t.fingers.end(), [&](const Finger& x) { return x.id == e.id; });
  if (f == t.fingers.end()) return;
  const ImVec2 previous = f->pos;
  f->pos = e.pos;
  if (t.mode == Mode::Pending && distance(f->start, f->pos) > kTouchSlop * s.dpr) start_moving(s, *f);
  if (t.mode == Mode::Scrolling) {
    t.scroll_pending += previous.y - e.pos.y;  // the finger goes up: further down the text
    t.samples.push_back({e.time, e.pos.y});
    while (t.samples.size() > 2 && e.time - t.samples.front().first > 0.1) t.samples.erase(t.samples.begin());
  } else if (t.mode == Mode::Dragging) {
    place_pointer(s, e.pos);
  } else if (t.mode == Mode::Pinching && t.fingers.size() >= 2) {
    const float ratio = distance(t.fingers[0].pos, t.fingers[1].pos) / t.pinch_distance;
    // Steps of 5%: each zoom bakes the fonts again.
    s.zoom = std::clamp(std::round(t.pinch_zoom * ratio * 20.0f) / 20.0f, 0.6f, 2.5f);
  }
}

// A fling: the finger's speed over its last 100 ms carries the scrolling on.
void fling(TouchState& t, float dpr) {
  if (t.samples.size() < 2) return;
  const double dt = t.samples.back().first - t.samples.front().first;
  if (dt <= 0.005) return;
  const float v = static_cast<float>((t.samples.front().second - t.samples.back().second) / dt);
  if (std::fabs(v) < 100.0f * dpr) return;
  t.velocity = std::clamp(v, -8000.0f * dpr, 8000.0f * dpr);
  ++t.flings;
}

void finger_up(AppState& s, const TouchEvent& e) {
  TouchState& t = s.touch;
  auto f = std::find_if(t.fingers.begin(), t.fingers.end(), [&](const Finger& x) { return x.id == e.id; });
  if (f == t.fingers.end()) return;
  const Finger finger = *f;
  t.fingers.erase(f);
  switch (t.mode) {
    case Mode::Pending:
      if (e.kind == TouchEvent::End) {
        click_at(s, finger.pos, ImGuiMouseButton_Left);
        ++t.taps;
      }
      break;
    case Mode::Scrolling:
      fling(t, s.dpr);
      break;
    case Mode::Dragging:
      ImGui::GetIO().AddMouseButtonEvent(0, false);
      break;
    case Mode::Pinching:
      if (!t.fingers.empty()) return;  // the other finger lifts later: it does nothing
      break;
    default:
      break;
  }
  t.mode = Mode::Idle;
}

}  // namespace

void touch_event(AppState& s, TouchEvent e) { s.touch.queue.push_back(e); }

void pointer_is_mouse(AppState& s) {
  if (!s.touch.active) return;
  s.touch.active = false;
  s.touch.velocity = 0;
  if (ImGui::GetCurrentContext()) ImGui::GetIO().AddMouseSourceEvent(ImGuiMouseSource_Mouse);
}

// [SECTION] Per frame: long press, scrolling, momentum, the pointer
void apply_touch(AppState& s, double now) {
  TouchState& t = s.touch;
  ImGuiIO& io = ImGui::GetIO();
  const double dt = t.last_time > 0 ? std::min(0.1, now - t.last_time) : 0.0;
  t.last_time = now;
  if (!t.queue.empty()) {
    t.active = t.used = true;
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    if (t.pointer.x > -FLT_MAX) io.AddMousePosEvent(t.pointer.x, t.pointer.y);  // over the backend's stale one
  } else if (t.active) {
    io.AddMousePosEvent(t.pointer.x, t.pointer.y);
  }
  for (const TouchEvent& e : t.queue) {
    if (e.kind == TouchEvent::Start)
      finger_down(s, e, now);
    else if (e.kind == TouchEvent::Move)
      finger_moved(s, e);
    else
      finger_up(s, e);
  }
  t.queue.clear();
  if (t.mode == Mode::Pending && t.fingers.size() == 1 && now - t.fingers[0].seen >= kLongPress) {
    click_at(s, t.fingers[0].pos, ImGuiMouseButton_Right);
    t.mode = Mode::LongPressed;
    ++t.long_presses;
  }
  if (t.scroll_pending != 0) {
    scroll_by(t.scroll_window, t.scroll_pending);
    t.scroll_pending = 0;
  }
  if (t.velocity != 0 && t.fingers.empty() && dt > 0) {
    if (!scroll_by(t.scroll_window, t.velocity * static_cast<float>(dt))) t.velocity = 0;
    t.velocity *= static_cast<float>(std::exp(-dt / 0.325));  // the glide of a phone's scrolling
    if (std::fabs(t.velocity) < 20.0f * s.dpr) t.velocity = 0;
  }
}

}  // namespace riposte::ui
