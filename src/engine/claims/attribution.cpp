// [SECTION] Helpers
// [SECTION] Statements
// [SECTION] Speakers of detected cues
#include "engine/claims/attribution.h"

#include <algorithm>
#include <tuple>
#include <utility>

#include "engine/claims/grammar_words.h"

namespace riposte {
namespace {

// [SECTION] Helpers
bool close_quote_or_comma(const DocumentView& v, uint32_t i) { return v.is(i, ",") || v.is_quote(i); }

}  // namespace

// "attack(s)" as a deed of violence, not of words: after a place or a date ("the Paris attacks", "the 2012 Benghazi
// attack", "the San Bernardino attack") or a kind of violence ("a terror attack"), with no name or pronoun after it as
// its object ("Trump attacks Clinton"). PolNeAR annotates none of these as attributions (train: breitbart_2015-11-18_
// ny-daily-news-paris-terror-attac, and "attacks" 61 / "attack" 43 unpaired cues there against 20 / 6 paired).
bool violence_noun(const DocumentView& v, uint32_t h) {
  const uint32_t first = v.sentence_first(h);
  if (!(v.is(h, "attack") || v.is(h, "attacks")) || h <= first) return false;
  if (h + 1 < v.doc.tokens.size() && (v.actor_at(h + 1) >= 0 || v.is_third_person_pronoun(h + 1))) return false;
  uint32_t k = h - 1;
  while (k > first && v.words.violence.contains(v.word(k))) --k;
  if (k + 1 < h) return true;
  const Token& t = v.doc.tokens[k];
  if (t.kind == TokenKind::Number) return true;
  const int a = v.actor_at(k);
  if (a >= 0) {  // "the Benghazi attack", "the 2012 San Bernardino attacks": a name inside the noun phrase
    const uint32_t f = v.mention_first(k);
    const bool inside = f > first && (v.is(f - 1, "the") || v.is(f - 1, "a") || v.is(f - 1, "an") ||
                                      v.doc.tokens[f - 1].kind == TokenKind::Number);
    return (inside || v.doc.actors[a].kind == ActorKind::Place) && !v.is_possessive(k + 1);
  }
  return t.kind == TokenKind::Word && t.capitalised && k > first && !v.is_possessive(k);
}

// [SECTION] Statements
namespace {

// The token whose span starts at byte pos, searching forward from `from`.
uint32_t token_ending_at_or_before(const Document& doc, uint32_t from, uint32_t byte_end) {
  uint32_t k = from;
  while (k + 1 < doc.tokens.size() && doc.tokens[k + 1].span.end <= byte_end) ++k;
  return k;
}

// When content starts with a quotation that runs past its sentence, the statement runs to its end.
uint32_t extend_over_quote(const DocumentView& v, uint32_t first, uint32_t last) {
  const Document& doc = v.doc;
  if (first >= doc.tokens.size() || !v.is_quote(first)) return last;
  const uint32_t at = doc.tokens[first].span.begin;
  auto it = std::lower_bound(doc.quotes.begin(), doc.quotes.end(), at,
                             [](const Quote& q, uint32_t pos) { return q.span.begin < pos; });
  if (it == doc.quotes.end() || it->span.begin != at) return last;
  if (it->span.end <= doc.tokens[last].span.end) return last;
  return token_ending_at_or_before(doc, last, it->span.end);
}

// The cue of a detected attribution that no lexicon entry explains ("mocked", "is expected", a colon).
Cue make_detected_cue() {
  Cue c;
  c.cls = CueClass::Speech;
  c.kind = CueKind::Say;
  c.lemma = "detected";
  c.code = "010";
  c.plover = "STATEMENT";
  return c;
}
const Cue kDetectedCue = make_detected_cue();

// A cue to attribute: a detected cue, or (without a detector) a speech cue of the lexicon.
struct CueSite {
  uint32_t first = 0, last = 0;
  const Cue* cue = nullptr;
  bool detected = false;
};

// The lexicon's reading of a detected cue: a speech, accusation, rebuttal or support cue starting at its first or
// best word (speech first), else kDetectedCue.
CueSite detected_site(const DetectedCue& d, const std::vector<CueHit>& hits, size_t from) {
  CueSite site{d.first, d.last, nullptr, true};
  for (size_t j = from; j < hits.size() && hits[j].first <= d.last; ++j) {
    const Cue* c = hits[j].cue;
    if ((hits[j].first != d.first && hits[j].first != d.head) || c->cls == CueClass::Modifier || c->act) continue;
    if (site.cue && (site.cue->cls == CueClass::Speech || c->cls != CueClass::Speech)) continue;
    site.cue = c;
    site.last = std::max(d.last, hits[j].last);
  }
  if (!site.cue) site.cue = &kDetectedCue;
  return site;
}

std::vector<CueSite> cue_sites(const DocumentView& v, const std::vector<CueHit>& hits,
                               const std::vector<DetectedCue>* detected) {
  std::vector<CueSite> out;
  if (!detected) {
    for (const CueHit& h : hits)
      if (h.cue->cls == CueClass::Speech && v.tok_mention[h.first] < 0) out.push_back({h.first, h.last, h.cue, false});
    return out;
  }
  size_t k = 0;
  for (const DetectedCue& d : *detected) {
    while (k < hits.size() && hits[k].first < d.first) ++k;
    if (violence_noun(v, d.head)) continue;
    out.push_back(detected_site(d, hits, k));
  }
  return out;
}

// "according to X, ...", "..., according to X": the actor after the cue.
bool according_to(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t k = l + 1;
  while (k <= last && v.actor_at(k) < 0 && k - l < 6 && !v.is_punct(k)) ++k;
  if (k > last || v.actor_at(k) < 0) return false;
  st.source = v.actor_at(k);
  st.source_first = k;
  st.source_last = v.mention_last(k);
  if (i <= first + 1) {
    while (k <= last && !v.is(k, ",")) ++k;
    if (k >= last) return false;
    st.content_first = k + 1;
    st.content_last = extend_over_quote(v, k + 1, last);
  } else {
    st.content_first = first;
    st.content_last = i - 1;
  }
  return true;
}

// Who speaks at a verb cue, and where the words naming them start.
struct Speaker {
  int actor = -1;
  uint32_t start = 0;
  bool inverted = false;    // '"...," said Mr X'
  bool participle = false;  // "..., adding that": the subject of the clause before
  bool possessor = false;   // "his remarks", "Trump's claim"
};

// A detected noun cue's owner: "his remarks" (the pronoun resolved), "Trump's claim" (the name before 's).
bool possessor_of(const DocumentView& v, uint32_t i, Speaker& sp) {
  const uint32_t first = v.sentence_first(i);
  if (i <= first) return false;
  if (v.words.possessives.contains(v.word(i - 1))) {
    sp.actor = v.resolve_pronoun(i - 1, -1);
    sp.start = i - 1;
  } else if (v.is_possessive(i - 1) && i - 1 > first && v.actor_at(i - 2) >= 0) {
    sp.actor = v.actor_at(i - 2);
    sp.start = v.mention_first(i - 2);
  }
  sp.possessor = sp.actor >= 0;
  return sp.possessor;
}

// '"...," said Mr X' / "... — Ana Ruiz (@AnaRuiz)": a name just after the cue. With `next_only`, only titles and
// modifiers may stand between ("..., said former Gov. Ana Ruiz"), not a clause
// ("Sen. Chuck Grassley, facing a challenge, said he would welcome Cruz", "..., said of life before Fox News").
bool name_after(const DocumentView& v, const CueSite& c, Speaker& sp, bool next_only = false) {
  const uint32_t i = c.first, l = c.last, last = v.sentence_last(i);
  uint32_t k = l + 1;
  while (k <= last && k - l <= 4 && v.actor_at(k) < 0 && !v.is_punct(k)) {
    const std::string_view w = v.word(k);
    const bool joins = w == "and" || w == "of" || w == "for";  // "said lobbyist and strategist X", "a spokesman for X"
    if (next_only && !joins &&
        (v.is_third_person_pronoun(k) || v.words.first_person.contains(w) || v.words.clause_words.contains(w) ||
         v.words.aux.contains(w) || v.words.prepositions_before.contains(w)))
      return false;
    ++k;
  }
  if (k > last || v.actor_at(k) < 0) return false;
  sp.actor = v.actor_at(k);
  sp.inverted = true;
  sp.start = i;
  return true;
}

bool clause_subject(const DocumentView& v, uint32_t cue, int& actor, uint32_t& start, uint32_t& end);

// "Vice President Joseph R. Biden Jr. warned", "His son Donald Jr. announced": the full stop of "Jr." stands between
// the name and its verb (or ended the sentence, so the cue opens the next one in lower case); the name before the
// stop speaks. PolNeAR train: nyt_2016-08-17_biden-calls-trump-risk-to-u-s-sa, nyt_2016-07-21_amid-discord-trump-
// claims-nomina.
bool name_before_false_stop(const DocumentView& v, uint32_t i, Speaker& sp) {
  if (i < 2 || v.doc.tokens[i].capitalised || !v.is(i - 1, ".")) return false;
  uint32_t k = i - 2;
  if (v.actor_at(k) < 0 && (v.is(k, "jr") || v.is(k, "sr")) && k > 0) --k;
  if (v.actor_at(k) < 0) return false;
  sp.actor = v.actor_at(k);
  sp.start = v.mention_first(k);
  return true;
}

Speaker speaker_of(const DocumentView& v, const CueSite& c, const std::vector<Attribution>& so_far) {
  Speaker sp;
  const uint32_t i = c.first, first = v.sentence_first(i), s = v.tok_sentence[i];
  sp.start = i;
  const std::string_view form = v.word(i);
  const std::string_view prev = i > first ? v.word(i - 1) : std::string_view();
  if (c.detected && v.words.dashes.contains(form)) {
    name_after(v, c, sp);
    return sp;
  }
  if (name_before_false_stop(v, i, sp)) return sp;
  // Words that are also nouns ("his comments", "the claim", "cold calls") need a named subject; a detected one has
  // its owner as speaker.
  const bool noun_like = v.words.noun_like_speech.contains(form);
  if (c.detected && (v.words.noun_determiners.contains(prev) || v.is_possessive(i - 1))) {
    possessor_of(v, i, sp);
    return sp;
  }
  if (noun_like && (v.words.determiners.contains(prev) || v.is_possessive(i - 1))) return sp;
  const bool ing = ends_with(form, "ing");
  if (!ing || v.words.be_or_clitic.contains(prev)) sp.actor = v.agent_before(i, &sp.start, !noun_like);
  const bool after_quote = i > first && (v.is_quote(i - 1) || (i > first + 1 && v.is_quote(i - 2)));
  // Verbs of the inverting_cues list put their speaker after them when the content comes first without quotation
  // marks ("The plan will fail, said Ana Ruiz"); after a comma that closes an apposition or an adverbial, any other
  // cue's name is its object ("Sen. Rand Paul, R-Ky., told Fox News", "The candidate has mocked a reporter, referred
  // to immigrants from Mexico"), and the subject before speaks. PolNeAR train: usa-today_2016-01-26_candidates-fan-
  // out-in-iowa-as-ca, wash-post_2016-07-03_trump-tweet-that-blasts-clinton-, nyt_2016-03-03_a-carbon-tax-that-
  // really-works-e.
  if (sp.actor < 0 && !ing && i > first && close_quote_or_comma(v, i - 1) &&
      (after_quote || v.words.inverting_cues.contains(form)))
    name_after(v, c, sp, !after_quote);
  if (sp.actor < 0 && ing && i > first && (prev == "," || prev == "and")) {
    // "..., adding that" / "and saying": the subject of the clause before.
    for (auto it = so_far.rbegin(); it != so_far.rend() && it->sentence == s; ++it) {
      sp.actor = it->source;
      break;
    }
    int actor = -1;
    uint32_t from = 0, to = 0;
    if (sp.actor < 0 && clause_subject(v, i, actor, from, to))
      sp.actor = actor;  // no actor: unnamed_speaker keeps the words
    else if (sp.actor < 0)
      sp.actor = v.sentence_subject(s, i);
    sp.participle = sp.actor >= 0;
  }
  if (sp.actor < 0 && !ing && prev == "and") {
    // "Bill Clinton came to Mason City on Wednesday and recounted ...": the clause's subject, not its first name.
    int actor = -1;
    uint32_t from = 0, to = 0;
    sp.actor = clause_subject(v, i, actor, from, to) && actor >= 0 ? actor : v.sentence_subject(s, i);
  }
  return sp;
}

// The words of a sentence from its token `first` up to the token before `cue` ('"...," said X', "Labour broke its
// pledge, the Tories claimed"), without the opening quotes and the closing quotes and commas: {begin, end}, tokens,
// inclusive (end <= begin when no word is left).
std::pair<uint32_t, uint32_t> words_before(const DocumentView& v, uint32_t first, uint32_t cue) {
  uint32_t end = cue - 1, begin = first;
  while (end > first && (v.is(end, ",") || v.is_quote(end))) --end;
  while (begin < end && v.is_quote(begin)) ++begin;
  return {begin, end};
}

// What was said: the words before the attribution ("“…,” Ms Ruiz said", "Labour broke its pledge, the Tories
// claimed", but not an opening adverbial: "On Monday, Dr Okafor told reporters: ..."), else the rest of the sentence
// after the cue (past an addressee, "that", a colon). False when there is none.
bool content_of(const DocumentView& v, const CueSite& c, const Speaker& sp, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t lead = sp.inverted ? i : sp.start;
  while (lead > first && (v.is(lead - 1, "the") || v.is(lead - 1, "a") || v.is(lead - 1, "an"))) --lead;
  if (!sp.participle && lead > first + 1 && close_quote_or_comma(v, lead - 1)) {
    const bool quoted = v.is_quote(lead - 1) || (v.is(lead - 1, ",") && v.is_quote(lead - 2));
    uint32_t rest = 0;  // words after the cue up to the next comma or the end
    bool quote_follows = false;
    for (uint32_t k = l + 1; k <= last && !v.is(k, ","); ++k) {
      if (v.is(k, ":") || v.is_quote(k) || v.is(k, "that")) {
        quote_follows = true;
        break;
      }
      if (!v.is_punct(k)) ++rest;
    }
    // "On Monday, Brown said the plan would work": an opening adverbial before a cue with words after it.
    const bool adverbial =
        rest > 0 && (v.words.prepositions_before.contains(v.word(first)) || v.words.time_words.contains(v.word(first)));
    if (quoted || (rest <= 4 && !quote_follows && !adverbial)) {
      std::tie(st.content_first, st.content_last) = words_before(v, first, lead);
      return true;
    }
  }
  uint32_t k = l + 1;
  if (c.cue->kind == CueKind::Tell && k <= last) {
    std::vector<int> obj = v.object_after(l, sp.actor);
    if (!obj.empty()) {
      st.addressee = obj.front();
      k = v.mention_last(v.object_start(k, last + 1)) + 1;
    }
  }
  while (k <= last && (v.is(k, "that") || v.is(k, ":") || v.is(k, ",") || v.is(k, "as"))) ++k;
  if (k > last) return false;
  st.content_first = k;
  st.content_last = extend_over_quote(v, k, last);
  return true;
}

// A word that may head or modify a noun phrase naming people: no clause or function word, no verb cue, no name.
bool np_word(const DocumentView& v, uint32_t k) {
  if (v.doc.tokens[k].kind != TokenKind::Word || v.tok_verb[k] || v.actor_at(k) >= 0) return false;
  const std::string_view x = v.word(k);
  return !v.words.clause_words.contains(x) && !v.words.aux.contains(x) && !v.words.prepositions_before.contains(x) &&
         !v.words.be_or_clitic.contains(x) && !v.words.time_words.contains(x);
}

// The speaker's words after the cue, tokens [source_first, source_last], and what was said before it in the sentence
// opening at `first`. False when nothing is before it.
bool speaker_after_content_before(const DocumentView& v, uint32_t first, uint32_t cue, uint32_t source_first,
                                  uint32_t source_last, Attribution& st) {
  st.source_first = source_first;
  st.source_last = source_last;
  const auto [begin, end] = words_before(v, first, cue);
  if (end <= begin) return false;
  st.content_first = begin;
  st.content_last = end;
  return true;
}

// '"...," said a spokeswoman' / '"...," said one analyst': the speaker closes the clause, the content is before.
bool unnamed_after(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t k = l + 1, e = k;
  while (e <= last && e - k < 5 && np_word(v, e) && (c.detected || !v.doc.tokens[e].capitalised)) ++e;
  if (e == k || (e - k == 1 && v.words.determiners.contains(v.word(k)))) return false;
  if (e <= last && !v.is_punct(e)) return false;  // "..., said that ..."
  return speaker_after_content_before(v, first, i, k, e - 1, st);
}

// "analysts said", "a spokeswoman for the firm has said"; for a detected cue also "the poll found", "WALLACE:".
bool unnamed_before(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t j = i - 1;
  for (int skipped = 0; skipped < 3 && j > first && (v.words.aux.contains(v.word(j)) || ends_with(v.word(j), "ly"));
       ++skipped)
    --j;
  const std::string_view head = v.word(j);
  // A pronoun the named finder could not resolve leaves no words naming the speaker.
  if (v.words.person_pronouns.contains(head) || v.words.plural_pronouns.contains(head) || !np_word(v, j) ||
      v.words.determiners.contains(head) || v.words.thing_pronouns.contains(head) ||
      (v.doc.tokens[j].capitalised && !c.detected))
    return false;
  // The head must be a noun: plural ("analysts", "officials") or a person's role ("spokeswoman", "source").
  if (!c.detected && !ends_with(head, "s") && !ends_with(head, "man") && !ends_with(head, "woman") &&
      !ends_with(head, "person") && !ends_with(head, "er") && !ends_with(head, "or") && !ends_with(head, "ist") &&
      !ends_with(head, "ian") && !ends_with(head, "ent") && !ends_with(head, "ant") && head != "source" &&
      head != "official")
    return false;
  uint32_t start = j;
  while (start > first && start + 4 > j && np_word(v, start - 1) && !v.is_quote(start - 1)) --start;
  if (start > first && v.actor_at(start - 1) >= 0) return false;  // a name before it: the named finder's job
  st.source_first = start;
  st.source_last = j;
  uint32_t k = l + 1;
  while (k <= last && (v.is(k, "that") || v.is(k, ":") || v.is(k, ",") || v.is(k, "as"))) ++k;
  if (k > last) return false;
  st.content_first = k;
  st.content_last = c.detected ? extend_over_quote(v, k, last) : last;
  return true;
}

// The content of a detected cue that content_of could not place: after the cue, else before it.
bool plain_content(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t k = l + 1;
  while (k <= last && (v.is(k, "that") || v.is(k, ":") || v.is(k, ",") || v.is(k, "as") || v.is_punct(k))) ++k;
  if (k <= last) {
    st.content_first = k;
    st.content_last = extend_over_quote(v, k, last);
    return true;
  }
  if (i <= first) return false;
  st.content_first = first;
  st.content_last = i - 1;
  return true;
}

// A detected cue whose speaker no words name ("it is expected that ...", "was described as").
bool sourceless(const DocumentView& v, const CueSite& c, Attribution& st) {
  st.source = -1;
  st.source_first = st.source_last = kNoSourceWords;
  return plain_content(v, c, st);
}

// [SECTION] Speakers of detected cues
// A token inside a noun phrase naming a speaker: a name, a possessive, a word that is no clause word, auxiliary or
// verb cue ("several judges hearing the appeals", "the governor's running mate").
bool np_internal(const DocumentView& v, uint32_t k) {
  if (v.actor_at(k) >= 0 || v.is_possessive(k)) return true;
  const Token& t = v.doc.tokens[k];
  if (t.kind == TokenKind::Number) return true;
  if (t.kind != TokenKind::Word || v.tok_verb[k]) return false;
  const std::string_view w = v.word(k);
  if (v.words.in_phrase.contains(w)) return true;
  return !v.words.clause_words.contains(w) && !v.words.aux.contains(w) && !v.words.be_or_clitic.contains(w) &&
         !v.words.prepositions_before.contains(w);
}

// From the token before `i`, back over auxiliaries, adverbs and times ("has also", "once again", "on Tuesday",
// "didn't", "he's", "in 2010").
uint32_t skip_back(const DocumentView& v, uint32_t i) {
  const uint32_t first = v.sentence_first(i);
  uint32_t j = i - 1;
  for (int skipped = 0; skipped < 5 && j > first && v.actor_at(j) < 0; ++skipped) {
    const std::string_view w = v.word(j);
    if (v.doc.tokens[j].kind == TokenKind::Number && j - 1 > first && v.is(j - 1, "in")) {
      j -= 2;
      continue;
    }
    if (v.doc.tokens[j].kind != TokenKind::Word) break;
    if (!v.words.aux.contains(w) && !ends_with(w, "ly") && !v.words.adverbs.contains(w) &&
        !v.words.time_words.contains(w) && !negated_auxiliary(w) &&
        !(v.is_possessive(j) && (v.is_third_person_pronoun(j - 1) || v.words.first_person.contains(v.word(j - 1)) ||
                                 v.words.relatives.contains(v.word(j - 1)))))
      break;
    --j;
  }
  return j;
}

// The actor a noun phrase [start, end] names: a name heading it ("the governor's running mate, Ana Ruiz"), else one it
// is for or of ("a spokeswoman for the senator"); places only name themselves.
int actor_of_phrase(const DocumentView& v, uint32_t start, uint32_t end) {
  int owner = -1, head = -1;
  for (uint32_t k = start; k <= end; ++k) {
    const int a = v.actor_at(k);
    if (a < 0 || (k > start && v.actor_at(k - 1) == a)) continue;
    const bool after_preposition = k > start && v.words.in_phrase.contains(v.word(k - 1));
    if (v.doc.actors[a].kind == ActorKind::Place && (after_preposition || k != start)) continue;
    if (after_preposition) {
      if (owner < 0) owner = a;
    } else if (!v.is_possessive(v.mention_last(k) + 1)) {
      head = a;
    } else if (owner < 0) {
      owner = a;
    }
  }
  return head >= 0 ? head : owner;
}

// A third-person pronoun's speaker when the subject rules found none: the speaker of the statement before if they
// fit, else the nearest fitting name before it, however far.
int pronoun_speaker(const DocumentView& v, uint32_t tok, const std::vector<Attribution>& named) {
  const std::string_view w = without_clitic(v.word(tok));
  const bool person = v.words.person_pronouns.contains(w), thing = v.words.thing_pronouns.contains(w);
  auto fits = [&](int a) {
    if (a < 0) return false;
    const ActorKind k = v.doc.actors[a].kind;
    if (k == ActorKind::Place) return false;
    if (person) return k == ActorKind::Person && v.gender[a] != ((w == "he" || w == "him") ? 2 : 1);
    return !thing || k != ActorKind::Person;
  };
  if (!named.empty() && named.back().cue_first < tok && fits(named.back().source)) return named.back().source;
  for (uint32_t k = tok; k > 0;) {
    --k;
    if (fits(v.actor_at(k)) && (v.tok_quoted[tok] || !v.tok_quoted[k])) return v.actor_at(k);
  }
  return -1;
}

// The noun phrase from token k on (at most 12 tokens, see np_internal): its last token, or false when k starts none.
bool phrase_starting_at(const DocumentView& v, uint32_t k, uint32_t& end) {
  const uint32_t last = v.sentence_last(k);
  if (k > last || !np_internal(v, k) || v.words.in_phrase.contains(v.word(k))) return false;
  end = k;
  while (end < last && end - k < 11 && np_internal(v, end + 1)) ++end;
  while (end > k && v.words.in_phrase.contains(v.word(end))) --end;
  return true;
}

// The subject opening the sentence of a participle cue ("The nurse later sued, claiming ...", "He basically ducked,
// pointing to ...", "His campaign sued the party on Friday, seeking ..."): a subject pronoun (resolved), else the noun
// phrase before the first verb (cut before a determiner that starts its object), past "And", "But" and a dateline
// ("LOS ANGELES (AP) —"). The actor it names or -1, and its words; false when the sentence opens otherwise ("In
// 2011, ..."). PolNeAR train, where the sentence's first name was taken instead: breitbart_2016-02-08_the-latest-nh-
// towns-cast-first-v, breitbart_2016-03-15_the-latest-kasich-scores-all-del, breitbart_2016-07-13_trump-demands-
// ginsburg-resign-fo.
// The token after an opening adverbial that ends in a comma within seven tokens of `k` ("Hours later, ...", "On
// Monday, ...", "Here in Columbia, ..."), else k. Capitalised words alone before the comma are a name the actor layer
// did not find, the subject itself ("Bill Bruch, a state delegate who ..., said"), unless they open with a preposition
// or a time word ("On Monday,"). PolNeAR train: politico_2016-06-22_trump-s-stumbles-fuel-convention,
// politico_2016-01-05_trump-quietly-builds-a-data-jugg.
uint32_t past_opening_adverbial(const DocumentView& v, uint32_t k, uint32_t cue) {
  // A preposition opens a longer adverbial, names and all ("At a meeting of the Republican Governors Association in
  // Colorado on Tuesday, Mr. Pence used his speech to offer": nyt_2016-08-18_trump-hires-conservative-website,
  // huff-post_2016-07-18_so-long-grand-old-party-hello-wh).
  const bool prepositional = v.words.prepositions_before.contains(v.word(k)) || v.words.openers.contains(v.word(k));
  bool name_like = v.doc.tokens[k].capitalised && !prepositional && !v.words.time_words.contains(v.word(k));
  for (uint32_t d = k;
       d + 1 < cue && d < k + (prepositional ? 20 : 7) && (prepositional || v.actor_at(d) < 0) && !v.is_quote(d); ++d) {
    if (v.is(d, ",")) return name_like && d > k ? k : d + 1;
    name_like = name_like && (v.doc.tokens[d].capitalised || v.is(d, "."));
  }
  return k;
}

bool clause_subject(const DocumentView& v, uint32_t cue, int& actor, uint32_t& start, uint32_t& end) {
  const uint32_t first = v.sentence_first(cue);
  uint32_t k = first;
  for (uint32_t d = first; d < cue && d < first + 8; ++d)
    if (v.words.dashes.contains(v.word(d)) && d > first && v.is(d - 1, ")")) k = d + 1;
  // "Hours later, Trump returned ...", "Here in Columbia, Sanders stepped up ...": an opening adverbial names no one.
  k = past_opening_adverbial(v, k, cue);
  while (k < cue && (v.is(k, "and") || v.is(k, "but") || v.is(k, "so") || v.is(k, "yet") || v.is(k, ","))) ++k;
  // "In the recent cases, however, plaintiffs ...", "However, astoundingly, Hillary failed to ...": one word between
  // commas is an adverb, not the subject. PolNeAR train: wash-post_2016-09-07_split-on-supreme-court-aids-
  // chal, west-journal_2016-03-15_hillary-just-insulted-the-bengha.
  for (int adverbs = 0;
       adverbs < 2 && k + 2 < cue && v.doc.tokens[k].kind == TokenKind::Word && v.actor_at(k) < 0 && v.is(k + 1, ",");
       ++adverbs)
    k += 2;
  // "Even before Sanders took the stage to acknowledge" (wash-post_2016-02-10_after-a-big-loss-clinton-looks-f).
  if (k + 1 < cue && (v.is(k, "even") || v.is(k, "just")) && v.words.subordinators.contains(v.word(k + 1))) ++k;
  if (k < cue && v.words.subordinators.contains(v.word(k))) {
    // "While Donald Trump has yet to endorse ...": the subordinate clause's subject, or past its comma the main
    // clause's ("When one of the candidates is female, women should be able to expect ..."). PolNeAR train: west-
    // journal_2016-08-03_pence-endorses-paul-ryan-with-tr, usa-today_2016-06-22_clinton-coverage-highlights-tv-g,
    // breitbart_2015-12-11_charles-barkley-takes-on-donald-.
    uint32_t comma = k + 1;
    while (comma < cue && !v.is(comma, ",") && !v.is_quote(comma)) ++comma;
    k = comma < cue && v.is(comma, ",") ? comma + 1 : k + 1;
  }
  if (k >= cue) return false;
  const std::string_view w = v.word(k);
  if (w == "he" || w == "she" || w == "they" || w == "it") {
    actor = v.resolve_subject_pronoun(k);
    start = end = k;
    return true;
  }
  if (v.words.first_person.contains(w) || !phrase_starting_at(v, k, end) || end + 1 >= cue) return false;
  for (uint32_t d = k + 1; d <= end; ++d)
    if (v.words.noun_determiners.contains(v.word(d)) && !v.words.in_phrase.contains(v.word(d - 1)) &&
        !v.is_possessive(d - 1)) {
      if (d < k + 2) return false;
      end = d - 2;  // "His campaign sued the DNC": the verb before the object's determiner ends the subject
      break;
    }
  // "Obama positioned Clinton as ...", "The 50-state poll finds Trump ...": a name after a word like a verb (-ed, -s)
  // is its object; the subject ends before that word.
  for (uint32_t d = k + 1; d <= end; ++d)
    if (v.actor_at(d) >= 0 && v.actor_at(d - 1) < 0 && !v.doc.tokens[d - 1].capitalised &&
        (ends_with(v.word(d - 1), "ed") || (ends_with(v.word(d - 1), "s") && !ends_with(v.word(d - 1), "ss"))) &&
        !v.is_possessive(d - 1)) {
      if (d < k + 2) return false;
      end = d - 2;
      break;
    }
  // "Guardian, the first Republican mayor elected in two decades, stopped short of fully endorsing", "Sen. Bernie
  // Sanders (I-Vt.) visited the show to discuss": an apposition or a bracket after the subject, closed before the cue.
  // PolNeAR train: politico_2016-07-06_atlantic-city-officials-welcome-, huff-post_2016-05-12_george-zimmerman-
  // auctioning-off-, nyt_2016-06-29_the-perfect-term-for-conservativ.
  if (v.is(end + 1, ",") || v.is(end + 1, "(")) {
    const std::string_view close = v.is(end + 1, ",") ? "," : ")";
    uint32_t d = end + 2;
    while (d < cue && d - end < 24 && !v.is(d, close) && !v.is_quote(d)) ++d;
    if (d >= cue || !v.is(d, close) || d + 1 >= cue) return false;
  } else if (v.is_punct(end + 1) || v.is_quote(end + 1)) {
    return false;
  }
  start = k;
  actor = actor_of_phrase(v, k, end);
  return true;
}

// '"...," said the company's chief executive, John Ferriola' / '..., said a strategist for one of the campaigns': a
// speaker after the cue longer than unnamed_after takes, named by an apposition after it or by the actor it names.
// PolNeAR train: wash-post_2016-03-03_staffer-who-set-up-clinton-email, politico_2015-12-24_gop-big-money-group-
// whacks-clint.
bool nominal_after(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t end = 0;
  const bool after_quote = v.is_quote(i - 1) || (v.is(i - 1, ",") && i - 1 > first && v.is_quote(i - 2));
  if (!after_quote || l + 1 > last ||
      !(v.words.noun_determiners.contains(v.word(l + 1)) || v.words.one_of.contains(v.word(l + 1))) ||
      !phrase_starting_at(v, l + 1, end))
    return false;
  st.source = actor_of_phrase(v, l + 1, end);
  if (end + 2 <= last && v.is(end + 1, ",") && v.actor_at(end + 2) >= 0 &&
      v.doc.actors[v.actor_at(end + 2)].kind != ActorKind::Place) {
    st.source = v.actor_at(end + 2);  // "the bureau's director, James Comey"
    end = v.mention_last(end + 2);
  }
  // The speaker closes the clause ("..., said the minister's aide.", not "..., said the plan would fail"), or goes on
  // with a relative clause or a prepositional phrase ("..., said the man who built his career on ...", "..., said a
  // former aide to the president", "..., said one person with knowledge of the talks"). PolNeAR train: huff-post_2016-
  // 07-18_so-long-grand-old-party-hello-wh, breitbart_2016-08-15_biden-stumping-for-clinton-trash, nyt_2015-12-01_
  // puerto-rican-bank-left-debt-inst, politico_2016-09-01_debating-clinton-s-character.
  if (ends_with(v.word(i), "ing") || (end < last && !v.is(end + 1, ",") && !v.is(end + 1, ".") && !v.is(end + 1, ";") &&
                                      !v.words.post_modifiers.contains(v.word(end + 1))))
    return false;
  return speaker_after_content_before(v, first, i, l + 1, end, st);
}

// "Recalling that moment, David Axelrod said ...", "In asking to depose Clinton, Judicial Watch noted ...", "By
// offering Kasich the second spot, Trump would show ...": a participle in a sentence's opening clause is spoken by
// the subject after the clause's comma (a pronoun resolved, a name, or a noun phrase). PolNeAR train: wash-post_2016-
// 04-21_what-s-next-for-sanders-much-res, wash-post_2016-07-13_after-review-clinton-s-emails-mi, politico_2016-06-22_
// what-will-it-take-for-the-senate, west-journal_2016-03-14_billionaire-mark-cuban-just-reve.
bool opening_clause_subject(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i), last = v.sentence_last(i);
  if (!ends_with(v.word(i), "ing") || i > first + 5) return false;
  for (uint32_t k = first; k < i; ++k)
    if (v.doc.tokens[k].kind != TokenKind::Word && v.doc.tokens[k].kind != TokenKind::Number) return false;
  if (i > first && !v.words.openers.contains(v.word(i - 1))) return false;
  uint32_t comma = c.last + 1;
  while (comma <= last && comma - c.last < 25 && !v.is(comma, ",") && !v.is_quote(comma)) ++comma;
  if (comma >= last || !v.is(comma, ",")) return false;
  const uint32_t k = comma + 1;
  const std::string_view w = v.word(k);
  uint32_t end = k;
  if (w == "he" || w == "she" || w == "they" || w == "it") {
    st.source = v.resolve_subject_pronoun(k);
  } else if (v.actor_at(k) >= 0) {
    st.source = v.actor_at(k);
    end = v.mention_last(k);
  } else if (phrase_starting_at(v, k, end)) {
    st.source = actor_of_phrase(v, k, end);
  } else {
    return false;
  }
  st.source_first = k;
  st.source_last = end;
  st.content_first = c.last + 1;
  st.content_last = comma - 1;
  if (st.content_last < st.content_first) st.content_last = st.content_first;
  return true;
}

// "Sen. Rand Paul, R-Ky., told Fox News ...", "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC
// ...", "The newspaper, long a vocal advocate of reform, writes ...": a cue right after the comma closing an
// apposition is spoken by the noun phrase opening the sentence (past an opening adverbial), or by the name the
// apposition gives it; not by a name after the cue (its object). PolNeAR train: nyt_2016-02-18_trump-fires-up-g-o-p-
// base-by-pri, huff-post_2016-07-27_guns-are-the-ultimate-public-hea, breitbart_2016-02-20_the-latest-hillary-
// clinton-tells.
bool apposition_subject(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i);
  // The apposition closes with a comma or a dash ("Rep. Lois Frankel — a supporter of his rival — recalled"), and
  // opens with the same.
  const bool dash = i >= first + 3 && v.words.dashes.contains(v.word(i - 1));
  if (i < first + 3 || !(v.is(i - 1, ",") || dash) || v.is_quote(i - 2) || ends_with(v.word(i), "ing")) return false;
  auto opens = [&](uint32_t t) { return dash ? v.words.dashes.contains(v.word(t)) : v.is(t, ","); };
  uint32_t k = first;
  k = past_opening_adverbial(v, k, i);
  while (k < i && (v.is(k, "and") || v.is(k, "but"))) ++k;
  uint32_t end = k;
  if (v.actor_at(k) >= 0) {
    end = v.mention_last(k);
    // "Ted Cruz of Texas, ...": a place after the name stays in the phrase
    if (end + 2 < i && v.is(end + 1, "of") && v.actor_at(end + 2) >= 0) end = v.mention_last(end + 2);
  } else if (!phrase_starting_at(v, k, end)) {
    return false;
  }
  if (end + 2 >= i - 1 || !opens(end + 1)) return false;
  // "Trump, who said ..., and Cruz said": not one phrase. A cue word after a noun's modifiers is a noun ("a Washington
  // state delegate": politico_2016-06-22_trump-s-stumbles-fuel-convention).
  for (uint32_t d = end + 2; d < i - 1; ++d)
    if (v.tok_verb[d] && v.actor_at(d) < 0 &&
        (v.words.relatives.contains(v.word(d - 1)) || v.words.aux.contains(v.word(d - 1)) ||
         v.words.be_or_clitic.contains(v.word(d - 1)) || v.is_third_person_pronoun(d - 1) || v.is(d - 1, "and") ||
         v.is(d - 1, ",")))
      return false;
  int actor = v.actor_at(k) >= 0 ? v.actor_at(k) : actor_of_phrase(v, k, end);
  const int named = v.actor_at(end + 2);  // "Another Clinton ally, Agriculture Secretary Tom Vilsack,"
  if (v.actor_at(k) < 0 && named >= 0 && v.doc.actors[named].kind == ActorKind::Person) actor = named;
  st.source = actor;
  st.source_first = k;
  st.source_last = i - 2;
  return true;
}

