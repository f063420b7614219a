#include "engine/lexicon/cue_lexicon.h"

#include <cstring>

#include <algorithm>
#include <cstdlib>

#include "engine/lexicon/embedded_data.h"

namespace riposte {
namespace {

uint64_t fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    const size_t k = s.find(sep, start);
    out.push_back(s.substr(start, k == std::string_view::npos ? std::string_view::npos : k - start));
    if (k == std::string_view::npos) break;
    start = k + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_kind(std::string_view k, CueClass cls, CueKind& out) {
  struct Name {
    CueClass cls;
    std::string_view name;
    CueKind kind;
  };
  static constexpr Name names[] = {
      {CueClass::Speech, "say", CueKind::Say},
      {CueClass::Speech, "tell", CueKind::Tell},
      {CueClass::Speech, "according", CueKind::According},
      {CueClass::Speech, "think", CueKind::Think},
      {CueClass::Accusation, "verb", CueKind::AccuseVerb},
      {CueClass::Accusation, "noun", CueKind::AccuseNoun},
      {CueClass::Accusation, "eval", CueKind::Evaluation},
      {CueClass::Accusation, "conduct", CueKind::Conduct},
      {CueClass::Accusation, "demand", CueKind::StopWord},
      {CueClass::Rebuttal, "verb", CueKind::RebutVerb},
      {CueClass::Rebuttal, "answer", CueKind::RebutAnswer},
      {CueClass::Rebuttal, "phrase", CueKind::RebutPhrase},
      {CueClass::Rebuttal, "denial", CueKind::Denial},
      {CueClass::Modifier, "intensifier", CueKind::Intensifier},
      {CueClass::Modifier, "hedge", CueKind::Hedge},
      {CueClass::Modifier, "negation", CueKind::Negation},
      {CueClass::Support, "verb", CueKind::SupportVerb},
      {CueClass::Support, "ally", CueKind::Alliance},
  };
  for (const auto& n : names)
    if (n.cls == cls && n.name == k) {
      out = n.kind;
      return true;
    }
  return false;
}

bool is_skippable(const Token& t) { return t.kind == TokenKind::Quote; }

}  // namespace

std::string CueLexicon::lower(std::string_view text) {
  std::string out(text);
  // Eight bytes at a time (a branch per byte of every document was 1% of the run): in each byte below 0x80, the
  // high bit of b + (0x80 - 'A') says b >= 'A' and that of b + (0x80 - 'Z' - 1) says b > 'Z' (no carry crosses a
  // byte); the letters get 0x20. Bytes of UTF-8 sequences (high bit set) are left alone.
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  size_t i = 0;
  for (; i + 8 <= out.size(); i += 8) {
    uint64_t x = 0;
    std::memcpy(&x, out.data() + i, 8);
    const uint64_t low7 = x & ~kHigh;
    const uint64_t at_least_a = low7 + (0x80 - 'A') * kOnes;
    const uint64_t above_z = low7 + (0x80 - 'Z' - 1) * kOnes;
    const uint64_t upper = at_least_a & ~above_z & ~x & kHigh;
    if (!upper) continue;
    x |= upper >> 2;
    std::memcpy(out.data() + i, &x, 8);
  }
  for (; i < out.size(); ++i)
    if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] - 'A' + 'a');
  return out;
}

CueLexicon::CueLexicon()
    : CueLexicon(data::file("cues_speech.tsv"), data::file("cues_accusation.tsv"), data::file("cues_rebuttal.tsv"),
                 data::file("cues_modifiers.tsv"), data::file("cues_support.tsv")) {}

CueLexicon::CueLexicon(std::string_view speech, std::string_view accusation, std::string_view rebuttal,
                       std::string_view modifiers, std::string_view support) {
  load(speech, CueClass::Speech);
  load(accusation, CueClass::Accusation);
  load(rebuttal, CueClass::Rebuttal);
  load(modifiers, CueClass::Modifier);
  load(support, CueClass::Support);
  build_index();
}

// Rows: forms<TAB>kind<TAB>cameo<TAB>plover<TAB>intensity (modifiers: forms<TAB>kind<TAB>factor).
// Lines starting with '#' and malformed rows are skipped.
void CueLexicon::load(std::string_view tsv, CueClass cls) {
  for (std::string_view line : split(tsv, '\n')) {
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const auto cols = split(line, '\t');
    if (cols.size() < 3) continue;
    CueKind kind;
    if (!parse_kind(trim(cols[1]), cls, kind)) continue;
    Cue base;
    base.cls = cls;
    base.kind = kind;
    if (cls == CueClass::Modifier) {
      base.value = std::strtod(std::string(trim(cols[2])).c_str(), nullptr);
    } else {
      if (cols.size() < 5) continue;
      base.code = std::string(trim(cols[2]));
      base.plover = std::string(trim(cols[3]));
      base.act = base.plover == "SANCTION" || base.plover == "COERCE";
      base.value = std::strtod(std::string(trim(cols[4])).c_str(), nullptr);
    }
    const std::vector<std::string_view> forms = split(cols[0], '|');
    base.lemma = std::string(trim(forms.front()));  // the line's first form names it ("accuse" for "accused")
    for (std::string_view form : forms) {
      form = trim(form);
      if (form.empty()) continue;
      Cue c = base;
      c.form = std::string(form);
      for (std::string_view w : split(form, ' '))
        if (!w.empty()) c.words.emplace_back(w);
      cues_.push_back(std::move(c));
    }
  }
}

