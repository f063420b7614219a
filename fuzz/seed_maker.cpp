// Writes seed inputs for the fuzz targets that do not read article text (scripts/fuzz runs it in build-fuzz/):
//   riposte_fuzz_seeds OUT TEXT...
// For each TEXT: OUT/json/text-N.json (the engine's riposte/1 output) and, once the binary codec exists,
// OUT/codec/text-N.bin, and once share links exist OUT/link/text-N.txt; every OUT/json/*.json already there
// (gold-derived documents written by fuzz/make_seeds.py) is also imported and encoded to OUT/codec/ and OUT/link/
// when the importer and those codecs exist.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/annotator.h"
#include "engine/json_writer.h"
#if __has_include("engine/document_codec.h")
#include "engine/document_codec.h"
#define RIPOSTE_HAS_CODEC 1
#endif
#if __has_include("engine/link_codec.h")
#include "engine/link_codec.h"
#define RIPOSTE_HAS_LINK 1
#endif
#if __has_include("engine/document_import.h")
#include "engine/document_import.h"
#define RIPOSTE_HAS_IMPORT 1
#endif

namespace fs = std::filesystem;

namespace {
std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}
void write_file(const fs::path& p, const std::string& data) { std::ofstream(p, std::ios::binary) << data; }
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: riposte_fuzz_seeds OUT TEXT...\n");
    return 2;
  }
  const fs::path out = argv[1];
  fs::create_directories(out / "json");
  fs::create_directories(out / "codec");
  fs::create_directories(out / "link");
  std::vector<fs::path> existing_json;
  for (const auto& e : fs::directory_iterator(out / "json")) existing_json.push_back(e.path());
  const riposte::Annotator engine;
  int written = 0;
  for (int i = 2; i < argc; ++i) {
    const riposte::Document doc = engine.annotate(read_file(argv[i]));
    write_file(out / "json" / ("text-" + std::to_string(i - 2) + ".json"), riposte::to_json_string(doc));
    ++written;
#ifdef RIPOSTE_HAS_CODEC
    write_file(out / "codec" / ("text-" + std::to_string(i - 2) + ".bin"), riposte::encode_document(doc));
    ++written;
#endif
#ifdef RIPOSTE_HAS_LINK
    if (auto link = riposte::encode_share_link(doc, "")) {
      write_file(out / "link" / ("text-" + std::to_string(i - 2) + ".txt"), link.value().url);
      ++written;
    }
#endif
  }
#ifdef RIPOSTE_HAS_IMPORT
  for (const auto& p : existing_json) {
    auto doc = riposte::document_from_json(read_file(p));
    if (!doc) {
      std::fprintf(stderr, "riposte_fuzz_seeds: %s not imported: %s\n", p.c_str(), doc.error().c_str());
      continue;
    }
#ifdef RIPOSTE_HAS_CODEC
    write_file(out / "codec" / (p.stem().string() + ".bin"), riposte::encode_document(doc.value()));
    ++written;
#endif
#ifdef RIPOSTE_HAS_LINK
    if (auto link = riposte::encode_share_link(doc.value(), "")) {
      write_file(out / "link" / (p.stem().string() + ".txt"), link.value().url);
      ++written;
    }
#endif
  }
#endif
  std::printf("%d seeds written to %s\n", written, out.c_str());
  return 0;
}
