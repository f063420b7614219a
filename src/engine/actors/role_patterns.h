// The words around a person's name that say whom the person speaks for, and in which role: "Foreign Ministry
// spokesman Zhao Lijian", "Labour's Alan Milburn", "The Tories' Oliver Letwin", "Jack Law, chief executive of
// Alcohol Focus Scotland", "Mr Law, the Labour MP", "Kari Holm, Norway's fisheries minister", "the country's foreign
// minister, Kari Holm", "Foreign Secretary Jack Straw" (a title only one country uses), "foreign ministry spokeswoman
// Hua". Each pattern returns the candidate of the body (or a country) and sets the role; affiliation.h decides.
#pragma once
#include <string>

#include "engine/actors/actor_table.h"

namespace riposte::resolution {

class RolePatterns : ResolverStep {
 public:
  explicit RolePatterns(ActorTable& table) : ResolverStep(table) {}

  // The body a person speaks for, from the words before the name: "Foreign Ministry spokesman Zhao Lijian",
  // "Tory co-chairman Liam Fox", "The Scottish National Party's Holyrood leader Nicola Sturgeon".
  int role_before(size_t k, TitleClass& role, std::string& role_word) const;
  // "Jack Law, chief executive of Alcohol Focus Scotland": a role then "of" a body after a comma.
  int role_after(size_t k, TitleClass& role, std::string& role_word) const;
  // "its founder Ann Hay", "Ann Hay, its chief executive,": a role owned by "its" next to the name belongs to the
  // nearest body the sentence names before "its", unless that is a state or a government body. Its candidate, or -1.
  int its_role(size_t k, TitleClass& role, std::string& role_word) const;
  // "Sam Hart of the Refugee Council", "Kim Ross, from the pressure group Shelter,": the body (never a state or a
  // place) named right after the name with "of", "from" or ", for"; no role. The body's candidate, or -1.
  int body_named_after(size_t k) const;
  // "Murphy and other Democrats", "Obama, Clinton, and other Democrats": the party that "and other" + a party closing
  // the list of names after candidate k names, or -1.
  int party_closing_list(size_t k) const;
  // "the country's foreign minister, NAME" / "the nation's president NAME": a role (after lower-case modifiers)
  // owned by "the country" or "the nation" right before the name; sets the role.
  bool the_country_role_before(size_t k, TitleClass& role, std::string& role_word) const;
  // The country of a national title right before candidate k ("Home Secretary", "Chancellor of the
  // Exchequer"): the longest run of up to five words ending at the name, or -1.
  int national_title_before(size_t k) const;
  // Lower-case words naming a government body among the few words before a name (the sentence's own words, up to
  // a full stop or a verb-like break): "foreign ministry spokeswoman", "the ministry's spokesman,". A role word
  // must stand between the body and the name (`role` is set from it when still None).
  bool government_words_before(size_t k, TitleClass& role, std::string& role_word) const;
  // "former" right before the body's candidate ("Former France fly-half X"): the person was its member, is no more.
  bool former_before(size_t body) const;
  // "former" or "ex" among the tokens [from, to) ("Margaret Thatcher's former press secretary").
  bool former_between(size_t from, size_t to) const;
  // "shadow" or "opposition" among the six words before the name: a shadow minister speaks for the opposition.
  bool shadow_before(size_t k) const;
  // "Sen. Rand Paul (R-Ky.)", "Gwen Moore, D-Wis.,": the party tag right after the name, or -1.
  int party_tag_after(size_t k) const;

 private:
  int role_in_apposition_before(size_t k, TitleClass& role, std::string& role_word) const;
  int role_for_body_before(size_t k, TitleClass& role, std::string& role_word) const;
  int role_after_whose(size_t k, TitleClass& role, std::string& role_word) const;
  int role_words_before(size_t k, TitleClass& role, std::string& role_word) const;
  int plural_role_before_list(size_t k, TitleClass& role, std::string& role_word) const;
  int body_after_preposition(size_t i, bool descriptors = true) const;
  int body_before_role(size_t i, size_t steps, TitleClass& role, std::string& role_word) const;
  bool plain_lower_word(size_t i) const;
};

}  // namespace riposte::resolution
