#include "engine/document/document.h"

namespace riposte {

std::string_view to_string(ActorKind kind) {
  switch (kind) {
    case ActorKind::State:
      return "state";
    case ActorKind::Government:
      return "government";
    case ActorKind::Organisation:
      return "organisation";
    case ActorKind::Party:
      return "party";
    case ActorKind::Company:
      return "company";
    case ActorKind::Media:
      return "media";
    case ActorKind::Person:
      return "person";
    case ActorKind::Group:
      return "group";
    case ActorKind::Place:
      return "place";
  }
  return "group";
}

std::string_view to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::Accusation:
      return "accusation";
    case ClaimKind::Rebuttal:
      return "rebuttal";
    case ClaimKind::Support:
      return "support";
  }
  return "accusation";
}

std::string_view claim_kind_glyph(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::Accusation:
      return "\xE2\x96\xB2";  // ▲
    case ClaimKind::Rebuttal:
      return "\xE2\x97\x8B";  // ○
    case ClaimKind::Support:
      return "+";
  }
  return "";
}

bool parse_actor_kind(std::string_view s, ActorKind& out) {
  for (ActorKind k : {ActorKind::State, ActorKind::Government, ActorKind::Organisation, ActorKind::Party,
                      ActorKind::Company, ActorKind::Media, ActorKind::Person, ActorKind::Group, ActorKind::Place})
    if (to_string(k) == s) {
      out = k;
      return true;
    }
  return false;
}

bool parse_claim_kind(std::string_view s, ClaimKind& out) {
  for (ClaimKind k : {ClaimKind::Accusation, ClaimKind::Rebuttal, ClaimKind::Support})
    if (to_string(k) == s) {
      out = k;
      return true;
    }
  return false;
}

}  // namespace riposte
