// [SECTION] Feature templates and hashing
// [SECTION] Weights file
// [SECTION] Features of one word
// [SECTION] Detection
#include "engine/claims/cue_detector.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

#include "engine/claims/attribution.h"
#include "engine/claims/grammar_words.h"
#include "engine/lexicon/embedded_data.h"
#include "engine/lexicon/tsv.h"

namespace riposte {
namespace {

// [SECTION] Feature templates and hashing
// The templates, in the order of their ids; the weights file names features by these.
enum Template : uint8_t {
  kBias,
  kWord,        // w=said
  kStem,        // st=tweet (when the stem differs from the word)
  kSuffix,      // s3=ted (words of five letters or more)
  kPrev1,       // p1=@P (the word before: lower case, or a class for names, quotes, numbers)
  kPrev2,       // p2=
  kNext1,       // n1=that
  kNext2,       // n2=
  kPrev1Word,   // p1w=@P|said
  kWordNext1,   // wn1=said|that
  kPrev2Prev1,  // p2p1=@P|has
  kNext1Next2,  // n1n2=that|the
  kSubject,     // sb=@P (the word before, past auxiliaries and adverbs: "Trump has also said")
  kLexicon,     // lex=say (the cue lexicon's kind of a cue starting here; lex=in inside a longer cue)
  kQuote,       // q=in | q=before | q=after | q=colon
  kPosition,    // pos=first | pos=last | pos=headline | pos=cap
  // Stage 2: the word among the likely cues of its sentence (see cue_detector.h).
  kAfter,         // nest=after: a likely cue comes earlier in the sentence
  kAfterPrev1,    // nestp1=, (the p1 value)
  kAfterWord,     // nestw=believe
  kAfterGap,      // nestgap=3 (tokens from that cue, at most 8)
  kAfterQuoted,   // nestq=1
  kAfterCue,      // nestcue=said (that cue's word)
  kAfterSep,      // nestsep=101 (a comma, a quotation mark, "and"/"but" between them)
  kBefore,        // next=before: a likely cue comes later in the sentence
  kBeforeGap,     // nextgap=
  kBeforeQuoted,  // nextq=
  kBeforeWord,    // nextw=
  kBeforeCue,     // nextcue=
  kBeforeSep,     // nextsep=
  kAlone,         // alone: no other likely cue in the sentence
  kGate,          // not a feature: the words scored
  kTemplateCount
};
constexpr std::string_view kTemplateNames[] = {
    "bias",    "w",    "st",      "s3",    "p1",    "p2",      "n1",      "n2",    "p1w",     "wn1",   "p2p1",
    "n1n2",    "sb",   "lex",     "q",     "pos",   "nest",    "nestp1",  "nestw", "nestgap", "nestq", "nestcue",
    "nestsep", "next", "nextgap", "nextq", "nextw", "nextcue", "nextsep", "alone", "gate"};
static_assert(std::size(kTemplateNames) == kTemplateCount);
constexpr std::string_view kSmallNumbers[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8"};
constexpr std::string_view kSeparatorSets[] = {"000", "001", "010", "011", "100", "101", "110", "111"};
constexpr std::string_view kQuoteValues[] = {"in", "before", "after", "colon"};
constexpr std::string_view kPositionValues[] = {"first", "last", "headline", "cap"};
enum QuoteValue { kQuoteIn, kQuoteBefore, kQuoteAfter, kQuoteColon };
enum PositionValue { kPositionFirst, kPositionLast, kPositionHeadline, kPositionCap };

constexpr uint64_t hash_value(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h ? h : 1;
}

// A feature's key from its template and the hashes of its values (0: no value).
constexpr uint64_t feature_key(uint8_t t, uint64_t v1, uint64_t v2) {
  uint64_t x = (t + 1ull) * 0x9E3779B97F4A7C15ull;
  x ^= v1;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x ^= v2 * 0xc4ceb9fe1a85ec53ull;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 29;
  return x ? x : 1;
}

bool parse_template(std::string_view name, uint8_t& out) {
  for (uint8_t t = 0; t < kTemplateCount; ++t)
    if (kTemplateNames[t] == name) {
      out = t;
      return true;
    }
  return false;
}

// A feature value and its hash_value (constants' hashes are folded at compile time).
struct Value {
  std::string_view text;
  uint64_t hash = 0;
};

constexpr Value constant(std::string_view text) { return {text, hash_value(text)}; }

Value mention_class(ActorKind k) {
  static constexpr Value kPerson = constant("@P"), kPlace = constant("@L"), kGovernment = constant("@G"),
                         kParty = constant("@Y"), kGroup = constant("@R"), kMedia = constant("@M"),
                         kOther = constant("@O");
  switch (k) {
    case ActorKind::Person:
      return kPerson;
    case ActorKind::State:
    case ActorKind::Place:
      return kPlace;
    case ActorKind::Government:
      return kGovernment;
    case ActorKind::Party:
      return kParty;
    case ActorKind::Group:
      return kGroup;
    case ActorKind::Media:
      return kMedia;
    default:
      return kOther;  // organisations and companies
  }
}

// The detector's lexicon feature: the cue kind, with every modifier (and a demand's "stop") as one "modifier".
std::string_view lexicon_kind(CueKind k) {
  switch (k) {
    case CueKind::StopWord:
    case CueKind::Intensifier:
    case CueKind::Hedge:
    case CueKind::Negation:
      return "modifier";
    default:
      return cue_kind_name(k);
  }
}

// [SECTION] Weights file

// "p1w=@P|said" -> its key; false when the template is unknown.
bool key_of(std::string_view feature, uint64_t& key) {
  const size_t eq = feature.find('=');
  uint8_t t = 0;
  if (!parse_template(feature.substr(0, eq), t) || t == kGate) return false;
  if (eq == std::string_view::npos) {
    key = feature_key(t, 0, 0);
    return true;
  }
  const std::string_view value = feature.substr(eq + 1);
  const size_t bar = value.find('|');
  if (bar == std::string_view::npos) {
    key = feature_key(t, hash_value(value), 0);
  } else {
    key = feature_key(t, hash_value(value.substr(0, bar)), hash_value(value.substr(bar + 1)));
  }
  return true;
}

}  // namespace

CueDetector::CueDetector() {
  const std::string_view tsv = data::file("attribution_model.tsv");
  if (!tsv.empty()) *this = parse(tsv);
}

bool CueDetector::insert(const Slot& slot) {
  const size_t mask = table_.size() - 1;
  for (size_t i = slot.key & mask;; i = (i + 1) & mask) {
    if (table_[i].key == slot.key) return false;
    if (table_[i].key == 0) {
      table_[i] = slot;
      ++size_;
      return true;
    }
  }
}

bool CueDetector::index_gate(const std::vector<uint64_t>& keys) {
  size_t cap = 16;
  while (cap < keys.size() * 3) cap *= 2;  // at most a third full: most words asked are not there
  gate_keys_.assign(cap, 0);
  for (const uint64_t key : keys) {
    size_t i = key & (cap - 1);
    while (gate_keys_[i] != 0 && gate_keys_[i] != key) i = (i + 1) & (cap - 1);
    if (gate_keys_[i] == key) return false;
    gate_keys_[i] = key;
    ++size_;
  }
  return true;
}

bool CueDetector::gate_has(uint64_t key) const {
  if (gate_keys_.empty()) return false;
  const size_t mask = gate_keys_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (gate_keys_[i] == key) return true;
    if (gate_keys_[i] == 0) return false;
  }
}

const CueDetector::Slot* CueDetector::find(uint64_t key) const {
  if (table_.empty()) return nullptr;
  const size_t mask = table_.size() - 1;
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (table_[i].key == key) return &table_[i];
    if (table_[i].key == 0) return nullptr;
  }
}

