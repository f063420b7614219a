// [SECTION] DocumentView: per-token tables
// [SECTION] Agents, subjects, pronouns, objects
#include "engine/claims/document_view.h"

#include <algorithm>

#include "engine/claims/grammar_words.h"
#include "engine/text/tokenizer.h"

namespace riposte {

// latest_subject's answer when the speaker a pronoun continues is named by a common noun alone.
constexpr int kUnnamedSpeaker = -2;

// [SECTION] DocumentView: per-token tables
DocumentView::DocumentView(const Document& d, std::string lowered, const std::vector<CueHit>& hits, const ClaimWords& w)
    : doc(d), words(w), lower(std::move(lowered)) {
  const size_t n = d.tokens.size();
  tok_mention.assign(n, -1);
  tok_sentence.assign(n, 0);
  tok_verb.assign(n, 0);
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    const Sentence& se = d.sentences[s];
    for (uint32_t k = se.first_token; k < se.first_token + se.token_count && k < n; ++k) tok_sentence[k] = s;
  }
  // Mentions and tokens are both sorted by position: one merge pass.
  size_t t = 0;
  for (size_t m = 0; m < d.mentions.size(); ++m) {
    const Span sp = d.mentions[m].span;
    while (t < n && d.tokens[t].span.end <= sp.begin) ++t;
    for (size_t k = t; k < n && d.tokens[k].span.begin < sp.end; ++k)
      if (tok_mention[k] < 0) tok_mention[k] = static_cast<int>(m);
  }
  for (const CueHit& h : hits) {
    if (tok_mention[h.first] >= 0) continue;  // "United States" is no speech
    const CueKind k = h.cue->kind;
    if (k == CueKind::Say || k == CueKind::Tell || k == CueKind::Think || k == CueKind::AccuseVerb ||
        k == CueKind::RebutVerb || k == CueKind::RebutAnswer)
      tok_verb[h.first] = 1;
  }
  tok_quoted.assign(n, 0);
  {
    size_t k = 0;
    for (const Quote& q : d.quotes) {
      while (k > 0 && d.tokens[k - 1].span.begin >= q.inner.begin) --k;
      while (k < n && d.tokens[k].span.begin < q.inner.begin) ++k;
      for (size_t t = k; t < n && d.tokens[t].span.end <= q.inner.end; ++t) tok_quoted[t] = 1;
      quote_inner_ends_.push_back(q.inner.end);
    }
    std::sort(quote_inner_ends_.begin(), quote_inner_ends_.end());
  }
  gender.assign(d.actors.size(), 0);
  for (size_t m = 0; m < d.mentions.size(); ++m) {
    const int a = d.mentions[m].actor;
    if (a < 0 || a >= static_cast<int>(d.actors.size())) continue;
    // The title is the mention's first word or the word before it.
    const Span sp = d.mentions[m].span;
    std::string_view title = slice(lower, sp);
    title = title.substr(0, title.find(' '));
    if (sp.begin >= 2) {
      const size_t b = lower.rfind(' ', sp.begin - 2);
      const std::string_view before = std::string_view(lower).substr(
          b == std::string::npos ? 0 : b + 1, sp.begin - 1 - (b == std::string::npos ? 0 : b + 1));
      if (words.male_titles.contains(before) || words.female_titles.contains(before)) title = before;
    }
    if (words.male_titles.contains(title))
      gender[a] = 1;
    else if (words.female_titles.contains(title))
      gender[a] = 2;
  }
  party.resize(d.actors.size());
  for (size_t a = 0; a < d.actors.size(); ++a) {
    int cur = static_cast<int>(a);
    for (int depth = 0; depth < 16; ++depth) {
      const int up = d.actors[cur].affiliation;
      if (up < 0 || up >= static_cast<int>(d.actors.size()) || up == cur) break;
      cur = up;
    }
    party[a] = cur;
  }
  for (uint32_t t = 0; t < n; ++t) {
    if (!tok_verb[t]) continue;
    bool personal = false;
    const int a = agent_before(t, nullptr, true, &personal, false);
    if (a >= 0) {
      subjects.push_back({t, a, personal});
    } else if (const Unnamed u = unnamed_speaker(t); u != Unnamed::None) {
      subjects.push_back({t, -1, u != Unnamed::Thing, u});
    }
  }
}