// "according to a senior official", "..., according to exit polls": when no name follows the cue (according_to),
// the noun phrase after it names the source, and the actor it names if any. In PolNeAR train the sources of
// "according to" are polls, filings, reports and unnamed officials as often as names (huff-post_2016-08-28_hillary-
// clinton-receives-first-n, politico_2016-05-31_cruz-looks-to-ease-bad-blood-wit, wash-post_2016-09-04_clinton-s-
// standing-among-latinos).
bool according_to_words(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i), last = v.sentence_last(i);
  uint32_t end = 0;
  if (c.last + 1 > last || !phrase_starting_at(v, c.last + 1, end)) return false;
  st.source_first = c.last + 1;
  st.source_last = end;
  st.source = actor_of_phrase(v, c.last + 1, end);
  if (i <= first + 1) {
    uint32_t k = end + 1;
    while (k <= last && !v.is(k, ",")) ++k;
    if (k >= last) return false;
    st.content_first = k + 1;
    st.content_last = extend_over_quote(v, k + 1, last);
    return true;
  }
  st.content_first = first;
  st.content_last = i - 1;
  while (st.content_last > first && (v.is(st.content_last, ",") || v.is_quote(st.content_last))) --st.content_last;
  return true;
}

// A passive cue's agent: "was first reported by The Washington Post", "a sentiment endorsed by the crowd", "was
// sentenced to two years' probation by a federal judge": the noun phrase after "by" names the speaker. The cue is a
// past participle; with words between it and "by" a form of "be" must come before it. PolNeAR train (politico_2016-
// 02-10_top-clinton-adviser-sent-top-sec, politico_2016-03-23_sanders-scrambles-to-keep-pace-w, huff-post_2015-11-08_
// ben-carson-defends-himself-again).
bool passive_agent(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, l = c.last, first = v.sentence_first(i), last = v.sentence_last(i);
  const std::string_view w = v.word(l);
  if (v.words.feelings.contains(w)) return false;
  const bool participle = ends_with(w, "ed") || ends_with(w, "wn") || ends_with(w, "en") || w == "told" ||
                          w == "said" || w == "sought" || w == "held" || w == "thought" || w == "heard" ||
                          w == "made" || w == "found";
  // A noun cue takes its agent right after it: "an endorsement by Marine Le Pen", "claims by intelligence agencies".
  if (!participle && (ends_with(w, "ing") || !v.is(l + 1, "by"))) return false;
  uint32_t by = l + 1;
  // Objects and prepositional phrases may stand between ("was appointed to the Supreme Court by", "has been
  // pushed to some of these positions by": nyt_2016-06-15_clinton-s-chance-to-make-bold-ch), but no clause ("...
  // that", "... and") and no other cue.
  while (by <= last && by - l <= 10 && !v.is(by, "by")) {
    if (v.doc.tokens[by].kind != TokenKind::Word && v.doc.tokens[by].kind != TokenKind::Number && !v.is_possessive(by))
      return false;
    const std::string_view x = v.word(by);
    if (v.tok_verb[by] || (v.words.clause_words.contains(x) && !v.words.prepositions_before.contains(x) &&
                           !(v.words.determiners.contains(x) && x != "that")))
      return false;
    ++by;
  }
  if (by > last || !v.is(by, "by") || by == last) return false;
  if (by > l + 1) {  // "was sentenced to two years' probation by": a form of "be" before the participle
    uint32_t b = i;
    while (b > first && (ends_with(v.word(b - 1), "ly") || v.is(b - 1, "first") || v.is(b - 1, "also") ||
                         v.is(b - 1, "not") || v.is(b - 1, "never") || v.is(b - 1, "already")))
      --b;
    // or a comma or dash: a participle clause ("Some measures - deemed insufficient by Democrats - failed", "the right
    // to bear arms, considered sacrosanct by gun advocates": huff-post_2016-06-16_obama-families-of-gun-violence-v),
    // unless an object after it makes it active ("X, who ..., endorsed the compromise led by Y").
    const bool clause = (v.is(b - 1, ",") || v.words.dashes.contains(v.word(b - 1))) &&
                        !v.words.inverting_cues.contains(w) && w != "told" &&
                        !v.words.determiners.contains(v.word(l + 1));
    if (b == first || !(v.words.be_or_clitic.contains(v.word(b - 1)) || v.is(b - 1, "got") || clause)) return false;
  }
  uint32_t from = by + 1, end = 0;
  if (v.doc.tokens[from].kind == TokenKind::Number) {
    // "by 42 percent of the Republicans surveyed", not a margin ("by 43%-41%", "by ten points").
    uint32_t of = from + 1;
    while (of <= last && of - from <= 3 && !v.is(of, "of")) ++of;
    if (of >= last || !v.is(of, "of")) return false;
    from = of + 1;
  }
  if (ends_with(v.word(from), "ing") || !phrase_starting_at(v, from, end)) return false;
  for (uint32_t k = from; k <= end; ++k)
    if (v.words.no_agents.contains(v.word(k)) && v.actor_at(k) < 0) return false;
  st.source_first = by + 1;
  st.source_last = end;
  st.source = actor_of_phrase(v, from, end);
  return plain_content(v, c, st);
}