CueDetector CueDetector::parse(std::string_view tsv, std::string* error) {
  CueDetector out{Empty{}};
  std::vector<Slot> slots;
  std::vector<uint64_t> gate_keys;
  // The first error, if any, and its line.
  std::string why;
  size_t error_line = 0;
  const auto fail = [&](std::string what) {
    why = std::move(what);
    return false;
  };
  const bool read = each_line(tsv, [&](std::string_view line, size_t line_no) {
    error_line = line_no;
    std::string_view cols[3];
    const size_t columns = split_tabs(line, cols, 3);
    if (cols[0] == "gate" && columns == 2) {
      gate_keys.push_back(feature_key(kGate, hash_value(cols[1]), 0));
      out.gate_words_.add(cols[1]);
      return true;
    }
    double v1 = 0.0, v2 = 0.0;
    if ((cols[0] == "threshold" || cols[0] == "strong") && columns == 2) {
      if (!parse_number(cols[1], v1) || v1 < 0.0 || v1 > 1.0) return fail("not a probability");
      (cols[0] == "threshold" ? out.threshold_ : out.strong_) = v1;
      return true;
    }
    if (columns != 3) return fail("expected feature<TAB>stage-1 weight<TAB>stage-2 weight");
    if (!parse_number(cols[1], v1) || !parse_number(cols[2], v2)) return fail("not a number");
    uint64_t key = 0;
    if (!key_of(cols[0], key)) return fail("unknown feature template in '" + std::string(cols[0]) + "'");
    slots.push_back({key, static_cast<float>(v1), static_cast<float>(v2)});
    return true;
  });
  const auto give_up = [&](const std::string& what) {
    if (error) *error = "attribution model line " + std::to_string(error_line) + ": " + what;
    return CueDetector{Empty{}};
  };
  if (!read) return give_up(why);
  size_t cap = 16;
  while (cap < slots.size() * 2) cap *= 2;
  out.table_.assign(cap, Slot{});
  for (const Slot& slot : slots)
    if (!out.insert(slot)) return give_up("feature listed twice (or a hash collision)");
  if (!out.index_gate(gate_keys)) return give_up("gate word listed twice (or a hash collision)");
  out.find_fixed();
  if (error) error->clear();
  return out;
}

