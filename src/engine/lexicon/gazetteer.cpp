#include "engine/lexicon/gazetteer.h"

#include <algorithm>

#include "engine/lexicon/embedded_data.h"
#include "engine/lexicon/tsv.h"
#include "engine/text/tokenizer.h"
#include "engine/text/unicode.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

// The non-empty '|'-separated values of a column.
template <class Fn>
void each_alt(std::string_view values, Fn fn) {
  each_alternative(values, [&](std::string_view v) {
    if (!v.empty()) fn(v);
  });
}

std::string_view field(const std::vector<std::string_view>& f, size_t i) {
  return i < f.size() ? f[i] : std::string_view();
}

ActorKind kind_from(std::string_view s) {
  if (s == "state") return ActorKind::State;
  if (s == "government") return ActorKind::Government;
  if (s == "party") return ActorKind::Party;
  if (s == "company") return ActorKind::Company;
  if (s == "media") return ActorKind::Media;
  if (s == "person") return ActorKind::Person;
  if (s == "group") return ActorKind::Group;
  return ActorKind::Organisation;
}

std::string_view strip_end_punct(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '.' || s.back() == ':' || s.back() == '!' || s.back() == '\t'))
    s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      ++i;
      continue;
    }
    append_utf8(out, unicode::to_lower(decode_utf8(s, i)));
  }
  return out;
}

Gazetteer::Gazetteer() {
  // Countries first: seats, organisations and parties refer to them by code.
  load_countries();
  load_named_actors();
  load_word_tables();
  load_regions();
  index_phrases();
}

// countries.tsv: names, adjectives and capitals as phrases; the UK's nations under the UK.
void Gazetteer::load_countries() {
  each_row(data::file("countries.tsv"), [&](const std::vector<std::string_view>& f) {
    Country c;
    c.code = field(f, 0);
    c.name = field(f, 1);
    c.region = field(f, 5);
    c.subregion = field(f, 6);
    const std::string_view adjs = field(f, 3);
    c.adjective = adjs.substr(0, adjs.find('|'));
    const auto index = static_cast<uint16_t>(countries_.size());
    countries_.push_back(std::move(c));
    each_alt(field(f, 2), [&](std::string_view v) { add_phrase(v, {EntryType::CountryName, index}); });
    each_alt(adjs, [&](std::string_view v) { add_phrase(v, {EntryType::CountryAdjective, index}); });
    each_alt(field(f, 4), [&](std::string_view v) { add_phrase(v, {EntryType::Capital, index}); });
  });
  for (Country& c : countries_)
    if (c.code.size() > 3 && c.code[2] == '-') {
      const std::string_view alpha2 = std::string_view(c.code).substr(0, 2);
      for (size_t k = 0; k < countries_.size(); ++k)
        if (alpha2 == "GB" && countries_[k].code == "GBR") c.parent = static_cast<int>(k);
    }
}

// Places (never actors), seats of government, organisations, parties and the governing party of each country.
void Gazetteer::load_named_actors() {
  // Regions and continents: names that are places, never actors ("Latin America" must not yield "America").
  each_row(data::file("places.tsv"), [&](const std::vector<std::string_view>& f) {
    each_alt(field(f, 0), [&](std::string_view v) { add_phrase(v, {EntryType::Place, 0}); });
  });
  each_row(data::file("seats.tsv"), [&](const std::vector<std::string_view>& f) {
    const auto index = static_cast<uint16_t>(seats_.size());
    seats_.push_back({std::string(field(f, 2)), country_by_code(field(f, 1))});
    each_alt(field(f, 0), [&](std::string_view v) { add_phrase(v, {EntryType::Seat, index}); });
  });
  each_row(data::file("organisations.tsv"), [&](const std::vector<std::string_view>& f) {
    const auto index = static_cast<uint16_t>(organisations_.size());
    organisations_.push_back({std::string(field(f, 0)), std::string(field(f, 2)), kind_from(field(f, 1)),
                              country_by_code(field(f, 4)), field(f, 5) == "legislature"});
    each_alt(field(f, 3), [&](std::string_view v) { add_phrase(v, {EntryType::Organisation, index}); });
  });
  party_tags_.fill(-1);
  each_row(data::file("parties.tsv"), [&](const std::vector<std::string_view>& f) {
    const auto index = static_cast<uint16_t>(parties_.size());
    parties_.push_back({std::string(field(f, 0)), std::string(field(f, 2)), country_by_code(field(f, 1))});
    each_alt(field(f, 3), [&](std::string_view v) { add_phrase(v, {EntryType::PartyName, index}); });
    each_alt(field(f, 4), [&](std::string_view v) { add_phrase(v, {EntryType::PartyAdjective, index}); });
    if (const std::string_view tag = field(f, 5); tag.size() == 1)
      party_tags_[static_cast<unsigned char>(tag[0])] = static_cast<int16_t>(index);
  });
  governing_.assign(countries_.size(), -1);
  each_row(data::file("governing_parties.tsv"), [&](const std::vector<std::string_view>& f) {
    const int c = country_by_code(field(f, 0));
    const int party = party_by_key(field(f, 1));
    if (c < 0 || party < 0) return;
    if (field(f, 2).empty()) governing_[c] = party;  // the default; a row with heads of government is evidence
    each_alt(field(f, 2), [&](std::string_view v) {
      heads_of_government_.emplace(std::string(v), HeadOfGovernment{c, party});
    });
  });
  each_row(data::file("party_leaders.tsv"), [&](const std::vector<std::string_view>& f) {
    const int c = country_by_code(field(f, 0));
    const int party = party_by_key(field(f, 1));
    if (c < 0 || party < 0) return;
    each_alt(field(f, 2), [&](std::string_view v) {
      party_leaders_.emplace(std::string(v), HeadOfGovernment{c, party});
    });
  });
}

