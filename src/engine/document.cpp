#include "engine/document.h"

namespace riposte {

std::string_view to_string(ActorKind kind) {
  switch (kind) {
    case ActorKind::State: return "state";
    case ActorKind::Government: return "government";
    case ActorKind::Organisation: return "organisation";
    case ActorKind::Party: return "party";
    case ActorKind::Company: return "company";
    case ActorKind::Media: return "media";
    case ActorKind::Person: return "person";
    case ActorKind::Group: return "group";
    case ActorKind::Place: return "place";
  }
  return "group";
}

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::Accusation: return "accusation";
    case ClaimKind::Rebuttal: return "rebuttal";
    case ClaimKind::Support: return "support";
  }
  return "accusation";
}

}  // namespace riposte