// "Ana Ruiz, a city councillor and party donor who has accused ...", "Tom Hale (R-Ohio), who said", "Ruiz - who
// said": the actor a relative pronoun at j stands for, past a comma, dash or bracket and an apposition; -1 when its
// antecedent names no actor ("voters who said"). PolNeAR train (usa-today_2016-08-09_khans-trump-stirs-ugliness-
// musli, wash-post_2016-01-31_clinton-team-quietly-lining-up-l, west-journal_2015-12-21_revealed-what-isis-
// propaganda-vi).
int relative_antecedent(const DocumentView& v, uint32_t j) {
  const uint32_t first = v.sentence_first(j);
  const bool person = v.is(j, "who") || v.is(j, "whom");
  auto fits = [&](int a) {
    if (a < 0) return false;
    const ActorKind k = v.doc.actors[a].kind;
    return k != ActorKind::Place && (person || k != ActorKind::Person);
  };
  if (j <= first + 1) return -1;
  uint32_t k = j - 1;
  if ((v.is(k, ",") || v.words.dashes.contains(v.word(k))) && k > first) --k;
  if (v.is(k, ")")) {
    while (k > first && !v.is(k, "(")) --k;
    if (k == first) return -1;
    --k;
  }
  if (v.actor_at(k) >= 0) return fits(v.actor_at(k)) && !v.is_possessive(k + 1) ? v.actor_at(k) : -1;
  // An apposition: back over its words (names inside it only modify: "a Clinton supporter") to the comma after the
  // name it describes.
  for (uint32_t m = k, n = 0; m > first + 1 && n < 14; --m, ++n) {
    if (v.is(m, ",") || v.words.dashes.contains(v.word(m))) {
      const int a = v.actor_at(m - 1);
      return fits(a) && m - 1 < j - 1 ? a : -1;
    }
    if (!np_internal(v, m) && !v.is(m, "and")) return -1;
  }
  return -1;
}

