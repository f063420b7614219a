// Writes seed inputs for the fuzz targets that do not read article text (scripts/fuzz runs it in build-fuzz/):
//   riposte_fuzz_seeds OUT TEXT...
// For each TEXT: OUT/json/text-N.json (the engine's riposte/1 output), OUT/codec/text-N.bin and OUT/link/text-N.txt;
// every OUT/json/*.json already there (gold-derived documents written by fuzz/make_seeds.py) is also imported and
// encoded to OUT/codec/ and OUT/link/.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/formats/document_codec.h"
#include "engine/formats/document_import.h"
#include "engine/formats/json_writer.h"
#include "engine/formats/link_codec.h"

namespace fs = std::filesystem;

namespace {
std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}
void write_file(const fs::path& p, const std::string& data) { std::ofstream(p, std::ios::binary) << data; }

// The document with human edits of most kinds (those that apply), so the targets start with "edits" to mutate.
riposte::Document edited(riposte::Document doc) {
  using namespace riposte;
  if (doc.tokens.size() < 12 || doc.actors.size() < 2) return doc;
  const std::string a0 = doc.actors[0].name, a1 = doc.actors[1].name;
  apply_edit(doc, edit::AddMention{doc.tokens[3].span, "Seed person", ActorKind::Person});
  apply_edit(doc, edit::AddMention{doc.tokens[9].span, a1, ActorKind::Group});
  apply_edit(doc, edit::SetAffiliation{"Seed person", a0});
  apply_edit(doc, edit::AddClaim{ClaimKind::Accusation, "Seed person", a1, doc.tokens[5].span, {}, std::nullopt});
  apply_edit(doc, edit::AddClaim{ClaimKind::Rebuttal,
                                 a1,
                                 "Seed person",
                                 doc.tokens[7].span,
                                 {},
                                 claim_ref(doc, static_cast<int>(doc.claims.size()) - 1)});
  apply_edit(doc, edit::SplitActor{a1, "Seed split", ActorKind::Organisation, {doc.tokens[9].span}});
  apply_edit(doc, edit::RenameActor{a0, a0 + " (renamed)"});
  if (!doc.claims.empty()) apply_edit(doc, edit::SetClaimKind{claim_ref(doc, 0), ClaimKind::Support});
  apply_edit(doc, edit::MergeActors{"Seed split", "Seed person"});
  apply_edit(doc, edit::RemoveMention{doc.tokens[3].span});
  return doc;
}
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
    write_file(out / "codec" / ("text-" + std::to_string(i - 2) + ".bin"), riposte::encode_document(doc));
    ++written;
    if (auto link = riposte::encode_share_link(doc, "")) {
      write_file(out / "link" / ("text-" + std::to_string(i - 2) + ".txt"), link.value().url);
      ++written;
    }
    const riposte::Document with_edits = edited(doc);
    write_file(out / "json" / ("edited-" + std::to_string(i - 2) + ".json"), riposte::to_json_string(with_edits));
    ++written;
    write_file(out / "codec" / ("edited-" + std::to_string(i - 2) + ".bin"), riposte::encode_document(with_edits));
    ++written;
  }
  for (const auto& p : existing_json) {
    auto doc = riposte::document_from_json(read_file(p));
    if (!doc) {
      std::fprintf(stderr, "riposte_fuzz_seeds: %s not imported: %s\n", p.c_str(), doc.error().c_str());
      continue;
    }
    write_file(out / "codec" / (p.stem().string() + ".bin"), riposte::encode_document(doc.value()));
    ++written;
    if (auto link = riposte::encode_share_link(doc.value(), "")) {
      write_file(out / "link" / (p.stem().string() + ".txt"), link.value().url);
      ++written;
    }
  }
  std::printf("%d seeds written to %s\n", written, out.c_str());
  return 0;
}
