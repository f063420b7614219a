// ClaimRules: the hand-written claim rules over one document (accusing verbs and nouns, evaluations, conduct,
// demands, support, rebuttals and the linker from a rebuttal to the accusation it answers), writing claims into
// doc.claims with the rule that made each. The claim model (claim_finder.cpp's decide) takes their matches as
// candidates beside reported statements; with ClaimModel::none() the rules decide alone.
// The definitions live by concept: claim_rules.cpp (claim records, intensity, subjects, order and ids),
// accusation_rules.cpp (accusations and support), rebuttal_rules.cpp (rebuttals and the linker).
// [SECTION] State and claim records
// [SECTION] Accusations: verbs, nouns, evaluations, wrongdoing, demands
// [SECTION] Support
// [SECTION] Rebuttals and the claim linker
// [SECTION] Counter-accusations, order, ids
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_words.h"
#include "engine/claims/grammar_words.h"
#include "engine/document/document.h"
#include "engine/lexicon/cue_lexicon.h"

namespace riposte {

struct ClaimRules {
  // [SECTION] State and claim records
  Document& doc;
  const DocumentView& v;
  const ClaimWords& words;  // the rules' word lists (data/claim_words.tsv)
  const std::vector<CueHit>& hits;
  const std::vector<Attribution>& statements;
  const std::vector<int>& tok_statement;
  std::vector<float> tok_factor;         // intensity modifier starting at the token (1 = none)
  std::vector<uint8_t> tok_stop;         // a demand's "stop", "end", "not"
  std::vector<uint8_t> tok_accuse_noun;  // an accusation noun ("accusations", "claim")
  std::vector<float> sentence_hedge;     // multi-word hedges ("to a lesser degree") per sentence
  struct NounRecord {
    uint32_t token;
    std::vector<int> sources;
    std::vector<int> claims;
  };
  std::vector<NounRecord> nouns;          // nominal accusations, for rebuttals that name them
  std::vector<int> noun_of_token;         // per token: its first record in `nouns`, or -1
  std::vector<uint8_t> implied;           // per claim: created from a rebuttal's object, not stated
  std::string_view rule = "rule";         // the rule running now: every claim it adds records it (rule_of)
  std::vector<std::string_view> rule_of;  // per claim: the rule that added it
  // Names the rule for the claims added while it lives ("charge" inside accuse_verb), then restores the running one.
  class RuleScope {
   public:
    RuleScope(std::string_view& rule, std::string_view name) : rule_(rule), running_(rule) { rule_ = name; }
    ~RuleScope() { rule_ = running_; }
    RuleScope(const RuleScope&) = delete;
    RuleScope& operator=(const RuleScope&) = delete;