// The noun phrase ending at token j (past an apposition or relative clause between commas, "Dr. Ana Ruiz,
// who ..., said"): its first token, or false when j cannot end one.
bool phrase_ending_at(const DocumentView& v, uint32_t j, uint32_t& start, uint32_t& end) {
  const uint32_t first = v.sentence_first(j);
  if (v.is(j, ",") && j > first) {
    uint32_t k = j - 1;
    while (k > first && !v.is(k, ",") && j - k < 40 && !v.is_quote(k)) --k;
    if (!v.is(k, ",") || k == first) return false;
    j = k - 1;
  }
  if (!np_internal(v, j) || v.words.in_phrase.contains(v.word(j))) return false;
  start = end = j;
  while (start > first && end - start < 12 && np_internal(v, start - 1)) --start;
  while (start < end && (v.words.in_phrase.contains(v.word(start)) || v.is_possessive(start))) ++start;
  return true;
}

// "The release of the emails led DNC chairwoman Debbie Wasserman Schultz to announce ...", "prompted Anderson Cooper to
// accuse ...", "it is common for news accounts to portray ...": the speaker of an infinitive cue is the phrase
// before "to" (an object of the verb before, or after "for"): a name (not a place), an object pronoun, or a noun
// phrase. PolNeAR train: usa-today_2016-07-27_clinton-still-faces-a-spoiler-in, politico_2016-07-11_gay-republicans-
// push-for-pro-lgb, wash-post_2015-11-16_clinton-s-missteps-at-debate-arm.
bool infinitive_subject(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i);
  if (i < first + 3 || !v.is(i - 1, "to")) return false;
  const uint32_t k = i - 2;
  const int a = v.actor_at(k);
  if (a >= 0) {
    const uint32_t f = v.mention_first(k);
    // "went to Iowa to say", "the first Democrat in Congress to endorse": a place or a preposition's object.
    if (v.doc.actors[a].kind == ActorKind::Place ||
        (f > first && !v.is(f - 1, "for") && v.words.prepositions_before.contains(v.word(f - 1))))
      return false;
    st.source = a;
    st.source_first = v.mention_first(k);
    st.source_last = k;
    return true;
  }
  if (v.is(k, "him") || v.is(k, "her") || v.is(k, "them")) {
    st.source = v.resolve_pronoun(k, -1);
    st.source_first = st.source_last = k;
    return true;
  }
  uint32_t start = 0, end = 0;
  if (!phrase_ending_at(v, k, start, end) || end != k || start <= first) return false;
  const std::string_view before = v.word(start - 1);
  // The phrase must be an object: after a verb (no preposition but "for", no determiner or auxiliary).
  if (before != "for" && (v.words.prepositions_before.contains(before) || v.words.clause_words.contains(before) ||
                          v.words.aux.contains(before) || v.words.be_or_clitic.contains(before) ||
                          v.doc.tokens[start - 1].kind != TokenKind::Word))
    return false;
  st.source = actor_of_phrase(v, start, end);
  st.source_first = start;
  st.source_last = end;
  return true;
}

