// Layering probe: an engine file including Dear ImGui (must not compile).
#include "engine/annotator.h"
#include "imgui.h"
