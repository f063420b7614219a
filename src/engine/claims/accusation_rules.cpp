// ClaimRules: the accusation rules (accusing verbs and nouns, evaluations of an actor, wrongdoing, demands) and
// support (claim_rules.h).
#include "engine/claims/claim_rules.h"

#include <algorithm>

namespace riposte {

// [SECTION] Accusations: verbs, nouns, evaluations, wrongdoing, demands
void ClaimRules::accuse_verb(const CueHit& h) {
  const uint32_t i = h.first, l = h.last;
  if (v.negated_before(i)) return;
  const auto form = v.word(i);
  const uint32_t stop = v.sentence_last(i) + 1;
  uint32_t j = i;
  const bool passive = passive_at(i, &j);
  std::vector<int> sources, targets;
  if (passive) {
    uint32_t k = l + 1;
    while (k < stop && ends_with(v.word(k), "ly")) ++k;
    if (k >= stop || v.word(k) != "by") {  // "is accused of ...": no accuser named
      const std::vector<int> accused = passive_subjects(j);
      agentless.push_back({h, accused.empty() ? -1 : accused.back()});
      // A charge, an indictment, a prosecution or an arrest is the charging body's, when the article names one: "was
      // charged with assault, but prosecutors declined to proceed", "was arrested after police were called".
      if (!accused.empty() && words.charging_lemmas.contains(h.cue->lemma)) {
        if (const int body = charging_body(h.cue->lemma == "arrest"); body >= 0) {
          const RuleScope charge(rule, "charge");
          for (int a : accused)
            if (!v.same_party(body, a)) add(ClaimKind::Accusation, body, a, *h.cue, i, l, sentence_rest(l));
        }
      }
      return;
    }
    ++k;
    while (k < stop && (v.is(k, "the") || v.is_quote(k))) ++k;
    sources = v.mention_list(k, stop);
    targets = passive_subjects(j);
  } else {
    const int s = subject_of(i);
    if (s < 0) return;
    sources.push_back(s);
    targets = v.object_after(l, s);
    if (targets.empty() && (form.substr(0, 5) == "blame")) {
      // "blamed the deficit on X": X must follow "on" directly.
      for (uint32_t k = l + 1; k < stop && k - l < 10; ++k) {
        if (v.is_punct(k)) break;
        if (v.is(k, "on")) {
          uint32_t t = k + 1;
          while (t < stop && v.is(t, "the")) ++t;
          if (t < stop && v.actor_at(t) >= 0) targets = v.mention_list(t, stop);
          break;
        }
      }
    }
  }
  const Span content = sentence_rest(l);
  for (int s : sources)
    for (int t : targets)
      if (!v.same_party(s, t) || s != t) add(ClaimKind::Accusation, s, t, *h.cue, i, l, content);
}

int ClaimRules::charging_body(bool arrest) const {
  if (active_charger >= 0 && !arrest) return active_charger;
  const int prosecutors = prosecutors_group, police = police_group;
  return arrest ? (police >= 0 ? police : prosecutors) : (prosecutors >= 0 ? prosecutors : police);
}

// "FA charges Liverpool and Millwall", "police charged two men": a name, then "charge(s|d)" used as a verb, then its
// object (a name, a pronoun or the start of a noun phrase). Not "Tory charges of sleaze" or "charges that ..." (nouns,
// or a charge meaning an allegation), nor "was charged" (passive: no subject before it).
// Reads the cue hits, not every token: the verb and the noun are both accusation cues.
int ClaimRules::find_active_charger() const {
  const size_t n = doc.tokens.size();
  for (const CueHit& c : hits) {
    const uint32_t k = c.first;
    if (k == 0 || k + 1 >= n || !words.charge_verb_forms.contains(v.word(k))) continue;
    const int charger = v.actor_at(k - 1);
    if (charger < 0 || v.tok_sentence[k + 1] != v.tok_sentence[k]) continue;
    const bool object = v.actor_at(k + 1) >= 0 || words.charged_objects.contains(v.word(k + 1));
    if (object && v.actor_at(k + 1) != charger) return charger;
  }
  return -1;
}

void ClaimRules::accuse_noun(const CueHit& h) {
  const uint32_t i = h.first, l = h.last;
  const uint32_t first = v.sentence_first(i), stop = v.sentence_last(i) + 1;
  std::vector<int> sources;
  uint32_t after = l + 1;
  {
    uint32_t k = l + 1;
    if (k < stop && v.is(k, ",")) ++k;
    // "a lawsuit filed by X", "allegations made by X": a lodging verb's participle before the accuser.
    if (k + 1 < stop && words.lodging.contains(v.word(k)) && v.is(k + 1, "by")) ++k;
    if (k < stop && (v.is(k, "by") || v.is(k, "from"))) {
      ++k;
      while (k < stop && (v.is(k, "the") || v.is_quote(k))) ++k;
      sources = v.mention_list(k, stop, &after);
    }
  }
  if (sources.empty() && i >= first + 2 && v.is_possessive(i - 1) && v.actor_at(i - 2) >= 0) {
    sources.push_back(v.actor_at(i - 2));  // "the Greens' claim"
  } else if (sources.empty() && i > first && is_possessive_pronoun(v.word(i - 1))) {
    const int owner = v.resolve_pronoun(i - 1, -1);  // "his allegation that ...", "their criticism of ..."
    if (owner >= 0) sources.push_back(owner);
  } else if (sources.empty() && i > first && v.actor_at(i - 1) >= 0) {
    // "the latest Green attack", "at Green claims": a noun, not "Labour claims that ..." (a verb).
    const uint32_t mf = v.mention_first(i - 1);
    if (mf > first + 1 && v.doc.tokens[mf - 1].kind == TokenKind::Word && !v.tok_verb[mf - 1])
      sources.push_back(v.actor_at(i - 1));
  }
  if (sources.empty()) {
    const int lodger = lodging_subject(i);
    if (lodger >= 0) sources.push_back(lodger);
  }
  // Charges nobody is said to bring ("faces fraud charges", "denied charges of fraud") are the article's prosecutors'
  // (or police's) when it names them, as agentless "was charged" is (accuse_verb): a denial then answers them.
  // Not when a verb lodges them and its subject is unknown ("planned to press charges if his attacker was caught",
  // "the decision not to recommend charges"), when a name stands right before ("FA charges Liverpool": a verb), nor
  // when they complete a charging verb ("was indicted on murder charges": accuse_verb has it).
  const bool charge = sources.empty() && (h.cue->lemma == "charges" || h.cue->lemma == "indictment") &&
                      lodging_verb(i) < 0 && !(i > first && v.actor_at(i - 1) >= 0) && !after_charging_verb(i);
  if (charge) {
    const int body = charging_body(false);
    if (body >= 0) sources.push_back(body);
  }
  NounRecord rec{i, sources, {}};
  if (sources.empty()) {
    add_noun(std::move(rec));
    return;
  }
  // The accused: "against X", "about the involvement of X", "that X ...", or a bare clause "claims he had ...".
  int target = -1;
  bool linked = after < stop && (v.actor_at(after) >= 0 || v.is_third_person_pronoun(after));
  for (uint32_t k = after; k < stop && k - after < 14; ++k) {
    if (v.is_punct(k) && !v.is(k, ",")) break;
    if (words.target_links.contains(v.word(k))) linked = true;
    if (!linked) continue;
    const int a = actor_or_pronoun(k, sources.front());
    if (a >= 0 && std::find(sources.begin(), sources.end(), a) == sources.end() && !v.same_party(a, sources.front())) {
      target = a;
      break;
    }
  }
  if (target < 0) {
    // "Labour faced criticism from ...", "the minister came under fire from ...": the subject is accused.
    uint32_t k = i;
    while (k > first && k + 3 > i && !words.undergoing.contains(v.word(k - 1)) &&
           v.doc.tokens[k - 1].kind == TokenKind::Word)
      --k;
    if (k > first && words.undergoing.contains(v.word(k - 1))) {
      const int accused = subject_of(k - 1);
      if (accused >= 0 && std::find(sources.begin(), sources.end(), accused) == sources.end() &&
          !v.same_party(accused, sources.front()))
        target = accused;
    }
  }
  if (target < 0 && words.accusation_nouns_strong.contains(v.word(i))) {
    // "these accusations by Ruritania serve political ends", says the accused.
    const int sp = speaker_at(i);
    if (sp >= 0 && !v.same_party(sp, sources.front())) target = sp;
  }
  if (target >= 0) {
    const RuleScope named(rule, charge ? std::string_view("charge") : rule);
    for (int s : sources) {
      const int c = add(ClaimKind::Accusation, s, target, *h.cue, i, l, sentence_rest(i));
      if (c >= 0) rec.claims.push_back(c);
    }
  }
  add_noun(std::move(rec));
}

// "The regulator filed civil fraud charges against X", "it has taken legal action against": the subject of a verb that
// lodges the accusation noun at `i` (at most four words before it, none of them punctuation) is its accuser.
int ClaimRules::lodging_subject(uint32_t i) const {
  const int k = lodging_verb(i);
  return k < 0 ? -1 : subject_of(static_cast<uint32_t>(k));
}

bool ClaimRules::after_charging_verb(uint32_t i) const {
  const uint32_t first = v.sentence_first(i);
  for (uint32_t k = i; k > first && i - k < 6;) {
    --k;
    if (words.charging_participles.contains(v.word(k))) return true;
  }
  return false;
}

int ClaimRules::lodging_verb(uint32_t i) const {
  const uint32_t first = v.sentence_first(i);
  for (uint32_t k = i; k > first && i - k < 5;) {
    --k;
    if (v.doc.tokens[k].kind != TokenKind::Word) return -1;
    if (words.lodging.contains(v.word(k))) return static_cast<int>(k);
  }
  return -1;
}

bool ClaimRules::accusation_noun_near(uint32_t i) const {
  const uint32_t first = v.sentence_first(i), last = v.sentence_last(i);
  for (uint32_t k = i > first + 8 ? i - 8 : first; k <= last && k <= i + 3; ++k)
    if (k != i && words.accusation_nouns.contains(v.word(k))) return true;
  return false;
}

bool ClaimRules::rebuttable_near(uint32_t i) const {
  const uint32_t first = v.sentence_first(i), last = v.sentence_last(i);
  for (uint32_t k = i > first + 6 ? i - 6 : first; k <= last && k <= i + 3; ++k)
    if (k != i && words.rebuttable.contains(v.word(k))) return true;
  return false;
}

// The actor an evaluation inside a statement is about: the nearest actor in the content (earlier
// words weigh more: "What the Ruritanian government has done is deeply cynical").
int ClaimRules::evaluated_actor(int st, uint32_t i, int speaker) const {
  const Attribution& s = statements[st];
  int best = -1;
  uint32_t best_d = 1u << 30;
  const uint32_t lo = std::max(s.content_first, i > 15 ? i - 15 : 0u), hi = std::min(s.content_last, i + 15);
  bool you = false;
  for (uint32_t k = lo; k <= hi; ++k) {
    if (v.is(k, "you") || v.is(k, "your")) you = true;
    const int a = actor_or_pronoun(k, -1);
    if (a < 0 || v.same_party(a, speaker) || a == speaker) continue;
    // A place named after a preposition ("detained at the border") is where, not who.
    if (k > 0 && v.actor_at(k) >= 0 && v.mention_first(k) > 0) {
      const auto p = v.word(v.mention_first(k) - 1);
      if (p == "at" || p == "in" || p == "from" || p == "to" || p == "into") continue;
    }
    const uint32_t d = k < i ? i - k : (k - i) + 2;
    if (d < best_d) {
      best_d = d;
      best = a;
    }
  }
  if (best < 0 && s.addressee >= 0 && (you || v.doc.actors[s.addressee].kind == ActorKind::Person)) best = s.addressee;
  if (best < 0 && predicative(i)) best = topic_before(s, speaker);
  return best;
}

// What an evaluation without a named actor is about: the nearest actor named before the statement
// (in this or the previous sentence), outside the speaker's side ("the mayor's remark ...
// X said: 'this was a foolish remark'").
int ClaimRules::topic_before(const Attribution& s, int speaker) const {
  const uint32_t from = std::min(s.content_first, s.cue_first);
  const uint32_t sent = v.tok_sentence[from];
  const uint32_t floor = doc.sentences[sent > 0 ? sent - 1 : 0].first_token;
  for (uint32_t k = from; k > floor;) {
    --k;
    const int a = v.actor_at(k);
    if (a < 0 || a == speaker || v.same_party(a, speaker)) continue;
    const ActorKind kind = doc.actors[a].kind;
    if (kind == ActorKind::Place || kind == ActorKind::Media || kind == ActorKind::State) continue;
    // The speaker's own description ("Ms Grey, political editor of the Daily Courier, said").
    if ((k > s.cue_first && k < from) || (k >= s.source_first && k <= s.source_last)) continue;
    return a;
  }
  return -1;
}

// "was ill-considered", "was a very foolish remark", "is “wholly improper”": said of something.
bool ClaimRules::predicative(uint32_t i) const {
  const uint32_t first = v.sentence_first(i);
  for (uint32_t k = i, n = 0; k > first && n < 5; ++n) {
    --k;
    const auto w = v.word(k);
    if (words.be.contains(w)) return !(k > first && v.is(k - 1, "to"));
    if (v.is_punct(k) || words.prepositions.contains(w)) return false;
  }
  return false;
}

void ClaimRules::evaluation(const CueHit& h) {
  const uint32_t i = h.first;
  const int st = tok_statement[i];
  if (st < 0 || v.negated_before(i)) return;
  if (accusation_noun_near(i)) {
    rebutting_evaluations.push_back(h);
    return;
  }
  const int speaker = statements[st].source;
  const int target = evaluated_actor(st, i, speaker);
  if (target >= 0) add(ClaimKind::Accusation, speaker, target, *h.cue, i, h.last, statement_content(st));
}

void ClaimRules::conduct(const CueHit& h) {
  const uint32_t i = h.first;
  const int st = tok_statement[i];
  if (st < 0) return;
  const int speaker = statements[st].source;
  const Attribution& s = statements[st];
  const uint32_t stop = v.sentence_last(i) + 1;
  const auto form = v.word(i);
  if (form == "broken" || form == "broke" || form == "breaking" || form == "break") {
    uint32_t k = i + 1;
    while (k < stop && (words.breakable_determiners.contains(v.word(k)) || v.is_quote(k))) ++k;
    if (k >= stop || !words.breakables.contains(v.word(k))) return;
  }
  // Fighting wrongdoing is not doing it: "reforms to tackle corruption", "abuse concerns".
  for (uint32_t k = i > 3 ? i - 3 : 0; k < i; ++k)
    if (words.countering.contains(v.word(k))) return;
  if (h.last + 1 < stop && words.countering.contains(v.word(h.last + 1))) return;
  // "the board may have been misled": the subject is the victim.
  if (i > s.content_first && !ends_with(form, "ing") && words.be.contains(v.word(i - 1)) &&
      !(i + 1 < stop && v.is(i + 1, "by")))
    return;
  // The doer: the first actor of the clause before the wrongdoing word ("Labour has broken ...",
  // "she broke ..."); an unresolved pronoun subject ends the search.
  int doer = -1;
  bool first_person = false, doer_named = false;
  const uint32_t clause_first = std::max({s.content_first, v.sentence_first(i), i > 20 ? i - 20 : 0u});
  for (uint32_t k = clause_first; k < i; ++k) {
    if (v.is(k, "we") || v.is(k, "i")) {
      first_person = true;
      break;
    }
    if (k > s.content_first && words.prepositions.contains(v.word(k - 1))) continue;  // "aimed at the firm's customers"
    doer = actor_or_pronoun(k, -1);
    if (doer >= 0 && v.actor_at(k) >= 0 && !names_the_head(k)) {
      doer = -1;
      k = v.mention_last(k);
      continue;
    }
    if (doer >= 0) {
      doer_named = v.actor_at(k) >= 0;
      break;
    }
    if (v.is_third_person_pronoun(k) && !v.is(k, "it") && !v.is(k, "its")) break;
  }
  const bool negated = v.negated_before(i, 4);
  if (negated) {
    if (first_person || (doer_named && v.same_party(doer, speaker))) denials.push_back(h);
    return;
  }
  if (doer < 0 || doer == speaker || v.same_party(doer, speaker)) return;
  add(ClaimKind::Accusation, speaker, doer, *h.cue, i, h.last, statement_content(st));
}

// "urged China to not allow ...", "calling for her to resign", "warned X against ...".
// "both parties", "the two men": the last two actors of that sort named before, outside the
// speaker's side ("Hale and Ruiz ... Okafor urged the two men to stop feuding").
std::vector<int> ClaimRules::pair_named_before(uint32_t cue, int speaker) const {
  const uint32_t k = cue + 1;
  const uint32_t stop = v.sentence_last(cue) + 1;
  uint32_t noun = k;
  if (k < stop && v.is(k, "both"))
    noun = k + 1;
  else if (k + 1 < stop && v.is(k, "the") && v.is(k + 1, "two"))
    noun = k + 2;
  else
    return {};
  if (noun < stop && words.pair_modifiers.contains(v.word(noun))) ++noun;
  if (noun >= stop) return {};
  const auto w = v.word(noun);
  const bool people = words.pair_people.contains(w);
  const bool parties = words.pair_parties.contains(w);
  if (!people && !parties && !words.pair_others.contains(w)) return {};
  std::vector<int> out;
  for (uint32_t t = cue; t > 0 && out.size() < 2 && cue - t < 400;) {  // within a few paragraphs
    --t;
    const int a = v.actor_at(t);
    if (a < 0 || a == speaker || v.same_party(a, speaker) || std::find(out.begin(), out.end(), a) != out.end())
      continue;
    const ActorKind kind = doc.actors[a].kind;
    if (people && kind != ActorKind::Person) continue;
    if (parties && kind != ActorKind::Party) continue;
    if (kind == ActorKind::Place || kind == ActorKind::Media) continue;
    out.push_back(a);
  }
  if (out.size() < 2) return {};
  return out;
}

void ClaimRules::demands() {
  for (const Attribution& s : statements) {
    if (!s.cue || s.cue->kind != CueKind::Tell) continue;
    std::vector<int> addressees;
    if (s.addressee >= 0)
      addressees.push_back(s.addressee);
    else
      addressees = pair_named_before(s.cue_last, s.source);
    if (addressees.empty()) continue;
    const uint32_t stop = v.sentence_last(s.cue_last) + 1;
    int from = -1;  // where the wrongful act is named
    for (uint32_t k = s.cue_last + 1; k < stop && k - s.cue_last < 12; ++k) {
      if (v.is(k, "against") || (v.is(k, "not") && k + 1 < stop && v.is(k + 1, "to"))) {  // "warned X not to"
        from = static_cast<int>(k);
        break;
      }
      if (!v.is(k, "to")) continue;
      uint32_t t = k + 1;
      while (t < stop && (v.is_quote(t) || ends_with(v.word(t), "ly"))) ++t;
      if (t < stop && tok_stop[t]) from = static_cast<int>(t);
      break;
    }
    if (from < 0) continue;
    for (int a : addressees)
      add(ClaimKind::Accusation, s.source, a, *s.cue, s.cue_first, s.cue_last,
          sentence_rest(static_cast<uint32_t>(from)));
  }
}

// [SECTION] Support
// "praised X", "backed X" (object named, not negated); "X and its allies such as Y".
void ClaimRules::support(const CueHit& h) {
  const uint32_t i = h.first, l = h.last;
  if (v.negated_before(i)) return;
  const uint32_t first = v.sentence_first(i), stop = v.sentence_last(i) + 1;
  if (h.cue->kind == CueKind::Alliance) {
    // The ally list follows ("allies such as the UK, Australia"); the leader precedes ("the US and its").
    if (i < first + 3 || !(v.is(i - 1, "its") || v.is(i - 1, "their"))) return;
    uint32_t j = i - 2;  // "the United States and (some of) its allies"
    while (j > first + 1 && (v.is(j, "of") || v.is(j, "some") || v.is(j, "other") || v.is(j, "all"))) --j;
    if (!v.is(j, "and")) return;
    const int leader = v.actor_at(j - 1);
    if (leader < 0) return;
    uint32_t k = l + 1;
    if (k + 1 < stop && v.is(k, "such") && v.is(k + 1, "as"))
      k += 2;
    else if (k < stop && v.is(k, "including"))
      ++k;
    else
      return;
    while (k < stop && v.is(k, "the")) ++k;
    for (int ally : v.mention_list(k, stop))
      if (ally != leader) add(ClaimKind::Support, ally, leader, *h.cue, i, l, sentence_rest(i));
    return;
  }
  // "the backing of", "a welcome" are nouns; "hit back at X" has no object after "back".
  if (i > first && (words.breakable_determiners.contains(v.word(i - 1)) || v.is_possessive(i - 1))) return;
  const int s = subject_of(i);
  if (s < 0) return;
  for (int t : v.object_after(l, s))
    if (!v.same_party(s, t)) add(ClaimKind::Support, s, t, *h.cue, i, l, sentence_rest(l));
}

}  // namespace riposte
