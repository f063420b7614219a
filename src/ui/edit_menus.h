// The editing menus, shared by the article and the side panels. Each draws the items of one context
// menu (inside an open popup) and performs the chosen edit through perform_edit, so every edit is
// undoable and recorded in Document::edits (engine/document_edit.h).
#pragma once
#include "ui/app_state.h"

namespace riposte::ui {

struct EditMenus {
  // An actor: rename, affiliation, merge into another.
  static void actor_items(AppState& state, int actor);
  // A mention: remove it, split it off into a new actor, then the actor's items.
  static void mention_items(AppState& state, int mention);
  // A claim: kind, source, target, the accusation it answers, delete.
  static void claim_items(AppState& state, int claim);
  // Selected words (state.editor.selection): a mention of a new or an existing actor.
  static void selection_items(AppState& state);
  // A claim drawn by dragging from a mention to another: choose its kind.
  static void new_claim_items(AppState& state);
};

}  // namespace riposte::ui
