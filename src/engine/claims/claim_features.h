// The claim model's features for one candidate (claim_candidates.h): what the cue is, where the target is named
// relative to it, what the content says (accusation, criticism, denial and evaluative words from the lexicons,
// negation, hedges, quotation), who the source and the target are, and what the two sides said of each other
// before. Feature names are stable text ("cue=said", "tpos=content"): the trainer reads them from the dump and
// the model file stores them.
#pragma once
#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_candidates.h"
#include "engine/claims/claim_model.h"
#include "engine/lexicon/cue_lexicon.h"
#include "engine/lexicon/word_set.h"

namespace riposte {

// The evaluative lexicon (data/evaluative.tsv: word, polarity in [-1, 1]): the words rated at least 0.25 either way,
// each with its polarity bits.
class EvaluativeLexicon {
 public:
  enum Polarity : uint8_t { kNegative = 1, kPositive = 2 };  // bits: a word the file rates both ways has both
  EvaluativeLexicon();                                       // the embedded file
  explicit EvaluativeLexicon(std::string_view tsv);
  // The polarity bits of a word (0: not rated, or only weakly), whatever the case of its ASCII letters; `h` is
  // WordSet::hash(w). One lookup in one table: every word of every document is asked about, and three sets (any
  // rating, negative, positive) cost up to three lookups that missed the cache.
  uint8_t polarity(std::string_view w, uint64_t h) const {
    const int64_t i = words_.index_of(w, h);
    return i < 0 ? 0 : polarity_[static_cast<size_t>(i)];
  }
  bool negative(std::string_view w) const { return polarity(w, WordSet::hash(w)) & kNegative; }
  bool positive(std::string_view w) const { return polarity(w, WordSet::hash(w)) & kPositive; }
  size_t size() const { return words_.size(); }  // words rated, either way

 private:
  WordSet words_;                  // every word rated at least 0.25 either way
  std::vector<uint8_t> polarity_;  // per word of words_ (WordSet::index_of)
};

// Where the accusations between two sides appear: for each ordered pair of parties, the first and last cue token.
class DisputeHistory {
 public:
  DisputeHistory(const DocumentView& v, const std::vector<const ClaimCandidate*>& accusations);
  const std::pair<uint32_t, uint32_t>* find(int source_party, int target_party) const;

 private:
  static uint64_t pair_key(int s, int t) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(s)) << 32) | static_cast<uint32_t>(t);
  }
  // (party pair, first and last cue token), sorted by the pair: a document has a few dozen accusations at most, and
  // a vector built once costs no allocation per pair.
  std::vector<std::pair<uint64_t, std::pair<uint32_t, uint32_t>>> span_;
};

class ClaimFeatures {
 public:
  ClaimFeatures(const DocumentView& view, const std::vector<Attribution>& statements, const std::vector<CueHit>& hits,
                const EvaluativeLexicon& evaluative);

  // Writes the candidate's features. The history of the dispute between the two sides comes from `decided` (the
  // accusations the rules proposed, for accusations; the accepted ones, for rebuttals) and `hostile` (every
  // accusation candidate in hostile words).
  void extract(const ClaimCandidate& c, const DisputeHistory& decided, const DisputeHistory& hostile,
               FeatureSink& out) const;
  // The sum of `model`'s weights for c's kind over the features extract() writes, by groups: the statement's (bias,
  // cue, content: shared by its targets and by both kinds) and the target's (where it is named, the words around it,
  // the actors, the hostile history: shared by both kinds) are weighted once, for both kinds, and kept; only the
  // hostility of the target's sentence and the kind's own history are weighted per candidate. The groups' feature
  // names never overlap, so each feature still counts once. Only for a model whose sums_exact(): the result is then
  // the very double that summing extract()'s features in order gives. `scratch` is any sink without names.
  // The most the per-candidate group (hostility of the target's sentence, the kind's own history) can add to the sum,
  // per kind: the largest sum of weights over every set of features hostility_features and history_features can
  // write. Computed once per model (kind_bounds).
  struct KindBounds {
    std::array<double, 2> hostility{}, history{};
    // A sum under this cannot reach the kind's threshold: its logit, less a margin far above the rounding of the
    // logistic (so that no rounding of exp can carry a bounded candidate over); -inf for a threshold of 0 or 1.
    std::array<double, 2> reject_below{-HUGE_VAL, -HUGE_VAL};
  };
  static KindBounds kind_bounds(const ClaimModel& model);
  // With `bounds`: when even the largest per-candidate group keeps the probability under the kind's threshold, that
  // upper bound is returned without weighting the group (the candidate cannot be accepted, whatever it holds: exact,
  // as every sum is). Only for a candidate no rule proposed (a rule's has its own threshold).
  double weight_sum(const ClaimCandidate& c, const ClaimModel& model, const DisputeHistory& decided,
                    const DisputeHistory& hostile, FeatureSink& scratch, const KindBounds* bounds = nullptr) const;

