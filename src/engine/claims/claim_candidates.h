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
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claims/attribution.h"
#include "engine/document/document.h"

namespace riposte {

// The names of the rules that proposed a candidate (string literals, or "statement", "clause", "cooccurrence"). Up to
// four are kept inline: a std::vector per candidate was a heap allocation for each of the tens of thousands of
// candidates a corpus run makes, and nearly all have one or two origins.
class RuleNames {
 public:
  void push_back(std::string_view r) {
    if (big_.empty() && n_ < small_.size()) {
      small_[n_++] = r;
      return;
    }
    if (big_.empty()) big_.assign(small_.begin(), small_.end());
    big_.push_back(r);
  }
  const std::string_view* begin() const { return big_.empty() ? small_.data() : big_.data(); }
  const std::string_view* end() const { return begin() + size(); }
  size_t size() const { return big_.empty() ? n_ : big_.size(); }
  bool empty() const { return size() == 0; }
  std::string_view front() const { return *begin(); }
  std::string_view operator[](size_t i) const { return begin()[i]; }

 private:
  std::array<std::string_view, 4> small_{};
  uint8_t n_ = 0;
  std::vector<std::string_view> big_;  // every name, once there are more than four
};

struct ClaimCandidate {
  ClaimKind kind = ClaimKind::Accusation;
  int source = -1, target = -1;          // actor indices
  uint32_t cue_first = 0, cue_last = 0;  // tokens
  Span content;                          // bytes: the quote or clause
  int statement = -1;                    // index into the statements, or -1
  RuleNames rules;                       // rules that proposed it; "statement" for a reported statement
  const Cue* cue = nullptr;              // the cue entry (code, plover, intensity), may be null for statements
  double intensity = 0.0;                // the rule's hostility score, or the cue's
  // Rules: the event codes of the rule's cue (CAMEO, PLOVER), views of the rule's claim (candidates_from_rules): two
  // std::strings moved with each of the tens of thousands of candidates were 1% of a run's instructions.
  std::string_view code, plover;
  int rule_rebuts = -1;      // rules: index of the rule claim it answers, or -1
  bool implied = false;      // rules: an accusation inferred from a rebuttal's object
  double probability = 0.0;  // the model's, once scored
  bool accepted = false;
};

// Whether a hand rule proposed the candidate (not only a statement or a clause).
bool proposed_by_rule(const ClaimCandidate& c);

// The candidates a rule pass produced: its claims, the name of the rule behind each (`rule_of`, string literals)
// and whether each accusation was only inferred from a rebuttal's object (`implied`). Their codes are views of
// `rule_claims`' strings: the caller keeps the claims while it uses the candidates.
std::vector<ClaimCandidate> candidates_from_rules(const DocumentView& v, const std::vector<Claim>& rule_claims,
                                                  const std::vector<std::string_view>& rule_of,
                                                  const std::vector<uint8_t>& implied);

// "Mr Kennedy and Mr Howard accused Mr Blair": a rule reads the name next to the verb. Each rule candidate of a
// statement's speaker at a cue in that statement is copied, with its origins, for the names coordinated before the
// speaker (coordinated_speakers), unless that name is the target or on its side. Appended to `out`.
void add_coordinated_rule_candidates(const DocumentView& v, const std::vector<Attribution>& statements,
                                     std::vector<ClaimCandidate>& out);

// What the statement candidates of both kinds share, found once per document: the tokens that may name a target
// (inside a mention, or he/him/his/she/her), the article's main actors, where the paragraphs start, and each
// statement's first targets (its addressee, then the actors named in its content and its sentence), which both kinds
// take before anything else, and the actors its previous sentence and its paragraph offer after those (both kinds
// take them in this order; only a rebuttal's accusers come between, and taking changes no offer). Keeps references
// to `v` and `statements`.
class StatementTargets {
 public:
  StatementTargets(const DocumentView& v, const std::vector<Attribution>& statements);
  static constexpr size_t kMaxTargets = 12;  // nearest first: a statement naming more actors is a list

  const DocumentView& view() const { return v_; }
  const std::vector<Attribution>& statements() const { return statements_; }
  const std::vector<uint32_t>& tokens() const { return tokens_; }    // where a target may be named, in order
  const std::vector<uint8_t>& pronouns() const { return pronoun_; }  // per token of tokens(): a personal pronoun
  const std::vector<int>& topics() const { return topics_; }
  std::pair<uint32_t, uint32_t> paragraph_of(uint32_t token) const;  // its paragraph's first and last token
  // Statement i's first targets (empty for a statement without a source).
  std::pair<const int*, const int*> first_targets(size_t i) const {
    return {first_.data() + first_at_[i], first_.data() + first_at_[i + 1]};
  }
  // The actors statement i's previous sentence and then its paragraph offer, in order, those that may be its targets
  // (an actor other than a place, not on the speaker's side); a pronoun offers the actor it stands for. They were
  // searched, pronouns resolved, once for each kind.
  std::pair<const int*, const int*> later_offers(size_t i) const {
    return {later_.data() + later_at_[i], later_.data() + later_at_[i + 1]};
  }

 private:
  const DocumentView& v_;
  const std::vector<Attribution>& statements_;
  std::vector<uint32_t> tokens_;
  std::vector<uint8_t> pronoun_;
  std::vector<int> topics_;
  std::vector<uint32_t> paragraph_starts_;  // tokens that start a paragraph, in order
  std::vector<int> first_;                  // every statement's first targets, one after the other
  std::vector<uint32_t> first_at_;          // where statement i's start in first_ (one more entry at the end)
  std::vector<int> later_;                  // every statement's later offers (later_offers), one after the other
  std::vector<uint32_t> later_at_;          // where statement i's start in later_ (one more entry at the end)
};

// Statement candidates of `kind`, merged into `out` (a candidate already there gains the "statement" origin).
// `accusations` are the accepted accusation candidates (for rebuttal targets: the accusers of the speaker's side).
void add_statement_candidates(const StatementTargets& targets, ClaimKind kind,
                              const std::vector<const ClaimCandidate*>& accusations, std::vector<ClaimCandidate>& out);

// Clause and co-occurrence candidates, found once per document with no kind yet (both kinds take the same):
//   - clauses: an actor named as a subject and another named within a few words after the verb in the same sentence
//     ("the regulator is suing the firm"); the verb is the cue;
//   - co-occurrence: every ordered pair of actors named in a sentence that holds an accusation or rebuttal word
//     (`charged_token[k]`: "a lawsuit filed by X"); the first such word is the cue.
std::vector<ClaimCandidate> pair_candidates(const DocumentView& v, const std::vector<uint8_t>& charged_token);

// `pairs` (pair_candidates) as candidates of `kind`, merged into `out` in their order.
void add_pair_candidates(ClaimKind kind, const std::vector<ClaimCandidate>& pairs, std::vector<ClaimCandidate>& out);

// The token index of the token starting at or containing byte `pos` (tokens are sorted).
uint32_t token_at_byte(const Document& doc, uint32_t pos);
// The same token, searched outwards from token `hint` (galloping, then binary search between the last two probes):
// a content's first and last tokens lie a few tokens from its cue, so the probes stay in lines the cache holds
// rather than halving the whole token array (a likely cache miss per step in a long article).
uint32_t token_at_byte(const Document& doc, uint32_t pos, uint32_t hint);

}  // namespace riposte
