// Cue lexicons for claims: speech verbs, accusation and rebuttal cues, intensity modifiers.
// Loaded once from the embedded TSV files (data/cues_*.tsv) into an open-addressing table keyed by
// the cue's first word, so matching a token costs one hash and a short compare.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.h"
#include "engine/lexicon/word_shape_filter.h"

namespace riposte {

enum class CueClass : uint8_t { Speech, Accusation, Rebuttal, Modifier, Support };

// What a cue does inside its class (the `kind` column of the TSV files).
enum class CueKind : uint8_t {
  Say,
  Tell,
  According,
  Think,  // speech
  AccuseVerb,
  AccuseNoun,
  Evaluation,
  Conduct,
  StopWord,  // accusation
  RebutVerb,
  RebutAnswer,
  RebutPhrase,
  Denial,  // rebuttal
  Intensifier,
  Hedge,
  Negation,  // modifiers
  SupportVerb,
  Alliance,  // support
};

// A kind's name in features and dumps ("say", "accuse_verb"; a demand's StopWord is "demand").
std::string_view cue_kind_name(CueKind kind);

struct Cue {
  CueClass cls = CueClass::Speech;
  CueKind kind = CueKind::Say;
  std::string form;                // the matched form, lower case ("played down")
  std::string lemma;               // the first form of its line, lower case ("play down")
  std::vector<std::string> words;  // form split on spaces
  std::string code;                // CAMEO
  std::string plover;
  double value = 0.0;  // intensity (cues) or factor (modifiers)
  // A sanction ("fined", "banned", "arrested"; PLOVER SANCTION or COERCE) accuses by an act, not by words: it reports
  // no speech, so it is neither an attribution cue nor a statement with content, only its agent against its object.
  bool act = false;
};

// A cue found in a document: tokens [first, last] (quote marks between words are skipped).
struct CueHit {
  uint32_t first = 0, last = 0;
  const Cue* cue = nullptr;
};

class CueLexicon {
 public:
  CueLexicon();  // the embedded data/cues_*.tsv
  // From TSV texts (same format as the data files), for tests.
  CueLexicon(std::string_view speech, std::string_view accusation, std::string_view rebuttal,
             std::string_view modifiers, std::string_view support = {});

  // Lower-cased ASCII copy of text (other bytes unchanged): slices of it are the lookup keys.
  static std::string lower(std::string_view text);

  // Every cue whose words start at token i; `lower` is lower(doc.text). Longest matches first.
  void match(const Document& doc, std::string_view lower, uint32_t i, std::vector<CueHit>& out) const;
  // All cues of the document in token order (a token can start several cues, e.g. "claims").
  std::vector<CueHit> scan(const Document& doc, std::string_view lower) const;

  size_t size() const { return cues_.size(); }

 private:
  void load(std::string_view tsv, CueClass cls);
  void build_index();
  const std::vector<uint32_t>* bucket(std::string_view first_word) const;

  std::vector<Cue> cues_;
  struct Slot {
    std::string key;
    std::vector<uint32_t> cues;
    bool used = false;
  };
  std::vector<Slot> table_;  // open addressing, power-of-two size
  void match_words(const Document& doc, std::string_view lower, uint32_t i, std::string_view w,
                   std::vector<CueHit>& out) const;
  // Which (first two bytes, length) shapes start a cue: most words are rejected before hashing.
  bool may_start(std::string_view w) const { return first_words_.maybe(w); }
  WordShapeFilter first_words_;  // the cues' first words
};

}  // namespace riposte
