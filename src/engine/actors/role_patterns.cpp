// [SECTION] Before the name: "Foreign Ministry spokesman Zhao", "The Conservatives' leader, David Cameron,"
// [SECTION] After the name: "Jack Law, chief executive of Alcohol Focus Scotland"
// [SECTION] Countries: "the country's foreign minister, NAME", national titles, government bodies in lower case
#include "engine/actors/role_patterns.h"

namespace riposte::resolution {

// [SECTION] Before the name: "Foreign Ministry spokesman Zhao", "The Conservatives' leader, David Cameron,"
// The body a person speaks for, from the words before the name: "Foreign Ministry spokesman Zhao Lijian",
// "Tory co-chairman Liam Fox", "The Scottish National Party's Holyrood leader Nicola Sturgeon".
int RolePatterns::role_before(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  role = c.role;
  role_word = c.role_word;
  for (const auto pattern :
       {&RolePatterns::role_in_apposition_before, &RolePatterns::role_for_body_before, &RolePatterns::role_after_whose})
    if (const int body = (this->*pattern)(k, role, role_word); body >= 0) return body;
  if (const int body = role_words_before(k, role, role_word); body >= 0) return body;
  return plural_role_before_list(k, role, role_word);
}

// "Democratic presidential contenders Hillary Clinton and Bernie Sanders", "Morning Joe hosts X and Y": a later name
// of a list ("and", "or", commas) takes the body of a plural role before the list's first name. Returns the body's
// candidate, or -1.
int RolePatterns::plural_role_before_list(size_t k, TitleClass& role, std::string& role_word) const {
  size_t first = k;
  for (int n = 0; n < 4; ++n) {
    const size_t j = c_[first].first_token;
    if (j < 2 || !(w(j - 1) == "and" || w(j - 1) == "or" || w(j - 1) == ",")) return -1;
    const int prev = end_at_[j - 1];
    if (prev < 0 || c_[prev].kind != CandidateKind::Name || c_[prev].sentence != c_[k].sentence ||
        actor_of_[prev] < 0 || !is_person(actor_of_[prev]))
      return -1;
    first = static_cast<size_t>(prev);
    TitleClass r = c_[first].role;  // "Labour MPs Ann Hay": the role inside the name's chunk
    std::string word = c_[first].role_word;
    const int body = role_words_before(first, r, word);
    if (body < 0) continue;
    const bool plural = word.size() > 2 && word.back() == 's' && gaz_.title(word.substr(0, word.size() - 1)) == r;
    if (!plural) return -1;
    role = r;
    role_word = word;
    return body;
  }
  return -1;
}

// "The Conservatives' leader, David Cameron, ...": role words (and the lower-case words that qualify them) after a
// body's name or possessive, then a comma and the name. Returns the body's candidate, or -1.
int RolePatterns::role_in_apposition_before(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  const size_t j = c.first_token;
  if (!(j > sentence_start + 3 && w(j - 1) == ",")) return -1;
  size_t q = j - 1;
  TitleClass found_role = TitleClass::None;
  std::string found_word;
  // Role words and, once one is seen, the lower-case words that qualify it ("shadow home secretary").
  for (int n = 0; q > sentence_start && n < 4; ++n) {
    if (found_role != TitleClass::None && end_at_[q] >= 0) break;  // "Trump's campaign" manager, NAME
    const TitleClass tc = gaz_.title(w(q - 1));
    const Token& t = doc_.tokens[q - 1];
    const bool modifier = found_role != TitleClass::None && tc == TitleClass::None && t.kind == TokenKind::Word &&
                          !t.capitalised && !t.all_caps && !is_possessive_clitic(w(q - 1)) && w(q - 1) != "the" &&
                          w(q - 1) != "a" && start_at_[q - 1] < 0;
    if (!modifier && (tc == TitleClass::None || tc == TitleClass::Honorific)) break;
    if (found_role == TitleClass::None) {
      found_role = tc;
      found_word = lower(w(q - 1));
    }
    --q;
  }
  if (found_role != TitleClass::None && q > sentence_start) {
    size_t owner_end = q;
    if (is_possessive_clitic(w(q - 1)) || w(q - 1) == "'" || w(q - 1) == "\xE2\x80\x99") --owner_end;
    const int owner = end_at_[owner_end];
    // A person's own aide ("Clinton's spokesman, Brian Fallon,"), else a body.
    if (owner >= 0 && actor_of_[owner] >= 0 &&
        (!is_person(actor_of_[owner]) || in_lower(gaz_.words().staff_roles, found_word))) {
      role = found_role;
      role_word = found_word;
      return owner;
    }
    // "The finance minister, Lou Jiwei, suggested ...": a minister of no body named, whose country the minister
    // rules find (affiliation.cpp, minister_side).
    if (found_role == TitleClass::Minister && (w(q - 1) == "the" || w(q - 1) == "The") && role == TitleClass::None) {
      role = found_role;
      role_word = found_word;
    }
  }
  return -1;
}

// "a spokesman for the Russian defence ministry, Pavel Orlov, ...": a role "for"/"of"/"at" a body, a comma, then
// the name. Returns the body's candidate, or -1.
int RolePatterns::role_for_body_before(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  const size_t j = c.first_token;
  if (!(j > sentence_start + 3 && w(j - 1) == ",")) return -1;
  const int body = end_at_[j - 1];
  if (body >= 0 && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
    size_t q = c_[body].first_token;
    if (q > sentence_start && (w(q - 1) == "the" || w(q - 1) == "The")) --q;
    if (q > sentence_start + 1 && (w(q - 1) == "for" || w(q - 1) == "of" || w(q - 1) == "at")) {
      const TitleClass tc = gaz_.title(w(q - 2));
      if (tc != TitleClass::None && tc != TitleClass::Honorific) {
        role = tc;
        role_word = lower(w(q - 2));
        return body;
      }
    }
  }
  return -1;
}

// "the European Union (EU), whose high representative for Foreign Policy, Josep Borrell, ...": the body before
// "whose" and a role word between it and the name. Returns the body's candidate, or -1.
int RolePatterns::role_after_whose(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  const size_t j = c.first_token;
  if (!(j > sentence_start + 3 && w(j - 1) == ",")) return -1;
  for (size_t q = j - 1, n = 0; q > sentence_start && n < 10; --q, ++n) {
    const std::string_view x = w(q - 1);
    if (x != "whose") continue;
    size_t owner_end = q - 1;
    if (owner_end > sentence_start && w(owner_end - 1) == ",") --owner_end;
    if (owner_end > sentence_start && w(owner_end - 1) == ")") {  // "(EU)"
      while (owner_end > sentence_start && w(owner_end - 1) != "(") --owner_end;
      if (owner_end > sentence_start) --owner_end;
    }
    const int owner = end_at_[owner_end];
    if (owner < 0 || actor_of_[owner] < 0) break;
    for (size_t t = q; t + 1 < j; ++t) {
      const TitleClass tc = gaz_.title(w(t));
      if (tc != TitleClass::None && tc != TitleClass::Honorific) {
        role = tc;
        role_word = lower(w(t));
        return owner;
      }
    }
    break;
  }
  return -1;
}

// The words right before the name, walked back to the body they name: "Lib Dem Charles Kennedy" (a party right
// before), "Labour's Alan Milburn", "The Tories' Oliver Letwin", "Home Secretary Charles Clarke" (a role word, then
// the body before it). Returns the body's candidate, or -1.
int RolePatterns::role_words_before(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  bool seen_role = c.role != TitleClass::None;
  bool lower_role_seen = false;
  size_t j = c.first_token;
  // "Lib Dem Charles Kennedy": a party named right before a person is the person's party.
  if (!seen_role && end_at_[j] >= 0 && end_at_[j] != static_cast<int>(k) &&
      c_[end_at_[j]].kind == CandidateKind::Party && actor_of_[end_at_[j]] >= 0) {
    role = TitleClass::Role;
    role_word = "member";
    return end_at_[j];
  }
  for (int steps = 0; j > sentence_start && steps < 6; ++steps) {
    const int before = end_at_[j];
    if (before >= 0 && before != static_cast<int>(k) && actor_of_[before] >= 0 && steps > 0) {
      if (!seen_role) return -1;
      int found = before;
      // An unknown word right after a possessive body is a modifier: prefer the body ("Party's Holyrood leader").
      const Candidate& b = c_[before];
      if (b.kind == CandidateKind::Name && b.first_token >= 2 && is_possessive_clitic(w(b.first_token - 1)) &&
          end_at_[b.first_token - 1] >= 0 && actor_of_[end_at_[b.first_token - 1]] >= 0)
        found = end_at_[b.first_token - 1];
      return found;
    }
    --j;
    const Token& t = doc_.tokens[j];
    // "The Tories' Oliver Letwin": a plural possessive, the apostrophe alone after a word ending in s.
    if ((w(j) == "'" || w(j) == "\xE2\x80\x99") && j > sentence_start && w(j - 1).ends_with("s")) {
      const int owner = end_at_[j];
      if (owner >= 0 && actor_of_[owner] >= 0 && !is_person(actor_of_[owner]) && (seen_role || steps == 0))
        return owner;
      return -1;
    }
    // "Democratic Sen. Tim Kaine": an abbreviated title's full stop.
    if (w(j) == "." && j > sentence_start && in_lower_or_capitalised(gaz_.words().abbreviated_titles, w(j - 1)))
      continue;
    if (t.kind != TokenKind::Word) return -1;
    const std::string_view x = w(j);
    if (is_possessive_clitic(x)) {
      const int owner = end_at_[j];
      if (owner >= 0 && actor_of_[owner] >= 0 && (seen_role || steps == 0)) return owner;  // "Labour's Alan Milburn"
      return -1;
    }
    const TitleClass tc = gaz_.title(x);
    if (tc != TitleClass::None && tc != TitleClass::Honorific) {
      if (!seen_role) {
        role = tc;
        role_word = lower(x);
      }
      seen_role = true;
      lower_role_seen = lower_role_seen || !t.capitalised;
      continue;
    }
    if (!seen_role) return -1;
    if (x == "the" || x == "The" || in_lower(gaz_.words().role_stops, x)) return -1;
    // A role written inside the name's chunk ("Home Secretary Charles Clarke") takes only capitalised
    // modifiers: a lower-case word before them belongs to the sentence ("... attacked Home Secretary").
    if (!lower_role_seen && !t.capitalised) return -1;
  }
  return -1;
}

// [SECTION] After the name: "Jack Law, chief executive of Alcohol Focus Scotland"
// "Murphy and other Democrats", "President Obama, Hillary Clinton, and other Democrats" (polnear
// politico_2016-08-23, breitbart_2015-11-18): a list of names that "and other" + a party closes; each name is the
// party's member. Returns the party's candidate, or -1.
int RolePatterns::party_closing_list(size_t k) const {
  size_t j = c_[k].end_token;
  for (int names = 0; names < 5 && j + 2 < doc_.tokens.size(); ++names) {
    if (w(j) == ",") ++j;
    if ((w(j) == "and" || w(j) == "or") && w(j + 1) == "other") {
      const int party = start_at_[j + 2];
      return party >= 0 && c_[party].kind == CandidateKind::Party && actor_of_[party] >= 0 ? party : -1;
    }
    const int next = start_at_[j];
    if (w(j - 1) != "," || next < 0 || c_[next].kind != CandidateKind::Name || actor_of_[next] < 0 ||
        !is_person(actor_of_[next]))
      return -1;
    j = c_[next].end_token;
  }
  return -1;
}

// "Jack Law, chief executive of Alcohol Focus Scotland": a role then "of" (at, for, from, with, to) a body after a
// comma.
int RolePatterns::role_after(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  size_t j = c.end_token;
  // "Chancellor Angela Merkel of Germany".
  if (c.role != TitleClass::None && j + 1 < doc_.tokens.size() && w(j) == "of") {
    size_t b = j + 1;
    if (w(b) == "the" && b + 1 < doc_.tokens.size()) ++b;
    const int body = start_at_[b];
    if (body >= 0 && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
      role = c.role;
      role_word = c.role_word;
      return body;
    }
  }
  if (j >= doc_.tokens.size() || w(j) != ",") return -1;
  bool seen_role = false;
  for (size_t steps = 0, i = j + 1; i < doc_.tokens.size() && steps < 7; ++i, ++steps) {
    const Token& t = doc_.tokens[i];
    if (t.kind != TokenKind::Word) return -1;
    const std::string_view x = w(i);
    const TitleClass tc = gaz_.title(x);
    if (tc != TitleClass::None && tc != TitleClass::Honorific) {
      // Fills a role or makes a plain one precise, never overrides a minister's, media or head role read before
      // the name ("The finance minister, Lou Jiwei, suggested that foreign officials ...").
      if (role == TitleClass::None || role == TitleClass::Role) {
        role = tc;
        role_word = lower(x);
      }
      seen_role = true;
      continue;
    }
    // "Tom Bell, a telecoms analyst with Barclays" (bbc-business-234), "X, a top adviser to Y"
    // (polnear-train-usa-today_2016-04-28).
    if (seen_role && (x == "of" || x == "at" || x == "for" || x == "from" || x == "with" || x == "to"))
      return body_after_preposition(i);
    if (start_at_[i] >= 0) return seen_role ? -1 : body_before_role(i, steps, role, role_word);
  }
  return -1;
}

// "its founder Ann Hay", "its chief finance officer, Ann Hay", "Ann Hay, its highly successful boss,": role words
// (after lower-case modifiers) owned by "its" right before or after the name. The owner is the nearest body named
// before "its" in the sentence, never one that "its" itself owns ("its Zenda unit"), and no state or government
// body: their roles are the country rules' ("Ruritania is led by its president NAME").
int RolePatterns::its_role(size_t k, TitleClass& role, std::string& role_word) const {
  const Candidate& c = c_[k];
  const uint32_t sentence_start = doc_.sentences[c.sentence].first_token;
  size_t its = 0;
  TitleClass found = TitleClass::None;
  std::string found_word;
  const auto role_word_at = [&](size_t i) {
    const TitleClass tc = gaz_.title(w(i));
    if (tc == TitleClass::None || tc == TitleClass::Honorific) return false;
    if (found == TitleClass::None || found == TitleClass::Role) {
      found = tc;
      found_word = lower(w(i));
    }
    return true;
  };
  const auto plain = [&](size_t i) { return start_at_[i] < 0 && plain_lower_word(i); };
  size_t j = c.first_token;
  if (j > sentence_start && w(j - 1) == ",") --j;
  if (j > sentence_start + 1 && role_word_at(j - 1)) {  // "its founder NAME": the role word right before
    size_t q = j - 1;
    while (q > sentence_start && q + 5 > j && w(q - 1) != "its" && plain(q - 1)) --q;
    if (q > sentence_start && w(q - 1) == "its") its = q - 1;
  }
  const size_t e = c.end_token;
  if (its == 0 && e + 2 < doc_.tokens.size() && w(e) == "," && w(e + 1) == "its") {  // "NAME, its ... boss,"
    bool seen = false;
    size_t i = e + 2;
    for (; i < doc_.tokens.size() && i < e + 7 && plain(i); ++i) seen = role_word_at(i) || seen;
    if (seen && (i >= doc_.tokens.size() || doc_.tokens[i].kind != TokenKind::Word)) its = e + 1;
  }
  if (its == 0 || found == TitleClass::None) return -1;
  int owner = -1;
  for (size_t b = 0; b < c_.size(); ++b) {
    if (c_[b].sentence != c.sentence || c_[b].end_token > its || b == k) continue;
    const int a = actor_of_[b];
    if (a < 0) continue;
    const ActorKind kind = doc_.actors[a].kind;
    if (kind == ActorKind::Person || kind == ActorKind::Group || kind == ActorKind::Place) continue;
    const size_t first = c_[b].first_token;
    if (first > sentence_start && (w(first - 1) == "its" || w(first - 1) == "Its")) continue;  // "its Yugansk unit"
    if (owner < 0 || c_[b].first_token > c_[owner].first_token) owner = static_cast<int>(b);
  }
  if (owner < 0) return -1;
  const ActorKind kind = doc_.actors[actor_of_[owner]].kind;
  if (kind == ActorKind::State || kind == ActorKind::Government) return -1;  // the country rules decide
  role = found;
  role_word = found_word;
  return owner;
}

// "Sam Hart of the Refugee Council", "Kim Ross, from the pressure group Shelter," (bbc-politics-106, -067): the body
// named right after the name with "of" or "from" (after a comma also "for": "Mark Oaten, for the Liberal Democrats",
// bbc-politics-072). Never a state or a place ("Ian Cole, 26, from Wales": where he is from) nor a peer's title
// ("Lord Hill of Bexley"). Returns the body's candidate, or -1.
int RolePatterns::body_named_after(size_t k) const {
  const Candidate& c = c_[k];
  if (gaz_.words().styled_honorifics.contains(w(c.first_token))) return -1;
  size_t j = c.end_token;
  const bool comma = j < doc_.tokens.size() && w(j) == ",";
  if (comma) ++j;
  if (j + 1 >= doc_.tokens.size()) return -1;
  const std::string_view p = w(j);
  if (!(p == "of" || p == "from" || (comma && p == "for"))) return -1;
  // Not "accused Tony Blair of performing U-turns" (bbc-politics-034): "of" takes the body's name at once.
  const int body = body_after_preposition(j, p != "of");
  if (body < 0 || actor_of_[body] < 0) return -1;
  const ActorKind kind = doc_.actors[actor_of_[body]].kind;
  if (kind == ActorKind::State || kind == ActorKind::Place || kind == ActorKind::Person) return -1;
  return body;
}

// "chief executive of Alcohol Focus Scotland", "the chairman of Spain's most powerful bank, Santander Central
// Hispano": the body after the preposition at token i (through an apposition or a possessive description), or -1.
int RolePatterns::body_after_preposition(size_t i, bool descriptors) const {
  size_t b = i + 1;
  if (b < doc_.tokens.size() && (w(b) == "the" || w(b) == "The")) {
    if (start_at_[b] >= 0 && actor_of_[start_at_[b]] >= 0) return start_at_[b];
    ++b;
  }
  // "analyst at brokers Numis", "a spokesman for the campaign group Liberty" (bbc-business-309, bbc-politics-160):
  // lower-case words that say what kind of body it is, then its name.
  const size_t described = b;
  for (int n = 0; descriptors && n < 4 && b < doc_.tokens.size() && start_at_[b] < 0 && plain_lower_word(b); ++n) ++b;
  if (b >= doc_.tokens.size() || start_at_[b] < 0) return -1;
  int body = start_at_[b];
  if (b != described && (actor_of_[body] < 0 || is_person(actor_of_[body]))) return -1;
  if (c_[body].appositive && c_[body].end_token + 1 < start_at_.size()) body = start_at_[c_[body].end_token + 1];
  if (body < 0 || actor_of_[body] < 0) return -1;
  const size_t after = c_[body].end_token;
  if (after < doc_.tokens.size() && is_possessive_clitic(w(after))) {
    // "the chairman of Spain's most powerful bank, Santander Central Hispano": the body is named after.
    for (size_t q = after + 1, n = 0; q < doc_.tokens.size() && n < 6; ++q, ++n) {
      if (start_at_[q] >= 0 && actor_of_[start_at_[q]] >= 0) return start_at_[q];
      if (doc_.tokens[q].kind != TokenKind::Word && w(q) != ",") break;
    }
    return -1;
  }
  return body;
}

// A body named at token i after the comma, before a role: "Mr Law, the Labour MP", "Kari Holm, Norway's fisheries
// minister," (`steps`: the body is the first word after the comma). Sets the role; returns the body, or -1.
int RolePatterns::body_before_role(size_t i, size_t steps, TitleClass& role, std::string& role_word) const {
  const int body = start_at_[i];
  const size_t after = c_[body].end_token;
  // "Amy Cole, a Siemens security manager," (bbc-tech-007): right after the comma (and an article), up to two
  // lower-case words between the body and the role, and the apposition closes after the role.
  size_t at = after;
  const bool opens_apposition =
      steps == 0 || (steps == 1 && (w(i - 1) == "a" || w(i - 1) == "an" || w(i - 1) == "the"));
  for (int n = 0; opens_apposition && n < 2 && at + 1 < doc_.tokens.size() && plain_lower_word(at) &&
                  gaz_.title(w(at)) == TitleClass::None;
       ++n)
    ++at;
  const auto closes = [&](std::string_view x) {  // "..., said", "... director for the West Bank"
    return x == "," || x == "." || x == ")" || x == ";" || x == "for" || x == "of" || x == "at" || x == "and";
  };
  const bool closed = at == after || (at + 1 < doc_.tokens.size() && closes(w(at + 1)));
  // "Clinton, a Democrat, did not ...", "George Allen, a Republican and former governor,": a party's word standing
  // alone for one of its members closes the apposition itself.
  if (steps == 1 && at == after && w(i - 1) != "the" && after < doc_.tokens.size() &&
      (w(after) == "," || w(after) == "." || w(after) == "and" || w(after) == "who") && actor_of_[body] >= 0 &&
      doc_.actors[actor_of_[body]].kind == ActorKind::Party) {
    role = TitleClass::Role;
    role_word = "member";
    return body;
  }
  if (closed && at < doc_.tokens.size() && gaz_.title(w(at)) != TitleClass::None &&
      gaz_.title(w(at)) != TitleClass::Honorific && actor_of_[body] >= 0 && !is_person(actor_of_[body])) {
    role = gaz_.title(w(at));
    role_word = lower(w(at));
    return body;
  }
  // "Kari Holm, Norway's fisheries minister,": a possessive body, lower-case modifiers, then the role; or a person's
  // own staff ("Corey Lewandowski, Donald Trump's fired campaign manager,", as role_in_apposition_before reads
  // "Clinton's spokesman, Brian Fallon,").
  if (!(opens_apposition && after < doc_.tokens.size() && is_possessive_clitic(w(after)) && actor_of_[body] >= 0))
    return -1;
  const bool person = is_person(actor_of_[body]);
  for (size_t q = after + 1, n = 0; q < doc_.tokens.size() && n < 4; ++q, ++n) {
    const Token& m = doc_.tokens[q];
    if (m.kind != TokenKind::Word || start_at_[q] >= 0) break;
    const TitleClass tc = gaz_.title(w(q));
    if (tc != TitleClass::None && tc != TitleClass::Honorific) {
      // "Lib Dem's elections chief Lord Rennard": a name after the role is whose role it is.
      size_t r = q + 1;
      while (r < doc_.tokens.size() && gaz_.title(w(r)) != TitleClass::None) ++r;
      if (r < doc_.tokens.size() && (start_at_[r] >= 0 || doc_.tokens[r].capitalised)) break;
      // A person's former aide speaks for themself ("Sir Bernard Ingham, Margaret Thatcher's former press
      // secretary,", bbc-politics-259).
      if (person && (!in_lower(gaz_.words().staff_roles, w(q)) || former_between(after + 1, q))) break;
      role = tc;
      role_word = lower(w(q));
      return body;
    }
    if (m.capitalised && !m.all_caps && tc == TitleClass::None && n > 0) break;
  }
  return -1;
}

// "former" or "ex" among the tokens [from, to) ("ex-" stays inside its hyphenated word: the tokenizer keeps those
// whole).
bool RolePatterns::former_between(size_t from, size_t to) const {
  for (size_t t = from; t < to; ++t)
    if (w(t) == "former" || w(t) == "ex") return true;
  return false;
}

// A lower-case word of the sentence that names nothing and is no clause word ("research firm", "security").
bool RolePatterns::plain_lower_word(size_t i) const {
  const Token& t = doc_.tokens[i];
  return t.kind == TokenKind::Word && !t.capitalised && !t.all_caps && start_at_[i] < 0 && lower_case(w(i)) &&
         !is_possessive_clitic(w(i)) && w(i).find('\'') == std::string_view::npos &&
         !in_lower(gaz_.words().role_stops, w(i)) && w(i) != "the" && w(i) != "a" && w(i) != "an";
}

bool RolePatterns::former_before(size_t body) const {
  const size_t first = c_[body].first_token;
  if (first == 0 || first <= doc_.sentences[c_[body].sentence].first_token) return false;
  const std::string_view x = w(first - 1);
  return x == "former" || x == "Former" || x == "ex" || x == "Ex";
}

bool RolePatterns::shadow_before(size_t k) const {
  const uint32_t start = doc_.sentences[c_[k].sentence].first_token;
  for (size_t j = c_[k].first_token, n = 0; j > start && n < 6; --j, ++n) {
    const std::string_view x = w(j - 1);
    if (in_lower_or_capitalised(gaz_.words().shadow_words, x)) return true;
  }
  return false;
}

int RolePatterns::party_tag_after(size_t k) const {
  const size_t after = c_[k].end_token + 1;
  if (after >= start_at_.size() || (w(after - 1) != "(" && w(after - 1) != ",")) return -1;
  const int tag = start_at_[after];
  return tag >= 0 && c_[tag].rule == "party tag" && actor_of_[tag] >= 0 ? tag : -1;
}

// [SECTION] Countries: "the country's foreign minister, NAME", national titles, government bodies in lower case
// "the country's foreign minister, NAME" / "the nation's president NAME": a role (after lower-case modifiers)
// owned by "the country" or "the nation" right before the name; sets the role.
bool RolePatterns::the_country_role_before(size_t k, TitleClass& role, std::string& role_word) const {
  const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
  size_t q = c_[k].name_first;
  if (q > sentence_start && w(q - 1) == ",") --q;
  TitleClass found = TitleClass::None;
  std::string word;
  for (int n = 0; q > sentence_start + 2 && n < 4; ++n, --q) {
    const std::string_view x = w(q - 1);
    const Token& t = doc_.tokens[q - 1];
    if (t.kind != TokenKind::Word || start_at_[q - 1] >= 0 || end_at_[q] >= 0) return false;
    if (is_possessive_clitic(x)) break;
    const TitleClass tc = gaz_.title(x);
    if (tc != TitleClass::None && tc != TitleClass::Honorific) {
      if (found == TitleClass::None) {
        found = tc;
        word = lower(x);
      }
      continue;
    }
    if (found == TitleClass::None || t.capitalised) return false;
  }
  if (found == TitleClass::None || q < sentence_start + 3 || !is_possessive_clitic(w(q - 1))) return false;
  const std::string owner = lower(w(q - 2));
  const std::string_view det = w(q - 3);
  if ((owner != "country" && owner != "nation") || (det != "the" && det != "The")) return false;
  role = found;
  role_word = word;
  return true;
}

// The country of a national title right before candidate k ("Home Secretary", "Chancellor of the
// Exchequer"): the longest run of up to five words ending at the name, or -1.
int RolePatterns::national_title_before(size_t k) const {
  const size_t first = c_[k].name_first;
  const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
  std::string phrase;
  int found = -1;
  for (size_t n = 1; n <= 5 && first >= sentence_start + n; ++n) {
    const Token& t = doc_.tokens[first - n];
    if (t.kind != TokenKind::Word) break;
    phrase = n == 1 ? lower(w(first - n)) : lower(w(first - n)) + " " + phrase;
    if (const int c = gaz_.title_country(phrase); c >= 0) found = c;
  }
  return found;
}

bool RolePatterns::government_words_before(size_t k, TitleClass& role, std::string& role_word) const {
  const uint32_t sentence_start = doc_.sentences[c_[k].sentence].first_token;
  bool any = false;  // most names have none: no title lookups then
  for (size_t j = c_[k].first_token, n = 0; j > sentence_start && n < 6 && !any; --j, ++n)
    any = in_lower_or_capitalised(gaz_.words().government_bodies, w(j - 1));
  if (!any) return false;
  TitleClass seen = role;
  std::string seen_word = role_word;
  for (size_t j = c_[k].first_token, n = 0; j > sentence_start && n < 6; --j, ++n) {
    const Token& t = doc_.tokens[j - 1];
    const std::string_view x = w(j - 1);
    if (t.kind != TokenKind::Word && x != "," && !is_possessive_clitic(x)) return false;
    if (start_at_[j - 1] >= 0 || end_at_[j] >= 0) return false;  // a named body or person before: other rules
    const TitleClass tc = gaz_.title(x);
    if (seen == TitleClass::None && tc != TitleClass::None && tc != TitleClass::Honorific) {
      seen = tc;
      seen_word = lower(x);
      continue;
    }
    if (in_lower_or_capitalised(gaz_.words().government_bodies, x)) {
      if (seen == TitleClass::None || seen == TitleClass::Minister) return false;
      role = seen;
      role_word = seen_word;
      return true;
    }
  }
  return false;
}

}  // namespace riposte::resolution
