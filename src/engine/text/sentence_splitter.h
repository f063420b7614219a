// Sentence boundaries over tokens: survives "Mr.", "U.S.", "No 10", initials, headlines without
// full stops, and quotes that end a sentence ("... wrong," he said. / "... wrong." He said).
#pragma once
#include <string_view>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

std::vector<Sentence> split_sentences(std::string_view text, const std::vector<Token>& tokens);

}  // namespace riposte
