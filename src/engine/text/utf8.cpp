#include "engine/text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace riposte {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t well_formed_utf8_length(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  size_t len;
  char32_t cp;
  if (b >= 0xC2 && b <= 0xDF) {
    len = 2;
    cp = b & 0x1F;
  } else if (b >= 0xE0 && b <= 0xEF) {
    len = 3;
    cp = b & 0x0F;
  } else if (b >= 0xF0 && b <= 0xF4) {
    len = 4;
    cp = b & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
    return 0;
  return len;
}

RepairedText repair_utf8(std::string_view in) {
  RepairedText r;
  // Fast path: most input is valid; validate first and copy once.
  r.text.reserve(in.size());
  size_t i = 0;
  const size_t n = in.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(in[i]);
    if (b < 0x80) {
      // Copy the whole ASCII run at once.
      size_t j = i + 1;
      // Eight bytes at a time while none has its high bit set (most of an article), then byte by byte.
      for (uint64_t chunk; j + 8 <= n; j += 8) {
        std::memcpy(&chunk, in.data() + j, 8);
        if (chunk & 0x8080808080808080ull) break;
      }
      while (j < n && static_cast<unsigned char>(in[j]) < 0x80) ++j;
      r.text.append(in.data() + i, j - i);
      i = j;
      continue;
    }
    int needed = 0;
    unsigned char lower = 0x80, upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      needed = 2;
      if (b == 0xE0) lower = 0xA0;
      if (b == 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      needed = 3;
      if (b == 0xF0) lower = 0x90;
      if (b == 0xF4) upper = 0x8F;
    } else {
      // Not a lead byte: one replacement for this byte.
      if (r.replacements++ == 0) r.first_invalid = static_cast<uint32_t>(i);
      append_utf8(r.text, 0xFFFD);
      ++i;
      continue;
    }
    size_t j = i + 1;
    int seen = 0;
    bool ok = true;
    while (seen < needed) {
      if (j >= n) {
        ok = false;
        break;
      }
      const auto c = static_cast<unsigned char>(in[j]);
      if (c < lower || c > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      ++seen;
      ++j;
    }
    if (ok) {
      r.text.append(in.data() + i, j - i);
    } else {
      // The maximal subpart [i, j) becomes one U+FFFD; the offending byte is decoded afresh.
      if (r.replacements++ == 0) r.first_invalid = static_cast<uint32_t>(i);
      append_utf8(r.text, 0xFFFD);
    }
    i = j;
  }
  return r;
}

char32_t decode_utf8(std::string_view s, size_t& i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t cp = b & (0x3F >> (len - 1));
  size_t k = 1;
  for (; k < static_cast<size_t>(len) && i + k < s.size() && is_continuation(static_cast<unsigned char>(s[i + k])); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += k;
  return cp;
}

CodepointIndex::CodepointIndex(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / kStride + 2);
  uint32_t count = 0;
  // Block by block (no modulo per byte; the inner loop vectorises).
  for (size_t block = 0; block < text.size(); block += kStride) {
    checkpoints_.push_back(count);
    const size_t end = std::min<size_t>(block + kStride, text.size());
    uint32_t starts = 0;
    for (size_t i = block; i < end; ++i) starts += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    count += starts;
  }
  if (text.size() % kStride == 0) checkpoints_.push_back(count);
  total_ = count;
}

namespace {

// The continuation bytes (10xxxxxx) among eight: bit 7 set and bit 6 clear, summed by one multiply (the target
// has no popcount instruction; std::popcount would be a dozen).
uint32_t continuation_bytes(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const uint64_t flags = (x & ~(x << 1) & kHigh) >> 7;  // 0 or 1 in each byte
  return static_cast<uint32_t>((flags * kOnes) >> 56);
}

}  // namespace

uint32_t CodepointIndex::to_codepoint(uint32_t byte_offset) const {
  byte_offset = std::min<uint32_t>(byte_offset, static_cast<uint32_t>(text_.size()));
  if (total_ == text_.size()) return byte_offset;  // ASCII: every byte is a code point (half of news articles)
  const uint32_t k = byte_offset / kStride;
  uint32_t count = checkpoints_[k];
  // The bytes before the offset in its block, eight at a time; the last few through a mask when eight bytes can be
  // read there (zero bytes count as code points, and are taken off).
  uint32_t i = k * kStride;
  uint64_t x;
  for (; i + 8 <= byte_offset; i += 8) {
    std::memcpy(&x, text_.data() + i, 8);
    count += 8 - continuation_bytes(x);
  }
  const uint32_t rest = byte_offset - i;
  if (rest == 0) return count;
  if (i + 8 <= text_.size()) {
    std::memcpy(&x, text_.data() + i, 8);
    return count + rest - continuation_bytes(x & ((uint64_t{1} << (rest * 8)) - 1));  // little-endian: the first bytes
  }
  for (; i < byte_offset; ++i)
    if (!is_continuation(static_cast<unsigned char>(text_[i]))) ++count;
  return count;
}

uint32_t CodepointIndex::to_byte(uint32_t cp) const {
  if (cp >= total_) return static_cast<uint32_t>(text_.size());
  // Last checkpoint at or before cp, then scan forward.
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), cp);
  uint32_t k = static_cast<uint32_t>(it - checkpoints_.begin()) - 1;
  uint32_t count = checkpoints_[k];
  uint32_t i = k * kStride;
  // Skip continuation bytes that belong to a character started before the checkpoint.
  while (i < text_.size() && is_continuation(static_cast<unsigned char>(text_[i]))) ++i;
  while (i < text_.size()) {
    if (count == cp) return i;
    ++i;
    while (i < text_.size() && is_continuation(static_cast<unsigned char>(text_[i]))) ++i;
    ++count;
  }
  return static_cast<uint32_t>(text_.size());
}

}  // namespace riposte
