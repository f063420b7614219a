// The word lists of the actor rules (mention_finder, known_actors, political_context, role_patterns), read from
// data/actor_words.tsv through WordLists, and the written forms the rules accept (see that file's header): a list
// matches case-insensitively, so each rule says which case it takes with one of the tests below.
#pragma once
#include <string_view>

#include "engine/lexicon/word_set.h"

namespace riposte {

struct ActorWords {
  ActorWords();  // parses the embedded actor_words.tsv

  WordLists lists;
  const WordSet& body_modifiers;  // lower or Capitalised
  const WordSet& body_modifiers_lower;
  const WordSet& locatives;
  const WordSet& region_nouns;
  const WordSet& office_qualifiers;
  const WordSet& offices;
  const WordSet& before_ministers;  // lower or Capitalised
  const WordSet& before_ministers_lower;
  const WordSet& constituency_titles;  // CAPITALS
  const WordSet& constituency_roles;
  const WordSet& name_collectives;
  const WordSet& styled_honorifics;   // any case
  const WordSet& holdings_before_in;  // any case
  const WordSet& executive_nouns;
  const WordSet& government_bodies;  // lower or Capitalised
  const WordSet& shadow_words;       // lower or Capitalised
  const WordSet& governing_words;    // lower or Capitalised
  const WordSet& campaign_modifiers;
  const WordSet& event_nouns;  // Capitalised
  const WordSet& thing_nouns_before;
  const WordSet& thing_nouns_after;
  const WordSet& work_nouns_after_names;
  const WordSet& product_nouns_after;
  const WordSet& adjective_things_after;
  const WordSet& work_versions_before_of;
  const WordSet& after_work_nouns;
  const WordSet& work_star_credits;
  const WordSet& work_maker_credits;
  const WordSet& thing_name_openers;  // Capitalised
  const WordSet& title_connectors;
  const WordSet& work_title_words;    // lower or Capitalised
  const WordSet& abbreviated_titles;  // lower or Capitalised
  const WordSet& staff_roles;
  const WordSet& after_party_member;
  const WordSet& role_stops;
  const WordSet& departments;  // CAPITALS (keys of data/organisations.tsv)
};

// The written forms: no ASCII capital; a capital at most first; ASCII capitals only (no lower-case letter).
bool lower_case(std::string_view w);
bool lower_or_capitalised(std::string_view w);
bool all_capitals(std::string_view w);

// `w` is in `set` in lower case only / in lower case or capitalised / in capitals only.
inline bool in_lower(const WordSet& set, std::string_view w) { return lower_case(w) && set.contains(w); }
inline bool in_lower_or_capitalised(const WordSet& set, std::string_view w) {
  return lower_or_capitalised(w) && set.contains(w);
}
inline bool in_capitals(const WordSet& set, std::string_view w) { return all_capitals(w) && set.contains(w); }

}  // namespace riposte