  // Whether the target is named near the cue: in its sentence, its content or the sentence before. A candidate whose
  // target is only a topic of the article or an accuser from elsewhere ("far") is left to the rules: in the training
  // corpus the model's decisions on such candidates were mostly wrong (bench/README.md, the claim model).
  bool target_near(const ClaimCandidate& c) const { return nearest_target_token(c) >= 0; }
  // An accusation candidate whose content has accusation or negative evaluative words (the rebuttals' history).
  bool hostile(const ClaimCandidate& c) const;
  // Per token: 1 for an accusation or rebuttal cue word (co-occurrence candidates start from these).
  std::vector<uint8_t> charged_tokens() const;

  // Token classes (bits), one per token.
  enum Class : uint16_t {
    kAccuse = 1,        // an accusation cue: verb, noun, evaluation, conduct, demand
    kRebut = 2,         // a rebuttal cue: denial verb, "unfounded", "did nothing wrong"
    kSpeech = 4,        // a speech verb
    kNegation = 8,      // not, never, refused to
    kHedge = 16,        // perhaps, reportedly
    kIntensifier = 32,  // strongly, utterly
    kNegative = 64,     // negative evaluative word
    kPositive = 128,    // positive evaluative word
    kSupport = 256,     // praised, backed
  };

 private:
  // Where the target is named nearest to the cue (token k, its mention [first, last], the `tpos` value); k < 0: far.
  struct TargetPlace {
    int64_t k = -1;
    uint32_t first = 0, last = 0;
    std::string_view pos;
  };
  // The candidate fields a group of features reads (weight_sum's caches: eight words, or one for a target's mention),
  // and their hash.
  template <size_t Words>
  using Key = std::array<uint64_t, Words>;
  using GroupKey = Key<8>;
  template <size_t Words>
  static uint64_t hash_key(const Key<Words>& k) {
    uint64_t h = 0;
    for (uint64_t w : k) h = (h ^ w) * 0x9e3779b97f4a7c15ull + (h >> 29);
    return h ^ (h >> 32);
  }
  // Groups by key, open addressing in one array (a node-based map was an allocation per group, a sixth of its cost).
  template <class Value, size_t KeyWords = 8>
  class GroupCache {
   public:
    using GroupKey = Key<KeyWords>;
    // The value kept for `key` and whether it is new (then default, for the caller to fill before the next call).
    std::pair<Value*, bool> try_emplace(const GroupKey& key) {
      if ((count_ + 1) * 2 > slots_.size()) grow();
      const size_t mask = slots_.size() - 1;
      for (size_t s = hash_key(key) & mask;; s = (s + 1) & mask) {
        Entry& e = slots_[s];
        if (!e.used) {
          e.used = true;
          e.key = key;
          ++count_;
          return {&e.value, true};
        }
        if (same(e.key, key)) return {&e.value, false};
      }
    }

