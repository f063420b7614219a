#include "engine/annotator.h"

#include "engine/document/palette.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

namespace riposte {

Annotator::Annotator() = default;

Document Annotator::annotate(std::string_view input) const {
  Document doc;
  RepairedText repaired = repair_utf8(input);
  doc.text = std::move(repaired.text);
  doc.repaired_sequences = repaired.replacements;
  doc.tokens = tokenize(doc.text);
  doc.sentences = split_sentences(doc.text, doc.tokens);
  doc.quotes = find_quotes(doc.text, doc.tokens);
  actors_.run(doc);
  claims_.run(doc);
  assign_colors(doc);
  return doc;
}

}  // namespace riposte
