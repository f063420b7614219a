// [SECTION] Lexicons and token classes
// [SECTION] Weights by groups
// [SECTION] Cue
// [SECTION] Target
// [SECTION] Content
// [SECTION] Actors and history
#include "engine/claims/claim_features.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <string>

#include "engine/claims/grammar_words.h"
#include "engine/lexicon/embedded_data.h"
#include "engine/lexicon/tsv.h"

namespace riposte {

// [SECTION] Lexicons and token classes
namespace {

uint16_t class_of(const Cue& cue) {
  switch (cue.cls) {
    case CueClass::Accusation:
      return ClaimFeatures::kAccuse;
    case CueClass::Rebuttal:
      return ClaimFeatures::kRebut;
    case CueClass::Speech:
      return ClaimFeatures::kSpeech;
    case CueClass::Support:
      return ClaimFeatures::kSupport;
    case CueClass::Modifier:
      return cue.kind == CueKind::Negation ? ClaimFeatures::kNegation
             : cue.kind == CueKind::Hedge  ? ClaimFeatures::kHedge
                                           : ClaimFeatures::kIntensifier;
  }
  return 0;
}

std::string_view bucket(size_t n) { return n == 0 ? "0" : n == 1 ? "1" : n <= 3 ? "2-3" : "4+"; }

// The values the per-candidate group's features take (target_place's place, hostility_features' distance and side,
// history_features' facts): ClaimFeatures::kind_bounds enumerates these same arrays, so its bound covers every value
// the features can write.
enum TargetPlaceValue { kObject, kContent, kBefore, kAfter, kPrevious, kLater };
constexpr std::string_view kTargetPlaces[] = {"object", "content", "before", "after", "previous", "later"};
constexpr std::string_view kHostileDistances[] = {"near", "mid", "far"};
constexpr std::string_view kHostileSides[] = {"before", "after"};
constexpr std::string_view kHistoryFacts[] = {"target_accused_source_before", "target_accused_source_after",
                                              "source_accused_target_before"};

std::string_view distance_bucket(int64_t d) {
  if (d < 0) d = -d;
  return d <= 2 ? "0-2" : d <= 6 ? "3-6" : d <= 12 ? "7-12" : d <= 25 ? "13-25" : "26+";
}

// A word like a verb after a target ("Labour has ...", "Labour pledged ..."): an auxiliary of the claim model's list,
// or a word ending in -ed. The lists model_auxiliaries and model_prepositions (data/claim_words.tsv) are part of the
// model's features: a change to them means retraining data/claim_model.tsv.
bool verb_like(const ClaimWords& words, std::string_view w) {
  if (words.model_auxiliaries.contains(w)) return true;
  return w.size() > 3 && (w.substr(w.size() - 2) == "ed");
}

}  // namespace

EvaluativeLexicon::EvaluativeLexicon() : EvaluativeLexicon(data::file("evaluative.tsv")) {}

EvaluativeLexicon::EvaluativeLexicon(std::string_view tsv) {
  // word<TAB>polarity<TAB>source; '#' comments. Weak entries (|polarity| < 0.25) are left out: they are noise for
  // claims.
  std::vector<std::string_view> neg, pos;
  each_row(tsv, [&](const std::vector<std::string_view>& cols) {
    double p = 0;
    if (cols.size() < 2 || !parse_number(cols[1], p)) return;
    if (p <= -0.25)
      neg.push_back(cols[0]);
    else if (p >= 0.25)
      pos.push_back(cols[0]);
  });
  const size_t negatives = neg.size();
  neg.insert(neg.end(), pos.begin(), pos.end());
  std::vector<int64_t> index;
  words_ = WordSet(neg, &index);
  polarity_.assign(words_.size(), 0);
  for (size_t i = 0; i < neg.size(); ++i)
    if (const int64_t w = index[i]; w >= 0) polarity_[static_cast<size_t>(w)] |= i < negatives ? kNegative : kPositive;
}

ClaimFeatures::ClaimFeatures(const DocumentView& view, const std::vector<Attribution>& statements,
                             const std::vector<CueHit>& hits, const EvaluativeLexicon& evaluative)
    : v_(view), statements_(statements), evaluative_(evaluative) {
  const size_t n = view.doc.tokens.size();
  tok_class_.assign(n, 0);
  tok_cue_.assign(n, nullptr);
  for (const CueHit& h : hits) {
    for (uint32_t k = h.first; k <= h.last && k < n; ++k) tok_class_[k] |= class_of(*h.cue);
    if (!tok_cue_[h.first]) tok_cue_[h.first] = h.cue;
  }
  block_done_.assign((n + kPolarityBlock - 1) / kPolarityBlock, 0);
  charged_mask_.assign((n + 63) / 64, 0);
  in_mentions_.reserve(n);  // at most one entry per token: room once rather than a dozen regrowths
  for (uint32_t k = 0; k < n; ++k)
    if (view.actor_at(k) >= 0) in_mentions_.push_back(k);
  mention_count_.assign(view.doc.actors.size(), 0);
  for (const Mention& m : view.doc.mentions)
    if (m.actor >= 0 && m.actor < static_cast<int>(mention_count_.size())) ++mention_count_[m.actor];
  // The first token of each mention, grouped by actor in text order: found in one pass, counted, then placed.
  std::vector<std::pair<int, uint32_t>> firsts;  // (actor, token)
  firsts.reserve(view.doc.mentions.size());
  for (uint32_t k = 0; k < n; ++k) {
    const int a = view.actor_at(k);
    if (a < 0) continue;
    firsts.emplace_back(a, k);
    k = view.mention_last(k);
  }
  const size_t actors = view.doc.actors.size();
  actor_token_start_.assign(actors + 1, 0);
  for (const auto& [a, k] : firsts) ++actor_token_start_[a + 1];
  for (size_t a = 0; a < actors; ++a) actor_token_start_[a + 1] += actor_token_start_[a];
  actor_tokens_.resize(firsts.size());
  std::vector<uint32_t> next(actor_token_start_.begin(), actor_token_start_.end() - 1);
  for (const auto& [a, k] : firsts) actor_tokens_[next[a]++] = k;
}

void ClaimFeatures::fill_polarity(uint32_t block) const {
  const uint32_t begin = block * kPolarityBlock;
  const uint32_t end = std::min<uint32_t>(begin + kPolarityBlock, static_cast<uint32_t>(tok_class_.size()));
  uint64_t charged = 0;
  for (uint32_t k = begin; k < end; ++k) {
    if (v_.doc.tokens[k].kind == TokenKind::Word) {
      const std::string_view w = v_.word(k);
      const uint8_t p = evaluative_.polarity(w, WordSet::hash(w));
      if (p & EvaluativeLexicon::kNegative) tok_class_[k] |= kNegative;
      if (p & EvaluativeLexicon::kPositive) tok_class_[k] |= kPositive;
    }
    if (tok_class_[k] & (kAccuse | kRebut | kNegative)) charged |= uint64_t{1} << (k % 64);
  }
  charged_mask_[begin / 64] |= charged;
  block_done_[block] = 1;
}

DisputeHistory::DisputeHistory(const DocumentView& v, const std::vector<const ClaimCandidate*>& accusations) {
  span_.reserve(accusations.size());
  for (const ClaimCandidate* a : accusations)
    span_.push_back({pair_key(v.party_of(a->source), v.party_of(a->target)), {a->cue_first, a->cue_first}});
  std::sort(span_.begin(), span_.end());
  size_t kept = 0;  // each pair once: its first and last cue
  for (size_t i = 0; i < span_.size(); ++i) {
    if (kept > 0 && span_[kept - 1].first == span_[i].first) {
      span_[kept - 1].second.second = span_[i].second.second;  // sorted: the last is the largest
      continue;
    }
    span_[kept++] = span_[i];
  }
  span_.resize(kept);
}

const std::pair<uint32_t, uint32_t>* DisputeHistory::find(int source_party, int target_party) const {
  const uint64_t key = pair_key(source_party, target_party);
  const auto it =
      std::lower_bound(span_.begin(), span_.end(), key, [](const auto& e, uint64_t k) { return e.first < k; });
  return it != span_.end() && it->first == key ? &it->second : nullptr;
}

void ClaimFeatures::extract(const ClaimCandidate& c, const DisputeHistory& decided, const DisputeHistory& hostile,
                            FeatureSink& out) const {
  out.add("bias");
  cue_features(c, out);
  const TargetPlace t = target_place(c);
  target_features(c, t, out);
  if (t.k >= 0) {
    hostility_features(c, t.first, t.last, t.pos, out);
    target_words(t, out);
  }
  content_features(c, out);
  actor_features(c, out);
  history_features(c, decided, c.kind == ClaimKind::Rebuttal ? "hist" : "ahist", out);
  history_features(c, hostile, "hhist", out);
}

// [SECTION] Weights by groups
namespace {

// A rule name as one word: its literal's address and length (equal words: the same literal; a literal's copy
// elsewhere only misses the cache). 0 when it does not fit, which the callers treat as "not cacheable".
uint64_t name_word(std::string_view r) {
  // 64 bits whatever the pointer's width: a 32-bit uintptr_t (WASM) shifted by 48 is undefined behaviour.
  const uint64_t p = reinterpret_cast<uintptr_t>(r.data());
  if (p >> 48 || r.size() >> 15) return 0;
  return (static_cast<uint64_t>(r.size()) << 48) | p | (uint64_t{1} << 63);
}

uint64_t two(uint32_t hi, uint32_t lo) { return (static_cast<uint64_t>(hi) << 32) | lo; }

}  // namespace

double ClaimFeatures::weight_sum(const ClaimCandidate& c, const ClaimModel& model, const DisputeHistory& decided,
                                 const DisputeHistory& hostile, FeatureSink& scratch, const KindBounds* bounds) const {
  const size_t kind = ClaimModel::index(c.kind);
  const double statement = statement_group(c, model, scratch)[kind];
  const TargetGroup target = target_group(c, model, hostile, scratch);
  if (bounds) {
    const double upper =
        statement + target.z[kind] + (target.place.k >= 0 ? bounds->hostility[kind] : 0.0) + bounds->history[kind];
    if (upper < bounds->reject_below[kind]) return upper;
  }
  scratch.clear();
  if (target.place.k >= 0) hostility_features(c, target.place.first, target.place.last, target.place.pos, scratch);
  history_features(c, decided, c.kind == ClaimKind::Rebuttal ? "hist" : "ahist", scratch);
  return statement + target.z[kind] + model.weight_sums(scratch)[kind];
}

ClaimFeatures::KindBounds ClaimFeatures::kind_bounds(const ClaimModel& model) {
  KindBounds b;
  FeatureSink one;
  for (const ClaimKind kind : {ClaimKind::Accusation, ClaimKind::Rebuttal}) {
    const size_t k = ClaimModel::index(kind);
    const auto w = [&](auto... parts) {
      one.clear();
      one.add(parts...);
      return model.weight_sums(one)[k];
    };
    // hostility_features: "none" with the target's place, or the nearest word's distance alone, with its side and
    // with the place, and maybe "hostile_closest".
    double hostility = -HUGE_VAL;
    for (const std::string_view pos : kTargetPlaces) {
      hostility = std::max(hostility, w("hostile", "none") + w("hostile", "none", pos));
      for (const std::string_view near : kHostileDistances)
        for (const std::string_view side : kHostileSides)
          hostility = std::max(hostility, w("hostile", near) + w("hostile", near, side) + w("hostile", near, pos) +
                                              std::max(0.0, w("hostile_closest")));
    }
    // history_features with the kind's key: any of its three facts, or "none".
    const std::string_view key = kind == ClaimKind::Rebuttal ? "hist" : "ahist";
    double history = -HUGE_VAL;
    for (int facts = 0; facts < 8; ++facts) {
      double sum = facts == 0 ? w(key, "none") : 0.0;
      for (int f = 0; f < 3; ++f)
        if (facts & (1 << f)) sum += w(key, kHistoryFacts[f]);
      history = std::max(history, sum);
    }
    b.hostility[k] = hostility;
    b.history[k] = history;
    const double t = model.threshold(kind);
    if (t > 0.0 && t < 1.0) b.reject_below[k] = std::log(t / (1.0 - t)) - 1e-6;
  }
  return b;
}

// bias, cue and content: what cue_features and content_features read (every rule name, up to four; with more, or a
// name that does not pack into a word, the group is weighted every time).
std::array<double, 2> ClaimFeatures::statement_group(const ClaimCandidate& c, const ClaimModel& model,
                                                     FeatureSink& scratch) const {
  GroupKey key{two(c.cue_first, c.cue_last), two(c.content.begin, c.content.end),
               two(static_cast<uint32_t>(c.statement), (c.implied ? 256u : 0u) | static_cast<uint32_t>(c.rules.size())),
               reinterpret_cast<uintptr_t>(c.cue)};
  bool cacheable = c.rules.size() <= 4;
  for (size_t i = 0; i < c.rules.size() && cacheable; ++i) cacheable = (key[4 + i] = name_word(c.rules[i])) != 0;
  std::array<double, 2>* cached = nullptr;
  if (cacheable) {
    const auto [value, fresh] = statement_groups_.try_emplace(key);
    if (!fresh) return *value;
    cached = value;
  }
  scratch.clear();
  scratch.add("bias");
  cue_features(c, scratch);
  compute_content_features(c, scratch);  // content_features' cache would only copy them: this group is the cache
  const std::array<double, 2> z = model.weight_sums(scratch);
  if (cached) *cached = z;
  return z;
}

// Where the target is and the words around it, the actors, the hostile history: what they read.
ClaimFeatures::TargetGroup ClaimFeatures::target_group(const ClaimCandidate& c, const ClaimModel& model,
                                                       const DisputeHistory& hostile, FeatureSink& scratch) const {
  const uint64_t origin = c.rules.empty() ? 0 : name_word(c.rules.front());
  const GroupKey key{two(c.cue_first, c.cue_last),
                     two(c.content.begin, c.content.end),
                     two(static_cast<uint32_t>(c.source), static_cast<uint32_t>(c.target)),
                     two(static_cast<uint32_t>(c.statement), c.rules.empty() ? 1u : 0u),
                     origin,
                     reinterpret_cast<uintptr_t>(&hostile)};
  TargetGroup* cached = nullptr;
  if (c.rules.empty() || origin != 0) {
    const auto [value, fresh] = target_groups_.try_emplace(key);
    if (!fresh) return *value;
    cached = value;
  }
  TargetGroup g;
  g.place = target_place(c);
  const std::array<double, 2> words =
      g.place.k >= 0 ? target_words_group(g.place, model, scratch) : std::array<double, 2>{};
  scratch.clear();
  target_features(c, g.place, scratch);
  actor_features(c, scratch);
  history_features(c, hostile, "hhist", scratch);
  const std::array<double, 2> rest = model.weight_sums(scratch);
  // The same double as one sum of all these features, as every sum of the model's weights is exact (sums_exact).
  for (size_t k = 0; k < 2; ++k) g.z[k] = rest[k] + words[k];
  if (cached) *cached = g;
  return g;
}

// The words around a target's mention, weighted by the mention (target_words reads nothing else) rather than by the
// whole target group's key: a mention is the target of candidates from several statements, cues and rules.
std::array<double, 2> ClaimFeatures::target_words_group(const TargetPlace& t, const ClaimModel& model,
                                                        FeatureSink& scratch) const {
  const auto [cached, fresh] = target_words_groups_.try_emplace({two(t.first, t.last)});
  if (!fresh) return *cached;
  scratch.clear();
  target_words(t, scratch);
  *cached = model.weight_sums(scratch);
  return *cached;
}

uint32_t ClaimFeatures::content_first(const ClaimCandidate& c) const {
  return c.content.empty() ? c.cue_first : content_tokens(c.content, c.cue_first).first;
}

uint32_t ClaimFeatures::content_last(const ClaimCandidate& c) const {
  return c.content.empty() ? c.cue_last : content_tokens(c.content, c.cue_first).second;
}

// A statement's targets are scored one after the other and share its content: the last span's tokens are kept
// rather than found by two searches per feature group. The searches start from the cue, which a content is next to.
const std::pair<uint32_t, uint32_t>& ClaimFeatures::content_tokens(Span content, uint32_t near) const {
  if (!(content == last_content_)) {
    last_content_ = content;
    const uint32_t first = token_at_byte(v_.doc, content.begin, near);
    last_content_tokens_ = {first, token_at_byte(v_.doc, content.end - 1, first)};
  }
  return last_content_tokens_;
}

// [SECTION] Cue
void ClaimFeatures::cue_features(const ClaimCandidate& c, FeatureSink& out) const {
  for (std::string_view r : c.rules) out.add("rule", r);
  if (c.rules.size() > 1) out.add("rules", "several");
  const Cue* cue = c.cue ? c.cue : tok_cue_[c.cue_first];
  const bool carried = c.statement >= 0 && !statements_[c.statement].cue;
  if (carried) {
    out.add("cue", "carried_quote");
  } else {
    const bool clause_only = c.rules.size() == 1 && c.rules.front() == "clause";
    // A clause's cue is just the word after the subject: only lexicon verbs are worth a weight of their own.
    if (!clause_only) out.add("cue", v_.word(c.cue_first));
    if (cue) {
      out.add(clause_only ? "verb" : "cuelemma", cue->lemma);
      out.add("cuekind", cue_kind_name(cue->kind));
    }
  }
  if (c.implied) out.add("implied");
  if (v_.sentence_of(c.cue_first).headline) out.add("headline");
  if (!carried && v_.negated_before(c.cue_first)) out.add("cue_negated");
}

// [SECTION] Target
int64_t ClaimFeatures::nearest_target_token(const ClaimCandidate& c) const {
  const uint32_t s = v_.tok_sentence[c.cue_first];
  const uint32_t lo = v_.doc.sentences[s >= 2 ? s - 2 : 0].first_token;
  const uint32_t hi = std::max(content_last(c), v_.sentence_last(c.cue_first));
  // The target's mentions around the cue: the first at or after it, and the last before it.
  const uint32_t* at_begin = actor_tokens_.data() + actor_token_start_[c.target];
  const uint32_t* at_end = actor_tokens_.data() + actor_token_start_[c.target + 1];
  const uint32_t* after = std::lower_bound(at_begin, at_end, c.cue_first);
  int64_t best = -1, best_d = INT64_MAX;
  if (after != at_end && *after <= hi) {
    best = *after;
    best_d = *after - c.cue_first;
  }
  if (after != at_begin) {
    const uint32_t before = *std::prev(after);
    if (before >= lo && static_cast<int64_t>(c.cue_first - before) <= best_d) best = before;  // ties: the earlier
  }
  return best;
}

ClaimFeatures::TargetPlace ClaimFeatures::target_place(const ClaimCandidate& c) const {
  TargetPlace t;
  t.k = nearest_target_token(c);
  if (t.k < 0) return t;
  const uint32_t k = static_cast<uint32_t>(t.k), cf = content_first(c), cl = content_last(c);
  const bool same_sentence = v_.tok_sentence[k] == v_.tok_sentence[c.cue_first];
  if (k > c.cue_last && k <= c.cue_last + 3)
    t.pos = kTargetPlaces[kObject];
  else if (k >= cf && k <= cl)
    t.pos = kTargetPlaces[kContent];
  else if (same_sentence)
    t.pos = kTargetPlaces[k < c.cue_first ? kBefore : kAfter];
  else
    t.pos = kTargetPlaces[k < c.cue_first ? kPrevious : kLater];
  t.first = v_.mention_first(k);
  t.last = v_.mention_last(k);
  return t;
}

void ClaimFeatures::target_features(const ClaimCandidate& c, const TargetPlace& t, FeatureSink& out) const {
  const std::string_view origin = c.rules.empty() ? std::string_view("none") : c.rules.front();
  if (t.k < 0) {
    out.add("tpos", "far");
    out.add("tpos", "far", origin);
    return;
  }
  const uint32_t k = static_cast<uint32_t>(t.k), cf = content_first(c), cl = content_last(c);
  const std::string_view pos = t.pos;
  out.add("tpos", pos);
  out.add("tpos", pos, origin);
  out.add("tdist", distance_bucket(static_cast<int64_t>(k) - static_cast<int64_t>(c.cue_first)));
  const uint32_t first = t.first, last = t.last;
  if (first > 0 && v_.words.model_prepositions.contains(v_.word(first - 1))) out.add("tprep", v_.word(first - 1));
  if (v_.is_possessive(last + 1)) out.add("tposs");
  if (v_.tok_quoted[k]) out.add("tquoted");
  if (last + 1 < v_.doc.tokens.size() && verb_like(v_.words, v_.word(last + 1))) out.add("tsubject");
  bool first_in_content = k >= cf && k <= cl;
  for (uint32_t j = cf; first_in_content && j < first; ++j)
    if (v_.actor_at(j) >= 0 && v_.actor_at(j) != c.target) first_in_content = false;
  if (first_in_content) out.add("tfirst");
}

void ClaimFeatures::target_words(const TargetPlace& t, FeatureSink& out) const {
  const uint32_t first = t.first, last = t.last;
  // The words around the target: what is said of it ("X lied", "X's disastrous plan").
  {
    const uint32_t sf = v_.sentence_first(first), sl = v_.sentence_last(first);
    for (uint32_t j = first > sf + 4 ? first - 4 : sf; j <= sl && j <= last + 5; ++j) {
      if ((j >= first && j <= last) || v_.doc.tokens[j].kind != TokenKind::Word) continue;
      const std::string_view w = v_.word(j);
      if (w.size() < 3) continue;
      if (j < first)  // two calls, not a conditional key: a literal key's hash is folded at compile time
        out.add("tw_before", w);
      else
        out.add("tw_after", w);
    }
  }
  // Lexicon words right around the target ("the corrupt X", "X lied").
  const uint32_t lo = first > 4 ? first - 4 : 0;
  const uint32_t hi = std::min<uint32_t>(last + 4, static_cast<uint32_t>(v_.doc.tokens.size() - 1));
  uint16_t near = 0;  // each class once: features are binary
  ensure_polarity(lo, hi);
  for (uint32_t j = lo; j <= hi; ++j)
    if (j < first || j > last) near |= tok_class_[j];
  if (near & kAccuse) out.add("near", "accuse");
  if (near & kRebut) out.add("near", "rebut");
  if (near & kNegative) out.add("near", "negative");
  if (near & kPositive) out.add("near", "positive");
}

// Where the hostile words of the target's sentence are: the nearest one to the target, on which side, and whether
// the target is the actor nearest to it (in "X said Y's plan was a disgrace, unlike Z's", Y, not Z).
void ClaimFeatures::hostility_features(const ClaimCandidate& c, uint32_t first, uint32_t last, std::string_view pos,
                                       FeatureSink& out) const {
  const uint16_t hostile = c.kind == ClaimKind::Rebuttal ? (kRebut | kNegative) : (kAccuse | kNegative);
  const uint32_t sf = v_.sentence_first(first), sl = v_.sentence_last(first);
  int64_t best = -1, best_d = INT64_MAX;
  ensure_polarity(sf, sl);
  for (uint32_t b = sf / 64; b <= sl / 64; ++b) {  // the charged tokens of [sf, sl], in order
    uint64_t m = charged_mask_[b];
    if (b == sf / 64) m &= ~uint64_t{0} << (sf % 64);
    if (b == sl / 64 && sl % 64 != 63) m &= (uint64_t{1} << (sl % 64 + 1)) - 1;
    for (; m; m &= m - 1) {
      const uint32_t j = b * 64 + static_cast<uint32_t>(std::countr_zero(m));
      if ((tok_class_[j] & hostile) == 0 || (j >= first && j <= last)) continue;
      const int64_t d = j < first ? static_cast<int64_t>(first - j) : static_cast<int64_t>(j - last);
      if (d < best_d) {
        best_d = d;
        best = j;
      }
    }
  }
  if (best < 0) {
    out.add("hostile", "none");
    out.add("hostile", "none", pos);
    return;
  }
  const std::string_view side = kHostileSides[best < first ? 0 : 1];
  const std::string_view near = kHostileDistances[best_d <= 3 ? 0 : best_d <= 8 ? 1 : 2];
  out.add("hostile", near);
  out.add("hostile", near, side);
  out.add("hostile", near, pos);
  // Is another actor (not the source) nearer to that word?
  bool closest = true;
  for (auto it = std::lower_bound(in_mentions_.begin(), in_mentions_.end(), sf);
       it != in_mentions_.end() && *it <= sl && closest; ++it) {
    const uint32_t j = *it;
    const int a = v_.actor_at(j);
    if (a < 0 || a == c.target || a == c.source) continue;
    const int64_t d = std::abs(static_cast<int64_t>(j) - best);
    if (d < best_d) closest = false;
  }
  if (closest) out.add("hostile_closest");
}

// [SECTION] Content
void ClaimFeatures::content_features(const ClaimCandidate& c, FeatureSink& out) const {
  // Every target of a statement shares its content: computed once per content span.
  const uint64_t key = c.content.empty() ? (uint64_t{1} << 63) | c.cue_first
                                         : (static_cast<uint64_t>(c.content.begin) << 32) | c.content.end;
  auto [it, fresh] = content_cache_.try_emplace(key, out.keeps_names());
  if (fresh) compute_content_features(c, it->second);
  out.append(it->second);
}

void ClaimFeatures::compute_content_features(const ClaimCandidate& c, FeatureSink& out) const {
  const uint32_t cf = content_first(c);
  const uint32_t cl = std::min(content_last(c), cf + 80);  // long contents: what comes first matters
  size_t acc = 0, reb = 0, neg = 0, pos = 0, negation = 0, hedge = 0, support = 0;
  std::vector<std::string_view> words, kinds;
  ensure_polarity(cf, cl);
  for (uint32_t k = cf; k <= cl && k < v_.doc.tokens.size(); ++k) {
    const uint16_t cls = tok_class_[k];
    acc += (cls & kAccuse) != 0;
    reb += (cls & kRebut) != 0;
    neg += (cls & kNegative) != 0;
    pos += (cls & kPositive) != 0;
    negation += (cls & kNegation) != 0;
    hedge += (cls & kHedge) != 0;
    support += (cls & kSupport) != 0;
    if (tok_cue_[k] && (cls & (kAccuse | kRebut | kSupport))) words.push_back(tok_cue_[k]->lemma);
    if (const Cue* cue = tok_cue_[k]; cue && cue->cls != CueClass::Speech && cue->cls != CueClass::Modifier)
      kinds.push_back(cue_kind_name(cue->kind));
  }
  out.add("c_acc", bucket(acc));
  out.add("c_reb", bucket(reb));
  out.add("c_neg", bucket(neg));
  out.add("c_pos", bucket(pos));
  if (negation) out.add("c_negation");
  if (hedge) out.add("c_hedge");
  if (support) out.add("c_support");
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (std::string_view w : words) out.add("w", w);
  std::sort(kinds.begin(), kinds.end());
  kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
  for (std::string_view k : kinds) out.add("ckind", k);
  if (cf < v_.doc.tokens.size() && v_.tok_quoted[cf]) out.add("quoted");
  out.add("clen", bucket((cl - cf + 1) / 8));
}

bool ClaimFeatures::hostile(const ClaimCandidate& c) const {
  const uint32_t cf = content_first(c), cl = std::min(content_last(c), cf + 80);
  // A statement's candidates come one after the other with the same content: the last answer is kept.
  if (cf == last_hostile_range_.first && cl == last_hostile_range_.second) return last_hostile_;
  last_hostile_range_ = {cf, cl};
  last_hostile_ = false;
  ensure_polarity(cf, cl);
  for (uint32_t k = cf; k <= cl && k < v_.doc.tokens.size() && !last_hostile_; ++k)
    last_hostile_ = (tok_class_[k] & (kAccuse | kNegative)) != 0;
  return last_hostile_;
}

std::vector<uint8_t> ClaimFeatures::charged_tokens() const {
  std::vector<uint8_t> out(tok_class_.size(), 0);
  for (size_t k = 0; k < out.size(); ++k) out[k] = (tok_class_[k] & (kAccuse | kRebut)) != 0;
  return out;
}

// [SECTION] Actors and history
// Where the source and the target stand in the cue's sentence: which comes first, which is the sentence's first actor
// (its likely subject), whether the source follows "by"/"from" (an agent: "a lawsuit filed by X", "criticism from X").
void ClaimFeatures::order_features(const ClaimCandidate& c, FeatureSink& out) const {
  const uint32_t sf = v_.sentence_first(c.cue_first), sl = v_.sentence_last(c.cue_first);
  int64_t s_at = -1, t_at = -1;
  int first_actor = -1;
  // The sentence's mentions, from the sorted tokens that have an actor: each mention's first token, then past it.
  for (auto it = std::lower_bound(in_mentions_.begin(), in_mentions_.end(), sf);
       it != in_mentions_.end() && *it <= sl;) {
    const uint32_t k = *it;
    const int a = v_.actor_at(k);
    if (first_actor < 0 && v_.doc.actors[a].kind != ActorKind::Place) first_actor = a;
    if (a == c.source && s_at < 0) s_at = k;
    if (a == c.target && t_at < 0) t_at = k;
    const uint32_t last = v_.mention_last(k);
    while (it != in_mentions_.end() && *it <= last) ++it;
  }
  if (s_at < 0 || t_at < 0) {
    out.add("order", s_at < 0 ? (t_at < 0 ? "neither" : "target_only") : "source_only");
    return;
  }
  out.add("order", s_at < t_at ? "source_first" : "target_first");
  if (first_actor == c.source) out.add("subject", "source");
  if (first_actor == c.target) out.add("subject", "target");
  const uint32_t mf = v_.mention_first(static_cast<uint32_t>(s_at));
  if (mf > sf && (v_.is(mf - 1, "by") || v_.is(mf - 1, "from"))) out.add("source_agent", v_.word(mf - 1));
  const uint32_t tf = v_.mention_first(static_cast<uint32_t>(t_at));
  if (tf > sf && (v_.is(tf - 1, "by") || v_.is(tf - 1, "from"))) out.add("target_agent", v_.word(tf - 1));
}

void ClaimFeatures::actor_features(const ClaimCandidate& c, FeatureSink& out) const {
  order_features(c, out);
  const std::string_view sk = to_string(v_.doc.actors[c.source].kind);
  const std::string_view tk = to_string(v_.doc.actors[c.target].kind);
  out.add("skind", sk);
  out.add("tkind", tk);
  out.add("kinds", sk, tk);
  out.add("tfreq", bucket(static_cast<size_t>(mention_count_[c.target])));
  if (c.statement >= 0) {
    const Attribution& st = statements_[c.statement];
    if (st.source_first == st.source_last && v_.actor_at(st.source_first) < 0) out.add("source_pronoun");
    if (st.addressee == c.target) out.add("addressee");
  }
}

void ClaimFeatures::history_features(const ClaimCandidate& c, const DisputeHistory& history, std::string_view key,
                                     FeatureSink& out) const {
  const int ps = v_.party_of(c.source), pt = v_.party_of(c.target);
  // A candidate is never its own history: it is one of the accusations only at its own cue, which counts as
  // "before" (ties go to before, as when each accusation was compared one by one).
  const auto* theirs = history.find(pt, ps);
  const auto* ours = history.find(ps, pt);
  const bool t2s_before = theirs && theirs->first <= c.cue_first;
  const bool t2s_after = theirs && theirs->second > c.cue_first;
  const bool s2t_before = ours && ours->first < c.cue_first;
  if (t2s_before) out.add(key, kHistoryFacts[0]);
  if (t2s_after) out.add(key, kHistoryFacts[1]);
  if (s2t_before) out.add(key, kHistoryFacts[2]);
  if (!t2s_before && !t2s_after && !s2t_before) out.add(key, "none");
}

}  // namespace riposte
