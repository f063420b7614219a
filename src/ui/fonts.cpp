#include "ui/fonts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/text/utf8.h"

namespace riposte::ui {
namespace {

// Always in the atlas: ASCII, Latin-1, general punctuation (quotes, dashes, …, •), €, the arrows, minus and
// shapes the UI prints (→ − ▲ ▼ ○ ☰) and U+FFFD (what a repaired byte shows as).
constexpr uint32_t kBaseRanges[][2] = {{0x20, 0x7E},     {0xA0, 0xFF},     {0x2010, 0x2027}, {0x2030, 0x203A},
                                       {0x20AC, 0x20AC}, {0x2190, 0x2193}, {0x2212, 0x2212}, {0x25B2, 0x25B2},
                                       {0x25BC, 0x25BC}, {0x25CB, 0x25CB}, {0x2630, 0x2630}, {0xFFFD, 0xFFFD}};
// Blocks the text fonts lack and the symbols font supplies (merged into every face).
constexpr uint32_t kSymbolBlocks[][2] = {{0x2190, 0x23FF}, {0x25A0, 0x26FF}};

bool in_symbol_block(uint32_t c) {
  return std::any_of(std::begin(kSymbolBlocks), std::end(kSymbolBlocks),
                     [&](const auto& b) { return c >= b[0] && c <= b[1]; });
}

bool has(const Fonts& f, uint32_t c) { return c < 0x10000 && (f.glyphs[c >> 6] >> (c & 63)) & 1; }

bool add(Fonts& f, uint32_t c) {
  if (c >= 0x10000 || has(f, c)) return false;  // ImWchar is 16 bits: the BMP only
  f.glyphs[c >> 6] |= uint64_t{1} << (c & 63);
  ++f.glyph_count;
  return true;
}

void ensure_base(Fonts& f) {
  if (!f.glyphs.empty()) return;
  f.glyphs.assign(0x10000 / 64, 0);
  f.glyph_count = 0;
  for (const auto& r : kBaseRanges)
    for (uint32_t c = r[0]; c <= r[1]; ++c) add(f, c);
  f.stale = true;
}

// The requested code points as ImGui glyph ranges (pairs, zero-terminated); `symbols_only` keeps those of the
// symbol blocks.
void build_ranges(const Fonts& f, bool symbols_only, ImVector<ImWchar>& out) {
  out.clear();
  for (uint32_t c = 1; c < 0x10000; ++c) {
    if (!has(f, c) || (symbols_only && !in_symbol_block(c))) continue;
    uint32_t e = c;
    while (e + 1 < 0x10000 && has(f, e + 1) && (!symbols_only || in_symbol_block(e + 1))) ++e;
    out.push_back(static_cast<ImWchar>(c));
    out.push_back(static_cast<ImWchar>(e));
    c = e;
  }
  out.push_back(0);
}

bool readable(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  std::fclose(f);
  return true;
}

ImFont* add_face(Fonts& fonts, const std::string& file, const std::string& symbols, float px,
                 const ImFontConfig& base) {
  ImGuiIO& io = ImGui::GetIO();
  if (!readable(file)) return nullptr;
  ImFont* font = io.Fonts->AddFontFromFileTTF(file.c_str(), px, &base, fonts.ranges.Data);
  if (font && fonts.symbol_ranges.Size > 1 && readable(symbols)) {
    ImFontConfig merge = base;
    merge.MergeMode = true;
    io.Fonts->AddFontFromFileTTF(symbols.c_str(), px, &merge, fonts.symbol_ranges.Data);
  }
  return font;
}

}  // namespace

FontFiles page_font_files() {
  return {"/fonts/sans.ttf", "/fonts/sans-bold.ttf", "/fonts/serif.ttf", "/fonts/serif-bold.ttf", "/fonts/symbols.ttf"};
}

FontFiles system_font_files() {
  const std::string noto = "/usr/share/fonts/truetype/noto/";
  return {noto + "NotoSans-Regular.ttf", noto + "NotoSans-Bold.ttf", noto + "NotoSerif-Regular.ttf",
          noto + "NotoSerif-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"};
}

void request_glyphs(Fonts& f, std::string_view utf8) {
  ensure_base(f);
  size_t i = 0;
  while (i < utf8.size()) {
    const unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {  // ASCII is always there: skip it fast
      ++i;
      continue;
    }
    const char32_t c = decode_utf8(utf8, i);
    if (add(f, static_cast<uint32_t>(c))) f.stale = true;
  }
}

bool fonts_out_of_date(const AppState& s) {
  return s.fonts.stale || s.fonts.baked_dpr != s.dpr || s.fonts.baked_zoom != s.zoom || !s.fonts.body;
}

bool bake_fonts(AppState& s, const FontFiles& files) {
  Fonts& f = s.fonts;
  ensure_base(f);
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  build_ranges(f, false, f.ranges);
  build_ranges(f, true, f.symbol_ranges);
  ImFontConfig cfg;
  cfg.OversampleH = s.dpr >= 1.5f ? 1 : 2;
  cfg.OversampleV = 1;
  const float ui_px = std::round(15.0f * s.dpr);
  const float body_px = std::round(19.0f * s.dpr * s.zoom);
  const float head_px = std::round(body_px * 1.55f);
  // Very large sizes are baked at 64 px and scaled: the atlas stays within WebGL's texture limits.
  const float body_bake = std::min(body_px, 64.0f), head_bake = std::min(head_px, 72.0f);
  f.ui = add_face(f, files.sans, files.symbols, ui_px, cfg);
  f.ui_bold = add_face(f, files.sans_bold, files.symbols, ui_px, cfg);
  f.body = add_face(f, files.serif, files.symbols, body_bake, cfg);
  f.headline = add_face(f, files.serif_bold, files.symbols, head_bake, cfg);
  const bool complete = f.ui && f.ui_bold && f.body && f.headline;
  if (!complete) {
    std::printf("riposte: font files missing, using Dear ImGui's built-in font\n");
    io.Fonts->Clear();
    ImFontConfig fallback;
    fallback.SizePixels = ui_px;
    ImFont* font = io.Fonts->AddFontDefault(&fallback);
    f.ui = f.ui_bold = f.body = f.headline = font;
  }
  f.body_size = body_px;
  f.headline_size = head_px;
  io.Fonts->Build();
  f.stale = false;
  f.baked_dpr = s.dpr;
  f.baked_zoom = s.zoom;
  ++f.generation;
  return complete;
}

}  // namespace riposte::ui
