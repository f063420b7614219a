// [SECTION] Token helpers
// [SECTION] Gazetteer phrases and a country's adjective before a body
// [SECTION] Descriptions ("the Asian country")
// [SECTION] Capitalised chunks: bodies, titles and names
// [SECTION] Sentence loop
#include "engine/mention_finder.h"

#include <array>

namespace riposte {
namespace {

// [SECTION] Token helpers
bool is_possessive(std::string_view w) { return w == "'s" || w == "\xE2\x80\x99s" || w == "'S"; }

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list)
    if (w == x) return true;
  return false;
}

// Words that may stand between a country's adjective and the body it names ("Chinese Foreign spokesperson").
bool body_modifier(std::string_view w) {
  return one_of(w, {"foreign", "Foreign", "defence", "Defence", "defense", "Defense", "interior", "Interior", "trade", "Trade",
                    "finance", "Finance", "justice", "Justice", "central", "federal", "national", "local", "top",
                    "senior", "former", "new", "security", "intelligence", "economic", "health", "environment",
                    "education", "commerce", "Commerce", "culture", "state-run"});
}

bool locative(std::string_view w) {
  return one_of(w, {"in", "at", "from", "to", "near", "outside", "into", "across", "around", "via", "visit", "visited",
                    "visiting", "inside", "throughout", "of"});
}

class Finder {
 public:
  Finder(const Gazetteer& gaz, const Document& doc, std::vector<Candidate>& out)
      : gaz_(gaz), text_(doc.text), toks_(doc.tokens), out_(out) {}

  void sentence(const Sentence& s, uint32_t index) {
    sentence_ = index;
    const size_t b = s.first_token, e = std::min<size_t>(b + s.token_count, toks_.size());
    if (gaz_.boilerplate(slice(text_, s.span))) return;
    first_word_ = b;
    while (first_word_ < e && toks_[first_word_].kind != TokenKind::Word) ++first_word_;
    size_t i = b;
    while (i < e) {
      const Token& t = toks_[i];
      if (t.kind != TokenKind::Word) { ++i; continue; }
      const std::string_view word = w(i);
      if (word == "the" || word == "The") {
        if (const size_t d = region_description(i, e)) { i = d; continue; }
      }
      if (!cap(i)) {
        const Gazetteer::Match m = gaz_.longest(text_, toks_, i, e);
        if (m.tokens) { i = gazetteer_phrase(i, i + m.tokens, m, e); continue; }
        ++i;
        continue;
      }
      i = chunk(i, chunk_end(i, e), e);
    }
  }

 private:
  std::string_view w(size_t i) const { return slice(text_, toks_[i].span); }
  bool cap(size_t i) const {
    const Token& t = toks_[i];
    return t.kind == TokenKind::Word && (t.capitalised || t.all_caps);
  }
  Span span(size_t a, size_t b) const { return {toks_[a].span.begin, toks_[b - 1].span.end}; }
  std::string words(size_t a, size_t b) const { return std::string(slice(text_, span(a, b))); }

  Candidate& emit(CandidateKind kind, size_t a, size_t b, std::string rule) {
    Candidate c;
    c.kind = kind;
    c.first_token = static_cast<uint32_t>(a);
    c.end_token = static_cast<uint32_t>(b);
    c.span = span(a, b);
    c.sentence = sentence_;
    c.rule = std::move(rule);
    out_.push_back(std::move(c));
    return out_.back();
  }

