#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>

#include "engine/lexicon/embedded_data.h"
#include "engine/lexicon/gazetteer.h"
#include "engine/lexicon/tsv.h"
#include "engine/text/tokenizer.h"
#include "engine/text/unicode.h"

using namespace riposte;

namespace {
const Gazetteer& gaz() {
  static const Gazetteer g;
  return g;
}
// The first entry of the longest phrase at the start of `text`, and how many tokens it covers.
std::pair<uint32_t, GazetteerEntry> match(const std::string& text) {
  const auto toks = tokenize(text);
  const auto m = gaz().longest(text, toks, 0, toks.size());
  return {m.tokens, m.tokens ? m.entries[0] : GazetteerEntry{}};
}
std::string country_code(const std::string& text) {
  const auto [n, e] = match(text);
  if (!n || (e.type != EntryType::CountryName && e.type != EntryType::CountryAdjective && e.type != EntryType::Capital))
    return "";
  return gaz().countries()[e.target].code;
}
}  // namespace

TEST_CASE("gazetteer: countries by name, short form, code, adjective and capital") {
  CHECK(country_code("China") == "CHN");
  CHECK(country_code("People's Republic of China") == "CHN");
  CHECK(country_code("United States of America") == "USA");
  CHECK(country_code("US") == "USA");
  CHECK(country_code("U.S.") == "USA");
  CHECK(country_code("UK") == "GBR");
  CHECK(country_code("Britain") == "GBR");
  CHECK(country_code("Chinese") == "CHN");
  CHECK(country_code("American") == "USA");  // not American Samoa
  CHECK(country_code("British") == "GBR");
  CHECK(country_code("Kazakh") == "KAZ");
  CHECK(country_code("Beijing") == "CHN");
  CHECK(country_code("Moscow") == "RUS");
  CHECK(country_code("Scottish") == "GB-SCT");
  CHECK(country_code("IN") == "");  // two-letter codes that are English words are left out
  CHECK(country_code("Victoria") == "");
}

TEST_CASE("gazetteer: longest match wins and matching is case-sensitive") {
  CHECK(match("United Kingdom of Great Britain and Northern Ireland").first == 8);
  CHECK(match("New Zealand").first == 2);
  CHECK(match("china").first == 0);
  CHECK(match("Five Eyes Alliance").first == 3);
}

// "the" opens many phrases: its bucket keeps their second words, and a next word outside them ends the try.
TEST_CASE("gazetteer: a first word of many phrases matches every one and nothing past them") {
  CHECK(match("the White House").first == 3);
  CHECK(match("the State of Palestine").first == 4);  // the longest, past a shorter phrase's second word
  CHECK(match("the Kremlin said").first == 2);
  CHECK(match("the Tories").first == 2);
  CHECK(match("the government").first == 0);
  CHECK(match("the white House").first == 0);  // the second-word filter ignores case; the comparison does not
  CHECK(match("the").first == 0);              // no word after it
  const std::string text = "the Kremlin";
  const auto toks = tokenize(text);
  CHECK(gaz().longest(text, toks, 0, 1).tokens == 0);  // the phrase would end past `end`
  CHECK(gaz().longest(text, toks, 0, 2).tokens == 2);
}

TEST_CASE("gazetteer: may_start_phrase is false only where longest finds nothing") {
  CHECK(gaz().may_start_phrase("China"));
  CHECK(gaz().may_start_phrase("the"));
  CHECK(gaz().may_start_phrase("Bogot\xC3\xA1"));  // beyond ASCII: longest folds it
  CHECK(gaz().may_start_phrase(""));
  const std::string text =
      "the spokesman said on Monday that the Kremlin and Reykjav\xC3\xADk officials in New Zealand disagreed "
      "with NATO, the White House and 10 Downing Street about a deal.";
  const auto toks = tokenize(text);
  int rejected = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (gaz().may_start_phrase(slice(text, toks[i].span))) continue;
    ++rejected;
    CHECK(gaz().longest(text, toks, i, toks.size()).tokens == 0);
  }
  CHECK(rejected > 5);  // most of the words
}

TEST_CASE("gazetteer: organisations, parties, seats of government") {
  auto [n, e] = match("NATO");
  CHECK(e.type == EntryType::Organisation);
  CHECK(gaz().organisations()[e.target].key == "NATO");
  std::tie(n, e) = match("Tories");
  CHECK(e.type == EntryType::PartyName);
  CHECK(gaz().parties()[e.target].key == "GBR-CON");
  std::tie(n, e) = match("Tory");
  CHECK(e.type == EntryType::PartyAdjective);
  std::tie(n, e) = match("No 10");
  CHECK(n == 2);
  CHECK(e.type == EntryType::Seat);
  CHECK(gaz().seats()[e.target].name == "Downing Street");
  std::tie(n, e) = match("Lib Dems");
  CHECK(gaz().parties()[e.target].key == "GBR-LD");
}

