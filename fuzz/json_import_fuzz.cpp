// requires: src/engine/document_import.h
// libFuzzer target over the riposte/1 JSON importer (share links and .riposte.json files are untrusted):
// document_from_json must never throw or crash, and what it accepts must be a consistent Document
// (fuzz/document_checks.h) that survives a second round trip unchanged (the importer promises losslessness).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "engine/document_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto imported = riposte::document_from_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!imported) {
    FUZZ_CHECK(!imported.error().empty());
    return 0;
  }
  const riposte::Document& doc = imported.value();
  riposte_fuzz::check_document(doc);
  riposte_fuzz::check_json(doc);
  const std::string once = riposte::to_json_string(doc);
  auto again = riposte::document_from_json(once);
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(riposte::to_json_string(again.value()) == once);
  return 0;
}
