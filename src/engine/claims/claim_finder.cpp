// [SECTION] Helpers
// [SECTION] Builder: claim records and intensity
// [SECTION] Accusations: verbs, nouns, evaluations, wrongdoing, demands
// [SECTION] Support
// [SECTION] Rebuttals and the claim linker
// [SECTION] Counter-accusations, order, ids
#include "engine/claims/claim_finder.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_candidates.h"
#include "engine/claims/stance.h"

namespace riposte {
namespace {

// [SECTION] Helpers
bool ends_with(std::string_view w, std::string_view suf) {
  return w.size() > suf.size() && w.substr(w.size() - suf.size()) == suf;
}

// [SECTION] Builder: claim records and intensity
struct Builder {
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
  struct Agentless {
    CueHit hit;
    int accused;
  };
  std::vector<Agentless> agentless;  // "was accused of ...": accusations whose accuser is not named
  // Indexes over doc.claims (claim indices in insertion order) so that lookups need not scan every claim.
  std::unordered_map<uint32_t, std::vector<int>> claims_at_cue;           // by cue.begin, for duplicates
  std::unordered_map<int, std::vector<int>> accusations_by_source_party;  // accusations by party_of(source)
  std::unordered_map<int, std::vector<int>> accusations_by_target_party;  // accusations by party_of(target)
  std::unordered_map<uint64_t, std::vector<int>> accusations_by_parties;  // by (source party, target party)
  static uint64_t parties_key(int source_party, int target_party) {
    return (static_cast<uint64_t>(static_cast<uint32_t>(source_party)) << 32) | static_cast<uint32_t>(target_party);
  }

