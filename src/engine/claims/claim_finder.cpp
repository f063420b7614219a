// ClaimFinder: cue hits -> statements -> the hand rules (claim_rules.h) -> candidates decided by the claim model
// (claim_candidates, claim_features, claim_model) -> claims in text order, linked, with stance.
// [SECTION] The model's decisions
// [SECTION] Statements of accusing and rebutting verbs, the rule pass
// [SECTION] Statements reported in the document
// [SECTION] ClaimFinder::run
#include "engine/claims/claim_finder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <tuple>
#include <unordered_map>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_candidates.h"
#include "engine/claims/claim_rules.h"
#include "engine/claims/stance.h"

namespace riposte {

ClaimFinder::ClaimFinder() = default;
ClaimFinder::ClaimFinder(CueLexicon lexicon) : lexicon_(std::move(lexicon)) {}
ClaimFinder::ClaimFinder(ClaimModel model) : model_(std::move(model)) {}
ClaimFinder::ClaimFinder(ClaimModel model, CueDetector detector)
    : model_(std::move(model)), detector_(std::move(detector)) {}

// [SECTION] The model's decisions
namespace {

// The words a reader is shown as the cue. A clause candidate's cue token is the word after its subject (a feature:
// "Poland on Thursday accused" gives "on"); shown, it is the first verb cue between the subject and the next actor.
Span shown_cue(const DocumentView& v, const ClaimCandidate& c) {
  if (c.rules.size() == 1 && c.rules.front() == "clause") {
    const uint32_t last = v.sentence_last(c.cue_first);
    for (uint32_t k = c.cue_first; k <= last && v.actor_at(k) < 0; ++k)
      if (v.tok_verb[k]) return v.doc.tokens[k].span;
  }
  return {v.doc.tokens[c.cue_first].span.begin, v.doc.tokens[std::max(c.cue_first, c.cue_last)].span.end};
}

Claim claim_from(const DocumentView& v, const ClaimCandidate& c) {
  Claim out;
  out.kind = c.kind;
  out.source = c.source;
  out.target = c.target;
  out.cue = shown_cue(v, c);
  out.content = c.content.empty() ? out.cue : c.content;
  const bool from_rule = proposed_by_rule(c);
  // Hostility: the rule's intensity when a rule proposed it; for a reported statement, a moderate default scaled
  // by how sure the model is.
  out.score = from_rule ? c.intensity : (c.kind == ClaimKind::Accusation ? -0.3 : -0.2) - 0.4 * c.probability;
  if (!c.code.empty()) {
    out.code = c.code;
    out.plover = c.plover;
  } else if (c.cue && c.cue->cls != CueClass::Speech) {
    out.code = c.cue->code;
    out.plover = c.cue->plover;
  } else if (c.kind == ClaimKind::Accusation) {
    out.code = "111";  // CAMEO: criticize or denounce
    out.plover = "ACCUSE";
  } else {
    out.code = "016";  // CAMEO: deny responsibility
    out.plover = "REJECT";
  }
  out.rule = "model:" + std::string(c.rules.empty() ? std::string_view("statement") : c.rules.front());
  return out;
}

// Scores `cands` and marks the accepted ones. With no trained model, a candidate is accepted when a hand rule
// proposed it (the engine's behaviour before any training).
// With `wanted`, only the candidates it lets through are scored (the others are not accepted).
void score(const ClaimModel& model, const ClaimFeatures::KindBounds& bounds, const ClaimFeatures& features,
           std::vector<ClaimCandidate>& cands, const DisputeHistory& decided, const DisputeHistory& hostile,
           const DocumentView& v, ClaimDump* dump, const ClaimFinder::AccusationFilter* wanted = nullptr) {
  FeatureSink sink(dump != nullptr);
  for (ClaimCandidate& c : cands) {
    if (c.source < 0 || c.target < 0 || c.source == c.target || v.same_party(c.source, c.target)) continue;
    if (wanted && !(*wanted)(c.source, c.target)) continue;
    // Never accepted: only the training dump needs its score. Asked before the target's place, which is searched
    // (co-occurrences and clauses alone were a sixth of those searches).
    const bool may_accept = c.rules.size() != 1 || model.decides_alone(c.kind, c.rules.front());
    if (!may_accept && !dump) continue;
    const bool ruled = proposed_by_rule(c);
    if (!ruled && !features.target_near(c)) continue;  // far targets: neither scored nor accepted
    if (model.empty()) {
      c.probability = ruled ? 1.0 : 0.0;
      c.accepted = ruled;
    } else if (!dump && model.sums_exact()) {  // the same double, weighted by groups shared between candidates
      // For a candidate that cannot reach its threshold, the probability is an upper bound (only accepted
      // candidates' probabilities are shown).
      c.probability = ClaimModel::probability_of_sum(
          features.weight_sum(c, model, decided, hostile, sink, ruled ? nullptr : &bounds));
      c.accepted = may_accept && model.accepts(c.kind, c.probability, ruled);
    } else {
      sink.clear();
      features.extract(c, decided, hostile, sink);
      c.probability = model.probability(c.kind, sink);
      c.accepted = may_accept && model.accepts(c.kind, c.probability, ruled);
    }
    if (!dump) continue;
    if (model.empty()) {
      sink.clear();
      features.extract(c, decided, hostile, sink);
    }
    ClaimDump::Record r;
    r.kind = c.kind;
    r.source = c.source;
    r.target = c.target;
    r.cue = {v.doc.tokens[c.cue_first].span.begin, v.doc.tokens[std::max(c.cue_first, c.cue_last)].span.end};
    r.rules.assign(c.rules.begin(), c.rules.end());
    r.features = sink.names();
    r.probability = c.probability;
    r.accepted = c.accepted;
    dump->records.push_back(std::move(r));
  }
}

// The claims shown, one per kind, source, target and cue words: a clause candidate shown on its verb may be the
// claim a rule already made there.
class ShownClaims {
 public:
  // The index of the claim in doc.claims: `c` appended, or the same claim already there.
  int add(Document& doc, Claim c) {
    const auto [it, fresh] = index_.try_emplace(key(c), static_cast<int>(doc.claims.size()));
    if (fresh) doc.claims.push_back(std::move(c));
    return it->second;
  }

