// Data files from data/ compiled into the engine (see cmake/embed_data.cmake).
#pragma once
#include "engine/lexicon/embedded_file.h"

namespace riposte::data {

using riposte::EmbeddedFile;
std::span<const EmbeddedFile> files();
inline std::string_view file(std::string_view name) { return riposte::find_embedded(files(), name); }

}  // namespace riposte::data