  Builder(Document& d, const DocumentView& view, const std::vector<CueHit>& h, const std::vector<Attribution>& st,
          const std::vector<int>& ts)
      : doc(d), v(view), words(view.words), hits(h), statements(st), tok_statement(ts) {
    const size_t n = d.tokens.size();
    tok_factor.assign(n, 1.0f);
    tok_stop.assign(n, 0);
    tok_accuse_noun.assign(n, 0);
    noun_of_token.assign(n, -1);
    sentence_hedge.assign(d.sentences.size(), 1.0f);
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

  Span bytes(uint32_t first, uint32_t last) const {
    return {doc.tokens[first].span.begin, doc.tokens[std::max(first, last)].span.end};
  }

  double intensity(const Cue& cue, uint32_t first) const {
    double f = sentence_hedge[v.tok_sentence[first]];
    const uint32_t sf = v.sentence_first(first);
    for (uint32_t k = first; k > sf && first - k < 3;) {
      --k;
      f *= tok_factor[k];
    }
    return std::clamp(cue.value * f, -1.0, 1.0);
  }

  int add(ClaimKind kind, int source, int target, const Cue& cue, uint32_t cue_first, uint32_t cue_last, Span content,
          int rebuts = -1, bool is_implied = false) {
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

  Span statement_content(int st) const {
    if (st < 0) return {};
    return bytes(statements[st].content_first, statements[st].content_last);
  }
  Span sentence_rest(uint32_t from) const { return bytes(from, v.sentence_last(from)); }

  // The subject of a verb at i: its agent, or for a participle or second verb ("..., accusing him",
  // "wrote to X on Tuesday accusing him", "and had warned him") the subject of the sentence.
  int subject_of(uint32_t i) const {
    int a = v.agent_before(i);
    if (a >= 0) return a;
    const uint32_t first = v.sentence_first(i);
    if (i <= first) return -1;
    const auto prev = v.word(i - 1);
    const bool participle =
        ends_with(v.word(i), "ing") && !words.prepositions.contains(prev) && !words.be.contains(prev);
    if (participle || prev == "and" || prev == ",") return v.sentence_subject(v.tok_sentence[i], i);
    return -1;
  }

  // The words naming the subject of the verb at token i that subject_of found (`source`): the agent phrase
  // before the verb, else the source's last mention in the sentence before the verb, else an empty span at
  // the verb.
  Span subject_span(uint32_t i, int source) const {
    uint32_t start = i;
    if (v.agent_before(i, &start) == source && start < i) return bytes(start, i - 1);
    for (uint32_t k = i, first = v.sentence_first(i); k > first;) {
      --k;
      if (v.actor_at(k) == source) return bytes(v.mention_first(k), k);
    }
    return {doc.tokens[i].span.begin, doc.tokens[i].span.begin};
  }

  // The speaker of the statement holding token i, or -1.
  int speaker_at(uint32_t i) const {
    const int st = tok_statement[i];
    return st >= 0 ? statements[st].source : -1;
  }

  // An actor at token k: a mention, or a third-person pronoun resolved (not to `exclude`).
  // Only personal pronouns: "it" and "they" are too often no actor ("it is disappointing").
  int actor_or_pronoun(uint32_t k, int exclude) const {
    const int a = v.actor_at(k);
    if (a >= 0) return a;
    const auto w = v.word(k);
    if (w == "he" || w == "him" || w == "his" || w == "she" || w == "her") return v.resolve_pronoun(k, exclude);
    return -1;
  }

  // Whether the mention at token k heads its noun phrase ("Labour", "Labour ministers", "Labour's
  // plans") rather than modifying a thing ("the Iraq war", "Human rights abuses").
  bool names_the_head(uint32_t k) const {
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

  // [SECTION] Accusations: verbs, nouns, evaluations, wrongdoing, demands
  void accuse_verb(const CueHit& h) {
    const uint32_t i = h.first, l = h.last;
    if (v.negated_before(i)) return;
    const auto form = v.word(i);
    const uint32_t first = v.sentence_first(i), stop = v.sentence_last(i) + 1;
    uint32_t j = i;
    while (j > first && ends_with(v.word(j - 1), "ly")) --j;
    const bool passive = j > first && words.be.contains(v.word(j - 1)) && (ends_with(form, "ed") || form == "charged");
    std::vector<int> sources, targets;
    if (passive) {
      uint32_t k = l + 1;
      while (k < stop && ends_with(v.word(k), "ly")) ++k;
      if (k >= stop || v.word(k) != "by") {  // "is accused of ...": no accuser named
        agentless.push_back({h, v.agent_before(j)});
        return;
      }
      ++k;
      while (k < stop && (v.is(k, "the") || v.is_quote(k))) ++k;
      sources = v.mention_list(k, stop);
      const int accused = v.agent_before(j);
      if (accused >= 0) targets.push_back(accused);
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

  void accuse_noun(const CueHit& h) {
    const uint32_t i = h.first, l = h.last;
    const uint32_t first = v.sentence_first(i), stop = v.sentence_last(i) + 1;
    std::vector<int> sources;
    uint32_t after = l + 1;
    {
      uint32_t k = l + 1;
      if (k < stop && v.is(k, ",")) ++k;
      if (k < stop && (v.is(k, "by") || v.is(k, "from"))) {
        ++k;
        while (k < stop && (v.is(k, "the") || v.is_quote(k))) ++k;
        sources = v.mention_list(k, stop, &after);
      }
    }
    if (sources.empty() && i >= first + 2 && v.is_possessive(i - 1) && v.actor_at(i - 2) >= 0) {
      sources.push_back(v.actor_at(i - 2));  // "the Greens' claim"
    } else if (sources.empty() && i > first && v.actor_at(i - 1) >= 0) {
      // "the latest Green attack", "at Green claims": a noun, not "Labour claims that ..." (a verb).
      const uint32_t mf = v.mention_first(i - 1);
      if (mf > first + 1 && v.doc.tokens[mf - 1].kind == TokenKind::Word && !v.tok_verb[mf - 1])
        sources.push_back(v.actor_at(i - 1));
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
      if (a >= 0 && std::find(sources.begin(), sources.end(), a) == sources.end() &&
          !v.same_party(a, sources.front())) {
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
      for (int s : sources) {
        const int c = add(ClaimKind::Accusation, s, target, *h.cue, i, l, sentence_rest(i));
        if (c >= 0) rec.claims.push_back(c);
      }
    }
    add_noun(std::move(rec));
  }

  bool accusation_noun_near(uint32_t i) const {
    const uint32_t first = v.sentence_first(i), last = v.sentence_last(i);
    for (uint32_t k = i > first + 8 ? i - 8 : first; k <= last && k <= i + 3; ++k)
      if (k != i && words.accusation_nouns.contains(v.word(k))) return true;
    return false;
  }

  bool rebuttable_near(uint32_t i) const {
    const uint32_t first = v.sentence_first(i), last = v.sentence_last(i);
    for (uint32_t k = i > first + 6 ? i - 6 : first; k <= last && k <= i + 3; ++k)
      if (k != i && words.rebuttable.contains(v.word(k))) return true;
    return false;
  }

  // The actor an evaluation inside a statement is about: the nearest actor in the content (earlier
  // words weigh more: "What the Ruritanian government has done is deeply cynical").
  int evaluated_actor(int st, uint32_t i, int speaker) const {
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
    if (best < 0 && s.addressee >= 0 && (you || v.doc.actors[s.addressee].kind == ActorKind::Person))
      best = s.addressee;
    if (best < 0 && predicative(i)) best = topic_before(s, speaker);
    return best;
  }

  // What an evaluation without a named actor is about: the nearest actor named before the statement
  // (in this or the previous sentence), outside the speaker's side ("the mayor's remark ...
  // X said: 'this was a foolish remark'").
  int topic_before(const Attribution& s, int speaker) const {
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
  bool predicative(uint32_t i) const {
    const uint32_t first = v.sentence_first(i);
    for (uint32_t k = i, n = 0; k > first && n < 5; ++n) {
      --k;
      const auto w = v.word(k);
      if (words.be.contains(w)) return !(k > first && v.is(k - 1, "to"));
      if (v.is_punct(k) || words.prepositions.contains(w)) return false;
    }
    return false;
  }

  std::vector<CueHit> rebutting_evaluations;

  void evaluation(const CueHit& h) {
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

  std::vector<CueHit> denials;  // "we have not broken any law": a denial by the speaker's side

  void conduct(const CueHit& h) {
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
      if (k > s.content_first && words.prepositions.contains(v.word(k - 1)))
        continue;  // "aimed at the firm's customers"
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
  std::vector<int> pair_named_before(uint32_t cue, int speaker) const {
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

  void demands() {
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
  void support(const CueHit& h) {
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

  // [SECTION] Rebuttals and the claim linker
  bool is_accusation(int c) const { return c >= 0 && doc.claims[c].kind == ClaimKind::Accusation; }

  // The accusation a rebuttal by `rebutter` at token `at` answers: one against the rebutter's side by an
  // actor named in the same sentence, else the latest one before, else the first one after; else one
  // against an actor the rebutter defends (named in the sentence).
  int link(int rebutter, uint32_t at) const {
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
  int accusation_by(int accuser, int rebutter, uint32_t noun_first, uint32_t noun_last, const Cue& cue) {
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
    return add(ClaimKind::Accusation, accuser, rebutter, cue, noun_first, noun_last, sentence_rest(noun_first), -1,
               true);
  }

  const NounRecord* noun_at(uint32_t tok) const {
    const int r = noun_of_token[tok];
    return r >= 0 ? &nouns[r] : nullptr;
  }

  void add_noun(NounRecord rec) {
    if (noun_of_token[rec.token] < 0) noun_of_token[rec.token] = static_cast<int>(nouns.size());
    nouns.push_back(std::move(rec));
  }

  void rebut(int source, uint32_t cue_first, uint32_t cue_last, const Cue& cue, Span content,
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
  std::vector<int> named_accusations(int rebutter, uint32_t from, uint32_t to, const Cue& cue) {
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

  void rebut_verb(const CueHit& h) {
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
    if (h.cue->kind == CueKind::RebutAnswer && !(found && (tok_accuse_noun[noun] || accusation_noun_near(noun))))
      return;
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

  void rebut_phrase(const CueHit& h, bool from_evaluation) {
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

  void denial(const CueHit& h) {
    const int st = tok_statement[h.first];
    if (st < 0) return;
    static const Cue deny{CueClass::Rebuttal, CueKind::RebutVerb, "deny", "deny", {"deny"}, "016", "REJECT", -0.4};
    const Cue& cue = h.cue->cls == CueClass::Rebuttal ? *h.cue : deny;
    rebut(statements[st].source, h.first, h.last, cue, statement_content(st), {});
  }

  // [SECTION] Counter-accusations, order, ids
  // An accusation answering an earlier accusation from its target's side is also a rebuttal of it.
  void counter_accusations() {
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
      if (const auto theirs = accusations_by_parties.find(parties_key(tp, sp));
          theirs != accusations_by_parties.end()) {
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

  void finish() {
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
};

}  // namespace

ClaimFinder::ClaimFinder() = default;
ClaimFinder::ClaimFinder(CueLexicon lexicon) : lexicon_(std::move(lexicon)) {}
ClaimFinder::ClaimFinder(ClaimModel model) : model_(std::move(model)) {}

// [SECTION] The model's decisions
namespace {

Claim claim_from(const DocumentView& v, const ClaimCandidate& c) {
  Claim out;
  out.kind = c.kind;
  out.source = c.source;
  out.target = c.target;
  out.cue = {v.doc.tokens[c.cue_first].span.begin, v.doc.tokens[std::max(c.cue_first, c.cue_last)].span.end};
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
void score(const ClaimModel& model, const ClaimFeatures& features, std::vector<ClaimCandidate>& cands,
           const DisputeHistory& decided, const DisputeHistory& hostile, const DocumentView& v, ClaimDump* dump) {
  FeatureSink sink(dump != nullptr);
  for (ClaimCandidate& c : cands) {
    if (c.source < 0 || c.target < 0 || c.source == c.target || v.same_party(c.source, c.target)) continue;
    sink.clear();
    features.extract(c, decided, hostile, sink);
    const bool ruled = proposed_by_rule(c);
    if (model.empty()) {
      c.probability = ruled ? 1.0 : 0.0;
      c.accepted = ruled;
    } else {
      c.probability = model.probability(c.kind, sink);
      c.accepted = model.accepts(c.kind, c.probability, ruled);
    }
    if (!dump) continue;
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

// The accusation an accepted rebuttal answers: the one its rule named when that was accepted, else the latest
// accepted accusation by the rebuttal's target against the rebutter's side before it, else the first after.
int answered(const DocumentView& v, const ClaimCandidate& r, const std::vector<ClaimCandidate>& accusations,
             const std::vector<int>& claim_of_accusation, const std::vector<int>& rule_to_accusation) {
  if (r.rule_rebuts >= 0 && r.rule_rebuts < static_cast<int>(rule_to_accusation.size())) {
    const int a = rule_to_accusation[r.rule_rebuts];
    if (a >= 0 && claim_of_accusation[a] >= 0 && v.party_of(accusations[a].source) == v.party_of(r.target))
      return claim_of_accusation[a];
  }
  int before = -1, after = -1;
  for (size_t a = 0; a < accusations.size(); ++a) {
    const ClaimCandidate& c = accusations[a];
    if (claim_of_accusation[a] < 0 || v.party_of(c.source) != v.party_of(r.target) ||
        v.party_of(c.target) != v.party_of(r.source))
      continue;
    if (c.cue_first <= r.cue_first)
      before = claim_of_accusation[a];
    else if (after < 0)
      after = claim_of_accusation[a];
  }
  return before >= 0 ? before : after;
}

}  // namespace

// Replaces the rules' claims in doc.claims by the model's decisions over every candidate, accusations then
// rebuttals; accepted rebuttals are linked to the accepted accusations they answer. Support claims stay as the
// rules found them (the model is not trained on them).
static void decide(Document& doc, const DocumentView& v, const std::vector<CueHit>& hits,
                   const std::vector<Attribution>& statements, const Builder& b, const ClaimModel& model,
                   const EvaluativeLexicon& evaluative, ClaimDump* dump) {
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
  const ClaimFeatures features(v, statements, hits, evaluative);
  add_statement_candidates(v, statements, ClaimKind::Accusation, {}, accusations);
  add_clause_candidates(v, ClaimKind::Accusation, accusations);
  const std::vector<uint8_t> charged = features.charged_tokens();
  add_cooccurrence_candidates(v, ClaimKind::Accusation, charged, accusations);
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
  score(model, features, accusations, DisputeHistory(v, ruled), hostile_history, v, dump);
  std::vector<int> claim_of_accusation(accusations.size(), -1);
  for (size_t a = 0; a < accusations.size(); ++a) {
    if (!accusations[a].accepted) continue;
    accepted.push_back(&accusations[a]);
    claim_of_accusation[a] = static_cast<int>(doc.claims.size());
    doc.claims.push_back(claim_from(v, accusations[a]));
  }
  add_statement_candidates(v, statements, ClaimKind::Rebuttal, hostile, rebuttals);
  add_clause_candidates(v, ClaimKind::Rebuttal, rebuttals);
  add_cooccurrence_candidates(v, ClaimKind::Rebuttal, charged, rebuttals);
  score(model, features, rebuttals, DisputeHistory(v, accepted), hostile_history, v, dump);
  for (const ClaimCandidate& r : rebuttals) {
    if (!r.accepted) continue;
    Claim c = claim_from(v, r);
    c.rebuts = answered(v, r, accusations, claim_of_accusation, rule_to_accusation);
    doc.claims.push_back(std::move(c));
  }
}

// Accusation and rebuttal verbs with a subject, as statements: the verb is the cue, the rest of the sentence the
// content.
static std::vector<Attribution> verb_statements(const Builder& b, const std::vector<CueHit>& hits) {
  std::vector<Attribution> out;
  const DocumentView& v = b.v;
  for (const CueHit& h : hits) {
    if ((h.cue->kind != CueKind::AccuseVerb && h.cue->kind != CueKind::RebutVerb) || v.negated_before(h.first))
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
    a.content_first = std::min(h.last + 1, v.sentence_last(h.first));
    a.content_last = v.sentence_last(h.first);
    a.sentence = v.tok_sentence[h.first];
    out.push_back(a);
  }
  return out;
}

// The hand rules, in the order that lets rebuttals link to accusations: each claim records the rule behind it.
static void run_rules(Builder& b, const std::vector<CueHit>& hits) {
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

void ClaimFinder::run(Document& doc, ClaimDump* dump) const {
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
  const std::vector<Attribution> statements = find_statements(view, hits);
  const std::vector<int> tok_statement = statement_of_tokens(view, statements);
  Builder b(doc, view, hits, statements, tok_statement);
  run_rules(b, hits);
  // Accusing and denying are statements too ("Democrats accused the president ...", "the firm denied ..."): they
  // propose candidates like speech does, and are reported with it.
  std::vector<Attribution> acts = verb_statements(b, hits);
  std::vector<Attribution> candidate_statements = statements;
  candidate_statements.insert(candidate_statements.end(), acts.begin(), acts.end());
  decide(doc, view, hits, candidate_statements, b, model_, evaluative_, dump);
  b.finish();
  doc.statements.clear();
  doc.statements.reserve(statements.size() + acts.size());
  for (const Attribution& a : statements) {
    if (!a.cue) continue;  // a quotation carried over: its statement is the one before
    doc.statements.push_back({a.source, b.bytes(a.cue_first, a.cue_last), b.bytes(a.source_first, a.source_last),
                              b.bytes(a.content_first, a.content_last)});
  }
  // Speech whose speaker is no actor ("analysts said"): its cue and the words naming the speaker.
  for (const Attribution& a : find_unnamed_statements(view, hits, statements))
    doc.statements.push_back({-1, b.bytes(a.cue_first, a.cue_last), b.bytes(a.source_first, a.source_last),
                              b.bytes(a.content_first, a.content_last)});
  const size_t spoken = doc.statements.size();
  for (const Attribution& a : acts)
    doc.statements.push_back({a.source, b.bytes(a.cue_first, a.cue_last), b.bytes(a.source_first, a.source_last),
                              b.bytes(a.content_first, a.content_last)});
  if (doc.statements.size() > spoken)
    std::stable_sort(doc.statements.begin(), doc.statements.end(),
                     [](const Statement& x, const Statement& y) { return x.cue.begin < y.cue.begin; });
}

}  // namespace riposte