 private:
  static std::tuple<uint32_t, uint32_t, int, int, ClaimKind> key(const Claim& c) {
    return {c.cue.begin, c.cue.end, c.source, c.target, c.kind};
  }
  std::map<std::tuple<uint32_t, uint32_t, int, int, ClaimKind>, int> index_;
};

// The accepted accusations by (source party, target party), sorted by cue, so that a rebuttal finds the one it
// answers by binary search (a scan of every accusation per rebuttal was quadratic in a long article).
class AcceptedAccusations {
 public:
  AcceptedAccusations(const DocumentView& v, const std::vector<ClaimCandidate>& accusations,
                      const std::vector<int>& claim_of_accusation) {
    for (size_t a = 0; a < accusations.size(); ++a)
      if (claim_of_accusation[a] >= 0)
        groups_[key(v.party_of(accusations[a].source), v.party_of(accusations[a].target))].members.push_back(
            static_cast<int>(a));
    for (auto& [k, g] : groups_) {
      std::stable_sort(g.members.begin(), g.members.end(),
                       [&](int x, int y) { return accusations[x].cue_first < accusations[y].cue_first; });
      const size_t n = g.members.size();
      g.cues.resize(n);
      g.latest_up_to.resize(n);
      g.earliest_from.resize(n);
      for (size_t i = 0; i < n; ++i) {
        g.cues[i] = accusations[g.members[i]].cue_first;
        g.latest_up_to[i] = i ? std::max(g.latest_up_to[i - 1], g.members[i]) : g.members[i];
      }
      for (size_t i = n; i-- > 0;)
        g.earliest_from[i] = i + 1 < n ? std::min(g.earliest_from[i + 1], g.members[i]) : g.members[i];
    }
  }