uint32_t DocumentView::mention_last(uint32_t i) const {
  const int m = tok_mention[i];
  if (m < 0) return i;
  while (i + 1 < tok_mention.size() && tok_mention[i + 1] == m) ++i;
  return i;
}

uint32_t DocumentView::mention_first(uint32_t i) const {
  const int m = tok_mention[i];
  if (m < 0) return i;
  while (i > 0 && tok_mention[i - 1] == m) --i;
  return i;
}

bool DocumentView::is_possessive(uint32_t i) const {
  if (i >= doc.tokens.size()) return false;
  const auto w = word(i);
  if (is_possessive_clitic(w)) return true;
  // The bare apostrophe of a word ending in s ("Sanders' campaign", "the Tories' claims", "Yukos' lawyers"): the
  // tokenizer splits it off as a quote mark. It is a possessive when it is attached to that word, a word follows
  // after a space, and it closes no quotation ("Blair 'backs' Brown").
  if (!is_quote(i) || (w != "'" && w != "’") || i == 0 || i + 1 >= doc.tokens.size()) return false;
  const Token& before = doc.tokens[i - 1];
  const Token& after = doc.tokens[i + 1];
  if (before.kind != TokenKind::Word || before.span.end != doc.tokens[i].span.begin) return false;
  if (after.kind != TokenKind::Word || after.span.begin == doc.tokens[i].span.end) return false;
  const char last = lower[before.span.end - 1];
  if (last != 's') return false;
  return !std::binary_search(quote_inner_ends_.begin(), quote_inner_ends_.end(), doc.tokens[i].span.begin);
}

bool DocumentView::negated_before(uint32_t i, uint32_t window) const {
  const uint32_t first = sentence_first(i);
  for (uint32_t k = i; k > first && i - k < window;) {
    --k;
    const auto w = word(k);
    if (w == "not" || w == "never" || w == "no" || ends_with(w, "n't") || ends_with(w, "n’t")) return true;
    if ((w == "to") && k > first) {
      const auto p = word(k - 1);
      if (p == "refused" || p == "refuse" || p == "refuses" || p == "failed" || p == "fail" || p == "declined")
        return true;
    }
  }
  return false;
}

// [SECTION] Agents, subjects, pronouns, objects
bool DocumentView::is_third_person_word(std::string_view w) const {
  return words.person_pronouns.contains(w) || words.thing_pronouns.contains(w) || words.plural_pronouns.contains(w);
}

int DocumentView::resolve_pronoun(uint32_t tok, int exclude, bool allow_possessive, bool same_sentence) const {
  const auto w = word(tok);
  const bool person = words.person_pronouns.contains(w), thing = words.thing_pronouns.contains(w),
             plural = words.plural_pronouns.contains(w);
  if (!person && !thing && !plural) return -1;
  const bool male = w == "he" || w == "him" || w == "his";
  auto fits = [&](int a) {
    if (a < 0 || a == exclude) return false;
    const ActorKind k = doc.actors[a].kind;
    if (k == ActorKind::Place) return false;
    if (person) return k == ActorKind::Person && gender[a] != (male ? 2 : 1);
    if (thing) return k != ActorKind::Person;
    return true;
  };
  // The nearest fitting mention earlier in the same sentence, then the subjects of earlier sentences.
  const uint32_t first = sentence_first(tok);
  for (uint32_t k = same_sentence ? tok : first; k > first;) {
    --k;
    const int a = actor_at(k);
    if (fits(a) && (tok_quoted[tok] || !tok_quoted[k])) return a;
  }
  const uint32_t s = tok_sentence[tok];
  for (uint32_t back = 1; back <= 3 && back <= s; ++back) {
    const Sentence& se = doc.sentences[s - back];
    int fallback = -1;
    for (uint32_t k = se.first_token; k < se.first_token + se.token_count; ++k) {
      const int a = actor_at(k);
      if (!fits(a)) continue;
      if (!is_possessive(mention_last(k) + 1)) return a;
      if (fallback < 0) fallback = a;
    }
    if (fallback >= 0 && allow_possessive) return fallback;
  }
  return -1;
}

