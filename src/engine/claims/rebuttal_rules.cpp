// ClaimRules: rebuttal rules (rebutting verbs and phrases, denials) and the linker from a rebuttal to the
// accusation it answers (claim_rules.h).
#include "engine/claims/claim_rules.h"

#include <algorithm>

namespace riposte {

// [SECTION] Rebuttals and the claim linker
// The accusation a rebuttal by `rebutter` at token `at` answers: one against the rebutter's side by an
// actor named in the same sentence, else the latest one before, else the first one after; else one
// against an actor the rebutter defends (named in the sentence).
int ClaimRules::link(int rebutter, uint32_t at) const {
  const int ps = v.party_of(rebutter);
  const uint32_t pos = doc.tokens[at].span.begin;
  std::vector<int> named;
  for (uint32_t k = v.sentence_first(at); k <= v.sentence_last(at); ++k) {
    const int a = v.actor_at(k);
    if (a >= 0 && v.party_of(a) != ps) named.push_back(v.party_of(a));
  }
  auto against_us = [&](const Claim& c) { return v.party_of(c.target) == ps && v.party_of(c.source) != ps; };
  int named_before = -1, named_after = -1, before = -1, after = -1, defended = -1;
  // Accusations against the rebutter's side (in insertion order, as a scan of all claims would meet them).
  if (const auto list = accusations_by_target_party.find(ps); list != accusations_by_target_party.end()) {
    for (int c : list->second) {
      const Claim& cl = doc.claims[c];
      if (!against_us(cl)) continue;
      const bool earlier = cl.cue.begin < pos;
      const bool is_named = std::find(named.begin(), named.end(), v.party_of(cl.source)) != named.end();
      if (earlier) {
        before = c;
        if (is_named) named_before = c;
      } else {
        if (after < 0) after = c;
        if (is_named && named_after < 0) named_after = c;
      }
    }
  }
  // The latest earlier accusation against a named side (never the rebutter's: `named` excludes it).
  std::vector<int> named_parties = named;
  std::sort(named_parties.begin(), named_parties.end());
  named_parties.erase(std::unique(named_parties.begin(), named_parties.end()), named_parties.end());
  for (int party : named_parties) {
    const auto list = accusations_by_target_party.find(party);
    if (list == accusations_by_target_party.end()) continue;
    for (auto c = list->second.rbegin(); c != list->second.rend(); ++c) {
      const Claim& cl = doc.claims[*c];
      if (*c <= defended) break;
      if (cl.cue.begin < pos && v.party_of(cl.source) != ps) {
        defended = *c;
        break;
      }
    }
  }
  if (named_before >= 0) return named_before;
  if (named_after >= 0) return named_after;
  if (before >= 0) return before;
  if (after >= 0) return after;
  return defended;
}

// The latest accusation from accuser's side against the rebutter's side, or a new implied one.
int ClaimRules::accusation_by(int accuser, int rebutter, uint32_t noun_first, uint32_t noun_last, const Cue& cue) {
  int found = -1;
  const auto list = accusations_by_parties.find(parties_key(v.party_of(accuser), v.party_of(rebutter)));
  if (list != accusations_by_parties.end()) {
    const uint32_t limit = doc.tokens[noun_last].span.begin;
    for (auto c = list->second.rbegin(); c != list->second.rend(); ++c)
      if (doc.claims[*c].cue.begin <= limit) {
        found = *c;
        break;
      }
  }
  if (found >= 0) return found;
  return add(ClaimKind::Accusation, accuser, rebutter, cue, noun_first, noun_last, sentence_rest(noun_first), -1, true);
}

const ClaimRules::NounRecord* ClaimRules::noun_at(uint32_t tok) const {
  const int r = noun_of_token[tok];
  return r >= 0 ? &nouns[r] : nullptr;
}

void ClaimRules::add_noun(NounRecord rec) {
  if (noun_of_token[rec.token] < 0) noun_of_token[rec.token] = static_cast<int>(nouns.size());
  nouns.push_back(std::move(rec));
}

void ClaimRules::rebut(int source, uint32_t cue_first, uint32_t cue_last, const Cue& cue, Span content,
                       const std::vector<int>& explicit_accusations) {
  if (source < 0) return;
  if (!explicit_accusations.empty()) {
    for (int a : explicit_accusations)
      if (is_accusation(a))
        add(ClaimKind::Rebuttal, source, doc.claims[a].source, cue, cue_first, cue_last, content, a);
    return;
  }
  const int a = link(source, cue_first);
  if (a >= 0) add(ClaimKind::Rebuttal, source, doc.claims[a].source, cue, cue_first, cue_last, content, a);
}

// Accusations named in the words from `from` to `to`: a nominal accusation found earlier
// ("the accusations by the union ..."), or an actor owning the rebutted words ("Mr Marsh's comment",
// "the Senate and Treasury statements"), whose accusation is implied when not found.
std::vector<int> ClaimRules::named_accusations(int rebutter, uint32_t from, uint32_t to, const Cue& cue) {
  std::vector<int> out;
  for (uint32_t k = from; k <= to; ++k) {
    if (const NounRecord* r = noun_at(k)) {
      if (!r->claims.empty()) {
        for (int c : r->claims)
          if (v.party_of(doc.claims[c].target) == v.party_of(rebutter)) out.push_back(c);
        if (!out.empty()) return out;
      }
      for (int s : r->sources)
        if (!v.same_party(s, rebutter)) out.push_back(accusation_by(s, rebutter, k, k, cue));
      if (!out.empty()) return out;
    }
  }
  for (uint32_t k = from; k <= to; ++k) {
    const int a = v.actor_at(k);
    if (a < 0 || v.same_party(a, rebutter)) continue;
    const uint32_t ml = v.mention_last(k);
    k = ml;
    // An owner: "X's claim", "X and Y statements", "X claims" (the next word is a rebuttable noun or
    // another owner).
    uint32_t n = ml + 1;
    if (v.is_possessive(n)) ++n;
    const bool owner = n <= to + 1 && n < v.doc.tokens.size() &&
                       (words.owned_statements.contains(v.word(n)) || v.is(n, "and") || tok_accuse_noun[n]);
    if (owner) out.push_back(accusation_by(a, rebutter, k, k, cue));
  }
  out.erase(std::remove(out.begin(), out.end(), -1), out.end());
  return out;
}

void ClaimRules::rebut_verb(const CueHit& h) {
  const uint32_t i = h.first, l = h.last;
  if (v.negated_before(i)) return;
  const int source = subject_of(i);
  if (source < 0) return;
  const uint32_t stop = v.sentence_last(i) + 1;
  const auto lemma = h.cue->words.front();
  const bool any_object = lemma.substr(0, 3) == "den" || lemma == "hit" || lemma == "hits" || lemma == "hitting";
  // The rebutted words: up to the first statement noun within a few words.
  uint32_t noun = 0;
  bool found = false;
  uint32_t k = l + 1;
  while (k < stop && (v.is_quote(k) || v.is(k, "at") || v.is(k, "the"))) ++k;
  const uint32_t object_first = k;
  for (uint32_t t = object_first; t < stop && t - object_first < 8; ++t) {
    if (v.is_punct(t)) break;
    // A pronoun object must come first ("rejected that"), not "dismissed fears ... that his plans".
    if (t > object_first && words.pronoun_objects.contains(v.word(t))) continue;
    if (tok_accuse_noun[t] || words.rebuttable.contains(v.word(t))) {
      noun = t;
      found = true;
      break;
    }
  }
  if (h.cue->kind == CueKind::RebutAnswer && !(found && (tok_accuse_noun[noun] || accusation_noun_near(noun)))) return;
  // "denied him a visa", "denied access": a refusal, not a denial.
  if (lemma.substr(0, 3) == "den" && object_first < stop) {
    const uint32_t after_object = v.mention_last(object_first) + 1;
    // "denied the party was trying ...": a clause follows, so it is a denial after all.
    const bool clause =
        after_object < stop && (words.be.contains(v.word(after_object)) ||
                                words.modals.contains(v.word(after_object)) || ends_with(v.word(after_object), "ed"));
    const bool person_object =
        !clause && ((v.actor_at(object_first) >= 0 && !v.is_possessive(after_object)) || v.is(object_first, "him") ||
                    v.is(object_first, "her") || v.is(object_first, "them") || v.is(object_first, "us") ||
                    v.is(object_first, "me"));
    if (person_object || words.refused_things.contains(v.word(object_first))) return;
  }
  if (!found && !any_object) return;
  std::vector<int> named;
  if (found) named = named_accusations(source, object_first, noun, *h.cue);
  if (named.empty() && link(source, i) < 0) {
    // Nobody is named and no accusation against the rebutter is known: the denial answers the side
    // it is in dispute with (the target of its latest accusation).
    int own = -1;
    const auto list = accusations_by_source_party.find(v.party_of(source));
    if (list != accusations_by_source_party.end())
      for (auto c = list->second.rbegin(); c != list->second.rend(); ++c)
        if (doc.claims[*c].cue.begin < doc.tokens[i].span.begin) {
          own = *c;
          break;
        }
    if (own < 0) return;
    const int adversary = doc.claims[own].target;
    // "... after being accused of rigging the tender. It denies any part in it": the unnamed
    // accuser of the last two sentences is taken to be the side the denier is in dispute with.
    int answered = -1;
    const uint32_t sent = v.tok_sentence[i];
    for (const Agentless& a : agentless) {
      const uint32_t as = v.tok_sentence[a.hit.first];
      if (a.hit.first < i && sent - as <= 2 && (a.accused < 0 || v.same_party(a.accused, source)))
        answered = add(ClaimKind::Accusation, adversary, source, *a.hit.cue, a.hit.first, a.hit.last,
                       sentence_rest(a.hit.first), -1, true);
    }
    add(ClaimKind::Rebuttal, source, adversary, *h.cue, i, l, sentence_rest(l), answered);
    return;
  }
  rebut(source, i, l, *h.cue, sentence_rest(l), named);
}

void ClaimRules::rebut_phrase(const CueHit& h, bool from_evaluation) {
  const uint32_t i = h.first;
  const int st = tok_statement[i];
  if (st < 0) return;
  if (!from_evaluation && (v.negated_before(i) || !rebuttable_near(i))) return;
  // "the claims are untrue", "dismissed them as nonsense", "called the accusations unfounded";
  // not "stop this nonsense".
  if (!from_evaluation && h.last == i && !predicative(i) && !accusation_noun_near(i)) {
    uint32_t k = i;
    while (k > v.sentence_first(i) && (v.is_quote(k - 1) || words.fillers.contains(v.word(k - 1)))) --k;
    if (!(k > v.sentence_first(i) && v.is(k - 1, "as"))) return;
  }
  const int speaker = statements[st].source;
  const uint32_t from = std::max(statements[st].content_first, i > 6 ? i - 6 : 0u);
  std::vector<int> named = i > from ? named_accusations(speaker, from, i - 1, *h.cue) : std::vector<int>{};
  rebut(speaker, i, h.last, *h.cue, statement_content(st), named);
}

void ClaimRules::denial(const CueHit& h) {
  const int st = tok_statement[h.first];
  if (st < 0) return;
  static const Cue deny{CueClass::Rebuttal, CueKind::RebutVerb, "deny", "deny", {"deny"}, "016", "REJECT", -0.4};
  const Cue& cue = h.cue->cls == CueClass::Rebuttal ? *h.cue : deny;
  rebut(statements[st].source, h.first, h.last, cue, statement_content(st), {});
}

}  // namespace riposte