// The word tables: collectives, national titles, titles, head nouns, words that are no names, body nouns, common
// words, boilerplate lines.
void Gazetteer::load_word_tables() {
  each_row(data::file("collectives.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string_view det = field(f, 2);
    collectives_.emplace(std::string(field(f, 0)),
                         Collective{std::string(field(f, 1)), det == "the"   ? Collective::Determiner::The
                                                              : det == "any" ? Collective::Determiner::Any
                                                                             : Collective::Determiner::None});
    if (!field(f, 0).empty()) collective_last_[static_cast<unsigned char>(field(f, 0).back())] = true;
  });
  collective_filter_.add_keys(collectives_);
  each_row(data::file("national_titles.tsv"), [&](const std::vector<std::string_view>& f) {
    const int c = country_by_code(field(f, 1));
    if (c >= 0) title_countries_.emplace(std::string(field(f, 0)), c);
  });
  each_row(data::file("titles.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string_view c = field(f, 1);
    const TitleClass t = c == "honorific"  ? TitleClass::Honorific
                         : c == "minister" ? TitleClass::Minister
                         : c == "media"    ? TitleClass::Media
                         : c == "head"     ? TitleClass::Head
                                           : TitleClass::Role;
    titles_.emplace(std::string(field(f, 0)), t);
  });
  each_row(data::file("org_heads.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string_view c = field(f, 1);
    const HeadKind h = c == "government"   ? HeadKind::Government
                       : c == "ministry"   ? HeadKind::Ministry
                       : c == "executive"  ? HeadKind::Executive
                       : c == "company"    ? HeadKind::Company
                       : c == "party"      ? HeadKind::Party
                       : c == "media"      ? HeadKind::Media
                       : c == "diplomatic" ? HeadKind::Diplomatic
                                           : HeadKind::Organisation;
    heads_.emplace(std::string(field(f, 0)), h);
  });
  each_row(data::file("not_names.tsv"), [&](const std::vector<std::string_view>& f) {
    const NotName n = field(f, 1) == "function" ? NotName::Function
                      : field(f, 1) == "tail"   ? NotName::Tail
                                                : NotName::Alone;
    auto [it, fresh] = not_names_.emplace(std::string(f[0]), n);
    if (!fresh && n == NotName::Function) it->second = n;
  });
  each_row(data::file("body_nouns.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string_view c = field(f, 1);
    body_nouns_.emplace(std::string(f[0]), c == "state"        ? BodyNoun::State
                                           : c == "diplomatic" ? BodyNoun::Diplomatic
                                                               : BodyNoun::Body);
  });
  std::vector<std::string_view> band1, all;  // views into the embedded file; the sets copy them
  each_row(data::file("common_words.tsv"), [&](const std::vector<std::string_view>& f) {
    const std::string_view band = field(f, 1);
    if (band.size() != 1 || band[0] != '2') band1.push_back(f[0]);  // != "2", without a call per word
    all.push_back(f[0]);
  });
  common_words_ = WordSet(band1);
  known_words_ = WordSet(all);
  each_row(data::file("boilerplate.tsv"),
           [&](const std::vector<std::string_view>& f) { boilerplate_.emplace(std::string(f[0]), true); });
}