int DocumentView::resolve_subject_pronoun(uint32_t tok) const {
  const auto w = word(tok);
  const bool person = words.person_pronouns.contains(w), thing = words.thing_pronouns.contains(w);
  const uint32_t s = tok_sentence[tok];
  // "Mr X has failed, he said" / "'...,' he said": a speaker after the words reported is not named inside them.
  const uint32_t first = sentence_first(tok);
  const bool parenthetical = tok > first && (is(tok - 1, ",") || (is_quote(tok - 1) && tok - 1 > first));
  auto it =
      std::lower_bound(subjects.begin(), subjects.end(), tok, [](const Subject& x, uint32_t t) { return x.token < t; });
  // The latest named agent: in this or the previous sentence first, then up to three back once a
  // plain mention has had its chance (a possessive "Ruritania's president" is a last resort).
  auto latest_subject = [&](uint32_t window) {
    for (auto j = it; j != subjects.begin();) {
      --j;
      if (s - tok_sentence[j->token] > window) break;
      if (parenthetical && tok_sentence[j->token] == s) continue;
      if (tok_quoted[j->token] && !tok_quoted[tok]) continue;
      if (j->actor < 0) {  // "she said" after "the spokeswoman said" is her, "it said" after "the report said" it
        const bool fits =
            j->unnamed == Unnamed::Thing ? thing : person && j->unnamed != (w == "she" ? Unnamed::Man : Unnamed::Woman);
        if (!fits) continue;
        return kUnnamedSpeaker;
      }
      const ActorKind k = doc.actors[j->actor].kind;
      if (person && !(j->personal || k == ActorKind::Person)) continue;
      if (person && gender[j->actor] == (w == "she" ? 1 : 2)) continue;
      if (thing && k == ActorKind::Person) continue;
      return j->actor;
    }
    return -1;
  };
  int a = latest_subject(1);
  if (a == kUnnamedSpeaker) return -1;
  if (a < 0) a = resolve_pronoun(tok, -1, false, !parenthetical);
  if (a < 0) a = latest_subject(3);
  if (a == kUnnamedSpeaker) return -1;
  if (a < 0) a = resolve_pronoun(tok, -1, true, !parenthetical);
  return a;
}

DocumentView::Unnamed DocumentView::unnamed_speaker(uint32_t verb) const {
  const uint32_t first = sentence_first(verb);
  if (verb <= first || tok_quoted[verb]) return Unnamed::None;
  uint32_t j = verb - 1;
  for (int skipped = 0; skipped < 4 && j > first && (words.aux.contains(word(j)) || ends_with(word(j), "ly"));
       ++skipped)
    --j;
  if (doc.tokens[j].kind != TokenKind::Word || actor_at(j) >= 0) return Unnamed::None;
  const std::string_view noun = word(j);
  if (is_third_person_word(noun) || ends_with(noun, "s")) return Unnamed::None;  // "they said", "analysts said"
  Unnamed u = Unnamed::Thing;
  if (ends_with(noun, "woman"))
    u = Unnamed::Woman;
  else if (ends_with(noun, "man") && noun.size() > 4)  // "spokesman", "chairman"; not "man" itself
    u = Unnamed::Man;
  else if (ends_with(noun, "person") || words.head_role_nouns.contains(noun))
    u = Unnamed::Person;
  // A determiner starts the phrase, with no name in it ("a Downing Street spokesman" is named).
  for (uint32_t k = j; k > first && j - k < 4;) {
    --k;
    if (actor_at(k) >= 0 || doc.tokens[k].kind != TokenKind::Word) return Unnamed::None;
    const auto d = word(k);
    if (d == "the" || d == "a" || d == "an" || is_possessive_pronoun(d)) return u;
  }
  return Unnamed::None;
}

