// Test helper: UTF-8 <-> code points, for checking export formats whose offsets count code points (brat, W3C Web
// Annotation) against the byte spans of the engine.
#pragma once
#include <string>
#include <string_view>

#include "engine/text/utf8.h"

namespace riposte::testing {

inline std::u32string to_u32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, i));
  return out;
}

inline std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

}  // namespace riposte::testing