void CueLexicon::build_index() {
  first_words_ = WordShapeFilter{};
  for (const Cue& c : cues_) first_words_.add(c.words.front());
  size_t cap = 16;
  while (cap < cues_.size() * 2) cap <<= 1;
  table_.assign(cap, Slot{});
  for (uint32_t i = 0; i < cues_.size(); ++i) {
    const std::string& key = cues_[i].words.front();
    size_t h = fnv1a(key) & (cap - 1);
    while (table_[h].used && table_[h].key != key) h = (h + 1) & (cap - 1);
    table_[h].used = true;
    table_[h].key = key;
    table_[h].cues.push_back(i);
  }
  // Longest cue first, so "played down" is tried before a one-word cue starting with "played".
  for (Slot& s : table_)
    std::stable_sort(s.cues.begin(), s.cues.end(),
                     [&](uint32_t a, uint32_t b) { return cues_[a].words.size() > cues_[b].words.size(); });
}

const std::vector<uint32_t>* CueLexicon::bucket(std::string_view w) const {
  if (table_.empty()) return nullptr;
  const size_t mask = table_.size() - 1;
  size_t h = fnv1a(w) & mask;
  while (table_[h].used) {
    if (table_[h].key == w) return &table_[h].cues;
    h = (h + 1) & mask;
  }
  return nullptr;
}

void CueLexicon::match(const Document& doc, std::string_view lower, uint32_t i, std::vector<CueHit>& out) const {
  const auto& toks = doc.tokens;
  if (i >= toks.size() || toks[i].kind != TokenKind::Word) return;
  const std::string_view w = slice(lower, toks[i].span);
  if (may_start(w)) match_words(doc, lower, i, w, out);
}

// The cues starting with word w (token i).
void CueLexicon::match_words(const Document& doc, std::string_view lower, uint32_t i, std::string_view w,
                             std::vector<CueHit>& out) const {
  const auto& toks = doc.tokens;
  const auto* b = bucket(w);
  if (!b) return;
  for (uint32_t ci : *b) {
    const Cue& c = cues_[ci];
    uint32_t k = i, last = i;
    bool ok = true;
    for (size_t w = 1; w < c.words.size() && ok; ++w) {
      ++k;
      while (k < toks.size() && is_skippable(toks[k])) ++k;
      ok = k < toks.size() && slice(lower, toks[k].span) == c.words[w];
      last = k;
    }
    if (ok) out.push_back({i, last, &c});
  }
}

std::vector<CueHit> CueLexicon::scan(const Document& doc, std::string_view lower) const {
  std::vector<CueHit> out;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {  // match() inline: most words stop at may_start
    if (doc.tokens[i].kind != TokenKind::Word) continue;
    const std::string_view w = slice(lower, doc.tokens[i].span);
    if (may_start(w)) match_words(doc, lower, i, w, out);
  }
  return out;
}

std::string_view cue_kind_name(CueKind k) {
  switch (k) {
    case CueKind::Say:
      return "say";
    case CueKind::Tell:
      return "tell";
    case CueKind::According:
      return "according";
    case CueKind::Think:
      return "think";
    case CueKind::AccuseVerb:
      return "accuse_verb";
    case CueKind::AccuseNoun:
      return "accuse_noun";
    case CueKind::Evaluation:
      return "evaluation";
    case CueKind::Conduct:
      return "conduct";
    case CueKind::StopWord:
      return "demand";
    case CueKind::RebutVerb:
      return "rebut_verb";
    case CueKind::RebutAnswer:
      return "rebut_answer";
    case CueKind::RebutPhrase:
      return "rebut_phrase";
    case CueKind::Denial:
      return "denial";
    case CueKind::Intensifier:
      return "intensifier";
    case CueKind::Hedge:
      return "hedge";
    case CueKind::Negation:
      return "negation";
    case CueKind::SupportVerb:
      return "support_verb";
    case CueKind::Alliance:
      return "alliance";
  }
  return "other";
}

}  // namespace riposte
