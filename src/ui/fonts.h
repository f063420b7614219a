// The page's fonts: which files, at which sizes (device pixels × zoom), and which glyphs. Baking every glyph
// the font files hold (Latin, Greek, Cyrillic, symbols: ~2,000 per face) was most of a cold start, so the
// atlas holds a base set (ASCII, Latin-1, punctuation, the UI's own symbols) plus the code points of the
// article and of actor names; a new article with new letters marks the fonts stale and they are baked again.
// Building the atlas is here; uploading its texture is the platform's (GL) job.
#pragma once
#include <string>
#include <string_view>

#include "ui/app_state.h"

namespace riposte::ui {

struct FontFiles {
  std::string sans, sans_bold, serif, serif_bold, symbols;  // symbols: arrows, maths, shapes the others lack
};
// The page's subset fonts, preloaded into Emscripten's file system (src/platform/CMakeLists.txt).
FontFiles page_font_files();
// Debian's fonts-noto-core and fonts-dejavu-core (native tests).
FontFiles system_font_files();

// Adds the code points of `utf8` to the glyphs the atlas must hold; marks the fonts stale when one is new.
void request_glyphs(Fonts& fonts, std::string_view utf8);
// Whether the atlas must be built again: new glyphs, or another devicePixelRatio or zoom.
bool fonts_out_of_date(const AppState& state);
// Builds io.Fonts for state.dpr and state.zoom. Falls back to Dear ImGui's built-in font (and returns false)
// when a file cannot be read, so the page still works.
bool bake_fonts(AppState& state, const FontFiles& files);

}  // namespace riposte::ui