void CueDetector::find_fixed() {
  const auto slot = [this](uint8_t t, std::string_view value) {
    const uint64_t key = value.empty() ? feature_key(t, 0, 0) : feature_key(t, hash_value(value), 0);
    const Slot* s = find(key);
    return s ? *s : Slot{};
  };
  static_assert(static_cast<size_t>(CueKind::Alliance) + 1 < kLexiconSlots);
  fixed_.bias = slot(kBias, {});
  fixed_.alone = slot(kAlone, {});
  fixed_.after = slot(kAfter, "after");
  fixed_.before = slot(kBefore, "before");
  for (size_t q = 0; q < std::size(kQuoteValues); ++q) fixed_.quote[q] = slot(kQuote, kQuoteValues[q]);
  for (size_t p = 0; p < std::size(kPositionValues); ++p) fixed_.position[p] = slot(kPosition, kPositionValues[p]);
  for (size_t k = 0; k <= static_cast<size_t>(CueKind::Alliance); ++k)
    fixed_.lexicon[k] = slot(kLexicon, lexicon_kind(static_cast<CueKind>(k)));
  fixed_.lexicon[kLexiconSlots - 1] = slot(kLexicon, "in");
  for (size_t g = 0; g < 9; ++g) {
    fixed_.after_gap[g] = slot(kAfterGap, kSmallNumbers[g]);
    fixed_.before_gap[g] = slot(kBeforeGap, kSmallNumbers[g]);
  }
  for (size_t q = 0; q < 2; ++q) {
    fixed_.after_quoted[q] = slot(kAfterQuoted, kSmallNumbers[q]);
    fixed_.before_quoted[q] = slot(kBeforeQuoted, kSmallNumbers[q]);
  }
  for (size_t set = 0; set < 8; ++set) {
    fixed_.after_sep[set] = slot(kAfterSep, kSeparatorSets[set]);
    fixed_.before_sep[set] = slot(kBeforeSep, kSeparatorSets[set]);
  }
}