int DocumentView::agent_before(uint32_t verb, uint32_t* start, bool allow_np, bool* personal, bool resolve) const {
  const uint32_t first = sentence_first(verb);
  if (personal) *personal = false;
  if (verb <= first) return -1;
  uint32_t j = verb - 1;
  // A subject starts a clause: "at Green claims", "in Westminster believe" are not subjects.
  auto found = [&](uint32_t at, int actor, bool clause_start = true) {
    const uint32_t f = mention_first(at);
    if (clause_start && f > first && doc.tokens[f - 1].kind == TokenKind::Word &&
        words.prepositions_before.contains(word(f - 1)))
      return -1;
    if (start) *start = f;
    if (personal && actor >= 0 && doc.actors[actor].kind == ActorKind::Person) *personal = true;
    return actor;
  };
  // Auxiliaries, adverbs and times ("Obama on Tuesday accused", "has also said", "didn't say", "he's claiming").
  for (int skipped = 0; skipped < 5 && j > first && actor_at(j) < 0 && doc.tokens[j].kind == TokenKind::Word &&
                        (words.aux.contains(word(j)) || ends_with(word(j), "ly") || words.adverbs.contains(word(j)) ||
                         words.time_words.contains(word(j)) || negated_auxiliary(word(j)) ||
                         (is_possessive(j) && is_third_person_pronoun(j - 1)));
       ++skipped)
    --j;
  if (actor_at(j) >= 0) {
    // "the French mission in Peru called": the head is the phrase before the preposition.
    const uint32_t mf = mention_first(j);
    if (mf > first + 1) {
      const auto p = word(mf - 1);
      if (p == "in" || p == "to" || p == "at" || p == "for" || p == "from")
        for (uint32_t k = mf - 1; k > first && mf - k < 6;) {
          --k;
          if (actor_at(k) >= 0) return found(k, actor_at(k));
          if (doc.tokens[k].kind != TokenKind::Word || tok_verb[k] || words.clause_words.contains(word(k))) break;
        }
    }
    return found(j, actor_at(j));
  }
  const auto w = word(j);
  if (is_third_person_pronoun(j)) {
    if (!resolve || w == "his" || w == "its" || w == "their" || w == "him" || w == "them") return -1;
    if (start) *start = j;
    if (personal) *personal = words.person_pronouns.contains(w);
    return resolve_subject_pronoun(j);
  }
  if ((w == "which" || w == "who" || w == "that") && j > first) {
    uint32_t k = j - 1;
    if (is(k, ",") && k > first) --k;
    if (actor_at(k) >= 0) return found(k, actor_at(k), false);
    return -1;
  }
  if (w == ")") {
    uint32_t k = j;
    while (k > first && !is(k, "(")) --k;
    if (k > first && actor_at(k - 1) >= 0) return found(k - 1, actor_at(k - 1));
    return -1;
  }
  if (w == ",") {
    const int64_t head = apposition_head(j, first);
    return head >= 0 ? found(static_cast<uint32_t>(head), actor_at(static_cast<uint32_t>(head))) : -1;
  }
  if (!allow_np || words.prepositions_before.contains(w)) return -1;
  const int64_t head = noun_phrase_head(j, first);
  if (head < 0) {
    const int described = described_body(j);
    if (described >= 0 && start) *start = j > first && is(j - 1, "the") ? j - 1 : j;
    return described;
  }
  const int r = found(static_cast<uint32_t>(head), actor_at(static_cast<uint32_t>(head)));
  if (r >= 0 && personal) *personal = true;
  return r;
}

