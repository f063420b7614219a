// Re-annotation that keeps human work: the engine annotates the new text afresh, then the human edits of
// the previous document (Document::edits) are replayed onto it wherever the text they are anchored to is
// unchanged. Used when the engine has changed (a newer version over an old document) and when the person
// corrects the article's text.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "engine/annotator.h"
#include "engine/document/document.h"

namespace riposte {

// Maps byte spans of an old text onto a new one where the text is unchanged: paragraphs (lines) are matched
// by a diff, and inside a changed paragraph the common prefix and suffix still map. A span that touches
// changed text does not map.
class TextMap {
 public:
  TextMap(std::string_view old_text, std::string_view new_text);
  std::optional<Span> map(Span old_span) const;
  bool identical() const { return identical_; }

 private:
  struct Run {
    uint32_t old_begin, new_begin, size;
  };  // an unchanged stretch, sorted by old_begin
  std::vector<Run> runs_;
  bool identical_ = false;
};

struct Reannotation {
  Document doc;
  size_t kept = 0;     // edits replayed (or already true of the new annotation: kept in doc.edits all the same)
  size_t dropped = 0;  // edits whose text changed or that no longer apply
};

// Annotates `new_text` with `annotator` and replays `previous.edits` (spans mapped through a TextMap from
// previous.text). The provenance's title and URL are kept. Never throws (except std::bad_alloc).
Reannotation reannotate(const Annotator& annotator, const Document& previous, std::string_view new_text);
// The same for a new text annotated elsewhere (the page's engine worker): replays `previous.edits` onto `fresh`.
Reannotation replay_edits(Document fresh, const Document& previous);

}  // namespace riposte
