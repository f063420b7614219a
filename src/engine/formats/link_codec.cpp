#include "engine/formats/link_codec.h"

#include "engine/formats/base64url.h"
#include "engine/formats/compression.h"
#include "engine/formats/document_import.h"
#include "engine/formats/json_writer.h"

namespace riposte {
namespace {

constexpr size_t kHeaderSize = 8;  // u32le CRC-32 of the rest + u32le payload size

void put_u32le(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

uint32_t get_u32le(std::string_view s, size_t at) {
  uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  return v;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// True when `data` (white space and '=' aside) is exactly what base64url_encode(`decoded`) writes.
bool canonical_base64url(std::string_view data, const std::string& decoded) {
  const std::string again = base64url_encode(decoded);
  size_t k = 0;
  for (char c : data) {
    if (is_space(c) || c == '=') continue;
    if (k >= again.size() || again[k] != c) return false;
    ++k;
  }
  return k == again.size();
}

Result<std::string> fail(const std::string& message) { return Result<std::string>::failure(message); }

}  // namespace

Result<ShareLink> encode_share_link(const Document& doc, std::string_view base_url) {
  const std::string payload = to_json_string(doc);
  if (payload.size() > kMaxLinkPayload)
    return Result<ShareLink>::failure("the article is too large for a link (" + std::to_string(payload.size() >> 20) +
                                      " MB of JSON); save it as a .riposte.json file instead");
  auto compressed = deflate_raw(payload);
  if (!compressed) return Result<ShareLink>::failure(compressed.error());
  std::string body;
  body.reserve(4 + compressed.value().size());
  put_u32le(body, static_cast<uint32_t>(payload.size()));
  body += compressed.value();
  std::string frame;
  frame.reserve(4 + body.size());
  put_u32le(frame, crc32_of(body));
  frame += body;

  ShareLink link;
  const std::string_view base = base_url.substr(0, base_url.find('#'));
  link.url.reserve(base.size() + 4 + frame.size() * 4 / 3 + 4);
  link.url.append(base).append("#").append(kLinkFormat).append(".").append(base64url_encode(frame));
  link.too_long = link.url.size() > kComfortableLinkLength;
  return Result<ShareLink>::success(std::move(link));
}

Result<std::string> decode_share_link_json(std::string_view link) {
  link = trim(link);
  if (const size_t hash = link.find('#'); hash != std::string_view::npos) link.remove_prefix(hash + 1);
  // "r<digits>." names the format.
  size_t dot = link.find('.');
  const bool versioned = !link.empty() && link[0] == 'r' && dot != std::string_view::npos && dot > 1 &&
                         link.substr(1, dot - 1).find_first_not_of("0123456789") == std::string_view::npos;
  if (!versioned) return fail("not a Riposte share link (its fragment should start with \"#r1.\")");
  if (link.substr(0, dot) != kLinkFormat)
    return fail("this link was made by a newer version of Riposte (format " + std::string(link.substr(0, dot)) +
                "); this version reads " + std::string(kLinkFormat));
  const std::string_view data = link.substr(dot + 1);
  auto frame = base64url_decode(data);
  if (!frame) {
    if (frame.error().rfind("incomplete", 0) == 0)
      return fail("the link is truncated: it was probably cut off when copied");
    return fail("the link is damaged: " + frame.error());
  }
  const std::string_view f = frame.value();
  if (f.size() < kHeaderSize) return fail("the link is truncated: it was probably cut off when copied");
  const uint32_t crc = get_u32le(f, 0);
  const uint32_t size = get_u32le(f, 4);
  const bool intact = crc32_of(f.substr(4)) == crc;
  if (size > kMaxLinkPayload) {
    return fail(intact ? "the link holds " + std::to_string(size >> 20) + " MB, more than this page accepts"
                       : "the link is damaged: checksum mismatch");
  }
  auto payload = inflate_raw(f.substr(kHeaderSize), size);
  // A cut-off link also fails the checksum; inflating tells the two apart for the message.
  if (!payload && payload.error().rfind("truncated", 0) == 0)
    return fail("the link is truncated: it was probably cut off when copied");
  if (!intact) return fail("the link is damaged: checksum mismatch");
  if (!payload) return fail("the link is damaged: " + payload.error());
  // The bits base64 leaves unused must be those the encoder wrote (zero): every altered character
  // of a link is then an error, not a silent no-op.
  if (!canonical_base64url(data, frame.value())) return fail("the link is damaged: unexpected final character");
  return payload;
}

Result<Document> decode_share_link(std::string_view link) {
  auto json = decode_share_link_json(link);
  if (!json) return Result<Document>::failure(json.error());
  auto doc = document_from_json(json.value());
  if (!doc) return Result<Document>::failure("the link's document is invalid: " + doc.error());
  return doc;
}

}  // namespace riposte