  // Of the accusations from `source_party` against `target_party`: the latest in candidate order whose cue is at or
  // before `cue`, else the earliest in candidate order after it; -1 when there is none.
  int find(int source_party, int target_party, uint32_t cue) const {
    const auto it = groups_.find(key(source_party, target_party));
    if (it == groups_.end()) return -1;
    const Group& g = it->second;
    const size_t p = std::upper_bound(g.cues.begin(), g.cues.end(), cue) - g.cues.begin();
    if (p > 0) return g.latest_up_to[p - 1];
    return p < g.cues.size() ? g.earliest_from[p] : -1;
  }

 private:
  struct Group {
    std::vector<int> members;  // accusation indices, by cue
    std::vector<uint32_t> cues;
    std::vector<int> latest_up_to, earliest_from;  // max index over members[0..i], min over members[i..]
  };
  static uint64_t key(int source_party, int target_party) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(source_party)) << 32) | static_cast<uint32_t>(target_party);
  }
  std::unordered_map<uint64_t, Group> groups_;
};

// The accusation an accepted rebuttal answers: the one its rule named when that was accepted, else the latest
// accepted accusation by the rebuttal's target against the rebutter's side before it, else the first after.
int answered(const DocumentView& v, const ClaimCandidate& r, const std::vector<ClaimCandidate>& accusations,
             const std::vector<int>& claim_of_accusation, const std::vector<int>& rule_to_accusation,
             const AcceptedAccusations& accepted) {
  if (r.rule_rebuts >= 0 && r.rule_rebuts < static_cast<int>(rule_to_accusation.size())) {
    const int a = rule_to_accusation[r.rule_rebuts];
    if (a >= 0 && claim_of_accusation[a] >= 0 && v.party_of(accusations[a].source) == v.party_of(r.target))
      return claim_of_accusation[a];
  }
  const int a = accepted.find(v.party_of(r.target), v.party_of(r.source), r.cue_first);
  return a >= 0 ? claim_of_accusation[a] : -1;
}

}  // namespace