  // [SECTION] Gazetteer phrases and a country's adjective before a body
  // Emits the phrase [a, b) and returns the index after what it consumed.
  size_t gazetteer_phrase(size_t a, size_t b, const Gazetteer::Match& m, size_t e) {
    const GazetteerEntry *name = nullptr, *adjective = nullptr, *seat = nullptr, *org = nullptr, *party = nullptr,
                         *capital = nullptr;
    for (const GazetteerEntry& x : m.entries) {
      switch (x.type) {
        case EntryType::CountryName: if (!name) name = &x; break;
        case EntryType::CountryAdjective: if (!adjective) adjective = &x; break;
        case EntryType::Seat: if (!seat) seat = &x; break;
        case EntryType::Organisation: if (!org) org = &x; break;
        case EntryType::PartyName:
        case EntryType::PartyAdjective: if (!party) party = &x; break;
        case EntryType::Capital: if (!capital) capital = &x; break;
      }
    }
    if (seat) { emit(CandidateKind::Seat, a, b, "gazetteer:seat of government").target = seat->target; return b; }
    if (org) { emit(CandidateKind::KnownOrg, a, b, "gazetteer:organisation").target = org->target; return b; }
    if (party) {
      if (const size_t d = person_description(a, b, e, -1, party->target)) return d;
      emit(CandidateKind::Party, a, b, party->type == EntryType::PartyName ? "gazetteer:party" : "gazetteer:party adjective").target = party->target;
      return b;
    }
    if (capital && !name && !adjective) {
      if (a > 0 && toks_[a - 1].kind == TokenKind::Word && locative(w(a - 1))) return b;  // "in Canberra": a place
      emit(CandidateKind::State, a, b, "gazetteer:capital as metonym").target = capital->target;
      return b;
    }
    const GazetteerEntry* country = adjective ? adjective : name;
    if (!country) return b;
    // A country's adjective (or name) before a body: "the Chinese government", "Chinese embassies".
    size_t j = b;
    for (int skipped = 0; j < e && skipped < 2 && toks_[j].kind == TokenKind::Word && gaz_.body_noun(w(j)) == BodyNoun::None &&
                          body_modifier(w(j));
         ++skipped)
      ++j;
    if (j < e && toks_[j].kind == TokenKind::Word) {
      const std::string_view noun = w(j);
      switch (gaz_.body_noun(noun)) {
        case BodyNoun::State: emit(CandidateKind::State, a, j + 1, "country+government noun").target = country->target; return j + 1;
        case BodyNoun::Diplomatic: emit(CandidateKind::Missions, a, j + 1, "country+diplomatic noun").target = country->target; return j + 1;
        case BodyNoun::Body: {
          Candidate& c = emit(CandidateKind::StateBody, a, j + 1, "country+body noun");
          c.target = country->target;
          c.name = gaz_.countries()[country->target].adjective + " " + std::string(noun);
          return j + 1;
        }
        case BodyNoun::None: break;
      }
      if (adjective)
        if (const size_t d = person_description(a, b, e, country->target, -1)) return d;
    }
    emit(CandidateKind::State, a, b, adjective && !name ? "gazetteer:country adjective" : "gazetteer:country").target = country->target;
    return b;
  }

  // "(the) Chinese spokesman", "the Tory leader": an adjective, at most two modifiers, then a role word
  // that no name follows. Returns the end, or 0.
  size_t person_description(size_t a, size_t b, size_t e, int country, int party) {
    size_t j = b;
    for (int skipped = 0; j < e && skipped < 2 && toks_[j].kind == TokenKind::Word && body_modifier(w(j)); ++skipped) ++j;
    if (j >= e || toks_[j].kind != TokenKind::Word) return 0;
    const TitleClass tc = gaz_.title(w(j));
    if (tc == TitleClass::None || tc == TitleClass::Honorific) return 0;
    if (j + 1 < e && cap(j + 1)) return 0;  // "Tory leader Michael Howard": a name follows
    if (party >= 0 && !(a > 0 && (w(a - 1) == "the" || w(a - 1) == "The"))) return 0;  // "Tory leaders" in general
    if (w(j).back() == 's' && w(j) != "boss") return 0;  // plural roles describe no single person
    const size_t start = (a > 0 && (w(a - 1) == "the" || w(a - 1) == "The")) ? a - 1 : a;
    Candidate& c = emit(CandidateKind::Description, start, j + 1, party >= 0 ? "description:party role" : "description:country role");
    c.state = country;
    c.party = party;
    c.describes_person = true;
    c.role = tc;
    c.role_word = lower(w(j));
    return j + 1;
  }

