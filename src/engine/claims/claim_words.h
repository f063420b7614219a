// The claim rules' word lists (data/claim_words.tsv), read once when the ClaimFinder is built and passed by
// reference to the document view and the rules: the rules and the claim model's features read the same reviewed
// file instead of lists written into C++. Each member is one list of the file (same name); a list missing from
// the data is empty, which tests/engine/claims/claim_words_test.cpp catches.
#pragma once
#include <string_view>

#include "engine/lexicon/word_set.h"

namespace riposte {

struct ClaimWords {
  ClaimWords();  // the embedded data/claim_words.tsv
  explicit ClaimWords(const WordLists& lists);

  // Accusations and rebuttals (claim_finder.cpp).
  WordSet rebuttable, accusation_nouns, owned_statements, accusation_nouns_strong, be, countering, undergoing, lodging,
      body_descriptions, refused_things, pronoun_objects, fillers, modals, breakable_determiners, breakables,
      head_role_nouns, prepositions, target_links, pair_people, pair_parties, pair_others, pair_modifiers,
      charging_lemmas, charging_participles, charge_verb_forms, charged_objects;
  // Attribution and the document view (attribution.cpp).
  WordSet aux, clause_words, person_pronouns, thing_pronouns, plural_pronouns, list_glue, prepositions_before,
      noun_like_speech, determiners, male_titles, female_titles, object_role_nouns, action_nouns, time_words,
      title_heads, title_first_words, be_or_clitic;
  // Attribution's grammar words (attribution.cpp; adverbs also document_view.cpp; dashes also the cue detector).
  WordSet violence, dashes, possessives, noun_determiners, first_person, inverting_cues, relatives, in_phrase, openers,
      subordinators, post_modifiers, one_of, no_agents, feelings, quantities, before_objects, adverbs;
  // Features of the trained models (claim_features.cpp, cue_detector.cpp): changing one means retraining.
  WordSet model_prepositions, model_auxiliaries, between_subject_and_verb;

  // Every list name the struct reads, for the test that the data file has them all.
  static const std::string_view kNames[63];
};

}  // namespace riposte