// Replaces the rules' claims in doc.claims by the model's decisions over every candidate, accusations then
// rebuttals (with `accusations_only`: only the accusations it lets through, and the rules' rebuttals dropped);
// accepted rebuttals are linked to the accepted accusations they answer. Support claims stay as the rules found them
// (the model is not trained on them).
static void decide(Document& doc, const DocumentView& v, const std::vector<CueHit>& hits,
                   const std::vector<Attribution>& statements, const ClaimRules& b, const ClaimModel& model,
                   const ClaimFeatures::KindBounds& bounds, const EvaluativeLexicon& evaluative, ClaimDump* dump,
                   const ClaimFinder::AccusationFilter* accusations_only) {
  // Kept to the end: the candidates view their codes (a support claim, moved out below, makes no candidate).
  std::vector<Claim> rule_claims = std::move(doc.claims);
  doc.claims.clear();
  std::vector<ClaimCandidate> all = candidates_from_rules(v, rule_claims, b.rule_of, b.implied);
  std::vector<ClaimCandidate> accusations, rebuttals;
  std::vector<int> rule_to_accusation(rule_claims.size(), -1);
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].kind == ClaimKind::Accusation) {
      rule_to_accusation[i] = static_cast<int>(accusations.size());
      accusations.push_back(std::move(all[i]));
    } else if (all[i].kind == ClaimKind::Rebuttal) {
      rebuttals.push_back(std::move(all[i]));
    } else {
      doc.claims.push_back(std::move(rule_claims[i]));  // support
    }
  }
  add_coordinated_rule_candidates(v, statements, accusations);
  add_coordinated_rule_candidates(v, statements, rebuttals);
  const ClaimFeatures features(v, statements, hits, evaluative);
  const StatementTargets statement_targets(v, statements);  // searched once for both kinds
  add_statement_candidates(statement_targets, ClaimKind::Accusation, {}, accusations);
  const std::vector<ClaimCandidate> pairs = pair_candidates(v, features.charged_tokens());  // found once for both kinds
  add_pair_candidates(ClaimKind::Accusation, pairs, accusations);
  // Histories do not depend on the model's decisions, so one dump of candidates trains both kinds: accusations see
  // the rules' accusations; rebuttals see those and every statement against the other side in hostile words.
  std::vector<const ClaimCandidate*> ruled, hostile, accepted;
  for (const ClaimCandidate& c : accusations) {
    const bool by_rule = proposed_by_rule(c) && !c.implied;
    if (by_rule) ruled.push_back(&c);
    if (by_rule || features.hostile(c)) hostile.push_back(&c);
  }
  // Accusations are decided knowing what the rules found; rebuttals knowing which accusations were accepted (nearly
  // every rebuttal in the training corpus answers an accusation the article states in the other direction).
  const DisputeHistory hostile_history(v, hostile);
  score(model, bounds, features, accusations, DisputeHistory(v, ruled), hostile_history, v, dump, accusations_only);
  std::vector<int> claim_of_accusation(accusations.size(), -1);
  ShownClaims shown;
  for (size_t a = 0; a < accusations.size(); ++a) {
    if (!accusations[a].accepted) continue;
    accepted.push_back(&accusations[a]);
    claim_of_accusation[a] = shown.add(doc, claim_from(v, accusations[a]));
  }
  if (accusations_only) return;
  add_statement_candidates(statement_targets, ClaimKind::Rebuttal, hostile, rebuttals);
  add_pair_candidates(ClaimKind::Rebuttal, pairs, rebuttals);
  score(model, bounds, features, rebuttals, DisputeHistory(v, accepted), hostile_history, v, dump);
  const AcceptedAccusations accepted_index(v, accusations, claim_of_accusation);
  for (const ClaimCandidate& r : rebuttals) {
    if (!r.accepted) continue;
    Claim c = claim_from(v, r);
    c.rebuts = answered(v, r, accusations, claim_of_accusation, rule_to_accusation, accepted_index);
    shown.add(doc, std::move(c));
  }
}

// [SECTION] Statements of accusing and rebutting verbs, the rule pass

// Accusation and rebuttal verbs with a subject, as statements: the verb is the cue, the rest of the sentence the
// content. Not sanctions ("he suspended his campaign, then blasted Clinton"): an act reports no words.
static std::vector<Attribution> verb_statements(const ClaimRules& b, const std::vector<CueHit>& hits) {
  std::vector<Attribution> out;
  const DocumentView& v = b.v;
  for (const CueHit& h : hits) {
    if ((h.cue->kind != CueKind::AccuseVerb && h.cue->kind != CueKind::RebutVerb) || h.cue->act ||
        v.negated_before(h.first) || violence_noun(v, h.first))
      continue;
    const int source = b.subject_of(h.first);
    if (source < 0) continue;
    Attribution a;
    a.source = source;
    a.cue = h.cue;
    a.cue_first = h.first;
    a.cue_last = h.last;
    const Span subject = b.subject_span(h.first, source);
    a.source_first = token_at_byte(v.doc, subject.begin);
    a.source_last = subject.empty() ? a.source_first : token_at_byte(v.doc, subject.end - 1);
    // "Labour and the Tories attacked ...", but the subjects of "were charged" are no speakers.
    if (!subject.empty() && !b.passive_at(h.first)) take_coordinated_names(v, a);
    a.content_first = std::min(h.last + 1, v.sentence_last(h.first));
    a.content_last = v.sentence_last(h.first);
    a.sentence = v.tok_sentence[h.first];
    out.push_back(a);
  }
  return out;
}

