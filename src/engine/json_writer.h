// The riposte/1 JSON contract (see ARCHITECTURE.md): byte spans become Unicode code point offsets here
// and nowhere else.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>

#include "engine/document.h"

namespace riposte {

inline constexpr const char* kSchema = "riposte/1";

nlohmann::json to_json(const Document& doc);
std::string to_json_string(const Document& doc, int indent = -1);

}  // namespace riposte
