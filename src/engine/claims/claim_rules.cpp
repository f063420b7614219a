// ClaimRules: claim records (one per kind, source, target and cue), their intensity, the subject of a verb,
// and at the end the claims in text order with their ids (claim_rules.h).
#include "engine/claims/claim_rules.h"

#include <algorithm>
#include <charconv>

namespace riposte {

ClaimRules::ClaimRules(Document& d, const DocumentView& view, const std::vector<CueHit>& h,
                       const std::vector<Attribution>& st, const std::vector<int>& ts)
    : doc(d), v(view), words(view.words), hits(h), statements(st), tok_statement(ts) {
  const size_t n = d.tokens.size();
  tok_factor.assign(n, 1.0f);
  tok_stop.assign(n, 0);
  tok_accuse_noun.assign(n, 0);
  noun_of_token.assign(n, -1);
  sentence_hedge.assign(d.sentences.size(), 1.0f);
  for (size_t a = 0; a < d.actors.size(); ++a) {
    const Actor& actor = d.actors[a];
    if (actor.kind != ActorKind::Group) continue;
    if (actor.name == "prosecutors" && prosecutors_group < 0) prosecutors_group = static_cast<int>(a);
    if (actor.name == "police" && police_group < 0) police_group = static_cast<int>(a);
  }
  active_charger = find_active_charger();
  for (const CueHit& c : h) {
    switch (c.cue->kind) {
      case CueKind::Intensifier:
      case CueKind::Hedge:
        tok_factor[c.first] = static_cast<float>(c.cue->value);
        if (c.cue->words.size() > 1) sentence_hedge[v.tok_sentence[c.first]] *= static_cast<float>(c.cue->value);
        break;
      case CueKind::StopWord:
        tok_stop[c.first] = 1;
        break;
      case CueKind::AccuseNoun:
        tok_accuse_noun[c.first] = 1;
        break;
      default:
        break;
    }
  }
}

Span ClaimRules::bytes(uint32_t first, uint32_t last) const {
  return {doc.tokens[first].span.begin, doc.tokens[std::max(first, last)].span.end};
}

double ClaimRules::intensity(const Cue& cue, uint32_t first) const {
  double f = sentence_hedge[v.tok_sentence[first]];
  const uint32_t sf = v.sentence_first(first);
  for (uint32_t k = first; k > sf && first - k < 3;) {
    --k;
    f *= tok_factor[k];
  }
  return std::clamp(cue.value * f, -1.0, 1.0);
}

int ClaimRules::add(ClaimKind kind, int source, int target, const Cue& cue, uint32_t cue_first, uint32_t cue_last,
                    Span content, int rebuts, bool is_implied) {
  if (source < 0 || target < 0 || source == target) return -1;
  const uint32_t cue_begin = doc.tokens[cue_first].span.begin;
  std::vector<int>& at_cue = claims_at_cue[cue_begin];
  for (int c : at_cue) {
    const Claim& o = doc.claims[c];
    if (o.kind == kind && o.source == source && o.target == target) return c;
  }
  Claim c;
  c.kind = kind;
  c.source = source;
  c.target = target;
  c.rebuts = rebuts;
  c.cue = bytes(cue_first, cue_last);
  c.content = content.empty() ? c.cue : content;
  c.score = intensity(cue, cue_first);
  c.code = cue.code;
  c.plover = cue.plover;
  const int index = static_cast<int>(doc.claims.size());
  at_cue.push_back(index);
  if (kind == ClaimKind::Accusation) {
    const int sp = v.party_of(source), tp = v.party_of(target);
    accusations_by_source_party[sp].push_back(index);
    accusations_by_target_party[tp].push_back(index);
    accusations_by_parties[parties_key(sp, tp)].push_back(index);
  }
  c.rule = "rule:" + std::string(is_implied ? "implied" : rule);
  doc.claims.push_back(std::move(c));
  implied.push_back(is_implied ? 1 : 0);
  rule_of.push_back(is_implied ? std::string_view("implied") : rule);
  return index;
}

Span ClaimRules::statement_content(int st) const {
  if (st < 0) return {};
  return bytes(statements[st].content_first, statements[st].content_last);
}

// The subject of a verb at i: its agent, or for a participle or second verb ("..., accusing him",
// "wrote to X on Tuesday accusing him", "and had warned him") the subject of the sentence.
int ClaimRules::subject_of(uint32_t i) const {
  const uint32_t first = v.sentence_first(i);
  // "Trump praised Putin and accused Clinton": a verb after "and" or "but" shares the subject of the clause before;
  // the name right before the conjunction is the first verb's object, which agent_before would take.
  uint32_t j = i;
  while (j > first + 1 && v.actor_at(j - 1) < 0 &&
         (words.aux.contains(v.word(j - 1)) || words.adverbs.contains(v.word(j - 1)) || ends_with(v.word(j - 1), "ly")))
    --j;
  if (j > first + 1 && (v.is(j - 1, "and") || v.is(j - 1, "but"))) {
    const int subject = clause_subject_of(v, i);
    if (subject >= 0) return subject;
  }
  int a = v.agent_before(i);
  if (a >= 0) return a;
  if (i <= first) return -1;
  const auto prev = v.word(i - 1);
  const bool participle = ends_with(v.word(i), "ing") && !words.prepositions.contains(prev) && !words.be.contains(prev);
  if (participle || prev == "and" || prev == ",") return v.sentence_subject(v.tok_sentence[i], i);
  return -1;
}

bool ClaimRules::passive_at(uint32_t i, uint32_t* j) const {
  const uint32_t first = v.sentence_first(i);
  uint32_t k = i;
  while (k > first && ends_with(v.word(k - 1), "ly")) --k;
  if (j) *j = k;
  const auto form = v.word(i);
  return k > first && words.be.contains(v.word(k - 1)) && (ends_with(form, "ed") || form == "charged");
}

std::vector<int> ClaimRules::passive_subjects(uint32_t j) const {
  uint32_t start = j;
  const int accused = v.agent_before(j, &start);
  if (accused < 0) return {};
  // "Liverpool and Millwall have been charged"
  std::vector<int> out = actors_named_between(v, coordinated_start(v, start), start, accused);
  out.push_back(accused);
  return out;
}

// The words naming the subject of the verb at token i that subject_of found (`source`): the agent phrase
// before the verb, else the source's last mention in the sentence before the verb, else an empty span at
// the verb.
Span ClaimRules::subject_span(uint32_t i, int source) const {
  uint32_t start = i;
  if (v.agent_before(i, &start) == source && start < i) return bytes(start, i - 1);
  for (uint32_t k = i, first = v.sentence_first(i); k > first;) {
    --k;
    if (v.actor_at(k) == source) return bytes(v.mention_first(k), k);
  }
  return {doc.tokens[i].span.begin, doc.tokens[i].span.begin};
}

// The speaker of the statement holding token i, or -1.
int ClaimRules::speaker_at(uint32_t i) const {
  const int st = tok_statement[i];
  return st >= 0 ? statements[st].source : -1;
}

// An actor at token k: a mention, or a third-person pronoun resolved (not to `exclude`).
// Only personal pronouns: "it" and "they" are too often no actor ("it is disappointing").
int ClaimRules::actor_or_pronoun(uint32_t k, int exclude) const {
  const int a = v.actor_at(k);
  if (a >= 0) return a;
  const auto w = v.word(k);
  if (w == "he" || w == "him" || w == "his" || w == "she" || w == "her") return v.resolve_pronoun(k, exclude);
  return -1;
}

// Whether the mention at token k heads its noun phrase ("Labour", "Labour ministers", "Labour's
// plans") rather than modifying a thing ("the Iraq war", "Human rights abuses").
bool ClaimRules::names_the_head(uint32_t k) const {
  const uint32_t ml = v.mention_last(k);
  if (ml + 1 >= v.doc.tokens.size() || v.is_possessive(ml + 1)) return true;
  const Token& next = v.doc.tokens[ml + 1];
  if (next.kind != TokenKind::Word || next.capitalised) return true;
  const auto w = v.word(ml + 1);
  if (words.head_role_nouns.contains(w) || words.be.contains(w) || words.modals.contains(w) ||
      words.prepositions.contains(w) || v.tok_verb[ml + 1])
    return true;
  // A verb ("Acme follows", "the party lied", "Ruritania strongly denies") rather than a noun.
  return ends_with(w, "s") || ends_with(w, "ed") || ends_with(w, "ly");
}

// [SECTION] Counter-accusations, order, ids
// An accusation answering an earlier accusation from its target's side is also a rebuttal of it.
void ClaimRules::counter_accusations() {
  const size_t n = doc.claims.size();
  // Only sides that answer accusations elsewhere in the article make counter-accusations.
  std::vector<uint8_t> responder(doc.actors.size(), 0);
  for (const Claim& c : doc.claims)
    if (c.kind == ClaimKind::Rebuttal && v.party_of(c.source) >= 0) responder[v.party_of(c.source)] = 1;
  for (size_t a = 0; a < n; ++a) {
    const Claim cl = doc.claims[a];
    if (cl.kind != ClaimKind::Accusation || implied[a]) continue;
    // Only when the other side started: the first accusation between the two sides is theirs.
    int earlier = -1;
    uint32_t first_theirs = UINT32_MAX, first_ours = cl.cue.begin;
    const int sp = v.party_of(cl.source), tp = v.party_of(cl.target);
    // Accusations are all added before this loop, so the per-party lists hold every one of them.
    if (const auto theirs = accusations_by_parties.find(parties_key(tp, sp)); theirs != accusations_by_parties.end()) {
      for (int b : theirs->second) {
        const Claim& o = doc.claims[b];
        if (o.cue.begin >= cl.cue.begin) continue;
        first_theirs = std::min(first_theirs, o.cue.begin);
        if (earlier < 0 || o.cue.begin > doc.claims[earlier].cue.begin) earlier = b;
      }
    }
    if (sp != tp) {
      if (const auto ours = accusations_by_parties.find(parties_key(sp, tp)); ours != accusations_by_parties.end())
        for (int b : ours->second) first_ours = std::min(first_ours, doc.claims[b].cue.begin);
    }
    if (earlier < 0 || first_theirs > first_ours || !responder[v.party_of(cl.source)]) continue;
    Claim r = cl;
    r.kind = ClaimKind::Rebuttal;
    r.rebuts = earlier;
    r.rule = "rule:counter";
    doc.claims.push_back(r);
    implied.push_back(0);
    rule_of.push_back("counter");
  }
}

void ClaimRules::finish() {
  std::vector<uint32_t> order(doc.claims.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Claim &x = doc.claims[a], &y = doc.claims[b];
    if (x.cue.begin != y.cue.begin) return x.cue.begin < y.cue.begin;
    return x.kind < y.kind;
  });
  std::vector<int> new_index(order.size());
  for (uint32_t i = 0; i < order.size(); ++i) new_index[order[i]] = static_cast<int>(i);
  std::vector<Claim> sorted;
  sorted.reserve(order.size());
  for (uint32_t i : order) sorted.push_back(std::move(doc.claims[i]));
  for (size_t i = 0; i < sorted.size(); ++i) {
    Claim& c = sorted[i];
    if (c.rebuts >= 0) c.rebuts = new_index[c.rebuts];
    char id[24] = {'c'};  // "c1", "c2", ... (to_chars: GCC 12 warns falsely on "c" + to_string)
    c.id.assign(id, std::to_chars(id + 1, id + sizeof id, i + 1).ptr);
  }
  doc.claims = std::move(sorted);
}

}  // namespace riposte
