#include "engine/annotator.h"

#include <algorithm>

#include "engine/actors/party_disputes.h"
#include "engine/actors/silent_groups.h"
#include "engine/claims/stance.h"
#include "engine/document/palette.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

namespace riposte {

Annotator::Annotator() = default;
Annotator::Annotator(ClaimModel model) : claims_(std::move(model)) {}
Annotator::Annotator(ClaimModel model, CueDetector detector) : claims_(std::move(model), std::move(detector)) {}

namespace {

// The dump names actors by index: follow drop_silent_groups' renumbering, forgetting candidates it dropped.
void remap_dump(ClaimDump& dump, const std::vector<int>& remap) {
  auto gone = [&](const ClaimDump::Record& r) { return remap[r.source] < 0 || remap[r.target] < 0; };
  dump.records.erase(std::remove_if(dump.records.begin(), dump.records.end(), gone), dump.records.end());
  for (ClaimDump::Record& r : dump.records) {
    r.source = remap[r.source];
    r.target = remap[r.target];
  }
}

}  // namespace

// text -> tokens, sentences, quotes -> actors and mentions -> statements and claims -> silent groups pruned ->
// stance -> colours.
Document Annotator::annotate(std::string_view input, ClaimDump* dump, CueDump* cues) const {
  Document doc;
  RepairedText repaired = repair_utf8(input);
  doc.text = std::move(repaired.text);
  doc.repaired_sequences = repaired.replacements;
  doc.tokens = tokenize(doc.text);
  doc.sentences = split_sentences(doc.text, doc.tokens);
  doc.quotes = find_quotes(doc.text, doc.tokens);
  const std::vector<int> party_members = actors_.run(doc);
  // A member's party holds unless a fellow member accuses them or is accused by them: find out first with the
  // members as sides of their own (party_disputes.h). With no two members of one party, no accusation can split one
  // off, and every link goes back as it was: that pass is skipped (it was a claim pass more in a tenth of the BBC
  // articles).
  if (const PartyLinks links = detach_party_links(doc, party_members); !links.empty()) {
    if (links.shares_a_party())
      claims_.run_accusations(doc, [&](int source, int target) { return links.fellow_members(doc, source, target); });
    reattach_party_links(doc, links);
  }
  claims_.run(doc, dump, cues);
  const std::vector<int> remap = drop_silent_groups(doc);
  if (dump && !remap.empty()) remap_dump(*dump, remap);
  compute_stance(doc);
  assign_colors(doc);
  return doc;
}

}  // namespace riposte