TEST_CASE("gazetteer: word classes, regions and governing parties") {
  CHECK(gaz().title("Mr") == TitleClass::Honorific);
  CHECK(gaz().title("spokesman") == TitleClass::Role);
  CHECK(gaz().title("Secretary") == TitleClass::Minister);
  CHECK(gaz().title("leader") == TitleClass::Head);
  CHECK(gaz().title("Zhao") == TitleClass::None);
  CHECK(gaz().head("Ministry") == HeadKind::Ministry);
  CHECK(gaz().head("Embassy") == HeadKind::Diplomatic);
  CHECK(gaz().not_name("Monday") != NotName::No);
  CHECK(gaz().not_name("The") == NotName::Function);
  CHECK(gaz().boilerplate("Leave a Comment"));
  CHECK_FALSE(gaz().boilerplate("Leave the EU"));
  const auto* asian = gaz().region("Asian");
  REQUIRE(asian);
  const int chn = gaz().country_by_code("CHN"), fra = gaz().country_by_code("FRA");
  CHECK(std::binary_search(asian->begin(), asian->end(), chn));
  CHECK_FALSE(std::binary_search(asian->begin(), asian->end(), fra));
  const int lab = gaz().governing_party(gaz().country_by_code("GBR"));
  REQUIRE(lab >= 0);
  CHECK(gaz().parties()[lab].key == "GBR-LAB");
}

TEST_CASE("gazetteer: names match with or without their diacritics, unless the folded word is ordinary English") {
  CHECK(unicode::fold_latin("Bogot\xC3\xA1 \xC5\x81\xC3\xB3\x64\xC5\xBA \xC3\x86sir Stra\xC3\x9F"
                            "e \xC5\x92uvre \xE2\x80\x9C\xCE\xB1\xE2\x80\x9D") ==
        "Bogota Lodz AEsir Strasse OEuvre \xE2\x80\x9C\xCE\xB1\xE2\x80\x9D");  // quotes and Greek stay
  CHECK(country_code("Bogot\xC3\xA1") == "COL");                               // as the data spells it
  CHECK(country_code("Bogota") == "COL");                                      // as English news spells it
  CHECK(country_code("Asuncion") == "PRY");
  CHECK(country_code("Reykjav\xC3\xADk") == "ISL");  // the data says "Reykjavik"
  CHECK(country_code("Mal\xC3\xA9") == "MDV");
  CHECK(match("Male").first == 0);  // "Malé" folded is an ordinary word
  CHECK(country_code("Rep\xC3\xBA"
                     "blica de Colombia") == "COL");  // several words, the data's spelling
  CHECK(country_code("Republica de Colombia") == "COL");
}

TEST_CASE("gazetteer: common words by frequency band, from a file that lists each word once in lower case") {
  CHECK(gaz().common_word("abandon"));  // band 1: the 5,000 most frequent
  CHECK(gaz().known_word("abandon"));
  CHECK_FALSE(gaz().common_word("abandoning"));  // band 2: only among the 20,000
  CHECK(gaz().known_word("abandoning"));
  CHECK_FALSE(gaz().known_word("zhao"));
  CHECK_FALSE(gaz().known_word(""));
  // The sets answer for lower-case words; a word listed twice would need the first band to win, as a map did.
  std::set<std::string> seen;
  size_t rows = 0;
  each_row(data::file("common_words.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string word(f[0]);
    CHECK_MESSAGE(std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; }), word);
    CHECK_MESSAGE(seen.insert(word).second, word);
    ++rows;
  });
  CHECK(rows > 19000);
}

// The loaders map a class column's unknown value to a default ("role", "body", no determiner) without a word, so a
// typo in a data file would change the engine silently: every value must be one the loader reads.
TEST_CASE("gazetteer: each word table's class column holds only values its loader reads") {
  struct Column {
    const char* file;
    size_t column;
    std::set<std::string> values;
  };
  const Column columns[] = {
      {"collectives.tsv", 2, {"-", "the", "any"}},
      {"titles.tsv", 1, {"honorific", "minister", "media", "head", "role"}},
      {"org_heads.tsv",
       1,
       {"government", "ministry", "executive", "company", "party", "media", "diplomatic", "organisation"}},
      {"not_names.tsv", 1, {"function", "tail", "alone"}},
      {"body_nouns.tsv", 1, {"state", "diplomatic", "body"}},
  };
  for (const Column& c : columns) {
    size_t rows = 0;
    each_row(data::file(c.file), [&](const std::vector<std::string_view>& f) {
      const std::string value(c.column < f.size() ? f[c.column] : std::string_view());
      CHECK_MESSAGE(c.values.count(value) == 1, c.file, ": ", value);
      ++rows;
    });
    CHECK_MESSAGE(rows > 0, c.file);
  }
}

// A row whose country code or party key the gazetteer does not know is dropped by the loader: every name listed must
// come back with its row's party.
TEST_CASE("gazetteer: every party leader of party_leaders.tsv is known, with the party of its row") {
  size_t names = 0;
  each_row(data::file("party_leaders.tsv"), [&](const std::vector<std::string_view>& f) {
    REQUIRE(f.size() == 3);
    each_alternative(f[2], [&](std::string_view name) {
      const Gazetteer::HeadOfGovernment* h = gaz().party_leader(name);
      REQUIRE_MESSAGE(h, name);
      CHECK_MESSAGE(gaz().parties()[h->party].key == f[1], name);
      ++names;
    });
  });
  CHECK(names > 40);
  CHECK(gaz().party_leader("Howard") == nullptr);  // full names only
}
