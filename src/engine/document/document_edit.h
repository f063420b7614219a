// Human edits to an annotated Document. Every edit is a value: it is applied to the document, kept in
// Document::edits (written to JSON as "edits", carried by share links and autosave), and can be replayed
// onto a fresh annotation of the same or a partly changed text (reannotation.h). That is how human
// corrections survive re-annotation: edits are anchored by text spans and actor names, never by the
// engine's indices or ids, which change from one run to the next.
//
// What an edit touches is marked human (Actor/Mention/Claim::human). After each edit, stance is
// recomputed from the claims and colours are reassigned (sides may have changed).
#pragma once
#include <string>
#include <string_view>

#include "engine/document/document.h"
#include "engine/document/edit.h"

namespace riposte {

struct EditOutcome {
  bool ok = false;
  std::string error;  // why the edit does not apply (empty when ok)
  // What the edit created or changed, for the view to select (indices into the edited document, or -1).
  int actor = -1;
  int mention = -1;
  int claim = -1;
};

// Applies `e` and, when it applies, appends it to doc.edits. When it does not apply (unknown actor or claim,
// span outside the text, not on UTF-8 boundaries or empty, a cycle, a no-op), doc is left unchanged and the
// outcome says why. Never throws (except std::bad_alloc).
EditOutcome apply_edit(Document& doc, const Edit& e);

// The reference of an existing claim (index into doc.claims).
ClaimRef claim_ref(const Document& doc, int claim);
// Index of the claim `ref` names, or -1.
int find_claim(const Document& doc, const ClaimRef& ref);
// Index of the actor named `name`, or -1.
int find_actor(const Document& doc, std::string_view name);

// The sentence around `span` (doc.sentences, else the text between sentence punctuation): the words of a claim
// drawn without a cue of its own, and a new claim's default content.
Span sentence_around(const Document& doc, Span span);

// One line for menus and undo labels: "Merge “Ruiz” into “Ana Ruiz”".
std::string describe(const Document& doc, const Edit& e);

}  // namespace riposte
