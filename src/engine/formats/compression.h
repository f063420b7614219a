// zlib wrappers for share links: raw DEFLATE (RFC 1951, no zlib or gzip header: the link has its own
// framing) and CRC-32. Inflation is bounded by the size the caller expects, so a hostile link cannot
// make the page allocate more than it declared.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/result.h"

namespace riposte {

// Best compression (level 9): links are built once and should be as short as possible.
Result<std::string> deflate_raw(std::string_view data);

// Inflates exactly `expected_size` bytes. Errors: "truncated" (the stream ends early), "corrupt"
// (invalid data, more output than expected, or bytes after the end of the stream).
Result<std::string> inflate_raw(std::string_view compressed, size_t expected_size);

uint32_t crc32_of(std::string_view data);

}  // namespace riposte
