// What the views derive from a new Document once: paragraphs and their styles, each actor's side
// (root of its affiliation chain), mention counts, claims ordered by cue position, and the undo history.
#pragma once
#include <string>

#include "ui/app_state.h"

namespace riposte::ui {

// Replaces the article. push_undo keeps the previous one for Ctrl+Z (a few, the newest last).
void set_document(AppState& state, Document&& doc, bool push_undo);
bool undo_document(AppState& state);

bool is_blank(std::string_view text);
int side_of(const Document& doc, int actor);
// "Zhao Lijian → Chinese Foreign Ministry → China"
std::string affiliation_chain(const Document& doc, int actor);
std::vector<Paragraph> split_paragraphs(const Document& doc);

}  // namespace riposte::ui