   private:
    std::string_view& rule_;
    std::string_view running_;
  };
  struct Agentless {
    CueHit hit;
    int accused;
  };
  std::vector<Agentless> agentless;  // "was accused of ...": accusations whose accuser is not named
  // The article's groups named by a common noun (data/collectives.tsv) that bring charges: actor index, or -1.
  int prosecutors_group = -1, police_group = -1;
  // The first actor the article names as bringing charges with an active verb ("the FA charged Millwall"): it brings
  // the article's agentless charges too ("Millwall have been charged with two breaches"), before any group. Or -1.
  int active_charger = -1;
  // Indexes over doc.claims (claim indices in insertion order) so that lookups need not scan every claim.
  std::unordered_map<uint32_t, std::vector<int>> claims_at_cue;           // by cue.begin, for duplicates
  std::unordered_map<int, std::vector<int>> accusations_by_source_party;  // accusations by party_of(source)
  std::unordered_map<int, std::vector<int>> accusations_by_target_party;  // accusations by party_of(target)
  std::unordered_map<uint64_t, std::vector<int>> accusations_by_parties;  // by (source party, target party)
  static uint64_t parties_key(int source_party, int target_party) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(source_party)) << 32) | static_cast<uint32_t>(target_party);
  }
  ClaimRules(Document& d, const DocumentView& view, const std::vector<CueHit>& h, const std::vector<Attribution>& st,
             const std::vector<int>& ts);
  Span bytes(uint32_t first, uint32_t last) const;
  double intensity(const Cue& cue, uint32_t first) const;
  int add(ClaimKind kind, int source, int target, const Cue& cue, uint32_t cue_first, uint32_t cue_last, Span content,
          int rebuts = -1, bool is_implied = false);
  Span statement_content(int st) const;
  Span sentence_rest(uint32_t from) const { return bytes(from, v.sentence_last(from)); }
  int subject_of(uint32_t i) const;
  // "was criticised", "have been strongly attacked": a be-form before the verb at i (adverbs in -ly between); `j` is
  // where those adverbs start.
  bool passive_at(uint32_t i, uint32_t* j = nullptr) const;
  // The subjects of a passive verb whose be-form is the token before j (passive_at's j): the agent before it and the
  // names coordinated before that ("Liverpool and Millwall have been charged"), in text order; empty when none.
  std::vector<int> passive_subjects(uint32_t j) const;
  Span subject_span(uint32_t i, int source) const;
  int speaker_at(uint32_t i) const;
  int actor_or_pronoun(uint32_t k, int exclude) const;
  bool names_the_head(uint32_t k) const;

  // [SECTION] Accusations: verbs, nouns, evaluations, wrongdoing, demands
  void accuse_verb(const CueHit& h);
  void accuse_noun(const CueHit& h);
  // The side that brings an agentless charge or arrest ("was charged with", "was arrested"): for a charge the
  // article's active charger first, then its prosecutors or police, named anywhere as a group (GUIDELINES: charging is
  // an accusation by the prosecutor; eval/train NOTES F1). -1 when the article names none.
  int charging_body(bool arrest) const;
  int find_active_charger() const;  // for `active_charger`, from the cue hits
  bool accusation_noun_near(uint32_t i) const;
  int lodging_subject(uint32_t i) const;       // the accuser of a nominal accusation lodged by a verb ("filed charges")
  int lodging_verb(uint32_t i) const;          // the verb lodging it, at most four words before, or -1
  bool after_charging_verb(uint32_t i) const;  // "charged", "indicted", ... at most five words before `i`
  bool rebuttable_near(uint32_t i) const;
  int evaluated_actor(int st, uint32_t i, int speaker) const;
  int topic_before(const Attribution& s, int speaker) const;
  bool predicative(uint32_t i) const;
  std::vector<CueHit> rebutting_evaluations;
  void evaluation(const CueHit& h);
  std::vector<CueHit> denials;  // "we have not broken any law": a denial by the speaker's side
  void conduct(const CueHit& h);
  std::vector<int> pair_named_before(uint32_t cue, int speaker) const;
  void demands();

  // [SECTION] Support
  void support(const CueHit& h);

  // [SECTION] Rebuttals and the claim linker
  bool is_accusation(int c) const { return c >= 0 && doc.claims[c].kind == ClaimKind::Accusation; }
  int link(int rebutter, uint32_t at) const;
  int accusation_by(int accuser, int rebutter, uint32_t noun_first, uint32_t noun_last, const Cue& cue);
  const NounRecord* noun_at(uint32_t tok) const;
  void add_noun(NounRecord rec);
  void rebut(int source, uint32_t cue_first, uint32_t cue_last, const Cue& cue, Span content,
             const std::vector<int>& explicit_accusations);
  std::vector<int> named_accusations(int rebutter, uint32_t from, uint32_t to, const Cue& cue);
  void rebut_verb(const CueHit& h);
  void rebut_phrase(const CueHit& h, bool from_evaluation);
  void denial(const CueHit& h);

  // [SECTION] Counter-accusations, order, ids
  void counter_accusations();
  void finish();
};

}  // namespace riposte
