#include "engine/actors/known_actors.h"

namespace riposte::resolution {
namespace {

class KnownActors : ResolverStep {
 public:
  explicit KnownActors(ActorTable& table) : ResolverStep(table) {}
  void run() { known_actors(); }

 private:
  void known_actors() {
    for (size_t k = 0; k < c_.size(); ++k) {
      const Candidate& c = c_[k];
      switch (c.kind) {
        case CandidateKind::State: {
          // In a country's domestic politics its "administration" or "government" is the governing side, not
          // the state ("the US administration" in a dispute between Republicans and Democrats).
          const std::string_view noun = w(c.end_token - 1);
          if (c.end_token - c.first_token >= 2 && domestic(c.target) && in_lower(gaz_.words().executive_nouns, noun)) {
            std::string why;
            const int side = executive_side(c.target, why);
            if (side >= 0) {
              const Country& country = gaz_.countries()[c.target];
              const int a =
                  actor("E:" + country.code, country.adjective + " " + std::string(noun), ActorKind::Government);
              assign(k, a, c.rule);
              set_affiliation(a, side, "the executive in domestic politics: " + why);
              break;
            }
          }
          assign(k, state_actor(c.target), c.rule);
          break;
        }
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
        case CandidateKind::Seat: {
          const Seat& seat = gaz_.seats()[c.target];
          const int a = actor("T:" + seat.name, seat.name, ActorKind::Government);
          assign(k, a, c.rule);
          if (seat.country >= 0) {
            std::string why;
            const int side = executive_side(seat.country, why);
            set_affiliation(a, side, "seat of government: " + why);
          }
          break;
        }
        case CandidateKind::KnownOrg: {
          const KnownOrganisation& o = gaz_.organisations()[c.target];
          const int a = actor("O:" + o.key, o.name, o.kind, o.key);
          assign(k, a, c.rule);
          extra_[a].body_of = o.country;
          // A legislature takes no side in its own country's party politics.
          if (o.country >= 0 && !(o.legislature && domestic(o.country)))
            set_affiliation(a, state_actor(o.country), "gazetteer");
          break;
        }
        case CandidateKind::Party:
          assign(k, party_actor(c.target), c.rule);
          break;
        case CandidateKind::Organisation: {
          if (c.head == HeadKind::Diplomatic && c.state >= 0) {
            missions(k, c.state, c.rule);
            break;
          }
          ActorKind kind = ActorKind::Organisation;
          switch (c.head) {
            case HeadKind::Government:
            case HeadKind::Ministry:
            case HeadKind::Executive:
            case HeadKind::Diplomatic:
              kind = ActorKind::Government;
              break;
            case HeadKind::Party:
              kind = ActorKind::Party;
              break;
            case HeadKind::Company:
              kind = ActorKind::Company;
              break;
            case HeadKind::Media:
              kind = ActorKind::Media;
              break;
            default:
              break;
          }
          std::string key = lower(c.name);
          if (key.rfind("the ", 0) == 0) key.erase(0, 4);
          assign(k, actor("N:" + key, c.name, kind), c.rule);
          break;
        }
        default:
          break;
      }
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
