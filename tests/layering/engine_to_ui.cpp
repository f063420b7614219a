// Layering probe: an engine file including the UI (must not compile).
#include "engine/annotator.h"
#include "ui/app_state.h"
