// libFuzzer target over the binary Document codec the page's worker uses: decode_document must reject any
// malformed bytes without throwing or crashing, and what it accepts must be a consistent Document
// (fuzz/document_checks.h, edits included; the codec does not carry tokens) that re-encodes to a decodable
// equal form whose JSON is the same.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "engine/formats/document_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto doc = riposte::decode_document(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!doc) return 0;
  riposte_fuzz::check_document(*doc, /*has_tokens=*/false);
  riposte_fuzz::check_json(*doc);
  const std::string encoded = riposte::encode_document(*doc);
  auto again = riposte::decode_document(encoded);
  FUZZ_CHECK(again.has_value());
  FUZZ_CHECK(riposte::encode_document(*again) == encoded);
  FUZZ_CHECK(again->edits.size() == doc->edits.size());
  FUZZ_CHECK(riposte::to_json_string(*again) == riposte::to_json_string(*doc));
  return 0;
}
