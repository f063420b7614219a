// Draws the views' highlight and arc batches with our own GLSL ES 3.00 programs (shaders/), from
// ImDrawCallbacks placed in ImGui's draw lists; WebGL2 only.
#pragma once
#include <string>

#include "ui/app_state.h"

namespace riposte::platform {

// Compiles the programs and installs the callbacks into batches. Returns false (and the GL log in
// error) when a shader does not compile; the page then falls back to drawing without them.
bool init_gl_renderer(ui::GpuBatches& batches, std::string& error);

}  // namespace riposte::platform