// "Labour and the Liberal Democrats have said ...", "Mr Kennedy and Mr Howard accused ...": a statement is each
// coordinated speaker's too (the gold has an edge from each). The copies go after the others, so that every statement
// keeps its index.
static void add_coordinated_speakers(const DocumentView& v, std::vector<Attribution>& statements) {
  const size_t n = statements.size();
  for (size_t i = 0; i < n; ++i) {
    if (!statements[i].cue) continue;  // a quotation carried over is its first statement's
    for (int a : coordinated_speakers(v, statements[i])) {
      Attribution copy = statements[i];
      copy.source = a;
      copy.speaker_first = 0;  // its co-speakers are the original's
      statements.push_back(copy);
    }
  }
}

// The hand rules, in the order that lets rebuttals link to accusations: each claim records the rule behind it.
static void run_rules(ClaimRules& b, const std::vector<CueHit>& hits) {
  for (const CueHit& h : hits) {
    switch (h.cue->kind) {
      case CueKind::AccuseVerb:
        b.rule = "accuse_verb";
        b.accuse_verb(h);
        break;
      case CueKind::AccuseNoun:
        b.rule = "accuse_noun";
        b.accuse_noun(h);
        break;
      case CueKind::Evaluation:
        b.rule = "evaluation";
        b.evaluation(h);
        break;
      case CueKind::Conduct:
        b.rule = "conduct";
        b.conduct(h);
        break;
      default:
        break;
    }
  }
  b.rule = "demand";
  b.demands();
  b.rule = "support";
  for (const CueHit& h : hits)
    if (h.cue->cls == CueClass::Support) b.support(h);
  for (const CueHit& h : hits) {
    if (h.cue->kind == CueKind::RebutVerb || h.cue->kind == CueKind::RebutAnswer) {
      b.rule = "rebut_verb";
      b.rebut_verb(h);
    } else if (h.cue->kind == CueKind::RebutPhrase) {
      b.rule = "rebut_phrase";
      b.rebut_phrase(h, false);
    } else if (h.cue->kind == CueKind::Denial) {
      b.rule = "denial";
      b.denial(h);
    }
  }
  b.rule = "rebut_evaluation";
  for (const CueHit& h : b.rebutting_evaluations) b.rebut_phrase(h, true);
  b.rule = "denial";
  for (const CueHit& h : b.denials) b.denial(h);
  b.counter_accusations();
}

// [SECTION] Statements reported in the document
// The statements whose cue is speech (or a quotation carried over), not an accusing, denying or supporting word.
static std::vector<Attribution> speech_statements(const std::vector<Attribution>& statements) {
  std::vector<Attribution> out;
  out.reserve(statements.size());
  for (const Attribution& a : statements)
    if (!a.cue || a.cue->cls == CueClass::Speech) out.push_back(a);
  return out;
}

