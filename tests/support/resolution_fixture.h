// Test helper: a document taken through the engine up to candidate mentions, and an ActorTable over it, so the
// steps of actor resolution (src/engine/actors/) can be driven one at a time.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "engine/actors/actor_table.h"
#include "engine/actors/mention_finder.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"

namespace riposte::testing {

inline const Gazetteer& gazetteer() {
  static const Gazetteer g;  // built once: it parses the embedded data
  return g;
}

struct ResolutionFixture {
  explicit ResolutionFixture(const std::string& text) {
    doc.text = text;
    doc.tokens = tokenize(doc.text);
    doc.sentences = split_sentences(doc.text, doc.tokens);
    doc.quotes = find_quotes(doc.text, doc.tokens);
    candidates = find_candidates(gazetteer(), doc);
    table = std::make_unique<resolution::ActorTable>(gazetteer(), candidates, doc);
  }
  // The index of the candidate whose words are `surface`, or -1.
  int candidate(const std::string& surface) const {
    for (size_t k = 0; k < candidates.size(); ++k)
      if (slice(doc.text, candidates[k].span) == surface) return static_cast<int>(k);
    return -1;
  }

  Document doc;
  std::vector<Candidate> candidates;
  std::unique_ptr<resolution::ActorTable> table;
};

}  // namespace riposte::testing