  // [SECTION] Descriptions ("the Asian country")
  size_t region_description(size_t i, size_t e) {
    size_t j = i + 1;
    if (j >= e) return 0;
    const std::vector<int>* members = nullptr;
    if (j + 1 < e) {
      const std::string two = words(j, j + 2);
      if ((members = gaz_.region(two))) j += 2;
    }
    if (!members) {
      if ((members = gaz_.region(w(j)))) ++j;
    }
    if (!members || j >= e) return 0;
    if (!one_of(w(j), {"country", "nation", "power", "state", "giant", "kingdom", "republic", "superpower", "neighbour",
                       "neighbor", "ally", "powerhouse", "monarchy", "emirate"}))
      return 0;
    Candidate& c = emit(CandidateKind::Description, i, j + 1, "description:region");
    c.region = members;
    c.name = words(i + 1, j + 1);
    return j + 1;
  }

  // [SECTION] Capitalised chunks: bodies, titles and names
  size_t chunk_end(size_t i, size_t e) const {
    size_t j = i + 1;
    for (;;) {
      if (j < e && cap(j)) { ++j; continue; }
      if (j + 1 < e && toks_[j].kind == TokenKind::Word && !toks_[j].capitalised) {
        const std::string_view c = w(j);
        const bool after_head = gaz_.head(w(j - 1)) != HeadKind::None || gaz_.title(w(j - 1)) != TitleClass::None;
        // "Securities and Exchange Commission", but not "Norwegian Parliament and the Chilean ...".
        const bool joins = one_of(c, {"of", "for", "on"}) || (c == "and" && j - 1 == i);
        if (after_head && joins) {
          size_t k = j + 1;
          if (k < e && w(k) == "the" && c != "and") ++k;
          if (k < e && cap(k)) { j = k + 1; continue; }
        }
        // "Information Commissioner's Office": a possessive inside a body's name.
        if (is_possessive(c) && cap(j + 1) && gaz_.head(w(j + 1)) != HeadKind::None &&
            gaz_.longest(text_, toks_, j - 1, j).tokens == 0 && gaz_.longest(text_, toks_, i, j).tokens != j - i) {
          j += 2;
          continue;
        }
      }
      return j;
    }
  }

  bool title_inside(size_t a, size_t b) const {
    for (size_t k = a; k < b; ++k) {
      const TitleClass t = gaz_.title(w(k));
      if (t != TitleClass::None && t != TitleClass::Honorific && gaz_.head(w(k)) == HeadKind::None) return true;
    }
    return false;
  }

  void states_inside(Candidate& c, size_t a, size_t b) const {
    for (size_t k = a; k < b;) {
      const Gazetteer::Match m = gaz_.longest(text_, toks_, k, b);
      if (!m.tokens) { ++k; continue; }
      for (const GazetteerEntry& x : m.entries) {
        if ((x.type == EntryType::CountryName || x.type == EntryType::CountryAdjective) && c.state < 0) c.state = x.target;
        if ((x.type == EntryType::PartyName || x.type == EntryType::PartyAdjective) && c.party < 0) c.party = x.target;
      }
      k += m.tokens;
    }
  }

