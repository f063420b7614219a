#include "engine/actors/known_actors.h"

namespace riposte::resolution {
namespace {

class KnownActors : ResolverStep {
 public:
  explicit KnownActors(ActorTable& table) : ResolverStep(table) {}
  void run() {
    for (size_t k = 0; k < c_.size(); ++k) known_actor(k);
  }

 private:
  void known_actor(size_t k) {
    const Candidate& c = c_[k];
    switch (c.kind) {
      case CandidateKind::State:
        state(k);
        break;
      case CandidateKind::Missions:
        missions(k, c.target, c.rule);
        break;
      case CandidateKind::StateBody: {
        const Country& country = gaz_.countries()[c.target];
        const int a = actor("B:" + country.code + ":" + lower(c.name), c.name, ActorKind::Government);
        assign(k, a, c.rule);
        set_affiliation(a, state_actor(c.target), "body of the state");
        break;
      }
      case CandidateKind::Seat:
        seat(k);
        break;
      case CandidateKind::KnownOrg:
        known_organisation(k);
        break;
      case CandidateKind::Party:
        assign(k, party_actor(c.target), c.rule);
        break;
      case CandidateKind::Organisation:
        organisation(k);
        break;
      default:
        break;
    }
  }

  // A country's name, capital or adjective: the state; in the country's domestic politics its "administration" or
  // "government" is the governing side, not the state ("the US administration" in a dispute between Republicans and
  // Democrats).
  void state(size_t k) {
    const Candidate& c = c_[k];
    const std::string_view noun = w(c.end_token - 1);
    if (c.end_token - c.first_token >= 2 && domestic(c.target) && in_lower(gaz_.words().executive_nouns, noun)) {
      std::string why;
      const int side = executive_side(c.target, why);
      if (side >= 0) {
        const Country& country = gaz_.countries()[c.target];
        const int a = actor("E:" + country.code, country.adjective + " " + std::string(noun), ActorKind::Government);
        assign(k, a, c.rule);
        set_affiliation(a, side, "the executive in domestic politics: " + why);
        return;
      }
    }
    assign(k, state_actor(c.target), c.rule);
  }

  void seat(size_t k) {
    const Candidate& c = c_[k];
    const Seat& seat = gaz_.seats()[c.target];
    const int a = actor("T:" + seat.name, seat.name, ActorKind::Government);
    assign(k, a, c.rule);
    if (seat.country >= 0) {
      std::string why;
      const int side = executive_side(seat.country, why);
      set_affiliation(a, side, "seat of government: " + why);
    }
  }

  void known_organisation(size_t k) {
    const Candidate& c = c_[k];
    const KnownOrganisation& o = gaz_.organisations()[c.target];
    const int a = actor("O:" + o.key, o.name, o.kind, o.key);
    assign(k, a, c.rule);
    extra_[a].body_of = o.country;
    // A legislature takes no side in its own country's party politics; a department of its government takes the
    // governing side there (GUIDELINES "who is the government").
    std::string why;
    const int department = in_capitals(gaz_.words().departments, o.key) ? department_side(o.country, why) : -1;
    if (department >= 0) {
      set_affiliation(a, department, "government department in domestic politics: " + why);
    } else if (o.country >= 0 && !(o.legislature && domestic(o.country))) {
      set_affiliation(a, state_actor(o.country), "gazetteer");
    }
  }

  // A body named by a head noun ("Foreign Ministry"): its kind from the head noun; a country's embassy is its
  // missions.
  void organisation(size_t k) {
    const Candidate& c = c_[k];
    if (c.head == HeadKind::Diplomatic && c.state >= 0) {
      missions(k, c.state, c.rule);
      return;
    }
    std::string key = lower(c.name);
    if (key.rfind("the ", 0) == 0) key.erase(0, 4);
    assign(k, actor("N:" + key, c.name, kind_of_head(c.head)), c.rule);
  }

  static ActorKind kind_of_head(HeadKind head) {
    switch (head) {
      case HeadKind::Government:
      case HeadKind::Ministry:
      case HeadKind::Executive:
      case HeadKind::Diplomatic:
        return ActorKind::Government;
      case HeadKind::Party:
        return ActorKind::Party;
      case HeadKind::Company:
        return ActorKind::Company;
      case HeadKind::Media:
        return ActorKind::Media;
      default:
        return ActorKind::Organisation;
    }
  }

  void missions(size_t k, int country, std::string_view rule) {
    const Country& c = gaz_.countries()[country];
    const int a = actor("M:" + c.code, c.adjective + " embassies and missions", ActorKind::Government);
    assign(k, a, rule);
    set_affiliation(a, state_actor(country), "diplomatic missions of the state");
  }
};

}  // namespace

void add_known_actors(ActorTable& table) { KnownActors(table).run(); }

}  // namespace riposte::resolution
