// libFuzzer target over the engine's entry point: Annotator::annotate + to_json on arbitrary bytes.
// No input may crash, hang, or yield a span outside the text, out of order, splitting a UTF-8 sequence, or a
// dangling index (fuzz/document_checks.h). Build and run: scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "engine/annotator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const riposte::Annotator engine;  // built once, as the CLI and the page do
  const riposte::Document doc = engine.annotate(std::string_view(reinterpret_cast<const char*>(data), size));
  riposte_fuzz::check_document(doc);
  riposte_fuzz::check_json(doc);
  return 0;
}
