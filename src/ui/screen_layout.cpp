#include "ui/screen_layout.h"

namespace riposte::ui {

void update_screen(AppState& s, ImVec2 display_size) {
  const float dpr = s.dpr > 0 ? s.dpr : 1.0f;
  s.screen.css_width = display_size.x / dpr;
  s.screen.css_height = display_size.y / dpr;
  s.screen.sheet = s.screen.css_width < kSheetBelow;
  s.screen.touch = s.screen.sheet || s.touch.used;
  if (!s.screen.sheet) {
    s.sheet = SheetStop::Closed;
    s.sheet_drag = -1;
  }
}

}  // namespace riposte::ui
