// Data files from data/ compiled into the engine (see cmake/embed_data.cmake).
#pragma once
#include <span>
#include <string_view>

namespace riposte::data {

struct EmbeddedFile {
  std::string_view name;     // file name inside data/, e.g. "countries.tsv"
  std::string_view content;  // the file's bytes
};

std::span<const EmbeddedFile> files();

// The content of data/<name>, or an empty view when no such file was embedded.
inline std::string_view file(std::string_view name) {
  for (const auto& f : files())
    if (f.name == name) return f.content;
  return {};
}

}  // namespace riposte::data