// "And both vowed to be tougher", "53% describe themselves as liberal", "Others say": a quantity opening its clause
// right before the cue is its speaker (the aux list skips "both" and "all" as adverbs). PolNeAR train: usa-today_
// 2016-01-12_energy-guns-top-young-voters-age, usa-today_2016-03-24_nabisco-rolls-out-layoffs-in-chi, wash-post_2016-
// 03-30_as-clinton-sanders-answer-union-.
bool quantity_subject(const DocumentView& v, const CueSite& c, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i);
  uint32_t j = i - 1;
  while (j > first && (v.is(j, "have") || v.is(j, "has") || v.is(j, "had") || v.is(j, "will") || v.is(j, "would"))) --j;
  uint32_t start = j;
  if (v.is(j, "%") && j > first && v.doc.tokens[j - 1].kind == TokenKind::Number)
    start = j - 1;
  else if (v.is(j, "percent") && j > first && v.doc.tokens[j - 1].kind == TokenKind::Number)
    start = j - 1;
  else if (!v.words.quantities.contains(v.word(j)))
    return false;
  // It opens its clause: "Both have promised", "And both vowed", "..., 47% say".
  if (start > first && !(v.is_punct(start - 1) || v.is(start - 1, "and") || v.is(start - 1, "but"))) return false;
  st.source = -1;
  st.source_first = start;
  st.source_last = j;
  return true;
}

