// Stable actor colours: one hue family per side (the root of the affiliation chain), distinguishable
// lightness steps inside a side, chosen from a colour-blind-safe base palette.
#pragma once
#include <string>

#include "engine/document.h"

namespace riposte {

void assign_colors(Document& doc);
std::string color_for(std::string_view key, int shade);  // exposed for tests

}  // namespace riposte
