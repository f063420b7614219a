// A hand-built Document (document_builder.h) with its DocumentView, for tests of the claim layer's steps that read
// the document through the view (statements, targets, candidates).
#pragma once
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/claims/claim_words.h"
#include "engine/claims/document_view.h"
#include "engine/lexicon/cue_lexicon.h"
#include "support/document_builder.h"

namespace riposte::testing {

// The view keeps references to the document and the words, so all three live here together.
struct ViewedDocument {
  Document doc;
  ClaimWords words;
  std::vector<CueHit> hits;
  std::unique_ptr<DocumentView> view;
  ViewedDocument(const std::string& text, const std::vector<ActorSpec>& actors) : doc(build_document(text, actors)) {
    static const CueLexicon lex;  // immutable, built once: the embedded cue lexicons
    std::string lower = CueLexicon::lower(doc.text);
    hits = lex.scan(doc, lower);
    view = std::make_unique<DocumentView>(doc, std::move(lower), hits, words);
  }
  // The first token spelt `w` (lower case) at or after `from`.
  uint32_t token(std::string_view w, uint32_t from = 0) const {
    for (uint32_t k = from; k < doc.tokens.size(); ++k)
      if (view->word(k) == w) return k;
    FAIL("no token " << w);
    return 0;
  }
  std::string name(int a) const { return a >= 0 ? doc.actors[a].name : "-"; }
};

}  // namespace riposte::testing
