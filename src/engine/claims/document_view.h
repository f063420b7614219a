// DocumentView: one document seen token by token by the claim layer (attribution, the hand rules, the claim model's
// candidates and features, the cue detector): lower-cased words, the mention, sentence and quotation of every token,
// each actor's party, and the clause helpers they share (the agent of a verb, the subject of a sentence, pronouns
// resolved to actors, the object of a verb).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claims/claim_words.h"
#include "engine/document/document.h"
#include "engine/lexicon/cue_lexicon.h"

namespace riposte {

// Token-level view of one document, built once per run: lower-cased text, the mention and sentence
// of every token, each actor's party (the end of its affiliation chain).
class DocumentView {
 public:
  // `lower` is CueLexicon::lower(doc.text); hits are the document's cues; `words` the rules' word lists (kept by
  // reference: they outlive the view).
  DocumentView(const Document& doc, std::string lower, const std::vector<CueHit>& hits, const ClaimWords& words);

  const Document& doc;
  const ClaimWords& words;
  std::string lower;
  std::vector<int> tok_mention;  // mention index or -1
  std::vector<uint32_t> tok_sentence;
  std::vector<uint8_t> tok_verb;    // 1 when a speech, accusation or rebuttal verb cue starts here
  std::vector<int> party;           // actor index -> root actor index
  std::vector<uint8_t> tok_quoted;  // 1 inside a quotation
  std::vector<int8_t> gender;       // per actor: 1 male, 2 female (from Mr/Ms/Lord/Lady...), 0 unknown
  // A speaker named by a common noun alone: a person ("the spokesperson"), a man ("the businessman"), a woman ("the
  // spokeswoman") or a thing ("the report", "an all-party committee").
  enum class Unnamed : int8_t { None, Person, Man, Woman, Thing };
  // Agents of verb cues in text order ("Ms Ruiz said", "a party spokesman told"): the antecedents of subject
  // pronouns ("..., he said"). `personal` when the agent is a person or a person's role. An agent no actor names
  // ("the spokeswoman said") has actor -1: a later "she said" is that speaker, not the last woman named before it.
  struct Subject {
    uint32_t token;
    int actor;
    bool personal;
    Unnamed unnamed = Unnamed::None;
  };
  std::vector<Subject> subjects;

  std::string_view word(uint32_t i) const { return slice(lower, doc.tokens[i].span); }
  bool is(uint32_t i, std::string_view w) const { return i < doc.tokens.size() && word(i) == w; }
  int actor_at(uint32_t i) const {
    return i < tok_mention.size() && tok_mention[i] >= 0 ? doc.mentions[tok_mention[i]].actor : -1;
  }
  int party_of(int actor) const { return actor >= 0 && actor < static_cast<int>(party.size()) ? party[actor] : -1; }
  bool same_party(int a, int b) const { return a >= 0 && b >= 0 && party_of(a) == party_of(b); }
  const Sentence& sentence_of(uint32_t i) const { return doc.sentences[tok_sentence[i]]; }
  uint32_t sentence_first(uint32_t i) const { return sentence_of(i).first_token; }
  uint32_t sentence_last(uint32_t i) const {
    const Sentence& s = sentence_of(i);
    return s.first_token + s.token_count - 1;
  }
  // The last token of the mention at token i (i itself when there is none).
  uint32_t mention_last(uint32_t i) const;
  uint32_t mention_first(uint32_t i) const;
  bool is_punct(uint32_t i) const { return doc.tokens[i].kind == TokenKind::Punct; }
  bool is_quote(uint32_t i) const { return doc.tokens[i].kind == TokenKind::Quote; }
  // "'s", or the apostrophe of "Sanders' campaign" (is_possessive in document_view.cpp).
  bool is_possessive(uint32_t i) const;
  bool negated_before(uint32_t i, uint32_t window = 3) const;

  // The actor doing the verb whose first token is `verb` ("Ruiz [thus] said", "the board of X reject",
  // "Ann Reid, chief executive of RSW, said", "the party which accused", "he said"); -1 when none.
  // `start` receives the first token of the agent phrase.
  // With allow_np = false only a name or pronoun right before the verb counts (for words that are
  // also nouns: "calls", "claims"). `personal` receives whether the agent is a person or a role.
  int agent_before(uint32_t verb, uint32_t* start = nullptr, bool allow_np = true, bool* personal = nullptr,
                   bool resolve = true) const;
  // agent_before's phrase shapes: the token of the head mention, or -1. An apposition ending in the comma at j
  // ("Ann Reid, chief executive of X, said"); a noun phrase ending at j with a name inside ("a Green spokesman").
  int64_t apposition_head(uint32_t j, uint32_t first) const;
  int64_t noun_phrase_head(uint32_t j, uint32_t first) const;
  // A subject pronoun ("he said"): the latest fitting named agent in the last sentences, else as
  // resolve_pronoun.
  int resolve_subject_pronoun(uint32_t tok) const;
  // The speaker right before the verb at `verb` when a determiner and a common noun name it and no actor is in
  // the phrase ("the spokeswoman said": Woman, "the report said": Thing); None otherwise.
  Unnamed unnamed_speaker(uint32_t verb) const;
  // "The company said": the company, club or outlet a definite description ending at token j stands for (the one
  // named most often before it), or -1.
  int described_body(uint32_t j) const;
  // The first non-possessive mention of sentence s (its likely subject), or -1.
  int sentence_subject(uint32_t s, uint32_t before_token) const;
  // he/she/him/her/his -> a person; it/its -> a non-person; they/them/their -> any; else -1. same_sentence = false
  // skips the pronoun's own sentence (a parenthetical speaker: "X has failed, he said").
  int resolve_pronoun(uint32_t tok, int exclude, bool allow_possessive = true, bool same_sentence = true) const;
  bool is_third_person_pronoun(uint32_t tok) const { return is_third_person_word(word(tok)); }
  // "he", "it", "they" ... (a contracted form is stripped first by the caller: grammar_words.h without_clitic).
  bool is_third_person_word(std::string_view w) const;
  // Mentions coordinated from token `from` on ("NATO, the United States and its allies such as the UK").
  std::vector<int> mention_list(uint32_t from, uint32_t limit, uint32_t* end = nullptr) const;
  // "the president" at token k (after "the"): the person last named with that title, or -1.
  int titled_person_before(uint32_t k) const;
  // The object of a verb ending at token `last`: a mention list, a resolved pronoun or a titled person.
  std::vector<int> object_after(uint32_t last, int exclude) const;
  // Whether a lower-case word after an object's name makes the name a modifier ("Acme share price"): not a list word,
  // a role or action noun ("Labour ministers", "Labour's plans"), a preposition, a clause word, an auxiliary or an
  // adverb ("attacked Khan after the speech", "criticised Labour again").
  bool modifies_a_noun(std::string_view next) const;
  // Where an object starting at token k begins its name, before `stop`: quotes, "the" and "both" ("criticised both the
  // chancellor and the Tories") skipped.
  uint32_t object_start(uint32_t k, uint32_t stop) const;

 private:
  std::vector<uint32_t> quote_inner_ends_;  // where each quotation's words end (its closing mark), sorted
};

}  // namespace riposte