std::string_view CueDetector::stem(std::string_view w) {
  for (std::string_view suf : {"ing", "ed", "es", "s", "d"})
    if (w.size() >= suf.size() + 3 && w.substr(w.size() - suf.size()) == suf) return w.substr(0, w.size() - suf.size());
  return w;
}

// [SECTION] Features of one word
namespace {

// The words around a candidate as feature values: lower-case words, and classes for what generalises (names by
// their actor's kind, quotation marks, numbers, dashes, the sentence's edges).
class Context {
 public:
  Context(const DocumentView& v, uint32_t first, uint32_t last, std::vector<uint64_t>& word_hashes)
      : v_(v), first_(first), last_(last), word_hashes_(word_hashes.data()) {}

  Value value(int64_t k) const {
    static constexpr Value kStart = constant("<s>"), kEnd = constant("</s>"), kQuote = constant("\""),
                           kNumber = constant("0"), kOdd = constant("?"), kDash = constant("—");
    if (k < first_) return kStart;
    if (k > last_) return kEnd;
    const uint32_t t = static_cast<uint32_t>(k);
    const int a = v_.actor_at(t);
    if (a >= 0) return mention_class(v_.doc.actors[a].kind);
    switch (v_.doc.tokens[t].kind) {
      case TokenKind::Quote:
        return kQuote;
      case TokenKind::Number:
        return kNumber;
      default:
        break;
    }
    const std::string_view w = v_.word(t);
    if (w.size() > 24 || w.find('|') != std::string_view::npos) return kOdd;
    if (v_.words.dashes.contains(w)) return kDash;  // "... — Ana Ruiz (@AnaRuiz)": one dash whatever its code point
    return {w, word_hash(t)};
  }

  uint64_t word_hash(uint32_t t) const {
    uint64_t& h = word_hashes_[t];
    if (h == 0) h = hash_value(v_.word(t));  // never 0 once computed
    return h;
  }

  // The subject slot: the token before k past auxiliaries and adverbs ("Trump has also said"): the list
  // between_subject_and_verb (data/claim_words.tsv) is part of the model's features, so a change to it means
  // retraining.
  int64_t subject(int64_t k) const {
    int64_t j = k - 1;
    for (int skipped = 0; skipped < 4 && j > first_ && v_.actor_at(static_cast<uint32_t>(j)) < 0; ++skipped) {
      const std::string_view w = v_.word(static_cast<uint32_t>(j));
      if (v_.doc.tokens[j].kind != TokenKind::Word ||
          (!v_.words.between_subject_and_verb.contains(w) && !ends_with(w, "ly")))
        break;
      --j;
    }
    return j;
  }

  bool quote_near(int64_t from, int64_t to) const {
    for (int64_t k = std::max(from, first_); k <= std::min(to, last_); ++k)
      if (v_.is_quote(static_cast<uint32_t>(k))) return true;
    return false;
  }

 private:
  const DocumentView& v_;
  int64_t first_, last_;
  uint64_t* word_hashes_;  // the document's memo: a word's hash is kept for the words scored after it
};

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-std::max(-30.0, std::min(30.0, z)))); }

// Sums the weights of the features added (both stages), and keeps their names when asked (training dumps).
template <class Find>
class Accumulator {
 public:
  Accumulator(const Find& find, std::vector<std::string>* names) : find_(find), names_(names) {}
  void add(uint8_t t) { add_key(t, 0, 0, {}, {}, 0); }
  void add(uint8_t t, std::string_view v1) { add_key(t, hash_value(v1), 0, v1, {}, 1); }
  void add(uint8_t t, std::string_view v1, std::string_view v2) {
    add_key(t, hash_value(v1), hash_value(v2), v1, v2, 2);
  }
  // With values whose hashes are known (a word scored before, a neighbour already hashed for another template).
  void add_hashed(uint8_t t, uint64_t h1, std::string_view v1) { add_key(t, h1, 0, v1, {}, 1); }
  void add(uint8_t t, Value v1) { add_key(t, v1.hash, 0, v1.text, {}, 1); }
  void add(uint8_t t, Value v1, Value v2) { add_key(t, v1.hash, v2.hash, v1.text, v2.text, 2); }
  // A feature whose slot was found at load (CueDetector::Fixed): the same sum, without the hash and the probe.
  template <class Slot>
  void add_fixed(const Slot& slot, uint8_t t, std::string_view v1 = {}) {
    if (slot.key != 0) {
      stage1 += slot.stage1;
      stage2 += slot.stage2;
    }
    if (names_) name(t, v1, {}, v1.empty() ? 0 : 1);
  }
  double stage1 = 0.0, stage2 = 0.0;

