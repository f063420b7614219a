#include <doctest/doctest.h>

#include "engine/lexicon/actor_words.h"

using namespace riposte;

TEST_CASE("actor words: every list the rules read is in data/actor_words.tsv, and no other") {
  const ActorWords words;
  const std::vector<std::string> expected = {"abbreviated_titles",
                                             "adjective_things_after",
                                             "after_party_member",
                                             "after_work_nouns",
                                             "before_ministers",
                                             "before_ministers_lower",
                                             "body_modifiers",
                                             "body_modifiers_lower",
                                             "campaign_modifiers",
                                             "constituency_roles",
                                             "constituency_titles",
                                             "departments",
                                             "event_nouns",
                                             "executive_nouns",
                                             "governing_words",
                                             "government_bodies",
                                             "holdings_before_in",
                                             "locatives",
                                             "name_collectives",
                                             "office_qualifiers",
                                             "offices",
                                             "product_nouns_after",
                                             "region_nouns",
                                             "role_stops",
                                             "shadow_words",
                                             "staff_roles",
                                             "styled_honorifics",
                                             "thing_name_openers",
                                             "thing_nouns_after",
                                             "thing_nouns_before",
                                             "title_connectors",
                                             "work_maker_credits",
                                             "work_nouns_after_names",
                                             "work_star_credits",
                                             "work_title_words",
                                             "work_versions_before_of"};
  CHECK(words.lists.names() == expected);
  for (const auto& name : expected) CHECK_MESSAGE(words.lists.get(name).size() > 0, name);
  CHECK(words.locatives.contains("throughout"));
  CHECK(words.constituency_titles.contains("msp"));  // the set is case-insensitive; the rules add the case
}

TEST_CASE("actor words: the written forms a rule accepts") {
  const ActorWords words;
  CHECK(in_lower_or_capitalised(words.body_modifiers, "Foreign"));
  CHECK(in_lower_or_capitalised(words.body_modifiers, "foreign"));
  CHECK_FALSE(in_lower_or_capitalised(words.body_modifiers, "FOREIGN"));
  CHECK(in_lower(words.body_modifiers_lower, "central"));
  CHECK_FALSE(in_lower(words.body_modifiers_lower, "Central"));
  CHECK(in_capitals(words.constituency_titles, "MP"));
  CHECK_FALSE(in_capitals(words.constituency_titles, "Mp"));
  CHECK_FALSE(in_lower(words.constituency_roles, "Member"));
  CHECK(words.styled_honorifics.contains("LORD"));
  CHECK(lower_case("state-run"));
  CHECK(lower_or_capitalised("Shadow"));
  CHECK_FALSE(lower_or_capitalised("ShaDow"));
  CHECK(all_capitals("U.S."));
  CHECK_FALSE(all_capitals(""));
}
