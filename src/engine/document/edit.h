// The edits a person makes to an annotated Document, as values: anchored by text spans and actor names,
// never by the engine's indices or ids (which change from one run to the next), so that they can be kept
// in Document::edits, written to JSON ("edits"), and replayed onto a fresh annotation (reannotation.h).
// Applying them: document_edit.h.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "engine/document/span.h"

namespace riposte {

// Names a claim in a way that survives re-annotation: its cue span plus what it says.
// Matched against the document as it is when the edit is applied (earlier edits included).
struct ClaimRef {
  Span cue;
  ClaimKind kind = ClaimKind::Accusation;
  std::string source;  // actor names
  std::string target;
  friend bool operator==(const ClaimRef&, const ClaimRef&) = default;
};

namespace edit {
// Make `span` a mention of the actor named `actor`; when no actor has that name, a new actor of `kind`
// is created (human). Mentions overlapping `span` are removed first.
struct AddMention {
  Span span;
  std::string actor;
  ActorKind kind = ActorKind::Person;
};
// Remove the mention whose span is exactly `span`. An actor left with no mention, claim or affiliated
// actor is removed with it.
struct RemoveMention {
  Span span;
};
struct RenameActor {
  std::string actor;
  std::string name;
};
// `from` disappears: its mentions, claims and affiliated actors go to `into`.
struct MergeActors {
  std::string from;
  std::string into;
};
// The mentions at `mentions` (exact spans, all of `actor`) move to a new actor `name` of `kind`,
// affiliated like `actor`.
struct SplitActor {
  std::string actor;
  std::string name;
  ActorKind kind = ActorKind::Person;
  std::vector<Span> mentions;
};
// `parent` empty: no affiliation. Refused when it would make a cycle.
struct SetAffiliation {
  std::string actor;
  std::string parent;
};
// Changing the kind resets score, CAMEO code and PLOVER to the kind's defaults; a claim that stops being a
// rebuttal rebuts nothing; `rebuts` must name an accusation (nullopt: rebuts nothing).
struct SetClaimKind {
  ClaimRef claim;
  ClaimKind kind;
};
struct SetClaimSource {
  ClaimRef claim;
  std::string actor;
};
struct SetClaimTarget {
  ClaimRef claim;
  std::string actor;
};
struct SetClaimRebuts {
  ClaimRef claim;
  std::optional<ClaimRef> rebuts;
};
// A new claim; `content` may be empty (then the sentence around the cue is used).
struct AddClaim {
  ClaimKind kind = ClaimKind::Accusation;
  std::string source, target;
  Span cue, content;
  std::optional<ClaimRef> rebuts;
};
// Claims that rebutted it then rebut nothing.
struct DeleteClaim {
  ClaimRef claim;
};
}  // namespace edit

using Edit = std::variant<edit::AddMention, edit::RemoveMention, edit::RenameActor, edit::MergeActors, edit::SplitActor,
                          edit::SetAffiliation, edit::SetClaimKind, edit::SetClaimSource, edit::SetClaimTarget,
                          edit::SetClaimRebuts, edit::AddClaim, edit::DeleteClaim>;

}  // namespace riposte
