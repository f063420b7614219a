// Disputes inside one party (actors/ after the claims are known). A politician takes their party's side
// ("Republican nominee Donald Trump", "Sen. Rand Paul (R-Ky.)"), unless the dispute is inside that party: then the
// persons are the sides (GUIDELINES, "who is the government"; training NOTES B1, B3: rivals in a primary attack each
// other, a member blames the leader). Which it is shows only in the claims, and the claim finder keeps no claim
// between two actors of one side; so the annotator finds claims once with every person's link to a party taken out,
// puts back the links of people no fellow member accuses or is accused by, and finds the claims again.
#pragma once
#include <utility>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

struct PartyLinks {
  std::vector<std::pair<int, int>> links;  // a person and the party actor it was affiliated to
  bool empty() const { return links.empty(); }
  // Whether two of the persons were linked to the same party: only then can an accusation split one off, so only
  // then need the claims be found with the links out (in most articles with members, each party has one).
  bool shares_a_party() const;
  // Whether an accusation from `source` against `target` (actors of doc while the links are out) is one between two
  // members of the same party, at the ends of their affiliation chains: only those split a member off.
  bool fellow_members(const Document& doc, int source, int target) const;
};

// Takes the party members' affiliations to their party out of doc (each is a side of its own meanwhile). Members are
// the persons the actor layer put on a party's side by membership ("(R-Ky.)", "Republican nominee X", "the Tory
// leader"); ministers and office holders on the governing party's side keep it.
PartyLinks detach_party_links(Document& doc, const std::vector<int>& members);

// Puts the links back, except for the persons at both ends of an accusation in doc.claims whose links lead to the
// same party (through their aides and campaigns too: "Cruz spokeswoman Catherine Frazier"): those stay sides of
// their own, and their explanation says why. Returns how many persons were split off.
int reattach_party_links(Document& doc, const PartyLinks& links);

}  // namespace riposte
