// Fingers on a touch screen, made to behave as people expect (AppState::touch). The platform queues raw touch
// events; once per frame apply_touch turns them into Dear ImGui input and view changes:
//   tap             a left click where the finger was; the pointer stays there, so what was tapped shows its
//                   tooltip (there is no hover on a touch screen) and stays selected;
//   long press      (kLongPress without moving) a right click: the context menu of what is under the finger;
//   drag            scrolls the view under the finger (the article, a panel, a menu), and keeps going after a
//                   fling, slowing down; where nothing scrolls (a Graph node, the sheet's handle) it is a drag;
//   two fingers     pinch to zoom the article's text.
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

inline constexpr double kLongPress = 0.5;  // seconds
inline constexpr float kTouchSlop = 8.0f;  // CSS pixels a finger may wander and still tap

// Queues a touch event (device pixels, seconds) for the next frame.
void touch_event(AppState& state, TouchEvent event);
// A real mouse moved: the pointer is the mouse's again.
void pointer_is_mouse(AppState& state);
// Once per frame, after the platform backend's NewFrame and before ImGui::NewFrame (so that the pointer placed
// here wins over the backend's), at time `now` (seconds).
void apply_touch(AppState& state, double now);

}  // namespace riposte::ui
