// Share links: the article text and its full annotation in a URL fragment, so that a link opens the
// exact same annotated article on another machine with no server, even after the engine changes.
//
//   <page URL>#r1.<base64url( u32le CRC-32 of what follows | u32le payload size | raw DEFLATE of payload )>
//
// The payload is the riposte/1 JSON document (json_writer, compact; text included). "r1" is the
// format version (a later format gets "r2" and this decoder says so). The CRC covers the compressed
// bytes, so any changed character is detected for certain (a burst of at most 32 bits) before
// anything is inflated; base64url is unpadded and must be canonical. The fragment never reaches a
// server. The same code runs in the CLI (`riposte link`) and in the page.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "engine/document/document.h"
#include "engine/result.h"

namespace riposte {

inline constexpr std::string_view kLinkFormat = "r1";
// Longer links are "too long": some browsers, chat apps and mail clients truncate them. The page then
// offers a .riposte.json download instead.
inline constexpr size_t kComfortableLinkLength = 16000;
// Decoding refuses a payload declared larger than this (a hostile link must not exhaust memory).
inline constexpr size_t kMaxLinkPayload = size_t{64} << 20;

struct ShareLink {
  std::string url;        // base URL (its own fragment removed) + "#r1." + data; ASCII only
  bool too_long = false;  // url.size() > kComfortableLinkLength
};

// Encodes `doc` (text and annotation) as a link on `base_url` (may be empty: the link is then just
// "#r1...."). Fails only if compression fails (out of memory) or the payload exceeds kMaxLinkPayload.
Result<ShareLink> encode_share_link(const Document& doc, std::string_view base_url);

// Decodes a whole link, a fragment ("#r1.…") or the bare data ("r1.…"); surrounding white space and
// line breaks inserted by mail clients are ignored. Damaged, truncated or foreign links give an error
// value whose message can be shown to the user as is; nothing is ever partially decoded.
Result<Document> decode_share_link(std::string_view link);
// The same, stopping at the riposte/1 JSON text (checked for integrity, not yet validated as a document).
Result<std::string> decode_share_link_json(std::string_view link);

}  // namespace riposte
