// Attribution: who says what. Finds each reported statement's source actor, cue, addressee and
// content (`X said ...`, `"...," X said`, `according to X`, `X told Y: "..."`, quotes running over
// several sentences), with the clause helpers the claim finder shares: the agent of a verb, the
// subject of a sentence, and pronouns resolved to actors.
#pragma once
#include <string>
#include <vector>

#include "engine/claims/cue_detector.h"
#include "engine/claims/document_view.h"
#include "engine/document/document.h"
#include "engine/lexicon/cue_lexicon.h"

namespace riposte {

constexpr uint32_t kNoSourceWords = UINT32_MAX;  // Attribution::source_first when no words name the speaker

struct Attribution {
  int source = -1;                             // actor index
  int addressee = -1;                          // actor told, warned or urged
  uint32_t cue_first = 0, cue_last = 0;        // tokens
  uint32_t source_first = 0, source_last = 0;  // the words naming the source (with its apposition)
  // Where the speaker's own name starts when other names are coordinated before it ("Labour and the Tories said":
  // "the Tories"); 0 otherwise. The names from source_first to here said it too (coordinated_speakers).
  uint32_t speaker_first = 0;
  const Cue* cue = nullptr;                      // nullptr for a quote carried over from an earlier statement
  uint32_t content_first = 0, content_last = 0;  // tokens, inclusive
  uint32_t sentence = 0;
};

// Statements in text order: one per detected cue (cue_detector.h), or, when the detector has no model, one per
// speech cue of the lexicon. Sentences that continue a quotation without a cue of their own carry the previous
// statement's source.
// `detected`: the cue detector's cues, or nullptr when it has no model. With detected cues, the statements whose
// speaker is no actor go to `unnamed` (source -1; source_first = kNoSourceWords when no words name the speaker).
std::vector<Attribution> find_statements(const DocumentView& view, const std::vector<CueHit>& hits,
                                         const std::vector<DetectedCue>* detected = nullptr,
                                         std::vector<Attribution>* unnamed = nullptr);

// Without the cue detector, statements whose speaker is no actor: a nominal or unresolved subject ("analysts said",
// "a spokeswoman told", "critics say", "..., said a source"). Source -1; source_first/last give the words naming
// the speaker. Speech cues already used by `named` are skipped.
std::vector<Attribution> find_unnamed_statements(const DocumentView& view, const std::vector<CueHit>& hits,
                                                 const std::vector<Attribution>& named);

// "attack(s)" at token h as a deed of violence ("the Paris attacks", "a terror attack"), which reports no words.
bool violence_noun(const DocumentView& view, uint32_t h);

// The actor that is the subject of the clause ending before the verb at token `cue` ("Bill Clinton came to Mason City
// and recounted ...", "Trump praised Putin and accused ..."), or -1: the clause's subject phrase, not its first name.
int clause_subject_of(const DocumentView& view, uint32_t cue);

// Where the words naming a speaker that start at token `start` begin when other names are coordinated before them,
// opening their clause ("Tony Blair and Gordon Brown said", "Labour, the Greens and the SNP attacked"): the first
// name's first word; otherwise `start`.
uint32_t coordinated_start(const DocumentView& view, uint32_t start);

// Widens the words naming a statement's speaker, from st.source_first, over the names coordinated before them
// (coordinated_start), and records where the speaker's own name starts (st.speaker_first).
void take_coordinated_names(const DocumentView& view, Attribution& st);

// The actors named from token `from` up to `end` (excluded), each once in text order, other than `exclude`.
std::vector<int> actors_named_between(const DocumentView& view, uint32_t from, uint32_t end, int exclude);

// The actors named in a coordination before a statement's speaker (st.speaker_first), in text order, other than the
// source and places: each made the statement too. Empty for nearly every statement.
std::vector<int> coordinated_speakers(const DocumentView& view, const Attribution& st);

// For every token, the innermost statement whose content holds it, or -1.
std::vector<int> statement_of_tokens(const DocumentView& view, const std::vector<Attribution>& statements);

}  // namespace riposte
