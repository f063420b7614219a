// Candidate claims: every (kind, source, target, cue) the claim model decides on. They come from three places:
//   - the hand rules (claim_rules: "X accused Y", "accusations by X against Y", "X denied ..."), each candidate
//     keeping the names of the rules that proposed it;
//   - reported statements (attribution): a speaker's statement against every actor it could be aimed at (named in
//     its content, in its sentence, the addressee, the previous sentence, its paragraph, the article's main actors;
//     for rebuttals also the actors whose accusations against the speaker's side the article reports);
//   - clauses: an actor doing something to another actor named after the verb;
//   - co-occurrence: two actors in a sentence with an accusation or rebuttal word (legal and official actions).
// Candidates at the same cue with the same kind, source and target are one candidate with every origin.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/claims/attribution.h"
#include "engine/document/document.h"

namespace riposte {

struct ClaimCandidate {
  ClaimKind kind = ClaimKind::Accusation;
  int source = -1, target = -1;          // actor indices
  uint32_t cue_first = 0, cue_last = 0;  // tokens
  Span content;                          // bytes: the quote or clause
  int statement = -1;                    // index into the statements, or -1
  std::vector<std::string_view> rules;   // rules that proposed it; "statement" for a reported statement
  const Cue* cue = nullptr;              // the cue entry (code, plover, intensity), may be null for statements
  double intensity = 0.0;                // the rule's hostility score, or the cue's
  std::string code, plover;              // rules: the event codes of the rule's cue (CAMEO, PLOVER)
  int rule_rebuts = -1;                  // rules: index of the rule claim it answers, or -1
  bool implied = false;                  // rules: an accusation inferred from a rebuttal's object
  double probability = 0.0;              // the model's, once scored
  bool accepted = false;
};

// Whether a hand rule proposed the candidate (not only a statement or a clause).
bool proposed_by_rule(const ClaimCandidate& c);

// The candidates a rule pass produced: its claims, the name of the rule behind each (`rule_of`, string literals)
// and whether each accusation was only inferred from a rebuttal's object (`implied`).
std::vector<ClaimCandidate> candidates_from_rules(const DocumentView& v, const std::vector<Claim>& rule_claims,
                                                  const std::vector<std::string_view>& rule_of,
                                                  const std::vector<uint8_t>& implied);

// Statement candidates of `kind`, merged into `out` (a candidate already there gains the "statement" origin).
// `accusations` are the accepted accusation candidates (for rebuttal targets: the accusers of the speaker's side).
void add_statement_candidates(const DocumentView& v, const std::vector<Attribution>& statements, ClaimKind kind,
                              const std::vector<const ClaimCandidate*>& accusations, std::vector<ClaimCandidate>& out);

// Clause candidates of `kind`: an actor named as a subject and another named within a few words after the verb in the
// same sentence ("the regulator is suing the firm", "union leaders hit out at ministers"); the verb is the cue. The
// model learns which verbs and words between make an accusation.
void add_clause_candidates(const DocumentView& v, ClaimKind kind, std::vector<ClaimCandidate>& out);

// Co-occurrence candidates of `kind`: every ordered pair of actors named in a sentence that holds an accusation or
// rebuttal word (`charged_token[k]`: "settle charges that it massaged earnings", "a lawsuit filed by X", "was
// arrested by police"), where no subject-verb-object pattern applies; the first such word is the cue. The model
// learns the direction from where each actor stands ("by X", the sentence's subject).
void add_cooccurrence_candidates(const DocumentView& v, ClaimKind kind, const std::vector<uint8_t>& charged_token,
                                 std::vector<ClaimCandidate>& out);

// The token index of the token starting at or containing byte `pos` (tokens are sorted).
uint32_t token_at_byte(const Document& doc, uint32_t pos);

}  // namespace riposte