 private:
  void add_key(uint8_t t, uint64_t h1, uint64_t h2, std::string_view v1, std::string_view v2, int values) {
    if (const auto* slot = find_(feature_key(t, h1, h2))) {
      stage1 += slot->stage1;
      stage2 += slot->stage2;
    }
    if (names_) name(t, v1, v2, values);
  }
  void name(uint8_t t, std::string_view v1, std::string_view v2, int values) {
    std::string name(kTemplateNames[t]);
    if (values > 0) (name += '=') += v1;
    if (values > 1) (name += '|') += v2;
    names_->push_back(std::move(name));
  }
  const Find& find_;
  std::vector<std::string>* names_;
};

}  // namespace

// What stage 2 needs of a scored word.
struct CueDetector::Candidate {
  uint32_t token = 0, sentence = 0;
  size_t hit = 0;  // the first lexicon hit that may start at or cover the word
  float stage1 = 0.f;
  double stage2_own = 0.0;  // stage 2's sum over the word's own features
  uint64_t word_hash = 0, before_hash = 0;
  std::string_view word, before;
  bool quoted = false;
  uint32_t commas = 0, quotes = 0, conjunctions = 0;  // separators before the word
};

CueDetector::Candidate CueDetector::score_word(const DocumentView& v, const std::vector<CueHit>& hits, size_t hit,
                                               uint32_t i, std::vector<uint64_t>& word_hashes,
                                               CueDump::Record* record) const {
  const auto find_slot = [this](uint64_t key) { return find(key); };
  Accumulator<decltype(find_slot)> acc(find_slot, record ? &record->features : nullptr);
  const uint32_t first = v.sentence_first(i), last = v.sentence_last(i);
  const Context c(v, first, last, word_hashes);
  // Each value hashed once for all the templates that use it, and each word once for all the words scored near it.
  const Value w = c.value(i);
  acc.add_fixed(fixed_.bias, kBias);
  acc.add(kWord, w);
  const std::string_view st = stem(w.text);
  if (st.size() != w.text.size()) acc.add(kStem, st);
  if (w.text.size() >= 5) acc.add(kSuffix, w.text.substr(w.text.size() - 3));
  const Value p1 = c.value(int64_t{i} - 1), p2 = c.value(int64_t{i} - 2);
  const Value n1 = c.value(int64_t{i} + 1), n2 = c.value(int64_t{i} + 2);
  acc.add(kPrev1, p1);
  acc.add(kPrev2, p2);
  acc.add(kNext1, n1);
  acc.add(kNext2, n2);
  acc.add(kPrev1Word, p1, w);
  acc.add(kWordNext1, w, n1);
  acc.add(kPrev2Prev1, p2, p1);
  acc.add(kNext1Next2, n1, n2);
  acc.add(kSubject, c.value(c.subject(i)));
  for (size_t h = hit; h < hits.size() && hits[h].first <= i; ++h) {
    if (hits[h].cue->act) continue;  // a sanction reports no words: to the detector it is no lexicon cue
    if (hits[h].first == i) {
      const CueKind kind = hits[h].cue->kind;
      acc.add_fixed(fixed_.lexicon[static_cast<size_t>(kind)], kLexicon, lexicon_kind(kind));
    } else if (hits[h].last >= i) {
      acc.add_fixed(fixed_.lexicon[kLexiconSlots - 1], kLexicon, "in");
    }
  }
  const bool quoted = v.tok_quoted[i];
  const auto quote = [&](QuoteValue q) { acc.add_fixed(fixed_.quote[q], kQuote, kQuoteValues[q]); };
  if (quoted) quote(kQuoteIn);
  if (c.quote_near(int64_t{i} - 3, int64_t{i} - 1)) quote(kQuoteBefore);
  if (c.quote_near(int64_t{i} + 1, int64_t{i} + 3)) quote(kQuoteAfter);
  if ((i + 1 <= last && v.is(i + 1, ":")) || (i + 2 <= last && v.is(i + 2, ":"))) quote(kQuoteColon);
  const auto position = [&](PositionValue p) { acc.add_fixed(fixed_.position[p], kPosition, kPositionValues[p]); };
  if (i == first) position(kPositionFirst);
  if (i + 1 >= last) position(kPositionLast);
  if (v.sentence_of(i).headline) position(kPositionHeadline);
  if (i != first && v.doc.tokens[i].capitalised) position(kPositionCap);
  Candidate out;
  out.token = i;
  out.sentence = v.tok_sentence[i];
  out.hit = hit;
  out.stage1 = static_cast<float>(sigmoid(acc.stage1));
  out.stage2_own = acc.stage2;
  out.word_hash = w.hash;
  out.before_hash = p1.hash;
  out.word = w.text;
  out.before = p1.text;
  out.quoted = quoted;
  return out;
}