int DocumentView::described_body(uint32_t j) const {
  const uint32_t first = sentence_first(j);
  if (!words.body_descriptions.contains(word(j)) || j == first || tok_quoted[j]) return -1;
  // "the company", "the Dutch firm", "the struggling airline": a definite article, at most two words before the noun.
  uint32_t k = j - 1;
  while (k > first && j - k <= 2 && !is(k, "the") && doc.tokens[k].kind == TokenKind::Word && actor_at(k) < 0) --k;
  if (!is(k, "the")) return -1;
  auto fits = [&](int a) {
    if (a < 0) return false;
    const ActorKind kind = doc.actors[a].kind;
    return kind == ActorKind::Organisation || kind == ActorKind::Company || kind == ActorKind::Media;
  };
  // The body named most often before it outside quotations (the latest among equals): news names the company a
  // story is about most, and "the company" is that one far more often than the last body named.
  std::vector<int> count(doc.actors.size(), 0);
  int best = -1;
  for (uint32_t t = 0; t < k; ++t) {
    const int a = actor_at(t);
    if (!fits(a) || tok_quoted[t] || (t > 0 && actor_at(t - 1) == a)) continue;  // once per mention
    if (++count[a] >= (best >= 0 ? count[best] : 1)) best = a;
  }
  return best;
}

int64_t DocumentView::apposition_head(uint32_t j, uint32_t first) const {
  // "Ann Reid, chief executive of Road Safety Wales, said": the head before the apposition.
  for (uint32_t k = j; k > first && j - k < 20;) {
    --k;
    if (is(k, ",")) {
      if (k > first && actor_at(k - 1) >= 0) return k - 1;
      if (k > first + 1 && is(k - 1, ")")) {  // "The Harbour Trust (HT), funded by ..., has"
        uint32_t p = k - 1;
        while (p > first && !is(p, "(")) --p;
        if (p > first && actor_at(p - 1) >= 0) return p - 1;
      }
      // "its envoy, Marta Kovac, urged": the apposition is the name itself.
      if (actor_at(j - 1) >= 0 && mention_first(j - 1) == k + 1) return j - 1;
      return -1;
    }
    if (is_punct(k) && !is(k, "(") && !is(k, ")")) return -1;
  }
  return -1;
}

int64_t DocumentView::noun_phrase_head(uint32_t j, uint32_t first) const {
  // A noun phrase with a proper word inside: "a Green spokesman", "the bank's board of governors".
  for (uint32_t k = j + 1; k > first && j + 1 - k < 7;) {
    --k;
    if (actor_at(k) >= 0) return k;
    if (is_quote(k)) continue;
    if (doc.tokens[k].kind != TokenKind::Word) return -1;
    if (tok_verb[k] || words.clause_words.contains(word(k)) || words.aux.contains(word(k))) return -1;
  }
  return -1;
}

int DocumentView::sentence_subject(uint32_t s, uint32_t before_token) const {
  // The last name of the first noun phrase holding one: "The Greens' Senate leader Ana Ruiz wrote".
  const Sentence& se = doc.sentences[s];
  int subject = -1, fallback = -1;
  int gap = 0;
  for (uint32_t k = se.first_token; k < se.first_token + se.token_count && k < before_token; ++k) {
    const int a = actor_at(k);
    if (a >= 0) {
      const uint32_t last = mention_last(k);
      if (is_possessive(last + 1)) {
        if (fallback < 0) fallback = a;
        k = last + 1;
      } else {
        subject = a;
        k = last;
      }
      gap = 0;
      continue;
    }
    if (subject < 0 && fallback < 0) continue;
    const Token& t = doc.tokens[k];
    if (t.kind == TokenKind::Word && !tok_verb[k] && !words.aux.contains(word(k)) &&
        !words.clause_words.contains(word(k)) && ++gap <= 3)
      continue;
    break;
  }
  return subject >= 0 ? subject : fallback;
}

