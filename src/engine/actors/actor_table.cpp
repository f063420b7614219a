#include "engine/actors/actor_table.h"

#include <algorithm>

namespace riposte::resolution {

namespace {
constexpr std::string_view kOpenQuote = "\xE2\x80\x9C", kCloseQuote = "\xE2\x80\x9D";  // “ ”
}  // namespace

std::string quoted(std::string_view s) {
  std::string out(kOpenQuote);
  out += s;
  out += kCloseQuote;
  return out;
}

ActorTable::ActorTable(const Gazetteer& gaz, const std::vector<Candidate>& candidates, Document& doc)
    : gaz(gaz),
      candidates(candidates),
      doc(doc),
      text(doc.text),
      politics(gaz, candidates, doc),
      actor_of(candidates.size(), -1),
      end_at(doc.tokens.size() + 1, -1),
      start_at(doc.tokens.size() + 1, -1) {
  doc.actors.reserve(candidates.size() / 2 + 8);  // fewer actors than mentions: room for most articles at once
  extra.reserve(candidates.size() / 2 + 8);
  for (size_t k = 0; k < candidates.size(); ++k) {
    end_at[candidates[k].end_token] = static_cast<int>(k);
    start_at[candidates[k].first_token] = static_cast<int>(k);
  }
}

int ActorTable::actor(const std::string& key, std::string_view name, ActorKind kind, std::string_view code) {
  const auto it = by_key.find(key);
  if (it != by_key.end()) return it->second;
  Actor a;
  a.name = std::string(name);
  a.kind = kind;
  a.code = std::string(code);
  doc.actors.push_back(std::move(a));
  extra.emplace_back();
  extra.back().key = key;
  const int index = static_cast<int>(doc.actors.size()) - 1;
  by_key.emplace(key, index);
  return index;
}

void ActorTable::explain(int a, std::string_view line) {
  auto& e = doc.actors[a].explanation;
  if (e.size() >= 12 || std::find(e.begin(), e.end(), line) != e.end()) return;
  if (e.empty()) e.reserve(4);  // most actors get two to four lines: one allocation rather than three
  e.emplace_back(line);
}

void ActorTable::assign(size_t k, int a, std::string_view how) {
  actor_of[k] = a;
  if (doc.actors[a].explanation.size() >= 12) return;  // enough said; spare the string building
  // how + ": " + quoted(surface), built in a buffer kept across calls: most lines repeat one already there (every
  // mention of the same name), so most calls allocate nothing.
  explain_buffer_.assign(how);
  explain_buffer_ += ": ";
  explain_buffer_ += kOpenQuote;
  explain_buffer_ += slice(text, candidates[k].span);
  explain_buffer_ += kCloseQuote;
  explain(a, explain_buffer_);
}

int ActorTable::state_actor(int country) {
  // Asked for again and again (every mention of a country, every minister's side): the table's answer is kept per
  // country, as by_key only ever grows, and no key, name or code string is built after the first time.
  if (state_actors_.empty()) state_actors_.assign(gaz.countries().size(), -1);
  int& a = state_actors_[static_cast<size_t>(country)];
  if (a < 0) {
    const Country& c = gaz.countries()[country];
    a = actor("S:" + c.code, c.name, ActorKind::State, c.code);
  }
  extra[a].country = country;
  return a;
}

int ActorTable::party_actor(int p) {
  const Party& party = gaz.parties()[p];
  const int a = actor("P:" + party.key, party.name, ActorKind::Party, party.key);
  extra[a].party = p;
  return a;
}

int ActorTable::executive_side(int country, std::string& why) {
  const int root = gaz.root_country(country);
  if (politics.domestic(country)) {
    const int p = politics.governing_party(root);
    if (p >= 0 && politics.only_party_named(p)) {
      why = "dispute inside the governing party";
      return -1;
    }
    if (p >= 0) {
      why = "governing party in domestic politics";
      return party_actor(p);
    }
  }
  why = "state";
  return state_actor(country);
}

void ActorTable::set_affiliation(int a, int to, const std::string& why) {
  if (a < 0 || to < 0 || a == to || doc.actors[a].affiliation >= 0) return;
  // Never close a cycle.
  for (int x = to, guard = 0; x >= 0 && guard < 16; x = doc.actors[x].affiliation, ++guard)
    if (x == a) return;
  doc.actors[a].affiliation = to;
  explain(a, "affiliation (" + why + "): " + doc.actors[to].name);
}

void ActorTable::join_party(int a, int to, const std::string& why) {
  set_affiliation(a, to, why);
  if (a >= 0 && to >= 0 && doc.actors[a].affiliation == to && doc.actors[to].kind == ActorKind::Party)
    extra[a].party_member = true;
}

void ActorTable::note_role(int a, TitleClass role, const std::string& word) {
  extra[a].confirmed_person = true;
  if (extra[a].has_role) return;
  extra[a].has_role = true;
  extra[a].role_word = word;
  extra[a].minister = role == TitleClass::Minister;
}

bool ActorTable::reaches(int a, int target) const {
  for (int guard = 0; a >= 0 && guard < 16; a = doc.actors[a].affiliation, ++guard)
    if (a == target) return true;
  return false;
}

}  // namespace riposte::resolution