// regions.tsv: a region's adjective and the countries of that region or subregion.
void Gazetteer::load_regions() {
  each_row(data::file("regions.tsv"), [&](const std::vector<std::string_view>& f) {
    std::vector<int> members;
    each_alt(field(f, 1), [&](std::string_view r) {
      for (size_t c = 0; c < countries_.size(); ++c)
        if (countries_[c].region == r || countries_[c].subregion == r) members.push_back(static_cast<int>(c));
    });
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    regions_.emplace(std::string(field(f, 0)), std::move(members));
    // Alone, a region's adjective names no actor, and "Latin American" must not yield "American".
    add_phrase(field(f, 0), {EntryType::Place, 0});
  });
}

// The quick-rejection filters, the folded spellings of names with diacritics, and each bucket's phrases longest first.
void Gazetteer::index_phrases() {
  title_filter_.add_keys(titles_);
  head_filter_.add_keys(heads_);
  not_name_filter_.add_keys(not_names_);
  body_noun_filter_.add_keys(body_nouns_);
  // News writes "Bogota" for "Bogotá": names with diacritics match without them too, unless the folded word is an
  // ordinary English word ("Malé" -> "Male").
  for (auto& [folded, entry] : folded_pending_) {
    const std::vector<Token> toks = tokenize(folded);
    if (toks.size() == 1 && known_word(lower(folded))) continue;
    add_phrase_exact(folded, entry);
  }
  folded_pending_.clear();
  folded_pending_.shrink_to_fit();
  // Longest phrases first inside each bucket, so the first full match is the longest.
  for (auto& [first, bucket] : by_first_) {
    std::vector<uint32_t>& ids = bucket.ids;
    std::stable_sort(ids.begin(), ids.end(),
                     [&](uint32_t a, uint32_t b) { return phrases_[a].words.size() > phrases_[b].words.size(); });
    if (ids.size() < kSecondWordsFrom || phrases_[ids.back()].words.empty()) continue;
    std::vector<std::string_view> seconds;
    for (uint32_t id : ids) seconds.push_back(phrases_[id].words[0]);
    bucket.second_words = WordSet(seconds);
    bucket.filtered = true;
  }
}

void Gazetteer::add_phrase(std::string_view surface, GazetteerEntry entry) {
  add_phrase_exact(surface, entry);
  if (std::any_of(surface.begin(), surface.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
    std::string folded = unicode::fold_latin(surface);
    if (folded != surface) folded_pending_.emplace_back(std::move(folded), entry);
  }
}

void Gazetteer::add_phrase_exact(std::string_view surface, GazetteerEntry entry) {
  // Split with the engine's own tokenizer so phrases match exactly the tokens of an article.
  const std::vector<Token> toks = tokenize(surface);
  if (toks.empty()) return;
  std::vector<std::string> words;
  for (size_t k = 1; k < toks.size(); ++k) words.emplace_back(slice(surface, toks[k].span));
  const std::string first(slice(surface, toks[0].span));
  first_bytes_[static_cast<unsigned char>(first[0])] |= 1u << std::min<size_t>(first.size(), 31);
  auto& bucket = by_first_[first].ids;
  for (uint32_t id : bucket)
    if (phrases_[id].words == words) {
      auto& e = phrases_[id].entries;
      if (std::none_of(e.begin(), e.end(),
                       [&](const GazetteerEntry& x) { return x.type == entry.type && x.target == entry.target; }))
        e.push_back(entry);
      return;
    }
  bucket.push_back(static_cast<uint32_t>(phrases_.size()));
  phrases_.push_back({std::move(words), {entry}});
}

Gazetteer::Match Gazetteer::longest(std::string_view text, std::span<const Token> tokens, size_t i, size_t end) const {
  if (i >= end || i >= tokens.size()) return {};
  const std::string_view first = slice(text, tokens[i].span);
  // "Reykjavík" where the data says "Reykjavik": a word with letters beyond ASCII also tries its folded spelling.
  // Nearly every word is ASCII, which eight bytes at a time tell.
  if (!is_ascii(first) &&
      (static_cast<unsigned char>(first[0]) >= 0x80 || std::any_of(first.begin(), first.end(), [](char c) {
         return static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xC5;
       }))) {
    const Match folded = longest_folded(text, tokens, i, end);
    if (folded.tokens) return folded;
  }
  if (!first_token_fits(first)) return {};
  const auto it = by_first_.find(first);
  if (it == by_first_.end()) return {};
  const FirstWord& bucket = it->second;
  // "the" opens dozens of phrases and thousands of an article's words: one lookup of the next word ends most tries.
  if (bucket.filtered && (i + 1 >= end || !bucket.second_words.contains(slice(text, tokens[i + 1].span)))) return {};
  for (uint32_t id : bucket.ids) {
    const Phrase& p = phrases_[id];
    if (i + 1 + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k) ok = slice(text, tokens[i + 1 + k].span) == p.words[k];
    if (ok) return {static_cast<uint32_t>(1 + p.words.size()), p.entries};
  }
  return {};
}

// Like longest(), comparing every word of the article folded (fold_latin); the phrases include folded variants.
Gazetteer::Match Gazetteer::longest_folded(std::string_view text, std::span<const Token> tokens, size_t i,
                                           size_t end) const {
  const auto it = by_first_.find(unicode::fold_latin(slice(text, tokens[i].span)));
  if (it == by_first_.end()) return {};
  for (uint32_t id : it->second.ids) {
    const Phrase& p = phrases_[id];
    if (i + 1 + p.words.size() > end) continue;
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k)
      ok = unicode::fold_latin(slice(text, tokens[i + 1 + k].span)) == p.words[k];
    if (ok) return {static_cast<uint32_t>(1 + p.words.size()), p.entries};
  }
  return {};
}