// Stage 2's probability of candidate k: its own features' weights plus those of its place among the likely cues
// (stage 1 >= strong_) of its sentence: the nearest one before it and the nearest one after it.
float CueDetector::place_among(const std::vector<Candidate>& cands, size_t k, std::vector<std::string>* names) const {
  const auto find_slot = [this](uint64_t key) { return find(key); };
  Accumulator<decltype(find_slot)> acc(find_slot, names);
  const Candidate& c = cands[k];
  auto separators = [](const Candidate& a, const Candidate& b) {  // between a and b, a first
    return (b.commas > a.commas ? 4 : 0) + (b.quotes > a.quotes ? 2 : 0) + (b.conjunctions > a.conjunctions ? 1 : 0);
  };
  const Candidate* before = nullptr;
  for (size_t j = k; j > 0 && cands[j - 1].sentence == c.sentence;)
    if (cands[--j].stage1 >= strong_) {
      before = &cands[j];
      break;
    }
  const Candidate* after = nullptr;
  for (size_t j = k + 1; j < cands.size() && cands[j].sentence == c.sentence; ++j)
    if (cands[j].stage1 >= strong_) {
      after = &cands[j];
      break;
    }
  if (before) {
    const uint32_t gap = std::min<uint32_t>(c.token - before->token, 8);
    const int sep = separators(*before, c);
    acc.add_fixed(fixed_.after, kAfter, "after");
    acc.add_hashed(kAfterPrev1, c.before_hash, c.before);
    acc.add_hashed(kAfterWord, c.word_hash, c.word);
    acc.add_fixed(fixed_.after_gap[gap], kAfterGap, kSmallNumbers[gap]);
    acc.add_fixed(fixed_.after_quoted[c.quoted], kAfterQuoted, kSmallNumbers[c.quoted]);
    acc.add_hashed(kAfterCue, before->word_hash, before->word);
    acc.add_fixed(fixed_.after_sep[sep], kAfterSep, kSeparatorSets[sep]);
  }
  if (after) {
    const uint32_t gap = std::min<uint32_t>(after->token - c.token, 8);
    const int sep = separators(c, *after);
    acc.add_fixed(fixed_.before, kBefore, "before");
    acc.add_fixed(fixed_.before_gap[gap], kBeforeGap, kSmallNumbers[gap]);
    acc.add_fixed(fixed_.before_quoted[c.quoted], kBeforeQuoted, kSmallNumbers[c.quoted]);
    acc.add_hashed(kBeforeWord, c.word_hash, c.word);
    acc.add_hashed(kBeforeCue, after->word_hash, after->word);
    acc.add_fixed(fixed_.before_sep[sep], kBeforeSep, kSeparatorSets[sep]);
  }
  if (!before && !after) acc.add_fixed(fixed_.alone, kAlone);
  return static_cast<float>(sigmoid(c.stage2_own + acc.stage2));
}

