// The cue detector: which words introduce an attribution ("said", "according to", "argued", "believes", "showed",
// "denied", a colon or a dash before a quote or a name). Trained on PolNeAR's train split by
// scripts/train-attribution-model (fixed order, the same weights every run) and embedded as
// data/attribution_model.tsv. Two logistic regressions over sparse features:
//   1. each candidate word alone: the word, its stem and suffix, its neighbours (names by their actor's kind,
//      quotes, numbers), what stands before it as a subject, quotes and colons nearby, the cue lexicon's kinds;
//   2. the same features again with new weights, plus the word's place among the other likely cues of its sentence
//      (stage 1 above the `strong` probability): PolNeAR gives each word to one attribution at most, so a cue inside
//      another's content ("Obama said that Americans have come to believe ...") is no cue of its own.
// Only words of the model's gate (words that headed a cue in training) are scored, so most tokens cost one hash.
//
// Weights file: comment lines start with '#'; `threshold<TAB>p` is the acceptance threshold on stage 2's
// probability, `strong<TAB>p` the stage-1 probability that makes a word a likely cue for stage 2; `gate<TAB>word`
// lists the words scored; every other line is `feature<TAB>stage-1 weight<TAB>stage-2 weight`, a feature being
// `template`, `template=value` or `template=value|value2` (templates: kTemplateNames in cue_detector.cpp).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/span.h"
#include "engine/lexicon/cue_lexicon.h"
#include "engine/lexicon/word_shape_filter.h"

namespace riposte {

class DocumentView;

// A cue the detector accepted: tokens [first, last] (the scored word, widened over a lexicon phrase such as
// "according to" and over accepted neighbours of the same phrase, "said in a statement").
struct DetectedCue {
  uint32_t first = 0, last = 0;
  uint32_t head = 0;  // the best-scored word
  float probability = 0.f;
};

// Training data (`riposte cue-features`): every candidate word with its stage-1 features by name and what stage 2
// needs to place it among the others (the trainer computes stage 2's features from its own stage-1 probabilities,
// exactly as CueDetector::detect does).
struct CueDump {
  // Which words to dump; when empty the model's own gate decides.
  std::function<bool(std::string_view lower_word)> gate;
  struct Record {
    Span span;  // bytes
    uint32_t token = 0, sentence = 0;
    std::vector<std::string> features;                  // stage 1
    std::string word, before;                           // the values of its `w` and `p1` features
    bool quoted = false;                                // inside a quotation
    uint32_t commas = 0, quotes = 0, conjunctions = 0;  // separators before it in the document
    float stage1 = 0.f, probability = 0.f;              // with the detector's own weights
  };
  std::vector<Record> records;
};

class CueDetector {
 public:
  CueDetector();  // the embedded data/attribution_model.tsv (empty when the file is absent: see empty())
  static CueDetector none() { return CueDetector(Empty{}); }
  // From a weights file's text; `error` receives a one-line reason and the detector stays empty when malformed.
  static CueDetector parse(std::string_view tsv, std::string* error = nullptr);

  // No weights: the statement finder then uses the speech cues of the lexicon alone (the state before training).
  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }
  double threshold() const { return threshold_; }

  // The accepted cues of the document in token order; `hits` are the lexicon's cues (sorted by first token). With
  // `dump`, every candidate word's features and probabilities are recorded as well.
  std::vector<DetectedCue> detect(const DocumentView& view, const std::vector<CueHit>& hits,
                                  CueDump* dump = nullptr) const;

  // The stem of the `st` feature: a crude suffix strip ("tweeted" -> "tweet", "says" -> "say").
  static std::string_view stem(std::string_view lower_word);

 private:
  struct Empty {};
  explicit CueDetector(Empty) {}
  struct Slot {
    uint64_t key = 0;
    float stage1 = 0.f, stage2 = 0.f;
  };
  // The slots of the features whose values are a few constants, found once at load rather than hashed and probed
  // for every word scored (key 0: not in the model, no weight).
  static constexpr size_t kLexiconSlots = 33;  // lex= the name of each CueKind (by its value), then lex=in
  struct Fixed {
    Slot bias, alone, after, before;
    Slot quote[4];     // q=in, q=before, q=after, q=colon
    Slot position[4];  // pos=first, pos=last, pos=headline, pos=cap
    Slot lexicon[kLexiconSlots];
    Slot after_gap[9], before_gap[9];        // nestgap=0..8, nextgap=0..8
    Slot after_quoted[2], before_quoted[2];  // nestq=0|1, nextq=0|1
    Slot after_sep[8], before_sep[8];        // nestsep=000..111, nextsep=000..111
  };
  struct Candidate;
  void find_fixed();
  bool index_gate(const std::vector<uint64_t>& keys);  // gate_keys_ from the gate's keys; false on a repeated key
  bool insert(const Slot& slot);                       // false when the key was already there
  const Slot* find(uint64_t key) const;
  // word_hashes: hash_value of each token's word, 0 until computed (the words around a token are hashed once for
  // all the words scored near them).
  Candidate score_word(const DocumentView& view, const std::vector<CueHit>& hits, size_t hit, uint32_t token,
                       std::vector<uint64_t>& word_hashes, CueDump::Record* record) const;
  float place_among(const std::vector<Candidate>& candidates, size_t k, std::vector<std::string>* names) const;
  static void join(const DocumentView& view, const std::vector<CueHit>& hits, const Candidate& c, float p,
                   std::vector<DetectedCue>& out);

  std::vector<Slot> table_;  // open addressing, power-of-two size; key 0 marks an empty slot
  size_t size_ = 0;
  Fixed fixed_;
  WordShapeFilter gate_words_;  // a word it turns away is certainly not a gate word, and is not hashed
  // The gate's keys, alone in a small table (32 KB for 1,251 words rather than slots spread over the weights' half
  // megabyte): asked about most words of every document, so kept where the cache holds it. They are not in table_.
  std::vector<uint64_t> gate_keys_;  // open addressing, power-of-two size; 0 marks an empty slot
  bool gate_has(uint64_t key) const;
  double threshold_ = 0.5, strong_ = 0.5;
};

}  // namespace riposte