// "..., claiming", "and saying": an -ing cue continuing the clause before.
bool participle_after_clause(const DocumentView& v, const CueSite& c) {
  return c.first > v.sentence_first(c.first) && ends_with(v.word(c.first), "ing") &&
         (v.is(c.first - 1, ",") || v.is(c.first - 1, "and"));
}

// A noun phrase starting at `start` stands where a subject does: not right after a verb or an auxiliary, where it is an
// object or a complement ("Bolton had a comparable assessment ..., while saying", "Ohio eliminated what had been
// called ..., saying", "Republicans have become increasingly devoted"): the clause's subject speaks there. PolNeAR
// train: breitbart_2016-05-05_bolton-and-gorka-slam-neocons-fo, huff-post_2016-07-27_guns-are-the-ultimate-public-hea,
// politico_2015-12-01_could-an-accident-by-janet-yelle.
bool subject_position(const DocumentView& v, uint32_t start) {
  if (start == v.sentence_first(start)) return true;
  const std::string_view w = v.word(start - 1);
  if (v.doc.tokens[start - 1].kind != TokenKind::Word || v.doc.tokens[start - 1].capitalised) return true;
  return !v.words.before_objects.contains(w);
}

// Who speaks at a detected cue when speaker_of found no actor: the words naming them and the actor they name, if
// any. False when no words name the speaker.
bool unnamed_speaker(const DocumentView& v, const CueSite& c, const std::vector<Attribution>& named,
                     const std::vector<Attribution>& unnamed, Attribution& st) {
  const uint32_t i = c.first, first = v.sentence_first(i);
  if (i <= first) return false;
  if (participle_after_clause(v, c)) {
    uint32_t from = 0, to = 0;
    int actor = -1;
    if (clause_subject(v, i, actor, from, to)) {
      st.source = actor;
      st.source_first = from;
      st.source_last = to;
      return true;
    }
  }
  if (infinitive_subject(v, c, st) || quantity_subject(v, c, st)) return true;
  const uint32_t j = skip_back(v, i);
  // "they're also looking", "he'll be looking to prove": a pronoun may carry a contracted auxiliary ("who's" is split
  // and skipped back over). PolNeAR train: politico_2016-03-10_trump-s-rivals-pull-their-punche, politico_2016-02-11_
  // things-to-watch-in-tonight-s-deb, usa-today_2015-12-14_on-the-islamic-state-a-split-mos.
  const std::string_view w = without_clitic(v.word(j));
  const bool third_person = v.is_third_person_word(w);
  if (v.words.first_person.contains(w) || v.words.relatives.contains(w) || third_person) {
    st.source_first = st.source_last = j;
    if (third_person) st.source = pronoun_speaker(v, j, named);
    if (v.words.relatives.contains(w)) st.source = relative_antecedent(v, j);
    // "the report on her email practices that suggested", "some far-right commentators who have suggested": an
    // antecedent that names no actor is named by its words, which the relative pronoun's words run from. PolNeAR
    // train: nyt_2016-07-15_latest-poll-has-trump-pulling-ev, breitbart_2015-12-21_nytimes-casually-conflates-ted-c,
    // wash-post_2016-03-10_after-hour-filibuster-missouri-s.
    uint32_t start = 0, end = 0;
    if (v.words.relatives.contains(w) && st.source < 0 && j > v.sentence_first(j) &&
        phrase_ending_at(v, j - 1, start, end) && end == j - 1)
      st.source_first = start;
    return true;  // "I", "we": the speaker of the quotation around them (speakers_of_first_person)
  }
  uint32_t start = 0, end = 0;
  if (phrase_ending_at(v, j, start, end) && (ends_with(v.word(i), "ing") || subject_position(v, start))) {
    st.source_first = start;
    st.source_last = end;
    st.source = actor_of_phrase(v, start, end);
    return true;
  }
  // "to accuse", "and added", ", saying": the speaker of the statement before in the sentence.
  const Attribution* before = nullptr;
  for (const std::vector<Attribution>* list : {&named, &unnamed})
    if (!list->empty() && list->back().sentence == st.sentence &&
        (!before || list->back().cue_first > before->cue_first))
      before = &list->back();
  if (before && before->source_first != kNoSourceWords) {
    st.source = before->source;
    st.source_first = before->source_first;
    st.source_last = before->source_last;
    return true;
  }
  return false;
}

