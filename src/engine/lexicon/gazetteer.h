// The gazetteer: countries, their names, adjectives and capitals, seats of government, international
// organisations, political parties, regions, and the small closed word classes the actor rules need
// (titles, organisation head nouns, words that are never names). Built once from the embedded data/*.tsv.
//
// [SECTION] Entries and their targets
// [SECTION] Gazetteer
#pragma once
#include <algorithm>
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/document/document.h"
#include "engine/lexicon/actor_words.h"
#include "engine/lexicon/flat_map.h"
#include "engine/lexicon/word_set.h"
#include "engine/text/utf8.h"

namespace riposte {

// [SECTION] Entries and their targets
enum class EntryType : uint8_t {
  CountryName,
  CountryAdjective,
  Capital,
  Seat,
  Organisation,
  PartyName,
  PartyAdjective,
  Place
};

struct GazetteerEntry {
  EntryType type;
  uint16_t target;  // index into countries(), seats(), organisations() or parties() by type
};

struct Country {
  std::string code;       // ISO 3166-1 alpha-3 (or "GB-SCT" for the UK's nations)
  std::string name;       // "China"
  std::string adjective;  // first adjective, "Chinese"
  std::string region, subregion;
  int parent = -1;  // the state a sub-national nation belongs to (Scotland -> United Kingdom)
};
struct Seat {
  std::string name;
  int country = -1;
};
struct KnownOrganisation {
  std::string key, name;
  ActorKind kind = ActorKind::Organisation;
  int country = -1;
  bool legislature = false;
};
struct Party {
  std::string key, name;
  int country = -1;
};

enum class TitleClass : uint8_t { None, Honorific, Role, Minister, Media, Head };
enum class HeadKind : uint8_t {
  None,
  Government,
  Ministry,
  Executive,
  Organisation,
  Company,
  Party,
  Media,
  Diplomatic
};
enum class NotName : uint8_t { No, Function, Alone, Tail };
enum class BodyNoun : uint8_t { None, State, Diplomatic, Body };

// [SECTION] Gazetteer
class Gazetteer {
 public:
  Gazetteer();  // parses the embedded data files

  struct Match {
    uint32_t tokens = 0;                      // tokens matched (0: none)
    std::span<const GazetteerEntry> entries;  // every entry with this surface ("US": name and adjective)
  };
  // Longest phrase starting at token i and ending before token `end` (exact, case-sensitive).
  Match longest(std::string_view text, std::span<const Token> tokens, size_t i, size_t end) const;
  // False when no phrase can start with this word, so longest() finds nothing there: an ASCII word whose first byte
  // and length no phrase's first token has (most words of an article). Inline, so callers skip the call.
  bool may_start_phrase(std::string_view word) const {
    return word.empty() || first_token_fits(word) || !is_ascii(word);
  }

  TitleClass title(std::string_view word) const;        // case-insensitive
  HeadKind head(std::string_view word) const;           // exact
  NotName not_name(std::string_view word) const;        // exact
  BodyNoun body_noun(std::string_view word) const;      // exact (lower case in text)
  bool boilerplate(std::string_view line) const;        // case-insensitive, final punctuation ignored
  bool common_word(std::string_view lower_word) const;  // among the 5,000 most frequent lower-case English words
  bool known_word(std::string_view lower_word) const;   // among the 20,000 most frequent (band 1 or 2)
  // Countries whose region or subregion a region adjective covers ("Asian"); empty if not a region word.
  const std::vector<int>* region(std::string_view adjective) const;
  int governing_party(int country) const;  // index into parties(), or -1
  // A head of government by full name or surname ("Barack Obama", "Obama"): the country and the party they led.
  struct HeadOfGovernment {
    int country = -1, party = -1;
  };
  const HeadOfGovernment* head_of_government(std::string_view name) const;  // exact, or nullptr
  // A party leader or nominee who never led a government, by full name ("Michael Howard", "Hillary Clinton"): the
  // country and the party (party_leaders.tsv). Only membership follows from it, never which party governs.
  const HeadOfGovernment* party_leader(std::string_view full_name) const;  // exact, or nullptr
  // The party whose tag letter US copy writes after a politician's name ('R' in "(R-Ky.)"), or -1.
  int party_by_tag(char letter) const { return party_tags_[static_cast<unsigned char>(letter)]; }
  // The country a ministerial title belongs to ("foreign secretary" -> United Kingdom), or -1; lower case.
  int title_country(std::string_view lower_title) const;
  // A group or institution named by a common noun ("critics", "the prosecution", "a judge"), from
  // collectives.tsv; lower case.
  struct Collective {
    // Whether the noun names the group only after a determiner: `The` right after "the" ("the prosecution", not
    // "a prosecution"); `Any` after "the", "a" or "an", with modifiers between ("a federal judge"; not "in court").
    enum class Determiner : uint8_t { None, The, Any };
    std::string group;
    Determiner determiner = Determiner::None;
  };
  const Collective* collective(std::string_view lower_word) const;
  // False when no collective noun has the word's last byte (as written), or its first letter lower-cased and its
  // length: most words, turned away before they are lower-cased and hashed. A non-empty word.
  bool collective_may_be(std::string_view word) const {
    const char first = word[0] >= 'A' && word[0] <= 'Z' ? static_cast<char>(word[0] + 32) : word[0];
    return collective_last_[static_cast<unsigned char>(word.back())] && collective_filter_.maybe(first, word.size());
  }
  int country_by_code(std::string_view code) const;
  int party_by_key(std::string_view key) const;  // parties.tsv's key ("GBR-LAB") -> index into parties(), or -1
  // The word lists of the actor rules (data/actor_words.tsv).
  const ActorWords& words() const { return words_; }

