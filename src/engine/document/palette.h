// Stable actor colours: one hue family per side (the root of the affiliation chain), distinguishable
// lightness steps inside a side, chosen from a colour-blind-safe base palette.
#pragma once
#include <string>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

void assign_colors(Document& doc);
// After a person's edit: actors with keep[a] (same side as before) keep their colour; the others get what
// assign_colors would give them, avoiding the hues the kept sides hold. With no actor kept it is assign_colors.
void assign_colors_keeping(Document& doc, const std::vector<bool>& keep);
std::string color_for(std::string_view key, int shade);  // exposed for tests

}  // namespace riposte
