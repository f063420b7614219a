// [SECTION] Gazetteer phrases and a country's adjective before a body
// [SECTION] Descriptions ("the Asian country")
// [SECTION] Capitalised chunks: bodies, titles and names
// [SECTION] Sentence loop
#include "engine/actors/mention_finder.h"

#include <algorithm>
#include <array>

#include "engine/text/tokenizer.h"

namespace riposte {
namespace {

class Finder {
 public:
  Finder(const Gazetteer& gaz, const Document& doc, std::vector<Candidate>& out)
      : gaz_(gaz), words_(gaz.words()), text_(doc.text), toks_(doc.tokens), out_(out) {
    titles_.assign(toks_.size(), kUnknownClass);
    heads_.assign(toks_.size(), kUnknownClass);
    not_names_.assign(toks_.size(), kUnknownClass);
    mark_title_case(doc.sentences);
  }

  void sentence(const Sentence& s, uint32_t index) {
    sentence_ = index;
    const size_t b = s.first_token, e = std::min<size_t>(b + s.token_count, toks_.size());
    cache_from_ = b;
    sentence_end_ = e;
    cache_.assign(e - b, Cached{});
    if (gaz_.boilerplate(slice(text_, s.span))) return;
    in_title_case_ = title_case_sentences_[index];
    in_title_ish_ = title_ish_sentences_[index];
    first_word_ = b;
    while (first_word_ < e && toks_[first_word_].kind != TokenKind::Word) ++first_word_;
    size_t i = b;
    // A dateline ("MOSCOW (Reuters) -", "WASHINGTON, May 3 -") names where the story was filed.
    if (toks_[b].paragraph_start && toks_[b].all_caps) {
      size_t j = b;
      while (j < e && toks_[j].all_caps) ++j;
      if (j < e && (w(j) == "(" || w(j) == "," || toks_[j].kind == TokenKind::Punct)) i = j;
    }
    while (i < e) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::Word) {
        ++i;
        continue;
      }
      const std::string_view word = w(i);
      if (word == "the" || word == "The") {
        if (const size_t d = region_description(i, e)) {
          i = d;
          continue;
        }
        if (const size_t d = office_description(i, e)) {
          i = d;
          continue;
        }
        if (const size_t d = government_description(i, e)) {
          i = d;
          continue;
        }
        if (const size_t d = place_role_description(i, e)) {
          i = d;
          continue;
        }
      }
      if (const size_t d = collective(i, e)) {
        i = d;
        continue;
      }
      if (const size_t d = ministers_description(i, e)) {
        i = d;
        continue;
      }
      if (const size_t d = party_tag(i, e)) {
        i = d;
        continue;
      }
      if (in_title_case_ && title_case_word(i)) {
        ++i;
        continue;
      }
      if (!cap(i)) {
        // Most lower-case words start no phrase: gaz_at's quick rejection, asked here without the call.
        if (gaz_.may_start_phrase(word))
          if (const Gazetteer::Match m = gaz_at(i, e); m.tokens) {
            i = gazetteer_phrase(i, i + m.tokens, m, e);
            continue;
          }
        ++i;
        continue;
      }
      i = chunk(i, chunk_end(i, e), e);
    }
  }

 private:
  std::string_view w(size_t i) const { return slice(text_, toks_[i].span); }

  // What the gazetteer's word classes say of token i: the chunk rules ask it of the same capitalised words again and
  // again (chunk_end, name_start, title_word, name_run_end, run_is_a_name), so each token is looked up once.
  TitleClass title_at(size_t i) const {
    return cached_class<TitleClass>(titles_, i, [&] { return gaz_.title(w(i)); });
  }
  HeadKind head_at(size_t i) const {
    return cached_class<HeadKind>(heads_, i, [&] { return gaz_.head(w(i)); });
  }
  NotName not_name_at(size_t i) const {
    return cached_class<NotName>(not_names_, i, [&] { return gaz_.not_name(w(i)); });
  }
  static constexpr uint8_t kUnknownClass = 0xFF;  // not looked up yet
  template <class Class, class Lookup>
  static Class cached_class(std::vector<uint8_t>& cache, size_t i, Lookup lookup) {
    uint8_t& slot = cache[i];
    if (slot == kUnknownClass) slot = static_cast<uint8_t>(lookup());
    return static_cast<Class>(slot);
  }

  // Sentences in title case ("Trump Denies Report of Rift With Party"): at least three capitalised words, and no
  // word in lower case but short function words. Their capitals say nothing of names.
  void mark_title_case(const std::vector<Sentence>& sentences) {
    title_case_sentences_.assign(sentences.size(), 0);
    title_ish_sentences_.assign(sentences.size(), 0);
    title_case_tokens_.assign(toks_.size(), 0);
    for (size_t s = 0; s < sentences.size(); ++s) {
      const size_t b = sentences[s].first_token, e = std::min<size_t>(b + sentences[s].token_count, toks_.size());
      // Title case leaves only short function words in lower case ("to", "at", "of the"); running text has others.
      int capitalised = 0, commas = 0;
      for (size_t i = b; i < e; ++i) {
        const Token& t = toks_[i];
        commas += w(i) == ",";
        capitalised += t.kind == TokenKind::Word && t.capitalised && !t.all_caps && !is_possessive_clitic(w(i));
      }
      // A list of names ("Cech, Ferreira, Gallas, Terry, Bridge") is no headline.
      if (capitalised < 3 || commas > 1) continue;
      const int lower = lower_words_past(b, e, capitalised);
      if (lower * 3 <= capitalised) title_ish_sentences_[s] = 1;
      if (lower > 0) continue;
      title_case_sentences_[s] = 1;
      std::fill(title_case_tokens_.begin() + static_cast<std::ptrdiff_t>(b),
                title_case_tokens_.begin() + static_cast<std::ptrdiff_t>(e), 1);
    }
  }

