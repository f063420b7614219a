// Page data (the sample article in web/) compiled into the UI (see cmake/embed_data.cmake).
#pragma once
#include "engine/lexicon/embedded_file.h"

namespace riposte::ui_data {

using riposte::EmbeddedFile;
std::span<const EmbeddedFile> files();
inline std::string_view file(std::string_view name) { return riposte::find_embedded(files(), name); }

}  // namespace riposte::ui_data
