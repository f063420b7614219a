// Test helper for the actor resolution steps (src/engine/actors/): one shared Annotator, the actor of a mention by
// its words, and the end of an actor's affiliation chain.
#pragma once
#include <string>

#include "engine/annotator.h"

namespace riposte::testing {

inline const Annotator& annotator() {
  static const Annotator a;  // built once for every test: it compiles the lexicons
  return a;
}
// The actor a mention of `surface` (the n-th occurrence) belongs to.
inline const Actor* actor_at(const Document& d, const std::string& surface, int nth = 0) {
  for (const Mention& m : d.mentions)
    if (slice(d.text, m.span) == surface && nth-- == 0) return &d.actors[m.actor];
  return nullptr;
}
// The end of an actor's affiliation chain.
inline const Actor* side(const Document& d, const Actor* a) {
  for (int guard = 0; a && a->affiliation >= 0 && guard < 16; ++guard) a = &d.actors[a->affiliation];
  return a;
}

}  // namespace riposte::testing