  const std::vector<Country>& countries() const { return countries_; }
  // The state a country index belongs to: its parent for the UK's nations (Scotland -> United Kingdom), else itself.
  int root_country(int country) const { return countries_[country].parent >= 0 ? countries_[country].parent : country; }
  const std::vector<Seat>& seats() const { return seats_; }
  const std::vector<KnownOrganisation>& organisations() const { return organisations_; }
  const std::vector<Party>& parties() const { return parties_; }
  size_t phrase_count() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::vector<std::string> words;  // tokens after the first
    std::vector<GazetteerEntry> entries;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept {  // FNV-1a, inline: keys are short words
      uint64_t h = 14695981039346656037ull;
      for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
      }
      return static_cast<size_t>(h);
    }
  };
  template <class V>
  using Map = FlatMap<V, Hash>;  // flat_map.h: a lookup reads one slot and one entry
  // Quick rejection before hashing a word list: bit min(length, 31) of bits[c] is set when some key starts with
  // byte c and has that length. Most words of an article are in none of the lists.
  struct KeyFilter {
    std::array<uint32_t, 256> bits{};
    template <class V>
    void add_keys(const Map<V>& map) {
      for (const auto& [key, value] : map)
        if (!key.empty()) bits[static_cast<unsigned char>(key[0])] |= 1u << std::min<size_t>(key.size(), 31);
    }
    bool maybe(std::string_view word) const { return word.empty() || maybe(word[0], word.size()); }
    // A non-empty word known by its first byte and length (before the rest of it is lowered).
    bool maybe(char first, size_t size) const {
      return bits[static_cast<unsigned char>(first)] >> std::min<size_t>(size, 31) & 1u;
    }
  };

  void add_phrase(std::string_view surface, GazetteerEntry entry);
  void add_phrase_exact(std::string_view surface, GazetteerEntry entry);
  Match longest_folded(std::string_view text, std::span<const Token> tokens, size_t i, size_t end) const;
  // The constructor's steps, in this order (later tables refer to countries and parties by index).
  void load_countries();
  void load_named_actors();
  void load_word_tables();
  void load_regions();
  void index_phrases();
  // Names with diacritics, added again without them once the common words are known ("Malé" must not make "Male").
  std::vector<std::pair<std::string, GazetteerEntry>> folded_pending_;

  std::vector<Country> countries_;
  std::vector<Seat> seats_;
  std::vector<KnownOrganisation> organisations_;
  std::vector<Party> parties_;
  std::vector<Phrase> phrases_;
  // The phrases sharing a first token, longest first. A bucket of many phrases whose every phrase has a second
  // token also keeps those second tokens (case-insensitive, so a superset): a word followed by none of them
  // starts no phrase, whatever the phrases' later words.
  struct FirstWord {
    std::vector<uint32_t> ids;
    WordSet second_words;
    bool filtered = false;
  };
  static constexpr size_t kSecondWordsFrom = 4;  // phrases; fewer are compared one by one as cheaply
  Map<FirstWord> by_first_;
  // Quick rejection before hashing: bit min(length, 31) of first_bytes_[c] is set when some phrase's
  // first token starts with byte c and has that length. Most tokens of an article fail it.
  std::array<uint32_t, 256> first_bytes_{};
  // Whether some phrase's first token starts with the word's first byte and has its length (a non-empty word).
  bool first_token_fits(std::string_view word) const {
    return first_bytes_[static_cast<unsigned char>(word[0])] >> std::min<size_t>(word.size(), 31) & 1u;
  }
  Map<TitleClass> titles_;
  Map<HeadKind> heads_;
  Map<NotName> not_names_;
  Map<BodyNoun> body_nouns_;
  Map<bool> boilerplate_;
  // common_words.tsv (each word once, lower case): the 5,000 most frequent (band 1) and all 20,000. Flat sets, not
  // a map of 20,000 heap nodes that start-up built and exit freed one by one (16 M instructions a process).
  WordSet common_words_, known_words_;
  Map<std::vector<int>> regions_;
  KeyFilter title_filter_, head_filter_, not_name_filter_, body_noun_filter_;
  std::vector<int> governing_;           // per country: party index or -1
  std::array<int16_t, 256> party_tags_;  // tag letter -> party index or -1
  Map<HeadOfGovernment> heads_of_government_;
  Map<HeadOfGovernment> party_leaders_;
  Map<int> title_countries_;
  ActorWords words_;
  Map<Collective> collectives_;
  KeyFilter collective_filter_;
  std::array<bool, 256> collective_last_{};  // last bytes of collective words: most words end otherwise              //
                                             // national_titles.tsv: lower-case title -> country index
};

// Lower-cases ASCII and the Latin-1/Latin Extended letters unicode::to_lower knows.
std::string lower(std::string_view s);

}  // namespace riposte
