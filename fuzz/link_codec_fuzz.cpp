// libFuzzer target over the share-link decoder (links are untrusted: pasted, truncated, edited by mail clients):
// decode_share_link must never throw or crash, and a link it accepts must hold a consistent Document
// (fuzz/document_checks.h) that encodes to a link decoding to the same riposte/1 JSON. Random mutations mostly
// stop at the CRC-32 check; json_import_fuzz covers the document validation behind it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "engine/formats/link_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto decoded = riposte::decode_share_link(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded) {
    FUZZ_CHECK(!decoded.error().empty());
    return 0;
  }
  const riposte::Document& doc = decoded.value();
  riposte_fuzz::check_document(doc);
  riposte_fuzz::check_json(doc);
  auto link = riposte::encode_share_link(doc, "");
  FUZZ_CHECK(link.ok());
  auto again = riposte::decode_share_link(link.value().url);
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(riposte::to_json_string(again.value()) == riposte::to_json_string(doc));
  return 0;
}