// "I" and "we" inside a quotation speak for its speaker: the innermost named statement whose content holds them.
void speakers_of_first_person(const DocumentView& v, std::vector<Attribution>& named,
                              std::vector<Attribution>& unnamed) {
  std::vector<Attribution> keep;
  const size_t named_before = named.size();
  for (Attribution& st : unnamed) {
    const bool first_person = st.source_first != kNoSourceWords && st.source_first == st.source_last &&
                              v.words.first_person.contains(without_clitic(v.word(st.source_first))) &&
                              v.tok_quoted[st.source_first];
    const Attribution* around = nullptr;
    for (size_t k = 0; first_person && k < named_before; ++k) {
      const Attribution& o = named[k];
      if (o.content_first <= st.cue_first && st.cue_last <= o.content_last &&
          (!around || o.content_last - o.content_first < around->content_last - around->content_first))
        around = &o;
    }
    if (around) {
      st.source = around->source;
      named.push_back(st);
    } else {
      keep.push_back(st);
    }
  }
  unnamed = std::move(keep);
  std::stable_sort(named.begin(), named.end(),
                   [](const Attribution& a, const Attribution& b) { return a.cue_first < b.cue_first; });
}

// Sentences that open with a quotation continuing the statement before keep its speaker.
void carry_quotes(const DocumentView& v, std::vector<Attribution>& out) {
  const Document& doc = v.doc;
  std::vector<Attribution> carried;
  size_t next = 0;
  int speaker = -1;
  uint32_t covered_until = 0;  // last token covered by a statement's content
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& se = doc.sentences[s];
    if (se.token_count == 0) continue;
    const uint32_t sf = se.first_token, sl = se.first_token + se.token_count - 1;
    bool own = false;
    while (next < out.size() && out[next].sentence == s) {
      // A report inside a quotation ("... the minister even called me a coward") does not change who is speaking.
      if (!v.tok_quoted[out[next].cue_first]) speaker = out[next].source;
      covered_until = std::max(covered_until, out[next].content_last);
      own = true;
      ++next;
    }
    if (own || covered_until >= sl) continue;
    const bool opens_with_quote = v.is_quote(sf);
    const bool same_run = s > 0 && covered_until + 1 >= sf && speaker >= 0 && !se.headline;
    if (opens_with_quote && same_run) {
      Attribution st;
      st.source = speaker;
      st.cue_first = st.cue_last = st.source_first = st.source_last = sf;
      st.content_first = sf;
      st.content_last = sl;
      st.sentence = s;
      carried.push_back(st);
      covered_until = sl;
    } else {
      speaker = -1;
    }
  }
  if (carried.empty()) return;
  out.insert(out.end(), carried.begin(), carried.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const Attribution& a, const Attribution& b) { return a.cue_first < b.cue_first; });
}

}  // namespace

int clause_subject_of(const DocumentView& v, uint32_t cue) {
  int actor = -1;
  uint32_t start = 0, end = 0;
  return clause_subject(v, cue, actor, start, end) ? actor : -1;
}

