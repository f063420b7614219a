// UTF-8 repair and byte <-> code point offsets.
// Repair follows the WHATWG Encoding Standard's UTF-8 decoder (one U+FFFD per maximal invalid
// subpart), which is what the browser's TextDecoder does, so the page and the CLI agree on offsets.
#pragma once
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace riposte {

struct RepairedText {
  std::string text;
  uint32_t replacements = 0;   // U+FFFD inserted for invalid sequences
  uint32_t first_invalid = 0;  // byte offset in the input of the first invalid sequence (if any)
};

RepairedText repair_utf8(std::string_view input);

// Decodes the code point starting at byte i of valid UTF-8 and advances i past it.
char32_t decode_utf8(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t cp);
inline bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }
// True when every byte is below 0x80, eight bytes at a time: the lookups that fold letters beyond ASCII ask it of
// every word, and nearly every word of English news is ASCII.
inline bool is_ascii(std::string_view s) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // Most words have four to eight bytes: two overlapping four-byte loads cover them without a loop.
  if (s.size() >= 4 && s.size() <= 8) {
    uint32_t head, tail;
    std::memcpy(&head, s.data(), 4);
    std::memcpy(&tail, s.data() + s.size() - 4, 4);
    return ((head | tail) & 0x80808080u) == 0;
  }
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (x & kHigh) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}
// Length of the well-formed UTF-8 sequence starting at byte i (a byte >= 0x80), or 0 when it is not one (an
// overlong form, a surrogate, a code point past U+10FFFF, a truncated or broken sequence). The JSON readers and
// writers use it to pass valid text through and escape the rest.
size_t well_formed_utf8_length(std::string_view s, size_t i);

// Maps byte offsets of a valid UTF-8 text to code point offsets (and back) in O(1) plus a short scan,
// with one checkpoint every 64 bytes instead of a table as large as the text.
class CodepointIndex {
 public:
  explicit CodepointIndex(std::string_view text);
  uint32_t to_codepoint(uint32_t byte_offset) const;  // byte_offset is clamped to the text size
  uint32_t to_byte(uint32_t codepoint_offset) const;  // codepoint_offset is clamped to the length
  uint32_t codepoint_count() const { return total_; }

 private:
  static constexpr uint32_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // code points before byte k*kStride
  uint32_t total_ = 0;
};

}  // namespace riposte
