// What the views derive from a new Document once: paragraphs and their styles, each actor's side
// (root of its affiliation chain), mention counts, claims ordered by cue position, and the undo history
// of article replacements and human edits.
#pragma once
#include <string>

#include "engine/document/document_edit.h"
#include "ui/app_state.h"

namespace riposte::ui {

// Replaces the article. push_undo keeps the previous one for Ctrl+Z (labelled `label`), and clears redo.
void set_document(AppState& state, Document&& doc, bool push_undo, std::string label = "New article");
// Derives the view of state.doc afresh (after the article itself changed): layout, sides, selection.
void show_new_article(AppState& state);
// Applies a human edit (engine/document_edit.h) to the shown article, undoably; keeps layout and scroll.
// On failure nothing changes and state.editor.message says why.
EditOutcome perform_edit(AppState& state, const Edit& edit);
// Undo / redo the last article replacement or edit (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y).
bool undo(AppState& state);
bool redo(AppState& state);

bool is_blank(std::string_view text);
int side_of(const Document& doc, int actor);
// "Zhao Lijian → Chinese Foreign Ministry → China"
std::string affiliation_chain(const Document& doc, int actor);
// Why the claim is there, for a reader checking it: "marked by you", "found by the claim model, on a reported
// statement", "proposed by a hand rule (accuse verb), confirmed by the claim model", "found by a hand rule
// (implied)"; empty when nothing is known (a document imported without `rule` fields).
std::string claim_provenance(const Claim& claim);
// The word around `byte` (letters of any script, digits; ' - ’ inside words: "Xi’s", "anti-war"), or
// {byte, byte} outside words. Selections snap to words with it.
Span word_at(std::string_view text, uint32_t byte);

}  // namespace riposte::ui