   private:
    // Word by word: std::array's == called memcmp for these few words.
    static bool same(const GroupKey& a, const GroupKey& b) {
      for (size_t i = 0; i < KeyWords; ++i)
        if (a[i] != b[i]) return false;
      return true;
    }
    struct Entry {
      GroupKey key{};
      Value value{};
      bool used = false;
    };
    void grow() {
      std::vector<Entry> old = std::move(slots_);
      slots_.assign(old.empty() ? 64 : old.size() * 2, Entry{});
      const size_t mask = slots_.size() - 1;
      for (Entry& e : old) {
        if (!e.used) continue;
        size_t s = hash_key(e.key) & mask;
        while (slots_[s].used) s = (s + 1) & mask;
        slots_[s] = std::move(e);
      }
    }
    std::vector<Entry> slots_;
    size_t count_ = 0;
  };
  struct TargetGroup {
    std::array<double, 2> z{};
    TargetPlace place;
  };
  void cue_features(const ClaimCandidate& c, FeatureSink& out) const;
  TargetPlace target_place(const ClaimCandidate& c) const;
  void target_features(const ClaimCandidate& c, const TargetPlace& t, FeatureSink& out) const;  // before hostility
  void target_words(const TargetPlace& t, FeatureSink& out) const;                              // after it
  std::array<double, 2> statement_group(const ClaimCandidate& c, const ClaimModel& model, FeatureSink& scratch) const;
  TargetGroup target_group(const ClaimCandidate& c, const ClaimModel& model, const DisputeHistory& hostile,
                           FeatureSink& scratch) const;
  std::array<double, 2> target_words_group(const TargetPlace& t, const ClaimModel& model, FeatureSink& scratch) const;
  void hostility_features(const ClaimCandidate& c, uint32_t first, uint32_t last, std::string_view pos,
                          FeatureSink& out) const;
  void content_features(const ClaimCandidate& c, FeatureSink& out) const;
  void compute_content_features(const ClaimCandidate& c, FeatureSink& out) const;
  void actor_features(const ClaimCandidate& c, FeatureSink& out) const;
  void order_features(const ClaimCandidate& c, FeatureSink& out) const;
  void history_features(const ClaimCandidate& c, const DisputeHistory& history, std::string_view key,
                        FeatureSink& out) const;
  // The target's mention nearest to the cue within two sentences before it and the end of the content; -1 if none.
  int64_t nearest_target_token(const ClaimCandidate& c) const;
  uint32_t content_first(const ClaimCandidate& c) const;
  uint32_t content_last(const ClaimCandidate& c) const;
  // First and last token of a content, searched from token `near` (the cue).
  const std::pair<uint32_t, uint32_t>& content_tokens(Span content, uint32_t near) const;

  // The evaluative bits (kNegative, kPositive) of tokens [first, last] and their charged bits, computed on first
  // use by blocks of kPolarityBlock tokens: the features read only the words around targets, their sentences and
  // the contents (about 70% of the words in news), and the lexicon's lookup of every word was 4-5% of the run.
  // Every reader of those bits asks first. A cache of this per-document object: it changes no result.
  void ensure_polarity(uint32_t first, uint32_t last) const {
    if (tok_class_.empty()) return;
    if (last >= tok_class_.size()) last = static_cast<uint32_t>(tok_class_.size()) - 1;
    for (uint32_t b = first / kPolarityBlock; first <= last && b <= last / kPolarityBlock; ++b)
      if (!block_done_[b]) fill_polarity(b);
  }
  void fill_polarity(uint32_t block) const;
  static constexpr uint32_t kPolarityBlock = 16;

  const DocumentView& v_;
  const std::vector<Attribution>& statements_;
  const EvaluativeLexicon& evaluative_;
  mutable std::vector<uint16_t> tok_class_;  // evaluative bits by blocks (ensure_polarity), the others at once
  std::vector<const Cue*> tok_cue_;          // the cue starting at each token (longest), or null
  // Per block of kPolarityBlock tokens, whether its evaluative bits are in; per 64 tokens, a bit per token with an
  // accusation, rebuttal or negative class, so that the scans of a target's sentence visit only those.
  mutable std::vector<uint8_t> block_done_;
  mutable std::vector<uint64_t> charged_mask_;
  // Sorted tokens inside a mention.
  std::vector<uint32_t> in_mentions_;
  std::vector<int> mention_count_;  // per actor
  // Per actor: the first token of each mention, in text order: actor a's are
  // actor_tokens_[actor_token_start_[a], actor_token_start_[a + 1]) (one array for all actors, not one per actor).
  std::vector<uint32_t> actor_token_start_, actor_tokens_;
  // Content features by content span (a statement's targets share them). A cache of this per-document object,
  // filled as candidates are scored: it changes no result.
  mutable std::unordered_map<uint64_t, FeatureSink> content_cache_;
  // weight_sum's groups, both kinds' sums, by the fields their features read (a cache: it changes no result).
  mutable GroupCache<std::array<double, 2>> statement_groups_;
  mutable GroupCache<TargetGroup> target_groups_;
  mutable GroupCache<std::array<double, 2>, 1> target_words_groups_;  // by the target's mention
  mutable std::pair<uint32_t, uint32_t> last_hostile_range_{1, 0};    // hostile()'s last content tokens and answer
  mutable bool last_hostile_ = false;
  mutable Span last_content_{1, 0};  // content_tokens' last answer (an empty span is never asked)
  mutable std::pair<uint32_t, uint32_t> last_content_tokens_;
};

}  // namespace riposte
