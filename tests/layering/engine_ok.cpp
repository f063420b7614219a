// Layering probe: what an engine file may include (must compile).
#include "engine/annotator.h"