std::vector<int> DocumentView::mention_list(uint32_t from, uint32_t limit, uint32_t* end) const {
  std::vector<int> out;
  uint32_t k = from, gap = 0, last_end = from;
  while (k < limit) {
    const int a = actor_at(k);
    if (a >= 0) {
      const uint32_t ml = mention_last(k);
      if (is_possessive(ml + 1)) break;  // "the United States' allies" heads elsewhere
      if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
      k = ml + 1;
      last_end = k;
      gap = 0;
      continue;
    }
    if (is_quote(k) || words.list_glue.contains(word(k))) {
      if (++gap > 9) break;
      ++k;
      continue;
    }
    break;
  }
  if (end) *end = last_end;
  return out;
}

int DocumentView::titled_person_before(uint32_t k) const {
  // The title after "the": one word ("president", "chancellor") or two ("prime minister", "first minister").
  if (k < 1 || !is(k - 1, "the") || k >= doc.tokens.size() || doc.tokens[k].kind != TokenKind::Word) return -1;
  const std::string_view t1 = word(k);
  const std::string_view t2 = k + 1 < doc.tokens.size() ? word(k + 1) : std::string_view();
  const bool two = words.title_first_words.contains(t1) && words.title_heads.contains(t2);
  if (!two && !words.title_heads.contains(t1)) return -1;
  const std::string_view head = two ? t2 : t1;
  for (uint32_t m = k; m > 0;) {
    --m;
    const int a = actor_at(m);
    if (a < 0 || doc.actors[a].kind != ActorKind::Person) continue;
    const uint32_t f = mention_first(m);
    m = f;
    // The title right before the name, or inside it ("President Ana Ruiz", "Prime Minister Tom Hale").
    for (uint32_t t = f >= 2 ? f - 2 : 0; t <= f && t < doc.tokens.size(); ++t)
      if (word(t) == head && (!two || (t > 0 && word(t - 1) == t1))) return a;
  }
  return -1;
}

uint32_t DocumentView::object_start(uint32_t k, uint32_t stop) const {
  while (k < stop && (is_quote(k) || word(k) == "the" || word(k) == "both")) ++k;
  return k;
}

bool DocumentView::modifies_a_noun(std::string_view next) const {
  return !words.list_glue.contains(next) && !words.object_role_nouns.contains(next) &&
         !words.prepositions_before.contains(next) && !words.action_nouns.contains(next) &&
         !words.clause_words.contains(next) && !words.aux.contains(next) && !words.time_words.contains(next) &&
         !words.adverbs.contains(next);
}

std::vector<int> DocumentView::object_after(uint32_t last, int exclude) const {
  const uint32_t stop = sentence_last(last) + 1;
  const uint32_t k = object_start(last + 1, stop);
  if (k >= stop) return {};
  if (is(k, "him") || is(k, "them") || is(k, "her") || is(k, "it")) {
    const int a = resolve_pronoun(k, exclude);
    if (a >= 0) return {a};
    return {};
  }
  if (actor_at(k) < 0) {
    // "accused the president of ...": the person last named with that title ("President Ana Ruiz").
    const int titled = titled_person_before(k);
    if (titled >= 0 && titled != exclude) return {titled};
    return {};
  }
  // "criticises Acme share price": a name modifying a thing is not the object; "Labour's plans" and
  // "Labour ministers" are. Nor does a name modify a clause word or an adverb: "attacked Khan after the speech",
  // "criticised Labour again".
  const uint32_t ml = mention_last(k);
  if (is_possessive(ml + 1)) return {actor_at(k)};
  if (ml + 1 < stop && doc.tokens[ml + 1].kind == TokenKind::Word && !doc.tokens[ml + 1].capitalised &&
      modifies_a_noun(word(ml + 1)))
    return {};
  return mention_list(k, stop);
}

}  // namespace riposte
