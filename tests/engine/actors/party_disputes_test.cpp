#include <doctest/doctest.h>

#include <string>

#include "engine/actors/party_disputes.h"
#include "support/actor_checks.h"

using namespace riposte;
using riposte::testing::actor_at;
using riposte::testing::annotator;
using riposte::testing::side;

TEST_CASE("party disputes: rivals of one party who accuse each other are sides of their own") {
  const Document d = annotator().annotate(
      "Sen. Jack Hanley (R-Ohio) accused Dana Pryce (R-Utah) of lying about her record. Gov. Tom Ruiz (R-Ind.) "
      "stayed out of the primary fight. Democrats laughed.");
  const Actor* hanley = actor_at(d, "Jack Hanley");
  const Actor* pryce = actor_at(d, "Dana Pryce");
  REQUIRE(hanley);
  REQUIRE(pryce);
  CHECK(side(d, hanley) == hanley);
  CHECK(side(d, pryce) == pryce);
  CHECK(side(d, actor_at(d, "Tom Ruiz"))->name == "Republican Party");  // no dispute: the party holds
  bool found = false;
  for (const Claim& c : d.claims)
    found = found || (c.kind == ClaimKind::Accusation && &d.actors[c.source] == hanley && &d.actors[c.target] == pryce);
  CHECK(found);
  bool explained = false;
  for (const std::string& line : hanley->explanation) explained = explained || line.starts_with("own side");
  CHECK(explained);
}

TEST_CASE("party disputes: links are taken out and put back around an accusation") {
  Document d;
  d.actors.resize(4);
  d.actors[0].kind = ActorKind::Party;
  d.actors[0].name = "P";
  for (int a = 1; a <= 3; ++a) {
    d.actors[a].kind = ActorKind::Person;
    d.actors[a].affiliation = 0;
  }
  const PartyLinks links = detach_party_links(d, {1, 2, 3});
  CHECK(links.links.size() == 3);
  CHECK(d.actors[1].affiliation == -1);
  Claim c;
  c.kind = ClaimKind::Accusation;
  c.source = 1;
  c.target = 2;
  d.claims.push_back(c);
  CHECK(reattach_party_links(d, links) == 2);
  CHECK(d.actors[1].affiliation == -1);
  CHECK(d.actors[2].affiliation == -1);
  CHECK(d.actors[3].affiliation == 0);
}

TEST_CASE("party disputes: the pass with the links out is needed only between fellow members of one party") {
  Document d;
  d.actors.resize(6);
  for (int p : {0, 1}) d.actors[p].kind = ActorKind::Party;
  for (int a = 2; a <= 5; ++a) d.actors[a].kind = ActorKind::Person;
  d.actors[2].affiliation = 0;  // two members of party 0, one of party 1
  d.actors[3].affiliation = 0;
  d.actors[4].affiliation = 1;
  d.actors[5].affiliation = 2;  // an aide of member 2: at the end of its chain, member 2
  const PartyLinks one_each = detach_party_links(d, {2, 4});
  CHECK_FALSE(one_each.shares_a_party());  // no accusation can split a member off: the pass is skipped
  reattach_party_links(d, one_each);
  const PartyLinks links = detach_party_links(d, {2, 3, 4});
  CHECK(links.shares_a_party());
  CHECK(links.fellow_members(d, 2, 3));
  CHECK(links.fellow_members(d, 5, 3));        // the aide speaks for member 2
  CHECK_FALSE(links.fellow_members(d, 2, 4));  // members of two parties
  CHECK_FALSE(links.fellow_members(d, 5, 2));  // one chain: no dispute inside it
  CHECK_FALSE(links.fellow_members(d, -1, 3));
}
