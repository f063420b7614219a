#include "engine/actors/silent_groups.h"

#include <algorithm>
#include <charconv>
#include <string_view>

namespace riposte {

// Groups named by a common noun ("voters", "analysts") are actors only when they speak or accuse: elsewhere,
// including as the mere object of a claim ("protecting investors from fraud"), they are background, and their
// mentions, actors and the claims aimed at them are dropped (indices remapped).
std::vector<int> drop_silent_groups(Document& doc) {
  constexpr std::string_view kGroupRule = "description:group";
  if (std::none_of(doc.mentions.begin(), doc.mentions.end(),
                   [&](const Mention& m) { return std::string_view(m.rule) == kGroupRule; }))
    return {};  // most articles: nothing to allocate
  const size_t n = doc.actors.size();
  std::vector<char> active(n, 0), group(n, 0);
  for (const Claim& c : doc.claims)
    if (c.source >= 0) active[c.source] = 1;
  for (const Statement& st : doc.statements)
    if (st.source >= 0) active[st.source] = 1;
  bool any = false;
  for (const Mention& m : doc.mentions)
    if (m.actor >= 0 && !active[m.actor] && std::string_view(m.rule) == kGroupRule) group[m.actor] = any = true;
  if (!any) return {};
  // Claims aimed at a dropped group go too; `rebuts` indices follow.
  std::vector<int> claim_remap(doc.claims.size(), -1);
  std::vector<Claim> claims;
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    if (c.target >= 0 && group[c.target]) continue;
    claim_remap[i] = static_cast<int>(claims.size());
    claims.push_back(std::move(doc.claims[i]));
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    char id[24] = {'c'};
    claims[i].id.assign(id, std::to_chars(id + 1, id + sizeof id, i + 1).ptr);
    if (claims[i].rebuts >= 0) claims[i].rebuts = claim_remap[claims[i].rebuts];
  }
  doc.claims = std::move(claims);
  doc.mentions.erase(std::remove_if(doc.mentions.begin(), doc.mentions.end(),
                                    [&](const Mention& m) { return m.actor >= 0 && group[m.actor]; }),
                     doc.mentions.end());
  std::vector<char> keep(n, 1);
  for (size_t a = 0; a < n; ++a) keep[a] = !group[a];
  for (const Actor& a : doc.actors)  // an actor something is affiliated to stays
    if (a.affiliation >= 0) keep[a.affiliation] = 1;
  std::vector<int> remap(n, -1);
  std::vector<Actor> kept;
  for (size_t a = 0; a < n; ++a)
    if (keep[a]) {
      remap[a] = static_cast<int>(kept.size());
      kept.push_back(std::move(doc.actors[a]));
    }
  for (size_t i = 0; i < kept.size(); ++i) {
    char id[24] = {'a'};
    kept[i].id.assign(id, std::to_chars(id + 1, id + sizeof id, i + 1).ptr);
    if (kept[i].affiliation >= 0) kept[i].affiliation = remap[kept[i].affiliation];
  }
  doc.actors = std::move(kept);
  for (Mention& m : doc.mentions) m.actor = m.actor >= 0 ? remap[m.actor] : -1;
  for (Claim& c : doc.claims) {
    c.source = c.source >= 0 ? remap[c.source] : -1;
    c.target = c.target >= 0 ? remap[c.target] : -1;
  }
  for (Statement& st : doc.statements) st.source = st.source >= 0 ? remap[st.source] : -1;
  return remap;
}

}  // namespace riposte