  size_t chunk(size_t s, size_t ce, size_t e) {
    size_t k = s;
    while (k < ce && gaz_.not_name(w(k)) == NotName::Function && gaz_.longest(text_, toks_, k, e).tokens == 0) ++k;
    if (k >= ce) return ce;
    // A body named by a head noun: "Chilean Financial Market Commission", "Ministry of Public Security".
    const HeadKind last = ce - k >= 2 ? gaz_.head(w(ce - 1)) : HeadKind::None;
    const HeadKind front = ce - k >= 3 && !toks_[k + 1].capitalised ? gaz_.head(w(k)) : HeadKind::None;
    if ((last != HeadKind::None || front != HeadKind::None) && !title_inside(k, ce)) {
      const Gazetteer::Match m = gaz_.longest(text_, toks_, k, e);
      if (m.tokens < ce - k) {
        Candidate& c = emit(CandidateKind::Organisation, k, ce, "head noun:" + std::string(w(last != HeadKind::None ? ce - 1 : k)));
        c.head = last != HeadKind::None ? last : front;
        c.name = words(k, ce);
        states_inside(c, k, ce);
        return ce;
      }
    }
    int hon = -1;
    TitleClass role = TitleClass::None;
    std::string role_word;
    size_t p = k;
    size_t end = ce;
    while (p < end) {
      const Gazetteer::Match m = gaz_.longest(text_, toks_, p, e);
      if (m.tokens && hon < 0) {
        const size_t q = gazetteer_phrase(p, p + m.tokens, m, e);
        end = std::max(end, q);
        p = q;
        role = TitleClass::None;
        continue;
      }
      const TitleClass tc = gaz_.title(w(p));
      if (tc == TitleClass::Honorific && p + 1 < end && cap(p + 1)) { hon = static_cast<int>(p); ++p; continue; }
      if (tc != TitleClass::None && tc != TitleClass::Honorific) { role = tc; role_word = lower(w(p)); ++p; continue; }
      if (!cap(p)) { ++p; continue; }
      if (hon < 0 && gaz_.not_name(w(p)) != NotName::No) {
        // "Foreign Policy", "Prime Minister": what follows a title-like word in the chunk is no name either.
        ++p;
        while (p < end && cap(p) && gaz_.title(w(p)) == TitleClass::None && gaz_.longest(text_, toks_, p, e).tokens == 0) ++p;
        continue;
      }
      size_t r = p;
      while (r < end && cap(r) && gaz_.title(w(r)) == TitleClass::None && gaz_.longest(text_, toks_, r, e).tokens == 0 &&
             gaz_.not_name(w(r)) != NotName::Function)
        ++r;
      if (r == p) ++r;  // an honorific's name that is also a gazetteer word ("Mr Brown"... "Lord Chancellor")
      // "Alcohol Focus Scotland": a country closing a longer name belongs to the name.
      if (r < end && r - p >= 2) {
        const Gazetteer::Match m2 = gaz_.longest(text_, toks_, r, e);
        if (m2.tokens && r + m2.tokens == end && m2.entries[0].type == EntryType::CountryName) r = end;
      }
      // A run before a role word in the same chunk modifies the role ("Home" Secretary) or names the body
      // the person speaks for ("Foreign Ministry" Spokesman).
      if (r < end && hon < 0) {
        const TitleClass next = gaz_.title(w(r));
        if (next != TitleClass::None && next != TitleClass::Honorific) {
          if (r - p >= 2 && gaz_.head(w(r - 1)) != HeadKind::None) {
            Candidate& c = emit(CandidateKind::Organisation, p, r, "head noun:" + std::string(w(r - 1)));
            c.head = gaz_.head(w(r - 1));
            c.name = words(p, r);
            states_inside(c, p, r);
          }
          p = r;
          continue;
        }
      }
      Candidate& c = emit(CandidateKind::Name, hon >= 0 ? static_cast<size_t>(hon) : p, r,
                          hon >= 0 ? "honorific+name" : role != TitleClass::None ? "title+name" : "capitalised name");
      c.name = words(p, r);
      c.honorific = hon >= 0;
      c.person = hon >= 0 || role != TitleClass::None;
      c.role = role;
      c.role_word = role_word;
      c.sentence_initial = hon < 0 && p == first_word_;
      hon = -1;
      role = TitleClass::None;
      p = r;
    }
    return end;
  }

  const Gazetteer& gaz_;
  std::string_view text_;
  const std::vector<Token>& toks_;
  std::vector<Candidate>& out_;
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
