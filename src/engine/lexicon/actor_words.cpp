#include "engine/lexicon/actor_words.h"

#include "engine/lexicon/embedded_data.h"

namespace riposte {

ActorWords::ActorWords()
    : lists(data::file("actor_words.tsv")),
      body_modifiers(lists.get("body_modifiers")),
      body_modifiers_lower(lists.get("body_modifiers_lower")),
      locatives(lists.get("locatives")),
      region_nouns(lists.get("region_nouns")),
      office_qualifiers(lists.get("office_qualifiers")),
      offices(lists.get("offices")),
      before_ministers(lists.get("before_ministers")),
      before_ministers_lower(lists.get("before_ministers_lower")),
      constituency_titles(lists.get("constituency_titles")),
      constituency_roles(lists.get("constituency_roles")),
      name_collectives(lists.get("name_collectives")),
      styled_honorifics(lists.get("styled_honorifics")),
      holdings_before_in(lists.get("holdings_before_in")),
      executive_nouns(lists.get("executive_nouns")),
      government_bodies(lists.get("government_bodies")),
      shadow_words(lists.get("shadow_words")),
      governing_words(lists.get("governing_words")),
      campaign_modifiers(lists.get("campaign_modifiers")),
      event_nouns(lists.get("event_nouns")),
      thing_nouns_before(lists.get("thing_nouns_before")),
      thing_nouns_after(lists.get("thing_nouns_after")),
      work_nouns_after_names(lists.get("work_nouns_after_names")),
      product_nouns_after(lists.get("product_nouns_after")),
      adjective_things_after(lists.get("adjective_things_after")),
      work_versions_before_of(lists.get("work_versions_before_of")),
      after_work_nouns(lists.get("after_work_nouns")),
      work_star_credits(lists.get("work_star_credits")),
      work_maker_credits(lists.get("work_maker_credits")),
      thing_name_openers(lists.get("thing_name_openers")),
      title_connectors(lists.get("title_connectors")),
      work_title_words(lists.get("work_title_words")),
      abbreviated_titles(lists.get("abbreviated_titles")),
      staff_roles(lists.get("staff_roles")),
      after_party_member(lists.get("after_party_member")),
      role_stops(lists.get("role_stops")),
      departments(lists.get("departments")) {}

bool lower_case(std::string_view w) {
  for (char c : w)
    if (c >= 'A' && c <= 'Z') return false;
  return true;
}

bool lower_or_capitalised(std::string_view w) { return w.empty() || lower_case(w.substr(1)); }

bool all_capitals(std::string_view w) {
  for (char c : w)
    if (c >= 'a' && c <= 'z') return false;
  return !w.empty();
}

}  // namespace riposte