TitleClass Gazetteer::title(std::string_view word) const {
  char buf[32];
  if (word.size() >= sizeof buf) return TitleClass::None;
  const auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; };
  // The filter reads the first byte and the length only: most words are turned away before the rest is lowered.
  if (!word.empty() && !title_filter_.maybe(lower(word[0]), word.size())) return TitleClass::None;
  for (size_t k = 0; k < word.size(); ++k) buf[k] = lower(word[k]);
  const auto it = titles_.find(std::string_view(buf, word.size()));
  return it == titles_.end() ? TitleClass::None : it->second;
}

HeadKind Gazetteer::head(std::string_view word) const {
  if (!head_filter_.maybe(word)) return HeadKind::None;
  const auto it = heads_.find(word);
  return it == heads_.end() ? HeadKind::None : it->second;
}

NotName Gazetteer::not_name(std::string_view word) const {
  if (!not_name_filter_.maybe(word)) return NotName::No;
  const auto it = not_names_.find(word);
  return it == not_names_.end() ? NotName::No : it->second;
}

BodyNoun Gazetteer::body_noun(std::string_view word) const {
  if (!body_noun_filter_.maybe(word)) return BodyNoun::None;
  const auto it = body_nouns_.find(word);
  return it == body_nouns_.end() ? BodyNoun::None : it->second;
}

bool Gazetteer::boilerplate(std::string_view line) const {
  line = strip_end_punct(line);
  if (line.empty() || line.size() > 40) return false;
  return boilerplate_.find(lower(line)) != boilerplate_.end();
}

bool Gazetteer::common_word(std::string_view lower_word) const { return common_words_.contains(lower_word); }

bool Gazetteer::known_word(std::string_view lower_word) const { return known_words_.contains(lower_word); }

const std::vector<int>* Gazetteer::region(std::string_view adjective) const {
  const auto it = regions_.find(adjective);
  return it == regions_.end() ? nullptr : &it->second;
}

const Gazetteer::HeadOfGovernment* Gazetteer::head_of_government(std::string_view name) const {
  const auto it = heads_of_government_.find(name);
  return it == heads_of_government_.end() ? nullptr : &it->second;
}

const Gazetteer::HeadOfGovernment* Gazetteer::party_leader(std::string_view full_name) const {
  const auto it = party_leaders_.find(full_name);
  return it == party_leaders_.end() ? nullptr : &it->second;
}

int Gazetteer::party_by_key(std::string_view key) const {
  for (size_t p = 0; p < parties_.size(); ++p)
    if (parties_[p].key == key) return static_cast<int>(p);
  return -1;
}

int Gazetteer::governing_party(int country) const {
  return country >= 0 && country < static_cast<int>(governing_.size()) ? governing_[country] : -1;
}

const Gazetteer::Collective* Gazetteer::collective(std::string_view lower_word) const {
  if (lower_word.empty() || !collective_last_[static_cast<unsigned char>(lower_word.back())] ||
      !collective_filter_.maybe(lower_word))
    return nullptr;
  const auto it = collectives_.find(lower_word);
  return it == collectives_.end() ? nullptr : &it->second;
}

int Gazetteer::title_country(std::string_view lower_title) const {
  const auto it = title_countries_.find(lower_title);
  return it == title_countries_.end() ? -1 : it->second;
}

int Gazetteer::country_by_code(std::string_view code) const {
  for (size_t c = 0; c < countries_.size(); ++c)
    if (countries_[c].code == code) return static_cast<int>(c);
  return -1;
}

}  // namespace riposte