  // The words of [b, e) in lower case that are no short function word, counted until they pass a third of
  // `capitalised`: past that the sentence is neither in title case nor nearly so, and most sentences get there
  // within a few words, so few words are looked up.
  int lower_words_past(size_t b, size_t e, int capitalised) const {
    int lower = 0;
    for (size_t i = b; i < e && lower * 3 <= capitalised; ++i) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::Word || t.all_caps || t.capitalised || is_possessive_clitic(w(i))) continue;
      lower += !words_.work_title_words.contains(w(i)) && w(i) != "and" && w(i) != "or" && w(i) != "by";
    }
    return lower;
  }

  // Words that may stand between a country's adjective and the body it names ("Chinese Foreign spokesperson").
  bool body_modifier(std::string_view x) const {
    return in_lower_or_capitalised(words_.body_modifiers, x) || in_lower(words_.body_modifiers_lower, x);
  }

  // Gazetteer lookups are asked for again and again at the same token: cache the match that ends within the
  // sentence, and answer for a nearer end from it when it fits.
  Gazetteer::Match gaz_at(size_t i, size_t end) {
    if (i >= end || !gaz_.may_start_phrase(w(i))) return {};
    if (i >= cache_from_ && i < cache_from_ + cache_.size() && end <= sentence_end_) {
      Cached& slot = cache_[i - cache_from_];
      if (!slot.known) {
        slot.known = true;
        slot.match = gaz_.longest(text_, toks_, i, sentence_end_);
      }
      if (slot.match.tokens <= end - i) return slot.match;
    }
    return gaz_.longest(text_, toks_, i, end);
  }
  static bool abstract_noun(std::string_view x) {
    for (std::string_view suffix :
         {"ment", "tion", "sion", "ance", "ence", "ity", "ness", "ship", "ism", "ments", "tions"})
      if (x.size() > suffix.size() + 2 && x.ends_with(suffix)) return true;
    return false;
  }
  static bool compound_adjective(std::string_view x) {
    if (x.size() < 4 || x.find('-') == std::string_view::npos) return false;  // most words: one scan, no suffix tests
    return x.starts_with("Ex-") || x.starts_with("Anti-") || x.starts_with("Pro-") || x.starts_with("Non-") ||
           x.ends_with("-based") || x.ends_with("-born") || x.ends_with("-led") || x.ends_with("-owned") ||
           x.ends_with("-backed") || x.ends_with("-listed") || x.ends_with("-style");
  }
  // "So-called", "Go-ahead", "TV-enabled": a compound ending in a lower-case word is an adjective or a noun, unless its
  // first part is a name the article capitalises on its own ("Sanders-linked").
  bool lower_tail_compound(size_t i) {
    const std::string_view x = w(i);
    const size_t first = x.find('-'), last = x.rfind('-');
    if (first == std::string_view::npos || first == 0 || x.size() - last <= 3) return false;
    for (size_t k = last + 1; k < x.size(); ++k)
      if (x[k] < 'a' || x[k] > 'z') return false;
    return !capitalised_inside(x.substr(0, first));
  }
  bool abbreviated_title(size_t i) const { return in_lower_or_capitalised(words_.abbreviated_titles, w(i)); }
  bool initial(size_t i) const {  // a single capital letter
    const std::string_view x = w(i);
    return x.size() == 1 && x[0] >= 'A' && x[0] <= 'Z';
  }
  bool cap(size_t i) const {
    const Token& t = toks_[i];
    return t.kind == TokenKind::Word && (t.capitalised || t.all_caps);
  }
  Span span(size_t a, size_t b) const { return {toks_[a].span.begin, toks_[b - 1].span.end}; }
  std::string words(size_t a, size_t b) const { return std::string(slice(text_, span(a, b))); }

  Candidate& emit(CandidateKind kind, size_t a, size_t b, std::string_view rule) {
    Candidate c;
    c.kind = kind;
    c.first_token = c.name_first = static_cast<uint32_t>(a);
    c.end_token = static_cast<uint32_t>(b);
    c.span = span(a, b);
    c.sentence = sentence_;
    c.rule = rule;
    out_.push_back(std::move(c));
    return out_.back();
  }

  // [SECTION] Gazetteer phrases and a country's adjective before a body
  // The first entry of each type a gazetteer phrase has ("US": a country's name and its adjective).
  struct PhraseEntries {
    const GazetteerEntry *name = nullptr, *adjective = nullptr, *seat = nullptr, *org = nullptr, *party = nullptr,
                         *capital = nullptr, *place = nullptr;
  };
  static PhraseEntries entries_of(const Gazetteer::Match& m) {
    PhraseEntries p;
    for (const GazetteerEntry& x : m.entries) {
      const GazetteerEntry** slot = nullptr;
      switch (x.type) {
        case EntryType::CountryName:
          slot = &p.name;
          break;
        case EntryType::CountryAdjective:
          slot = &p.adjective;
          break;
        case EntryType::Seat:
          slot = &p.seat;
          break;
        case EntryType::Organisation:
          slot = &p.org;
          break;
        case EntryType::PartyName:
        case EntryType::PartyAdjective:
          slot = &p.party;
          break;
        case EntryType::Capital:
          slot = &p.capital;
          break;
        case EntryType::Place:
          slot = &p.place;
          break;
      }
      if (slot && !*slot) *slot = &x;
    }
    return p;
  }

  static bool names_a_country_only(const Gazetteer::Match& m) {
    const PhraseEntries p = entries_of(m);
    return (p.name || p.adjective) && !p.seat && !p.org && !p.party;
  }

  // Emits the phrase [a, b) and returns the index after what it consumed.
  size_t gazetteer_phrase(size_t a, size_t b, const Gazetteer::Match& m, size_t e) {
    const PhraseEntries p = entries_of(m);
    if (p.place && !p.name && !p.adjective && !p.seat && !p.org && !p.party) return b;  // "Latin America"
    if (p.seat) {
      emit(CandidateKind::Seat, a, b, "gazetteer:seat of government").target = p.seat->target;
      return b;
    }
    if (p.org) {
      emit(CandidateKind::KnownOrg, a, b, "gazetteer:organisation").target = p.org->target;
      return b;
    }
    if (p.party) {
      if (const size_t d = person_description(a, b, e, -1, p.party->target)) return d;
      if (p.party->type == EntryType::PartyAdjective)
        if (const size_t d = party_member(a, b, e, p.party->target)) return d;
      emit(CandidateKind::Party, a, b,
           p.party->type == EntryType::PartyName ? "gazetteer:party" : "gazetteer:party adjective")
          .target = p.party->target;
      return b;
    }
    if (p.capital && !p.name && !p.adjective) {
      if (a > 0 && toks_[a - 1].kind == TokenKind::Word && in_lower(words_.locatives, w(a - 1)))
        return b;  // "in Canberra": a place
      emit(CandidateKind::State, a, b, "gazetteer:capital as metonym").target = p.capital->target;
      return b;
    }
    const GazetteerEntry* country = p.adjective ? p.adjective : p.name;
    if (!country) return b;
    if (p.name)
      if (const size_t d = possessive_apposition(a, b, e, p.name->target)) return d;
    if (const size_t d = country_before_body(a, b, e, country->target, p.adjective != nullptr)) return d;
    // "Australian dollars", "the Indian Ocean": the adjective describes a thing (a capitalised one is no name either).
    if (p.adjective && !p.name && b < e && in_lower_or_capitalised(words_.adjective_things_after, w(b)))
      return toks_[b].capitalised ? b + 1 : b;
    emit(CandidateKind::State, a, b, p.adjective && !p.name ? "gazetteer:country adjective" : "gazetteer:country")
        .target = country->target;
    return b;
  }

  // "Spain's most powerful bank, Santander Central Hispano": a description in apposition to a name, after a
  // country's name [a, b). Returns the end, or 0.
  size_t possessive_apposition(size_t a, size_t b, size_t e, int country) {
    if (!(b + 2 < e && is_possessive_clitic(w(b)))) return 0;
    size_t j = b + 1;
    while (j < e && j < b + 6 && toks_[j].kind == TokenKind::Word && !toks_[j].capitalised &&
           gaz_.body_noun(w(j)) == BodyNoun::None)
      ++j;
    // "Norway's foreign minister, Kari Holm,": a role word makes it the person's office; the country stays a
    // mention of its own and gives the person a side (the resolver reads the role before the name).
    bool role = false;
    for (size_t q = b + 1; q < j && !role; ++q)
      role = title_at(q) != TitleClass::None && title_at(q) != TitleClass::Honorific;
    if (role || !(j > b + 1 && j + 1 < e && w(j) == "," && cap(j + 1) && not_name_at(j + 1) == NotName::No &&
                  title_at(j + 1) == TitleClass::None && closed_apposition(j + 1, e)))
      return 0;
    Candidate& c = emit(CandidateKind::Description, a, j, "description in apposition");
    c.state = country;
    c.appositive = true;
    return j;
  }

  // A country's adjective (or name) [a, b) before a body: "the Chinese government", "Chinese embassies", "the Chinese
  // military", or (an adjective) a person's role ("the Chinese spokesman"). Returns the end, or 0.
  size_t country_before_body(size_t a, size_t b, size_t e, int country, bool adjective) {
    size_t j = b;
    for (int skipped = 0; j < e && skipped < 2 && toks_[j].kind == TokenKind::Word &&
                          gaz_.body_noun(w(j)) == BodyNoun::None && body_modifier(w(j));
         ++skipped)
      ++j;
    if (j >= e || toks_[j].kind != TokenKind::Word) return 0;
    switch (gaz_.body_noun(w(j))) {
      case BodyNoun::State:
        emit(CandidateKind::State, a, j + 1, "country+government noun").target = country;
        return j + 1;
      case BodyNoun::Diplomatic:
        emit(CandidateKind::Missions, a, j + 1, "country+diplomatic noun").target = country;
        return j + 1;
      case BodyNoun::Body: {
        // "the US intelligence agreement": a noun after it makes it a modifier, and the words name the state.
        if (j + 1 < e && toks_[j + 1].kind == TokenKind::Word && !toks_[j + 1].capitalised && abstract_noun(w(j + 1)))
          break;
        Candidate& c = emit(CandidateKind::StateBody, a, j + 1, "country+body noun");
        c.target = country;
        c.name = words(a, j + 1);
        return j + 1;
      }
      case BodyNoun::None:
        break;
    }
    return adjective ? person_description(a, b, e, country, -1) : 0;
  }

  // A name right after a comma that a comma, a full stop or a bracket closes: "..., Santander Central Hispano, has".
  bool closed_apposition(size_t i, size_t e) const {
    size_t j = i;
    while (j < e && (cap(j) || (j > i && (w(j) == "of" || w(j) == "&")))) ++j;
    return j < e && (w(j) == "," || w(j) == "." || w(j) == ")");
  }

  // "(the) Chinese spokesman", "the Tory leader": an adjective, at most two modifiers, then a role word
  // that no name follows. Returns the end, or 0.
  size_t person_description(size_t a, size_t b, size_t e, int country, int party) {
    size_t j = b;
    for (int skipped = 0; j < e && skipped < 2 && toks_[j].kind == TokenKind::Word && body_modifier(w(j)); ++skipped)
      ++j;
    if (j >= e || toks_[j].kind != TokenKind::Word) return 0;
    const TitleClass tc = title_at(j);
    if (tc == TitleClass::None || tc == TitleClass::Honorific) return 0;
    if (j + 1 < e && cap(j + 1)) return 0;  // "Tory leader Michael Howard": a name follows
    if (party >= 0 && !(a > 0 && (w(a - 1) == "the" || w(a - 1) == "The"))) return 0;  // "Tory leaders" in general
    if (w(j).back() == 's' && w(j) != "boss") return 0;  // plural roles describe no single person
    const size_t start = (a > 0 && (w(a - 1) == "the" || w(a - 1) == "The")) ? a - 1 : a;
    Candidate& c = emit(CandidateKind::Description, start, j + 1,
                        party >= 0 ? "description:party role" : "description:country role");
    c.state = country;
    c.party = party;
    c.describes_person = true;
    c.role = tc;
    c.role_word = lower(w(j));
    return j + 1;
  }

  // "the Democrat said", "the Republican, who ...": a party's word standing for one of its people, not modifying a
  // noun. Returns the end, or 0.
  size_t party_member(size_t a, size_t b, size_t e, int party) {
    if (b != a + 1 || a == 0 || (w(a - 1) != "the" && w(a - 1) != "The")) return 0;
    // A verb in the past ("the Republican agreed") or one of the listed words follows a person, not a noun's modifier.
    const auto past = [&](std::string_view x) { return x.size() > 4 && x.ends_with("ed") && lower_case(x); };
    if (b < e && toks_[b].kind == TokenKind::Word && !is_possessive_clitic(w(b)) &&
        !in_lower(words_.after_party_member, w(b)) && !past(w(b)))
      return 0;
    Candidate& c = emit(CandidateKind::Description, a - 1, b, "description:party member");
    c.party = party;
    c.describes_person = true;
    c.role = TitleClass::Role;
    c.role_word = "member";
    return b;
  }

  // "(R-Ky.)", ", D-Mass.,", "(D)": the party letter US copy writes after a politician's name; the name's party.
  // An independent's "(I-Vt.)" names no party, and no actor either. Returns the end, or 0.
  size_t party_tag(size_t i, size_t e) {
    const std::string_view x = w(i);
    if (x.empty() || !(x[0] == 'R' || x[0] == 'D' || x[0] == 'I') || i < 2 || out_.empty()) return 0;
    const bool letter = x.size() == 1;
    if (!letter && !(x.size() >= 3 && x[1] == '-' && x[2] >= 'A' && x[2] <= 'Z' &&
                     std::all_of(x.begin() + 2, x.end(), [](char ch) {
                       return ch == '.' || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
                     })))
      return 0;
    const std::string_view before = w(i - 1);
    if (!(before == "(" || (before == "," && !letter)) || (letter && !(i + 1 < e && w(i + 1) == ")"))) return 0;
    // After a name; a lone letter only after a person's ("Patty Judge (D)", not "Exhibit (D)").
    const Candidate& name = out_.back();
    const bool person = name.person || name.end_token - name.name_first >= 2;
    if (name.end_token != i - 1 || name.kind != CandidateKind::Name || (letter && !person)) return letter ? i + 1 : 0;
    const int party = gaz_.party_by_tag(x[0]);
    if (party >= 0) emit(CandidateKind::Party, i, i + 1, "party tag").target = party;
    return i + 1;
  }

  // "of" + a gerund at token j: the complement of an accusation ("accused the government of misleading"), not
  // whose the office or body is ("the government of Iraq", "the president of the company").
  bool of_gerund(size_t j, size_t e) const {
    return j + 1 < e && w(j) == "of" && !toks_[j + 1].capitalised && w(j + 1).size() > 4 && w(j + 1).ends_with("ing");
  }

  // Token p follows "MP for", "MSP for", "candidate for": it names a constituency.
  bool constituency_after(size_t p) const {
    return w(p - 1) == "for" &&
           (in_capitals(words_.constituency_titles, w(p - 2)) || in_lower(words_.constituency_roles, w(p - 2)));
  }

  // [SECTION] Descriptions ("the Asian country")
  // "the prime minister", "the first minister", "the president", "the chancellor": a head of government named
  // by office alone, lower case, with no name after it and no "of" (not "the president of the company").
  size_t office_description(size_t i, size_t e) {
    size_t j = i + 1;
    if (j < e && in_lower(words_.office_qualifiers, w(j))) ++j;
    if (j >= e || toks_[j].capitalised) return 0;
    if (!in_lower(words_.offices, w(j))) return 0;
    if (w(j) == "minister" && j == i + 1) return 0;  // "the minister": any minister
    // "of" names whose office it is ("the president of the company"), unless a gerund follows ("accused the
    // chancellor of misleading ...").
    if (j + 1 < e && (cap(j + 1) || (w(j + 1) == "of" && !of_gerund(j + 1, e)))) return 0;
    Candidate& c = emit(CandidateKind::Description, i, j + 1, "description:office");
    c.describes_person = true;
    c.role = TitleClass::Minister;
    c.role_word = std::string(w(j));
    return j + 1;
  }

  // "the government" (lower case) names the executive of the country the story is about; "the government of
  // another country" names none.
  size_t government_description(size_t i, size_t e) {
    const size_t j = i + 1;
    if (j >= e || w(j) != "government") return 0;
    if (j + 1 < e && w(j + 1) == "of" && !of_gerund(j + 1, e)) return 0;
    Candidate& c = emit(CandidateKind::Description, i, j + 1, "description:the government");
    c.describes_government = true;
    return j + 1;
  }

  // "Critics", "prosecutors", "the prosecution", "a federal judge": a group or institution named by a common noun,
  // in lower case or opening the sentence, and not after a name or an adjective of one ("WorldCom shareholders",
  // "Labour MPs", "Chinese investors": the name says whose). Returns the end, or 0.
  size_t collective(size_t i, size_t e) {
    const Token& t = toks_[i];
    const std::string_view x = w(i);
    if (x.size() < 4 || x.size() > 14 || t.all_caps || (t.capitalised && i != first_word_)) return 0;
    if (!gaz_.collective_may_be(x)) return 0;  // most words: no lower-casing, no hashing
    char buf[16];
    for (size_t k = 0; k < x.size(); ++k) buf[k] = (x[k] >= 'A' && x[k] <= 'Z') ? static_cast<char>(x[k] + 32) : x[k];
    const Gazetteer::Collective* g = gaz_.collective(std::string_view(buf, x.size()));
    if (!g) return 0;
    const bool the = i > 0 && (w(i - 1) == "the" || w(i - 1) == "The");
    using Determiner = Gazetteer::Collective::Determiner;
    const size_t determiner = g->determiner == Determiner::Any   ? determiner_before(i)
                              : g->determiner == Determiner::The ? (the ? i - 1 : kNone)
                                                                 : i;
    if (determiner == kNone) return 0;
    if (i > 0 && toks_[i - 1].kind == TokenKind::Word && (toks_[i - 1].capitalised || toks_[i - 1].all_caps) && !the &&
        not_name_at(i - 1) != NotName::Function)
      return 0;
    if (i > 0 && is_possessive_clitic(w(i - 1))) return 0;
    if (i + 1 < e && (is_possessive_clitic(w(i + 1)) || w(i + 1) == "'" || w(i + 1) == "\xE2\x80\x99")) return 0;
    Candidate& c = emit(CandidateKind::Description, determiner, i + 1, "description:group");
    c.group = &g->group;
    c.name = g->group;
    return i + 1;
  }

  // The determiner of a singular institution noun ("the court", "a judge"), with at most two lower-case modifiers
  // between ("a federal judge", "the public prosecutor"; not over a function word: "appeared in court"), or kNone.
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t determiner_before(size_t i) const {
    for (size_t k = i, modifiers = 0; k > first_word_ && modifiers <= 2; ++modifiers) {
      const std::string_view x = w(--k);
      if (x == "the" || x == "The" || x == "a" || x == "A" || x == "an" || x == "An") return k;
      const Token& t = toks_[k];
      if (t.kind != TokenKind::Word || t.capitalised || t.all_caps || not_name_at(k) == NotName::Function) return kNone;
    }
    return kNone;
  }

  // "ministers" unqualified ("He accused ministers of ...", "senior ministers said"): the government's members,
  // as "the government" (the resolver keeps it only in a country's domestic politics). Not after a name, a
  // portfolio or another qualifier ("Labour ministers", "finance ministers", "former ministers").
  size_t ministers_description(size_t i, size_t e) {
    if (w(i) != "ministers" || (i + 1 < e && w(i + 1) == "of" && !of_gerund(i + 1, e))) return 0;
    if (i > 0 && toks_[i - 1].kind == TokenKind::Word && !in_lower_or_capitalised(words_.before_ministers, w(i - 1)) &&
        !in_lower(words_.before_ministers_lower, w(i - 1)))
      return 0;
    const size_t start = i > 0 && (w(i - 1) == "the" || w(i - 1) == "The") ? i - 1 : i;
    Candidate& c = emit(CandidateKind::Description, start, i + 1, "description:ministers");
    c.describes_government = true;
    return i + 1;
  }

  // "the Vermont senator", "the Badger State governor": a place that is no country or party, then a person's role word
  // that no name follows; a person named in the article (actors/descriptions.cpp). Returns the end, or 0.
  size_t place_role_description(size_t i, size_t e) {
    size_t j = i + 1;
    while (j < e && j < i + 3 && cap(j) && !toks_[j].all_caps && title_at(j) == TitleClass::None &&
           w(j).find('-') == std::string_view::npos)  // "the UK-based chairman": no place word
      ++j;
    if (j == i + 1 || j >= e || toks_[j].kind != TokenKind::Word || !lower_case(w(j))) return 0;
    const TitleClass tc = title_at(j);
    if (tc == TitleClass::None || tc == TitleClass::Honorific || w(j).back() == 's') return 0;
    // "the Vermont senator Bernie ...", "the ... president of ...": a name or "of" after the role.
    if (j + 1 < e && (cap(j + 1) || w(j + 1) == "of" || title_at(j + 1) != TitleClass::None)) return 0;
    for (size_t q = i + 1; q < j; ++q) {
      // Countries and parties have descriptions of their own ("the Chinese spokesman", "the Tory leader").
      if (const Gazetteer::Match m = gaz_at(q, j); m.tokens)
        for (const GazetteerEntry& en : m.entries)
          if (en.type != EntryType::Place) return 0;
      if (head_at(q) != HeadKind::None || not_name_at(q) != NotName::No) return 0;
    }
    Candidate& c = emit(CandidateKind::Description, i, j + 1, "description:place role");
    c.describes_person = true;
    c.role = tc;
    c.role_word = lower(w(j));
    return j + 1;
  }

  size_t region_description(size_t i, size_t e) {
    size_t j = i + 1;
    if (j >= e) return 0;
    if (!toks_[j].capitalised) return 0;  // region adjectives are capitalised: most "the" end here
    const std::vector<int>* members = nullptr;
    if (j + 1 < e && toks_[j + 1].capitalised) {
      const std::string two = words(j, j + 2);
      if ((members = gaz_.region(two))) j += 2;
    }
    if (!members) {
      if ((members = gaz_.region(w(j)))) ++j;
    }
    if (!members || j >= e) return 0;
    if (!in_lower(words_.region_nouns, w(j))) return 0;
    Candidate& c = emit(CandidateKind::Description, i, j + 1, "description:region");
    c.region = members;
    c.name = words(i + 1, j + 1);
    return j + 1;
  }

  // [SECTION] Capitalised chunks: bodies, titles and names
  size_t chunk_end(size_t i, size_t e) {
    size_t j = i + 1;
    bool head_seen = head_at(i) != HeadKind::None || title_at(i) != TitleClass::None;
    for (;;) {
      if (j < e && cap(j)) {
        if (in_title_case_ && title_case_word(j)) return j;
        head_seen = head_seen || head_at(j) != HeadKind::None || title_at(j) != TitleClass::None;
        ++j;
        continue;
      }
      // An initial: "B. Young", "George W. Bush".
      if (j + 1 < e && w(j) == "." && initial(j - 1) && cap(j + 1)) {
        j += 2;
        continue;
      }
      // "Mr. Trump", "Sen. Ted Cruz", "Lt. Gov. Patty Judge": an abbreviated title keeps its full stop.
      if (j + 1 < e && w(j) == "." && abbreviated_title(j - 1) && cap(j + 1)) {
        j += 2;
        continue;
      }
      // "Johnson & Johnson", "Marks & Spencer".
      if (j + 1 < e && w(j) == "&" && cap(j + 1)) {
        j += 2;
        continue;
      }
      if (j + 1 < e && toks_[j].kind == TokenKind::Word && !toks_[j].capitalised) {
        const std::string_view c = w(j);
        // "Bank of England", "Secretary of State for the Family": connectors join after a head or role word.
        const bool after_head = head_seen;
        // "Securities and Exchange Commission", but not "Norwegian Parliament and the Chilean ...".
        // "Chief Secretary to the Treasury Paul Boateng", "Ambassador to the UN": "to" joins right after a role.
        const bool joins =
            c == "of" || c == "for" || c == "on" || (c == "and" && j - 1 == i) ||
            (c == "to" && title_at(j - 1) != TitleClass::None && title_at(j - 1) != TitleClass::Honorific);
        if (after_head && joins) {
          size_t k = j + 1;
          if (k < e && w(k) == "the" && c != "and") ++k;
          if (k < e && cap(k)) {
            j = k + 1;
            continue;
          }
        }
        // "Information Commissioner's Office": a possessive inside a body's name.
        if (is_possessive_clitic(c) && cap(j + 1) && head_at(j + 1) != HeadKind::None && gaz_at(j - 1, j).tokens == 0 &&
            gaz_at(i, j).tokens != j - i) {
          j += 2;
          continue;
        }
      }
      return j;
    }
  }

  // A role word followed by a name inside the chunk ("Foreign Ministry Spokesman Zhao Lijian"); a role word
  // that is part of a body's name ("Information Commissioner's Office") does not count.
  bool title_inside(size_t a, size_t b) const {
    for (size_t k = a; k + 1 < b; ++k) {
      const TitleClass t = title_at(k);
      if (t != TitleClass::None && t != TitleClass::Honorific && head_at(k) == HeadKind::None && cap(k + 1) &&
          head_at(k + 1) == HeadKind::None)
        return true;
    }
    return false;
  }

  // What a body's name says of its side: a country or organisation it starts with ("Chilean Financial Market
  // Commission", "UN Economic Commission for ..."), a party anywhere in it ("Stevenage Labour Party").
  void states_inside(Candidate& c, size_t a, size_t b) {
    for (size_t k = a; k < b;) {
      const Gazetteer::Match m = gaz_at(k, b);
      if (!m.tokens) {
        ++k;
        continue;
      }
      for (const GazetteerEntry& x : m.entries) {
        if (k == a && (x.type == EntryType::CountryName || x.type == EntryType::CountryAdjective) && c.state < 0)
          c.state = x.target;
        if (k == a && x.type == EntryType::Organisation && c.parent_org < 0) c.parent_org = x.target;
        if ((x.type == EntryType::PartyName || x.type == EntryType::PartyAdjective) && c.party < 0) c.party = x.target;
      }
      k += m.tokens;
    }
  }

  // A capitalised chunk [s, ce) of the sentence ending at e: a body named by a head noun, or names, titles and
  // gazetteer phrases (names_in_chunk). Returns the index after what it consumed.
  size_t chunk(size_t s, size_t ce, size_t e) {
    if (shouted_headline(s, ce, e)) return ce;
    size_t k = name_start(s, ce, e);
    if (k >= ce) return ce;
    if (title_of_a_work(k, ce)) return ce;
    // "MP for Hornsey": a member's constituency is a place.
    if (k >= 2 && constituency_after(k)) return ce;
    // "Thursday's Sun": a calendar word before a possessive is no part of the body's name.
    if (ce - k >= 3 && not_name_at(k) != NotName::No && is_possessive_clitic(w(k + 1))) k += 2;
    if (body_by_head_noun(k, ce, e)) return ce;
    return names_in_chunk(k, ce, e);
  }

  // "Riders On The Storm", "Return Of The Mack", "Star of the Sea": a capitalised function word inside a run of
  // capitals, in running text (not a headline in title case), makes it the title of a work.
  bool title_of_a_work(size_t k, size_t ce) const {
    if (in_title_ish_) return false;
    const auto title_word = [&](size_t q) { return toks_[q].capitalised && !toks_[q].all_caps; };
    for (size_t q = k + 1; q + 1 < ce; ++q)
      if (title_word(q) && title_word(q - 1) && title_word(q + 1) && w(q).size() > 1 &&
          in_lower_or_capitalised(words_.work_title_words, w(q)))
        return true;
    return false;
  }

  // In a headline written in title case ("Senator Denies Report Of Rift"), an ordinary English word is no part of a
  // name unless the article also capitalises it in running text or the gazetteer knows it.
  bool title_case_word(size_t i) {
    const Token& t = toks_[i];
    if (!t.capitalised || t.all_caps || title_at(i) != TitleClass::None || gaz_at(i, sentence_end_).tokens)
      return false;
    return common_word(w(i), true, true) && !capitalised_inside(w(i));
  }

  // A shouted headline ("JAPAN GET LUCKY WIN"): words in capitals are no evidence of names.
  bool shouted_headline(size_t s, size_t ce, size_t e) {
    if (ce - s < 2) return false;
    bool shouted = true;
    for (size_t q = s; q < ce && shouted; ++q) shouted = toks_[q].all_caps || toks_[q].kind != TokenKind::Word;
    return shouted && gaz_at(s, e).tokens < ce - s;
  }

  // The first token of [s, ce) that may open a name.
  size_t name_start(size_t s, size_t ce, size_t e) {
    size_t k = s;
    // Function words, and compound adjectives ("Ireland-based Elan", "London-born"), open no name.
    while (k < ce && ((not_name_at(k) == NotName::Function && gaz_at(k, e).tokens == 0) || compound_adjective(w(k)) ||
                      lower_tail_compound(k) || contraction(w(k))))
      ++k;
    // "Past Congressional Budget Office": a sentence's first word that the article writes in lower case, and
    // never capitalised inside a sentence, is not part of the name.
    // "Model Sophie Anderton": a frequent English word before a name of two words or more is a description.
    if (k == first_word_ && ce - k >= 2 && gaz_at(k, e).tokens == 0 && title_at(k) == TitleClass::None &&
        !capitalised_inside(w(k)) &&
        (common_word(w(k), false) || (ce - k >= 3 && head_at(ce - 1) == HeadKind::None && common_word(w(k)))))
      ++k;
    return k;
  }

  // A body named by a head noun: "Chilean Financial Market Commission", "Ministry of Public Security", "British
  // Chambers of Commerce". Emits it (true), unless a role word inside names a person or the gazetteer knows it.
  bool body_by_head_noun(size_t k, size_t ce, size_t e) {
    const HeadKind last = ce - k >= 2 ? head_at(ce - 1) : HeadKind::None;
    // "Ministry of Public Security", "British Chambers of Commerce": a head noun before a connector.
    HeadKind front = HeadKind::None;
    for (size_t h = k; h + 2 < ce && front == HeadKind::None; ++h)
      if (!toks_[h + 1].capitalised && head_at(h) != HeadKind::None && (h > k || ce - k >= 3)) front = head_at(h);
    if ((last == HeadKind::None && front == HeadKind::None) || title_inside(k, ce)) return false;
    if (gaz_at(k, e).tokens >= ce - k) return false;
    emit_body(k, ce, last != HeadKind::None ? last : front);
    return true;
  }

  // The body named by the head noun `head` over [a, b), with the side its words say (states_inside).
  void emit_body(size_t a, size_t b, HeadKind head) {
    Candidate& c = emit(CandidateKind::Organisation, a, b, "head noun");
    c.head = head;
    c.name = words(a, b);
    states_inside(c, a, b);
  }

  // Where the scan of a chunk's names stands: the next token, the chunk's end (a gazetteer phrase may extend it),
  // and the honorific and role word seen before the next name.
  struct ChunkScan {
    size_t k, p, end, e;  // the chunk's first name token, the next token, the chunk's end, the sentence's end
    int hon = -1;         // token of an honorific right before the name ("Mr"), or -1
    TitleClass role = TitleClass::None;
    std::string role_word;
  };

  // Names, titles and gazetteer phrases inside a chunk, left to right. Returns the index after the chunk.
  size_t names_in_chunk(size_t k, size_t ce, size_t e) {
    ChunkScan s{k, k, ce, e, -1, TitleClass::None, {}};
    // "Australian Open", "British Book Awards": a country in the name of an event names no actor (a party still does:
    // "Republican National Convention").
    const bool event = ce - k >= 2 && toks_[ce - 1].capitalised && words_.event_nouns.contains(w(ce - 1));
    while (s.p < s.end) {
      if (s.hon < 0) {
        if (const Gazetteer::Match m = gaz_at(s.p, e); m.tokens) {
          if (event && s.p + m.tokens < ce && names_a_country_only(m)) {
            s.p += m.tokens;
            continue;
          }
          if (const size_t r = body_before_role(s, m); r) {
            s.p = r;
            s.role = TitleClass::None;
            continue;
          }
          const size_t q = gazetteer_phrase(s.p, s.p + m.tokens, m, e);
          s.end = std::max(s.end, q);
          s.p = q;
          s.role = TitleClass::None;
          continue;
        }
      }
      if (title_word(s)) continue;
      if (!cap(s.p)) {
        ++s.p;
        continue;
      }
      if (words_of_a_role(s)) continue;
      const size_t r = name_run_end(s);
      if (!run_is_a_name(s, r)) continue;
      emit_name(s, r);
    }
    return s.end;
  }

  // "Democratic National Committee Chair Debbie Wasserman Schultz", "Chinese Foreign Ministry Spokesman Zhao": a
  // party's or country's adjective opening a body named by a head noun, before a capitalised role word. The chunk
  // runs on to the person's name, so body_by_head_noun did not see the body; without this the adjective and the body
  // were two mentions ("Democratic", "National Committee") and the body had no side. Emits the body as "the
  // Democratic National Committee" is emitted when no role follows; returns its end, or 0.
  size_t body_before_role(const ChunkScan& s, const Gazetteer::Match& m) {
    bool adjective = false;
    for (const GazetteerEntry& x : m.entries)
      adjective |= x.type == EntryType::PartyAdjective || x.type == EntryType::CountryAdjective;
    if (!adjective) return 0;
    const size_t from = s.p + m.tokens;
    size_t r = from;
    while (r < s.end && cap(r) && title_at(r) == TitleClass::None && gaz_at(r, s.e).tokens == 0) ++r;
    if (r == from || r >= s.end || head_at(r - 1) == HeadKind::None) return 0;
    const TitleClass role = title_at(r);
    if (role == TitleClass::None || role == TitleClass::Honorific) return 0;
    emit_body(s.p, r, head_at(r - 1));
    return r;
  }

  // An honorific before a capitalised word, or a role word: remembered for the name after it (true).
  bool title_word(ChunkScan& s) {
    const TitleClass tc = title_at(s.p);
    if (tc == TitleClass::None) return false;
    // "Mr. Trump": the abbreviation's full stop goes with it.
    const size_t after = s.p + 2 < s.end && w(s.p + 1) == "." && abbreviated_title(s.p) ? s.p + 2 : s.p + 1;
    if (tc == TitleClass::Honorific && after < s.end && cap(after)) {
      s.hon = static_cast<int>(s.p);
      s.p = after;
      return true;
    }
    if (tc != TitleClass::Honorific) {
      s.role = tc;
      s.role_word = lower(w(s.p));
      s.p = after;
      return true;
    }
    return false;
  }

  // Capitalised words at s.p that belong to a role or a place, not to a name: skips them (true).
  bool words_of_a_role(ChunkScan& s) {
    size_t& p = s.p;
    // "Secretary of State for the Family": after a role word, what the connectors join is part of the role.
    if (p >= 2 && constituency_after(p)) {  // "Labour MP for Hornsey"
      while (p < s.end && cap(p)) ++p;
      return true;
    }
    // Only ordinary words belong to the role ("State", "Foreign Affairs", "Work and Pensions"): a name after
    // it is the holder ("Secretary of State John Kerry").
    if (s.hon < 0 && s.role != TitleClass::None && p > s.k && !toks_[p - 1].capitalised &&
        toks_[p - 1].kind == TokenKind::Word) {
      const size_t from = p;
      while (p < s.end && cap(p) && title_at(p) == TitleClass::None && gaz_at(p, s.e).tokens == 0 &&
             (ordinary_word(w(p)) || head_at(p) != HeadKind::None))
        ++p;
      if (p > from) return true;
    }
    if (s.hon < 0 && not_name_at(p) != NotName::No) {
      // "Foreign Policy", "Prime Minister": what follows a title-like word in the chunk is no name either.
      ++p;
      while (p < s.end && cap(p) && title_at(p) == TitleClass::None && gaz_at(p, s.e).tokens == 0) ++p;
      return true;
    }
    return false;
  }

  // The end of the run of name words starting at s.p.
  size_t name_run_end(const ChunkScan& s) {
    const size_t p = s.p, end = s.end;
    size_t r = p;
    while (r < end && ((cap(r) && title_at(r) == TitleClass::None && gaz_at(r, s.e).tokens == 0 &&
                        not_name_at(r) != NotName::Function) ||
                       (r > p && (w(r) == "&" || (w(r) == "." && initial(r - 1))) && r + 1 < end && cap(r + 1))))
      ++r;
    if (r == p) ++r;  // an honorific's name that is also a gazetteer word ("Mr Brown"... "Lord Chancellor")
    // "Alcohol Focus Scotland": a country closing a longer name belongs to the name.
    if (r < end && r - p >= 2) {
      const Gazetteer::Match m2 = gaz_at(r, s.e);
      if (m2.tokens && r + m2.tokens == end && m2.entries[0].type == EntryType::CountryName) r = end;
    }
    return r;
  }

  // Whether the run [s.p, r) is a name to emit; when it is not, what it is has been emitted or skipped and s.p
  // moved past it.
  bool run_is_a_name(ChunkScan& s, size_t r) {
    const size_t p = s.p, end = s.end, e = s.e;
    // A run before a role word in the same chunk modifies the role ("Home" Secretary) or names the body
    // the person speaks for ("Foreign Ministry" Spokesman).
    if (r < end && s.hon < 0) {
      const TitleClass next = title_at(r);
      if (next != TitleClass::None && next != TitleClass::Honorific) {
        if (r - p >= 2 && head_at(r - 1) != HeadKind::None) {
          emit_body(p, r, head_at(r - 1));
        } else if (r - p == 1 && toks_[p].all_caps && w(p).size() >= 2) {
          // "FDIC Chairman X", "NHTCU Director X": an acronym modifies no role; it names the body.
          emit(CandidateKind::Name, p, r, "acronym before a role").name = words(p, r);
        }
        s.p = r;
        return false;
      }
    }
    // A head noun alone ("House", "Council") names no particular body.
    // A ministry alone ("the Treasury said") is the ministry of the country the article is about.
    if (s.hon < 0 && r - p == 1 && head_at(p) == HeadKind::Ministry && p > 0 &&
        (w(p - 1) == "the" || w(p - 1) == "The")) {
      Candidate& m = emit(CandidateKind::Organisation, p, r, "head noun alone");
      m.head = HeadKind::Ministry;
      m.name = words(p, r);
      s.p = r;
      return false;
    }
    if (s.hon < 0 && r - p == 1 && head_at(p) != HeadKind::None && !toks_[p].all_caps) {
      s.p = r;
      return false;
    }
    // "General Election", "Finance Bill": a run ending in a word that never names is no name.
    if (s.hon < 0 && r - p >= 2 && not_name_at(r - 1) == NotName::Tail) {
      s.p = r;
      return false;
    }
    if (s.hon < 0 && s.role == TitleClass::None && r == end && r + 2 < e && (w(r) == "and" || w(r) == "&") &&
        cap(r + 1)) {
      bool role_follows = false;
      for (size_t q = r + 1; q < e && q < r + 4 && cap(q) && !role_follows; ++q) {
        const TitleClass t = title_at(q);
        role_follows = t != TitleClass::None && t != TitleClass::Honorific;
      }
      if (role_follows) {
        s.p = r;
        return false;
      }
    }
    // "the Clinton campaign", "Trump's campaign", "Hillary Clinton's presidential campaign": the candidate's campaign.
    if (const size_t g = s.hon < 0 && r - p <= 3 ? campaign_after(r, e) : 0) {
      Candidate& c = emit(CandidateKind::Name, p, g, "name+campaign");
      c.name = words(p, r) + " campaign";
      s.p = g;
      s.end = std::max(s.end, s.p);
      s.role = TitleClass::None;
      return false;
    }
    // "the Soros group", "the Ambani family": a surname with a collective noun names a group, not the person.
    if (s.hon < 0 && r - p == 1 && r < e && in_lower(words_.name_collectives, w(r))) {
      Candidate& g = emit(CandidateKind::Name, p, r + 1, "name+collective noun");
      g.name = words(p, r + 1);
      s.p = r + 1;
      s.end = std::max(s.end, s.p);
      s.role = TitleClass::None;
      return false;
    }
    return true;
  }

  // "the game Manhunt", "the documentary \"Kinsey\"", "the Cabir virus": a noun for a kind of thing next to the name
  // [p, r).
  bool thing_noun_next_to(size_t p, size_t r) const {
    size_t q = p;
    if (q > 0 && toks_[q - 1].kind == TokenKind::Quote) --q;
    if (q >= 2 && in_lower(words_.thing_nouns_before, w(q - 1))) {
      const std::string_view det = w(q - 2);
      if (det == "the" || det == "The" || det == "a" || det == "an" || is_possessive_clitic(det) || det == "its" ||
          det == "new" || det == "hit")
        return true;
      // "Jude Law film Closer", "BBC programme Go Digital", "cholesterol drug Crestor": any word may stand before a
      // noun that is no verb ("Wales play France").
      if (in_lower(words_.work_nouns_after_names, w(q - 1))) return true;
    }
    if (acronym_of_lower_words(p, r)) return true;
    // "a remake of Tom Brown's Schooldays", "an edition of Midsomer Murders": the title of a version's work.
    if (p >= 2 && w(p - 1) == "of" && in_lower(words_.work_versions_before_of, w(p - 2))) return true;
    return r < toks_.size() && in_lower(words_.thing_nouns_after, w(r));
  }

  // "Tears of the Sun", "Vicar of Dibley", "Reflections on Adoption", "Prevention of Terrorism Bill": one ordinary
  // English word, capitalised, then "of", "on", "to" or "with" and a capital, opens the title of a work, a law or an
  // award; bodies so named have a head noun ("Bank of England") or a collective ("Gang of Eight").
  bool ordinary_word_before_title_connector(size_t p, size_t r) const {
    if (r != p + 1 || !toks_[p].capitalised || toks_[p].all_caps || r + 1 >= sentence_end_ || in_title_ish_)
      return false;
    if (!in_lower(words_.title_connectors, w(r))) return false;  // a headline's "Medal Of Honor Winner" may be a name
    size_t q = r + 1;
    if (q + 1 < sentence_end_ && (w(q) == "the" || w(q) == "The" || w(q) == "a")) ++q;
    if (!cap(q)) return false;
    const std::string l = lower(w(p));
    return ordinary_word(w(p)) && head_at(p) == HeadKind::None && !words_.name_collectives.contains(l) &&
           !(l.size() > 1 && l.back() == 's' && words_.name_collectives.contains(l.substr(0, l.size() - 1)));
  }

  // "its purchasing managers index (PMI)", "community support officers (CSOs)", "anti-social behaviour orders
  // (Asbos)": an acronym in brackets spelt by the lower-case words before it (each part of a hyphenated word counts;
  // a plural's "s" does not) stands for a thing, not a body (a body's name is capitalised).
  bool acronym_of_lower_words(size_t p, size_t r) const {
    if (r != p + 1 || p < 2 || w(p - 1) != "(" || r >= toks_.size() || w(r) != ")") return false;
    const std::string letters = acronym_letters(w(p));
    if (letters.size() < 2) return false;
    std::string initials;  // of the words before the bracket, read backwards
    for (size_t q = p - 1; q-- > 0 && initials.size() < letters.size();) {
      const Token& t = toks_[q];
      if (t.kind != TokenKind::Word || t.capitalised || t.all_caps) return false;
      const std::string_view x = w(q);
      for (size_t k = x.size(); k-- > 0;)
        if (k == 0 || x[k - 1] == '-') initials.insert(initials.begin(), x[k]);
    }
    return initials == letters;
  }
  // The lower-case letters of an acronym: "PMI" -> "pmi", "CSOs" and "Asbos" -> "cso" and "asbo"; empty for a word
  // with no capital first or with characters other than ASCII letters.
  static std::string acronym_letters(std::string_view a) {
    if (a.size() > 1 && a.back() == 's' && a[a.size() - 2] != 's') a.remove_suffix(1);
    if (a.empty() || a[0] < 'A' || a[0] > 'Z') return {};
    std::string out;
    for (char ch : a) {
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
      if (ch < 'a' || ch > 'z') return {};
      out += ch;
    }
    return out;
  }

  // "The Life Aquatic, a quirky comedy starring ...", "Alexander, starring Colin Farrell", "Supervolcano, a
  // docu-drama about ...": what the comma after the name ending at r says makes it a work.
  bool work_described_after(size_t r) const {
    const size_t e = sentence_end_;
    if (r + 2 >= e || w(r) != ",") return false;
    const size_t q = r + 1;
    if (in_lower(words_.work_star_credits, w(q)))
      return w(q + 1) != "in" && w(q + 1) != "as";  // "X, starring in": the star
    if (in_lower(words_.work_maker_credits, w(q))) return w(q + 1) == "by";
    if (w(q) != "a" && w(q) != "an") return false;
    for (size_t n = q + 1; n < e && n <= q + 4 && toks_[n].kind == TokenKind::Word && !toks_[n].capitalised; ++n)
      if (in_lower(words_.work_nouns_after_names, w(n)))  // "a film director" is a person
        return n + 1 >= e || toks_[n + 1].kind != TokenKind::Word || in_lower(words_.after_work_nouns, w(n + 1));
    return false;
  }

  // The end of "campaign" after a name ending at r ("'s presidential campaign"), or 0.
  size_t campaign_after(size_t r, size_t e) const {
    size_t j = r;
    if (j < e && is_possessive_clitic(w(j))) ++j;
    if (j < e && in_lower(words_.campaign_modifiers, w(j))) ++j;
    return j < e && w(j) == "campaign" ? j + 1 : 0;
  }

  // Emits the name [s.p, r) with its honorific and role, and what is known of it; moves s.p past it.
  void emit_name(ChunkScan& s, size_t r) {
    const size_t p = s.p;
    const int hon = s.hon;
    const TitleClass role = s.role;
    Candidate& c = emit(CandidateKind::Name, hon >= 0 ? static_cast<size_t>(hon) : p, r,
                        hon >= 0                   ? "honorific+name"
                        : role != TitleClass::None ? "title+name"
                                                   : "capitalised name");
    // Peerages and knighthoods are part of how a person is named ("Lord Haskins"); Mr and Dr are not.
    const bool styled = hon >= 0 && words_.styled_honorifics.contains(w(hon));
    c.name = words(styled ? static_cast<size_t>(hon) : p, r);
    c.honorific = hon >= 0;
    c.name_first = static_cast<uint32_t>(p);
    c.person = hon >= 0 || role != TitleClass::None;
    c.role = role;
    c.role_word = s.role_word;
    // The first word of a sentence, or of a quotation or clause opened inside one ("says: \"Using ...").
    c.sentence_initial =
        hon < 0 && (p == first_word_ || (p > 0 && (toks_[p - 1].kind == TokenKind::Quote || w(p - 1) == ":")));
    // A score or a table row ("Rangers 3 Celtic 1") keeps a club's name however ordinary the word.
    const bool score_follows = r < sentence_end_ && toks_[r].kind == TokenKind::Number && w(r).size() <= 2 &&
                               (r + 1 >= sentence_end_ || cap(r + 1));
    c.common_word = r - p == 1 && ((c.sentence_initial && !score_follows && opening_word(w(p))) || contraction(w(p)));
    // "Operation Firewall": a police or military operation is named like a body and is none.
    c.thing = hon < 0 && role == TitleClass::None &&
              (thing_noun_next_to(p, r) || work_described_after(r) ||
               (r - p >= 2 && toks_[p].capitalised && words_.thing_name_openers.contains(w(p))) ||
               ordinary_word_before_title_connector(p, r));
    c.product = hon < 0 && role == TitleClass::None && r < sentence_end_ && in_lower(words_.product_nouns_after, w(r));
    c.owner = r < sentence_end_ && is_possessive_clitic(w(r));
    // "shares in Reliance", "a stake in Abbey National": after these, "in" introduces a body, not a place.
    c.after_in = hon < 0 && role == TitleClass::None && p > 0 && w(p - 1) == "in" &&
                 (r >= toks_.size() || !is_possessive_clitic(w(r))) &&
                 !(p > 1 && words_.holdings_before_in.contains(w(p - 2)));
    s.hon = -1;
    s.role = TitleClass::None;
    s.p = r;
  }

  // Word sets of the article, built on first use: lower-case words, and capitalised words not starting a
  // sentence, kept as 32-bit hashes (a collision only costs one name).
  // FNV-1a; `h` continues an earlier hash, so hash("s", hash(w)) is the hash of w + "s".
  static uint32_t hash(std::string_view s, uint32_t h = 2166136261u) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 16777619u;
    }
    return h;
  }
  // An open-addressing set of hashes (0 marks an empty slot): no sorting, one allocation per article.
  struct HashSet {
    std::vector<uint32_t> slots;
    void init(size_t expected) {
      size_t n = 64;
      while (n < expected * 2) n <<= 1;
      slots.assign(n, 0);
    }
    void insert(uint32_t h) {
      h |= 1u;
      for (size_t i = h & (slots.size() - 1);; i = (i + 1) & (slots.size() - 1)) {
        if (slots[i] == h) return;
        if (slots[i] == 0) {
          slots[i] = h;
          return;
        }
      }
    }
    bool contains(uint32_t h) const {
      h |= 1u;
      for (size_t i = h & (slots.size() - 1);; i = (i + 1) & (slots.size() - 1)) {
        if (slots[i] == h) return true;
        if (slots[i] == 0) return false;
      }
    }
  };
  void build_word_sets() {
    if (sets_built_) return;
    sets_built_ = true;
    lower_words_.init(toks_.size());
    inner_capitals_.init(toks_.size() / 4 + 1);
    size_t capitals = 0;
    for (size_t i = 0; i < toks_.size(); ++i) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::Word || title_case_tokens_[i]) continue;
      if (!t.capitalised)
        lower_words_.insert(hash(w(i)));
      else if (i > 0 && toks_[i - 1].kind == TokenKind::Word && !t.paragraph_start) {
        if (++capitals * 2 >= inner_capitals_.slots.size()) {  // grow: rebuild with room (rare)
          HashSet bigger;
          bigger.init(capitals * 2);
          for (uint32_t h : inner_capitals_.slots)
            if (h) bigger.insert(h);
          inner_capitals_ = std::move(bigger);
        }
        inner_capitals_.insert(hash(w(i)));
        // Alone: after a lower-case word that joins no name ("of", "and") or after an honorific, and before no
        // capital ("said Mr Brown.", "shares in Shell rose"; not "Department of Agriculture", "Telephone Preference").
        const bool next_capital = i + 1 < toks_.size() && toks_[i + 1].kind == TokenKind::Word &&
                                  (toks_[i + 1].capitalised || toks_[i + 1].all_caps);
        const std::string_view before = w(i - 1);
        const bool after_lower = !toks_[i - 1].capitalised && !toks_[i - 1].all_caps && before != "of" &&
                                 before != "and" && before != "for" && before != "the";
        if (!next_capital && (after_lower || (toks_[i - 1].capitalised && title_at(i - 1) == TitleClass::Honorific))) {
          if (lone_capitals_.slots.empty()) lone_capitals_.init(toks_.size() / 8 + 1);
          if (++lone_count_ * 2 >= lone_capitals_.slots.size()) {
            HashSet bigger;
            bigger.init(lone_count_ * 2);
            for (uint32_t h : lone_capitals_.slots)
              if (h) bigger.insert(h);
            lone_capitals_ = std::move(bigger);
          }
          lone_capitals_.insert(hash(w(i)));
        }
      }
    }
  }
  static bool in(const HashSet& set, std::string_view word) { return set.contains(hash(word)); }
  // A capitalised word alone at the start of a sentence (or quotation) that is an ordinary word, not a name
  // ("Critics say ...", "Overall, ...", "Analysts expect ..."): a frequent English word, or a plural agent noun
  // ("Campaigners", "Commentators"), unless the article also capitalises it inside a sentence, as names are.
  bool opening_word(std::string_view word) {
    if (capitalised_alone(word)) return false;
    return common_word(word, true, true) || agent_plural(word);
  }
  // "Campaigners", "Economists", "Residents": -ers, -ors, -ists, -ians, -ants, -ents plurals of people.
  static bool agent_plural(std::string_view x) {
    if (x.size() < 7 || x.back() != 's') return false;
    for (std::string_view suffix : {"ers", "ors", "ists", "ians", "ants", "ents"})
      if (x.ends_with(suffix)) return true;
    return false;
  }
  // `dictionary`: also count the list of frequent English words, not only the article's own usage; `wide`:
  // the longer list (20,000 words) rather than the 5,000 most frequent.
  bool common_word(std::string_view word, bool dictionary = true, bool wide = false) {
    build_word_sets();
    // Lower-case into a stack buffer when the word is short ASCII (almost always): no allocation per call.
    char buf[48];
    std::string heap;
    std::string_view l;
    if (word.size() <= sizeof buf &&
        std::all_of(word.begin(), word.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      for (size_t k = 0; k < word.size(); ++k)
        buf[k] = (word[k] >= 'A' && word[k] <= 'Z') ? static_cast<char>(word[k] + 32) : word[k];
      l = std::string_view(buf, word.size());
    } else {
      heap = lower(word);
      l = heap;
    }
    const std::string_view v = l;
    const auto listed = [&](std::string_view x) { return wide ? gaz_.known_word(x) : gaz_.common_word(x); };
    if (dictionary && listed(v)) return true;
    const uint32_t h = hash(v);
    if (lower_words_.contains(h) || lower_words_.contains(hash("s", h)) || lower_words_.contains(hash("es", h)))
      return true;
    // A plural whose singular is common ("Critics", "Prosecutors").
    if (v.size() > 3 && v.back() == 's') {
      const std::string_view singular = v.substr(0, v.size() - 1);
      if ((dictionary && listed(singular)) || lower_words_.contains(hash(singular))) return true;
    }
    if (v.size() > 2 && v.back() == 'y' && lower_words_.contains(hash("ies", hash(v.substr(0, v.size() - 1)))))
      return true;
    // "Denies", "Carries": a verb or plural in -ies of a common word in -y.
    if (dictionary && v.size() > 4 && v.ends_with("ies") && listed(std::string(v.substr(0, v.size() - 3)) + "y"))
      return true;
    // Capitalised -ing and -ly words opening a sentence are verbs and adverbs ("Speaking to ...").
    return l.size() >= 5 && (l.ends_with("ing") || l.ends_with("ly"));
  }
  // A word of the wider frequency list, or the plural of one ("Pensions").
  bool ordinary_word(std::string_view word) const {
    const std::string l = lower(word);
    return gaz_.known_word(l) ||
           (l.size() > 3 && l.back() == 's' && gaz_.known_word(std::string_view(l).substr(0, l.size() - 1)));
  }
  // Contractions ("Don't", "I'm") are never names.
  static bool contraction(std::string_view word) {
    // Contractions ("Don't", "I'm"): an apostrophe followed by lower-case letters.
    if (word.find('\'') == std::string_view::npos && word.find('\xE2') == std::string_view::npos) return false;
    return (word.ends_with("n't") || word.ends_with("'m") || word.ends_with("'re") || word.ends_with("'ve") ||
            word.ends_with("'ll") || word.ends_with("'d") || word.ends_with("\xE2\x80\x99m") ||
            word.ends_with("n\xE2\x80\x99t") || word.ends_with("\xE2\x80\x99re") || word.ends_with("\xE2\x80\x99ll") ||
            word.ends_with("\xE2\x80\x99ve") ||
            word.ends_with("\xE2\x80\x99"
                           "d"));  // split: "\x99d" would be one escape
  }
  bool capitalised_inside(std::string_view word) {
    build_word_sets();
    return in(inner_capitals_, word);
  }
  bool capitalised_alone(std::string_view word) {
    build_word_sets();
    return !lone_capitals_.slots.empty() && in(lone_capitals_, word);
  }

  struct Cached {
    bool known = false;
    Gazetteer::Match match;
  };
  std::vector<Cached> cache_;
  // Per token: its TitleClass, HeadKind and NotName, or kUnknownClass (a cache, so the const rules may fill it).
  mutable std::vector<uint8_t> titles_, heads_, not_names_;
  size_t cache_from_ = 0, sentence_end_ = 0;

  const Gazetteer& gaz_;
  const ActorWords& words_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<char> title_case_tokens_;  // per token: in a sentence written in title case
  HashSet lower_words_;                  // hashes of lower-case words
  HashSet inner_capitals_;               // hashes of capitalised words inside sentences
  HashSet lone_capitals_;  // of those, words capitalised on their own (not inside a longer capitalised name)
  size_t lone_count_ = 0;
  bool sets_built_ = false;
  std::vector<Candidate>& out_;
  std::vector<char> title_case_sentences_;  // per sentence: in title case
  std::vector<char> title_ish_sentences_;   // per sentence: three capitalised words or more to one in lower case
  bool in_title_case_ = false, in_title_ish_ = false;
  uint32_t sentence_ = 0;
  size_t first_word_ = 0;
};

}  // namespace

// [SECTION] Sentence loop
std::vector<Candidate> find_candidates(const Gazetteer& gaz, const Document& doc) {
  std::vector<Candidate> out;
  Finder f(gaz, doc, out);
  for (size_t s = 0; s < doc.sentences.size(); ++s) f.sentence(doc.sentences[s], static_cast<uint32_t>(s));
  return out;
}

}  // namespace riposte
