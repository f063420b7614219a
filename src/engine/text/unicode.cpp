#include "engine/text/unicode.h"

namespace riposte::unicode {

bool is_letter_beyond_ascii(char32_t c) {
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;        // Latin-1 letters, Latin Extended-A/B
  if (c >= 0x250 && c <= 0x2AF) return true;                         // IPA extensions
  if (c >= 0x370 && c <= 0x3FF) return c != 0x37E && c != 0x387;     // Greek
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);  // Cyrillic
  if (c >= 0x1E00 && c <= 0x1FFF) return true;                       // Latin Extended Additional, Greek Extended
  if (c >= 0x300 && c <= 0x36F) return true;                         // combining marks stay inside words
  if (c >= 0x4E00 && c <= 0x9FFF) return true;                       // CJK ideographs
  if (c >= 0x3040 && c <= 0x30FF) return true;                       // kana
  if (c >= 0xAC00 && c <= 0xD7AF) return true;                       // Hangul
  if (c >= 0x600 && c <= 0x6FF) return c >= 0x620;                   // Arabic letters
  if (c >= 0x5D0 && c <= 0x5EA) return true;                         // Hebrew
  return false;
}

bool is_upper_beyond_ascii(char32_t c) {
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) {
    // Latin Extended-A alternates upper/lower, with a shift after U+0138 (kra) and U+0149.
    if (c == 0x138 || c == 0x149) return false;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) == 1;
    if (c == 0x178) return true;
    return (c & 1) == 0;
  }
  if (c >= 0x391 && c <= 0x3AB) return c != 0x3A2;
  if (c >= 0x386 && c <= 0x38F) return c != 0x387;
  if (c >= 0x400 && c <= 0x42F) return true;
  if (c >= 0x460 && c <= 0x4FF) return (c & 1) == 0;
  if (c >= 0x1E00 && c <= 0x1EFF) return (c & 1) == 0;
  return false;
}

bool is_space_beyond_ascii(char32_t c) {
  return c == 0xA0 || c == 0x85 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

char32_t to_lower(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && is_upper(c)) return c + 1;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  if (c >= 0x460 && c <= 0x4FF && (c & 1) == 0) return c + 1;
  if (c >= 0x1E00 && c <= 0x1EFF && (c & 1) == 0) return c + 1;
  return c;
}

std::string fold_latin(std::string_view s) {
  // U+00C0..U+00FF and U+0100..U+017F: the base letter of each ('\0': keep the character, 'E': a digraph).
  static constexpr char kLatin1[] = "AAAAAAECEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaeceeeeiiiidnooooo\0ouuuuyty";
  static constexpr char kExtendedA[] =
      "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoEeRrRrRrSsSsSsSsTtTtTtUuUuUuUu"
      "UuUuWwYyYZzZzZzs";
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
      char base = 0;
      if (cp >= 0xC0 && cp <= 0xFF)
        base = kLatin1[cp - 0xC0];
      else if (cp >= 0x100 && cp <= 0x17F)
        base = kExtendedA[cp - 0x100];
      if (base == 'E' && (cp == 0xC6 || cp == 0x152)) {
        out += "AE";
        if (cp == 0x152) out[out.size() - 2] = 'O';
        ++i;
        continue;
      }
      if (base == 'e' && (cp == 0xE6 || cp == 0x153)) {
        out += cp == 0xE6 ? "ae" : "oe";
        ++i;
        continue;
      }
      if (base == 's' && cp == 0xDF) {
        out += "ss";
        ++i;
        continue;
      }
      if (base) {
        out += base;
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace riposte::unicode
