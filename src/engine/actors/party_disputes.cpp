#include "engine/actors/party_disputes.h"

#include <unordered_map>

namespace riposte {

namespace {

// The end of a's affiliation chain while the party links are out: the person whose link was taken, or another side.
int chain_end(const Document& doc, int a) {
  for (int guard = 0; a >= 0 && doc.actors[a].affiliation >= 0 && guard < 16; ++guard) a = doc.actors[a].affiliation;
  return a;
}

}  // namespace

bool PartyLinks::shares_a_party() const {
  for (size_t i = 0; i < links.size(); ++i)
    for (size_t j = i + 1; j < links.size(); ++j)
      if (links[i].second == links[j].second) return true;
  return false;
}

bool PartyLinks::fellow_members(const Document& doc, int source, int target) const {
  if (source < 0 || target < 0) return false;
  const int s = chain_end(doc, source), t = chain_end(doc, target);
  if (s == t) return false;
  const auto party_of = [&](int person) {
    for (const auto& [member, party] : links)
      if (member == person) return party;
    return -1;
  };
  const int ps = party_of(s);
  return ps >= 0 && ps == party_of(t);
}

PartyLinks detach_party_links(Document& doc, const std::vector<int>& members) {
  PartyLinks out;
  for (const int a : members) {
    if (a < 0 || a >= static_cast<int>(doc.actors.size())) continue;
    Actor& actor = doc.actors[a];
    if (actor.affiliation < 0 || doc.actors[actor.affiliation].kind != ActorKind::Party) continue;
    out.links.emplace_back(a, actor.affiliation);
    actor.affiliation = -1;
  }
  return out;
}

int reattach_party_links(Document& doc, const PartyLinks& links) {
  std::unordered_map<int, int> rival;  // person split off -> a fellow member it accuses or is accused by
  for (const Claim& c : doc.claims) {
    if (c.kind != ClaimKind::Accusation || !links.fellow_members(doc, c.source, c.target)) continue;
    const int s = chain_end(doc, c.source), t = chain_end(doc, c.target);
    rival.emplace(s, t);
    rival.emplace(t, s);
  }
  for (const auto& [person, party] : links.links) {
    const auto r = rival.find(person);
    if (r == rival.end()) {
      doc.actors[person].affiliation = party;
      continue;
    }
    auto& e = doc.actors[person].explanation;
    if (e.size() < 12)
      e.push_back("own side: a dispute inside " + doc.actors[party].name + " with " + doc.actors[r->second].name);
  }
  return static_cast<int>(rival.size());
}

}  // namespace riposte
