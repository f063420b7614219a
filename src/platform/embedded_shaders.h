// GLSL ES 3.00 sources from shaders/, compiled into the page (see cmake/embed_data.cmake).
#pragma once
#include "engine/lexicon/embedded_file.h"

namespace riposte::shaders {

using riposte::EmbeddedFile;
std::span<const EmbeddedFile> files();
inline std::string_view file(std::string_view name) { return riposte::find_embedded(files(), name); }

}  // namespace riposte::shaders
