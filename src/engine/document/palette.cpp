#include "engine/document/palette.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

namespace riposte {
namespace {

// Okabe-Ito and Tol "bright"/"muted" colours: distinguishable for the common colour-vision deficiencies.
constexpr std::array<uint32_t, 16> kBase = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9,
                                            0x882255, 0x117733, 0x332288, 0xAA4499, 0x44AA99, 0x999933,
                                            0xDDCC77, 0x661100, 0x6699CC, 0x888888};

uint32_t fnv1a(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

int root_of(const Document& doc, int a) {
  for (int guard = 0; guard < 16 && doc.actors[a].affiliation >= 0; ++guard) a = doc.actors[a].affiliation;
  return a;
}

}  // namespace

namespace {

std::string color_from(uint32_t base, int shade) {
  // Shade steps alternate lighter/darker so siblings of one side stay apart.
  const int step = shade == 0 ? 0 : ((shade % 2) ? 1 : -1) * ((shade + 1) / 2);
  auto channel = [&](int shift) {
    int v = static_cast<int>((base >> shift) & 0xFF);
    v = step > 0 ? v + (255 - v) * std::min(step, 3) / 5 : v + v * std::max(step, -3) / 5;
    return std::clamp(v, 0, 255);
  };
  // "#rrggbb" by hand: snprintf cost more than the rest of the palette.
  static constexpr char kHex[] = "0123456789abcdef";
  const int r = channel(16), g = channel(8), b = channel(0);
  return std::string{'#', kHex[r >> 4], kHex[r & 15], kHex[g >> 4], kHex[g & 15], kHex[b >> 4], kHex[b & 15]};
}

}  // namespace

std::string color_for(std::string_view key, int shade) { return color_from(kBase[fnv1a(key) % kBase.size()], shade); }

void assign_colors(Document& doc) { assign_colors_keeping(doc, {}); }

void assign_colors_keeping(Document& doc, const std::vector<bool>& keep) {
  // Each side (root of an affiliation chain) takes its key's preferred base colour, or the next one no other
  // side of the article holds, so two sides never share a hue while the palette lasts; the same article
  // always gets the same colours.
  std::unordered_map<int, int> shades;      // root -> next shade
  std::unordered_map<int, size_t> base_of;  // root -> base index
  std::array<bool, kBase.size()> taken{};
  size_t roots = 0;
  auto kept = [&](size_t a) { return a < keep.size() && keep[a] && !doc.actors[a].color.empty(); };
  // Kept sides hold their hue first, whatever their place in the list; kept members hold their shade.
  std::unordered_map<int, std::vector<std::string>> kept_colours;  // root -> colours of its kept members
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    if (!kept(a)) continue;
    const int root = root_of(doc, static_cast<int>(a));
    if (root != static_cast<int>(a)) {
      kept_colours[root].push_back(doc.actors[a].color);
      continue;
    }
    for (size_t b = 0; b < kBase.size(); ++b)
      if (color_from(kBase[b], 0) == doc.actors[a].color) {
        base_of.emplace(static_cast<int>(a), b);
        taken[b] = true;
        ++roots;
        break;
      }
  }
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    const int root = root_of(doc, static_cast<int>(a));
    auto it = base_of.find(root);
    if (it == base_of.end()) {
      const Actor& r = doc.actors[root];
      size_t base = fnv1a(r.code.empty() ? r.name : r.code) % kBase.size();
      if (roots < kBase.size())
        while (taken[base]) base = (base + 1) % kBase.size();
      taken[base] = true;
      ++roots;
      it = base_of.emplace(root, base).first;
    }
    if (kept(a)) continue;
    if (root == static_cast<int>(a)) {
      doc.actors[a].color = color_from(kBase[it->second], 0);
      continue;
    }
    // The next shade of the side that no kept member wears (shades repeat after six steps: then any will do).
    const auto used = kept_colours.find(root);
    std::string colour = color_from(kBase[it->second], ++shades[root]);
    for (int tries = 0; used != kept_colours.end() && tries < 6 &&
                        std::find(used->second.begin(), used->second.end(), colour) != used->second.end();
         ++tries)
      colour = color_from(kBase[it->second], ++shades[root]);
    doc.actors[a].color = std::move(colour);
  }
}

}  // namespace riposte