// doc.statements: the reported statements (named speakers, unnamed ones, none), then the accusing and denying verbs
// whose cue no statement has already (`acts`: without the cue detector only; with it they are words it rejected, 186
// wrong against 47 right on PolNeAR train), in text order.
static void report_statements(Document& doc, const ClaimRules& b, const std::vector<Attribution>& named,
                              const std::vector<Attribution>& unnamed, const std::vector<Attribution>& acts) {
  doc.statements.clear();
  doc.statements.reserve(named.size() + unnamed.size() + acts.size());
  for (const Attribution& a : named) {
    if (!a.cue) continue;  // a quotation carried over: its statement is the one before
    doc.statements.push_back({a.source, b.bytes(a.cue_first, a.cue_last), b.bytes(a.source_first, a.source_last),
                              b.bytes(a.content_first, a.content_last)});
  }
  for (const Attribution& a : unnamed) {
    const Span cue = b.bytes(a.cue_first, a.cue_last);
    const Span words =
        a.source_first == kNoSourceWords ? Span{cue.begin, cue.begin} : b.bytes(a.source_first, a.source_last);
    doc.statements.push_back({-1, cue, words, b.bytes(a.content_first, a.content_last)});
  }
  auto by_cue = [](const Statement& x, const Statement& y) { return x.cue.begin < y.cue.begin; };
  std::stable_sort(doc.statements.begin(), doc.statements.end(), by_cue);
  const size_t spoken = doc.statements.size();
  for (const Attribution& a : acts) {
    const Span cue = b.bytes(a.cue_first, a.cue_last);
    auto it =
        std::lower_bound(doc.statements.begin(), doc.statements.begin() + spoken, Statement{-1, cue, {}, {}}, by_cue);
    const bool said = (it != doc.statements.begin() + spoken && it->cue.overlaps(cue)) ||
                      (it != doc.statements.begin() && std::prev(it)->cue.overlaps(cue));
    if (!said)
      doc.statements.push_back(
          {a.source, cue, b.bytes(a.source_first, a.source_last), b.bytes(a.content_first, a.content_last)});
  }
  std::stable_sort(doc.statements.begin(), doc.statements.end(), by_cue);
}

// [SECTION] ClaimFinder::run
void ClaimFinder::run(Document& doc, ClaimDump* dump, CueDump* cues) const { run(doc, dump, cues, nullptr); }

void ClaimFinder::run_accusations(Document& doc, const AccusationFilter& wanted) const {
  run(doc, nullptr, nullptr, &wanted);
}

void ClaimFinder::run(Document& doc, ClaimDump* dump, CueDump* cues, const AccusationFilter* accusations_only) const {
  doc.claims.clear();
  doc.statements.clear();
  doc.stance.clear();
  if (doc.tokens.empty() || doc.sentences.empty() || doc.mentions.empty()) return;
  std::string lower = CueLexicon::lower(doc.text);
  std::vector<CueHit> hits = lexicon_.scan(doc, lower);
  const DocumentView view(doc, std::move(lower), hits, words_);
  // Cue words inside a name ("United States", "Fair Trading Office") are not cues.
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const CueHit& h) { return view.tok_mention[h.first] >= 0; }),
             hits.end());
  const std::vector<DetectedCue> detected = detector_.detect(view, hits, cues);
  const std::vector<DetectedCue>* detected_cues = detector_.empty() ? nullptr : &detected;
  std::vector<Attribution> unnamed;
  const std::vector<Attribution> statements = find_statements(view, hits, detected_cues, &unnamed);
  // The rules and the claim model see speech only: the detector also finds "accused" and "denied", which the rules
  // read as verbs (and verb_statements below proposes once), not as a speaker's words holding conduct.
  const std::vector<Attribution> speech = speech_statements(statements);
  const std::vector<int> tok_statement = statement_of_tokens(view, speech);
  ClaimRules b(doc, view, hits, speech, tok_statement);
  run_rules(b, hits);
  // Accusing and denying are statements too ("Democrats accused the president ...", "the firm denied ..."): they
  // propose candidates like speech does, and are reported with it.
  std::vector<Attribution> acts = verb_statements(b, hits);
  std::vector<Attribution> candidate_statements = speech;
  candidate_statements.insert(candidate_statements.end(), acts.begin(), acts.end());
  add_coordinated_speakers(view, candidate_statements);
  decide(doc, view, hits, candidate_statements, b, model_, model_bounds_, evaluative_, dump, accusations_only);
  b.finish();
  if (accusations_only) return;  // the statements are not read
  if (!detected_cues) unnamed = find_unnamed_statements(view, hits, statements);
  static const std::vector<Attribution> kNoActs;  // both arms lvalues: `acts` is passed, not copied
  report_statements(doc, b, statements, unnamed, detected_cues ? kNoActs : acts);
}

}  // namespace riposte