// [SECTION] Detection
// Adds an accepted word: a cue of its own, or the end of the previous one when both belong to one phrase ("said in
// a statement": at most two words between them, no punctuation).
void CueDetector::join(const DocumentView& v, const std::vector<CueHit>& hits, const Candidate& c, float p,
                       std::vector<DetectedCue>& out) {
  const uint32_t i = c.token;
  if (!out.empty() && v.tok_sentence[out.back().last] == c.sentence && i - out.back().last <= 3) {
    bool joined = true;
    for (uint32_t k = out.back().last + 1; k < i; ++k)
      if (v.doc.tokens[k].kind != TokenKind::Word) joined = false;
    if (joined) {
      DetectedCue& d = out.back();
      d.last = std::max(d.last, i);
      if (p > d.probability) {
        d.probability = p;
        d.head = i;
      }
      return;
    }
  }
  DetectedCue d;
  d.first = d.last = d.head = i;
  d.probability = p;
  for (size_t h = c.hit; h < hits.size() && hits[h].first <= i; ++h)
    if (hits[h].first == i && !hits[h].cue->act) d.last = std::max(d.last, hits[h].last);  // "according to"
  out.push_back(d);
}

std::vector<DetectedCue> CueDetector::detect(const DocumentView& v, const std::vector<CueHit>& hits,
                                             CueDump* dump) const {
  std::vector<DetectedCue> out;
  const bool dump_gate = dump && dump->gate;
  if (empty() && !dump_gate) return out;
  const Document& doc = v.doc;
  std::vector<Candidate> cands;
  std::vector<uint64_t> word_hashes(doc.tokens.size(), 0);  // hash_value of each word, once computed
  size_t hit = 0;
  uint32_t commas = 0, quotes = 0, conjunctions = 0;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& t = doc.tokens[i];
    const std::string_view w = v.word(i);
    if (t.kind == TokenKind::Quote) {
      ++quotes;
      continue;
    }
    if (t.kind == TokenKind::Number) continue;
    if (w == ",") ++commas;
    if (w == "and" || w == "but") ++conjunctions;
    if (v.tok_mention[i] >= 0) continue;  // "Said" in a name is no cue
    if (!dump_gate && !gate_words_.maybe(w)) continue;
    uint64_t& word_hash = word_hashes[i];  // maybe hashed already as the word after one scored
    if (word_hash == 0) word_hash = hash_value(w);
    const bool candidate = dump_gate ? dump->gate(w) : gate_has(feature_key(kGate, word_hash, 0));
    if (!candidate) continue;
    // Lexicon hits that may start at or cover token i (hits are sorted by their first token).
    while (hit < hits.size() && hits[hit].last < i) ++hit;
    CueDump::Record* record = nullptr;
    if (dump) {
      dump->records.emplace_back();
      record = &dump->records.back();
    }
    cands.push_back(score_word(v, hits, hit, i, word_hashes, record));
    Candidate& c = cands.back();
    c.commas = commas;
    c.quotes = quotes;
    c.conjunctions = conjunctions;
    if (record) {
      record->span = t.span;
      record->token = i;
      record->sentence = c.sentence;
      record->word = std::string(c.word);
      record->before = std::string(c.before);
      record->quoted = c.quoted;
      record->commas = commas;
      record->quotes = quotes;
      record->conjunctions = conjunctions;
      record->stage1 = c.stage1;
    }
  }
  for (size_t k = 0; k < cands.size(); ++k) {
    const float p = place_among(cands, k, nullptr);
    if (dump) dump->records[k].probability = p;
    if (p >= threshold_ && !empty()) join(v, hits, cands[k], p, out);
  }
  return out;
}

}  // namespace riposte