// Where the words naming a speaker start when other names are coordinated before it ("Tony Blair and Gordon Brown
// said", "Labour, the Greens and the SNP said"): the first of them. The statement keeps one actor (the one next
// to the cue); its words name them all, as PolNeAR's sources do, and the claim finder makes it each name's
// (coordinated_speakers).
uint32_t coordinated_start(const DocumentView& v, uint32_t start) {
  const uint32_t first = v.sentence_first(start);
  // Back over an article and up to two capitalised titles ("the Greens", "Governor Mary Jones").
  auto phrase_start = [&](uint32_t k) {
    for (int titles = 0;
         titles < 2 && k > first && v.doc.tokens[k - 1].capitalised && v.actor_at(k - 1) < 0 && !v.is_punct(k - 1);
         ++titles)
      --k;
    while (k > first && (v.is(k - 1, "the") || v.is(k - 1, "The"))) --k;
    return k;
  };
  uint32_t at = phrase_start(start), widest = start;
  bool joined = false;  // "X, Y and Z": commas join names only before an "and"
  for (int names = 0; names < 6 && at > first + 1; ++names) {
    const uint32_t joint = at - 1;
    if (!(v.is(joint, "and") && !joined) && !(v.is(joint, ",") && joined)) break;
    const uint32_t k = joint - 1;
    if (v.actor_at(k) < 0 || v.mention_last(k) != k) break;
    joined = true;
    at = phrase_start(v.mention_first(k));
    widest = at;
  }
  // The names must open their clause: "Labour attacked Blair and Brown said" coordinates no speakers.
  if (widest == start || widest == first || v.is_punct(widest - 1) || v.is_quote(widest - 1) ||
      v.words.clause_words.contains(v.word(widest - 1)))
    return widest;
  return start;
}

void take_coordinated_names(const DocumentView& v, Attribution& st) {
  const uint32_t names_first = coordinated_start(v, st.source_first);
  if (names_first < st.source_first) {
    st.speaker_first = st.source_first;
    st.source_first = names_first;
  }
}

std::vector<int> actors_named_between(const DocumentView& v, uint32_t from, uint32_t end, int exclude) {
  std::vector<int> out;
  for (uint32_t k = from; k < end && k < v.doc.tokens.size(); ++k)
    if (const int a = v.actor_at(k); a >= 0 && a != exclude && std::find(out.begin(), out.end(), a) == out.end())
      out.push_back(a);
  return out;
}

std::vector<int> coordinated_speakers(const DocumentView& v, const Attribution& st) {
  if (st.source < 0 || st.speaker_first <= st.source_first) return {};
  std::vector<int> out = actors_named_between(v, st.source_first, st.speaker_first, st.source);
  std::erase_if(out, [&](int a) { return v.doc.actors[a].kind == ActorKind::Place; });
  return out;
}

namespace {

// A detected cue's statement: its speaker (an actor, or only the words naming them, or neither) and content.
bool attribute_detected(const DocumentView& v, const CueSite& c, const std::vector<Attribution>& named,
                        const std::vector<Attribution>& unnamed, Attribution& st) {
  if (c.cue->kind == CueKind::According && (according_to(v, c, st) || according_to_words(v, c, st))) return true;
  if (passive_agent(v, c, st)) return true;
  if (apposition_subject(v, c, st)) {
    Speaker by;
    by.actor = st.source;
    by.start = st.source_first;
    return content_of(v, c, by, st) || plain_content(v, c, st);
  }
  Speaker sp = speaker_of(v, c, named);
  if (sp.actor >= 0) {
    st.source = sp.actor;
    if (sp.inverted) {
      st.source_first = c.last + 1;
      st.source_last = std::min(v.sentence_last(c.first), c.last + 4);
    } else {
      // A speaker found before the cue may have names coordinated before it; one found as the clause's subject
      // ("played down differences with Mr Wyatt and said") starts at the cue.
      st.source_first = sp.participle ? c.first : sp.start;
      if (!sp.participle && !sp.possessor && sp.start < c.first) take_coordinated_names(v, st);
      st.source_last = c.first > st.source_first ? c.first - 1 : c.first;
    }
    return content_of(v, c, sp, st) || plain_content(v, c, st);
  }
  if (opening_clause_subject(v, c, st)) return true;
  const uint32_t i = c.first, first = v.sentence_first(i);
  const bool after_quote = i > first && close_quote_or_comma(v, i - 1);
  if (after_quote && !participle_after_clause(v, c) && c.last < v.sentence_last(i) &&
      (unnamed_after(v, c, st) || nominal_after(v, c, st)))
    return true;
  if (unnamed_speaker(v, c, named, unnamed, st)) {
    sp.start = st.source_first;
    return content_of(v, c, sp, st) || plain_content(v, c, st);
  }
  // "Sanders has to step beyond these staples to tell ...", "Wealth-X keeps its finances secret but says ...": a
  // verb cue outside a quotation with no subject next to it is the sentence subject's. PolNeAR train: huff-post_2016-
  // 03-23_how-the-democratic-elite-betraye, breitbart_2016-04-23_clinton-wades-in-urges-britain-t, usa-today_2016-06-
  // 29_sanders-ready-to-take-a-stand-to.
  int actor = -1;
  uint32_t from = 0, to = 0;
  if (!v.tok_quoted[i] && clause_subject(v, i, actor, from, to)) {
    st.source = actor;
    st.source_first = from;
    st.source_last = to;
    sp.start = from;
    return plain_content(v, c, st);
  }
  return sourceless(v, c, st);
}

}  // namespace

std::vector<Attribution> find_statements(const DocumentView& v, const std::vector<CueHit>& hits,
                                         const std::vector<DetectedCue>* detected, std::vector<Attribution>* unnamed) {
  std::vector<Attribution> out, without_actor;
  for (const CueSite& c : cue_sites(v, hits, detected)) {
    Attribution st;
    st.cue = c.cue;
    st.cue_first = c.first;
    st.cue_last = c.last;
    st.sentence = v.tok_sentence[c.first];
    if (c.detected) {
      if (attribute_detected(v, c, out, without_actor, st)) (st.source >= 0 ? out : without_actor).push_back(st);
      continue;
    }
    if (c.cue->kind == CueKind::According) {
      if (according_to(v, c, st)) out.push_back(st);
      continue;
    }
    const Speaker sp = speaker_of(v, c, out);
    if (sp.actor < 0 || (c.cue->kind == CueKind::Think && sp.inverted)) continue;
    st.source = sp.actor;
    if (sp.inverted) {
      st.source_first = c.last + 1;
      st.source_last = std::min(v.sentence_last(c.first), c.last + 4);
    } else {
      st.source_first = sp.participle ? c.first : sp.start;
      st.source_last = c.first > st.source_first ? c.first - 1 : c.first;
    }
    if (content_of(v, c, sp, st)) out.push_back(st);
  }
  if (detected) speakers_of_first_person(v, out, without_actor);
  carry_quotes(v, out);
  if (unnamed) *unnamed = std::move(without_actor);
  return out;
}

std::vector<Attribution> find_unnamed_statements(const DocumentView& v, const std::vector<CueHit>& hits,
                                                 const std::vector<Attribution>& named) {
  std::vector<Attribution> out;
  size_t next_named = 0;
  for (const CueSite& c : cue_sites(v, hits, nullptr)) {
    if (c.cue->kind != CueKind::Say && c.cue->kind != CueKind::Tell) continue;
    while (next_named < named.size() && named[next_named].cue_first < c.first) ++next_named;
    if (next_named < named.size() && named[next_named].cue_first == c.first) continue;
    const uint32_t i = c.first, first = v.sentence_first(i), last = v.sentence_last(i);
    const std::string_view form = v.word(i);
    Attribution st;
    st.cue = c.cue;
    st.cue_first = i;
    st.cue_last = c.last;
    st.sentence = v.tok_sentence[i];
    const bool plain = i > first && c.last < last && !v.words.noun_like_speech.contains(form) &&
                       !ends_with(form, "ing") && !v.tok_quoted[i];
    if (plain && close_quote_or_comma(v, i - 1) ? unnamed_after(v, c, st) : plain && unnamed_before(v, c, st))
      out.push_back(st);
  }
  return out;
}

std::vector<int> statement_of_tokens(const DocumentView& v, const std::vector<Attribution>& statements) {
  std::vector<int> out(v.doc.tokens.size(), -1);
  std::vector<uint32_t> order(statements.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  // Longer contents first, so the innermost statement wins.
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return statements[a].content_last - statements[a].content_first >
           statements[b].content_last - statements[b].content_first;
  });
  for (uint32_t idx : order) {
    const Attribution& st = statements[idx];
    for (uint32_t k = st.content_first; k <= st.content_last && k < out.size(); ++k) out[k] = static_cast<int>(idx);
  }
  return out;
}

}  // namespace riposte
