// GLSL ES 3.00 sources from shaders/, compiled into the page (see cmake/embed_data.cmake).
#pragma once
#include <span>
#include <string_view>

namespace riposte::shaders {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

std::span<const EmbeddedFile> files();

inline std::string_view file(std::string_view name) {
  for (const auto& f : files())
    if (f.name == name) return f.content;
  return {};
}

}  // namespace riposte::shaders
