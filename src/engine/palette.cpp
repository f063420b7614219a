#include "engine/palette.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace riposte {
namespace {

// Okabe-Ito and Tol "bright"/"muted" colours: distinguishable for the common colour-vision deficiencies.
constexpr std::array<uint32_t, 16> kBase = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9,
                                            0x882255, 0x117733, 0x332288, 0xAA4499, 0x44AA99, 0x999933,
                                            0xDDCC77, 0x661100, 0x6699CC, 0x888888};

uint32_t fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) { h ^= c; h *= 16777619u; }
  return h;
}

int root_of(const Document& doc, int a) {
  for (int guard = 0; guard < 16 && doc.actors[a].affiliation >= 0; ++guard) a = doc.actors[a].affiliation;
  return a;
}

}  // namespace

std::string color_for(std::string_view key, int shade) {
  const uint32_t base = kBase[fnv1a(key) % kBase.size()];
  // Shade steps alternate lighter/darker so siblings of one side stay apart.
  const int step = shade == 0 ? 0 : ((shade % 2) ? 1 : -1) * ((shade + 1) / 2);
  auto channel = [&](int shift) {
    int v = static_cast<int>((base >> shift) & 0xFF);
    v = step > 0 ? v + (255 - v) * std::min(step, 3) / 5 : v + v * std::max(step, -3) / 5;
    return std::clamp(v, 0, 255);
  };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", channel(16), channel(8), channel(0));
  return buf;
}

void assign_colors(Document& doc) {
  std::unordered_map<int, int> shades;  // root -> next shade
  std::unordered_map<std::string, int> used_base;  // root key -> base index taken
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    const int root = root_of(doc, static_cast<int>(a));
    const Actor& r = doc.actors[root];
    const std::string key = r.code.empty() ? r.name : r.code;
    const int shade = root == static_cast<int>(a) ? 0 : ++shades[root];
    doc.actors[a].color = color_for(key, shade);
  }
}

}  // namespace riposte
