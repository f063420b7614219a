// One file compiled into a binary by cmake/embed_data.cmake; each embedding namespace (engine data,
// shaders, page data) declares its own files() table over this type.
#pragma once
#include <span>
#include <string_view>

namespace riposte {

struct EmbeddedFile {
  std::string_view name;     // file name in its source folder, e.g. "countries.tsv"
  std::string_view content;  // the file's bytes
};

// The content of the file called `name`, or an empty view when no such file was embedded.
inline std::string_view find_embedded(std::span<const EmbeddedFile> files, std::string_view name) {
  for (const auto& f : files)
    if (f.name == name) return f.content;
  return {};
}

}  // namespace riposte
