// libFuzzer target over the riposte/1 JSON importer (share links and .riposte.json files are untrusted):
// document_from_json must never throw or crash, and what it accepts must be a consistent Document
// (fuzz/document_checks.h) that survives a second round trip unchanged (the importer promises losslessness).
// Its human edits are then replayed onto it, as re-annotation replays untrusted edits onto a fresh document:
// apply_edit must never crash, a refused edit must change nothing, an applied one must leave a consistent document.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "document_checks.h"
#include "engine/document/document_edit.h"
#include "engine/document/reannotation.h"
#include "engine/formats/document_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto imported = riposte::document_from_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!imported) {
    FUZZ_CHECK(!imported.error().empty());
    return 0;
  }
  const riposte::Document& doc = imported.value();
  riposte_fuzz::check_document(doc);
  riposte_fuzz::check_json(doc);
  const std::string once = riposte::to_json_string(doc);
  auto again = riposte::document_from_json(once);
  FUZZ_CHECK(again.ok());
  FUZZ_CHECK(riposte::to_json_string(again.value()) == once);

  riposte::Document replay = doc;
  replay.edits.clear();
  size_t applied = 0;
  for (size_t i = 0; i < doc.edits.size() && i < 64; ++i) {
    const std::string before = riposte::to_json_string(replay);
    (void)riposte::describe(replay, doc.edits[i]);
    const riposte::EditOutcome outcome = riposte::apply_edit(replay, doc.edits[i]);
    if (!outcome.ok) {
      FUZZ_CHECK(!outcome.error.empty() && outcome.error.find('\n') == std::string::npos);
      FUZZ_CHECK(riposte::to_json_string(replay) == before);
      continue;
    }
    ++applied;
    FUZZ_CHECK(replay.edits.size() == applied);
    FUZZ_CHECK(outcome.actor >= -1 && outcome.actor < static_cast<int>(replay.actors.size()));
    FUZZ_CHECK(outcome.mention >= -1 && outcome.mention < static_cast<int>(replay.mentions.size()));
    FUZZ_CHECK(outcome.claim >= -1 && outcome.claim < static_cast<int>(replay.claims.size()));
    riposte_fuzz::check_document(replay);
    riposte_fuzz::check_json(replay);
  }
  // The same edits through re-annotation's replay (span mapping, already-satisfied edits) onto the document
  // without them, its text unchanged: every edit is kept or dropped, and the result is consistent.
  if (doc.edits.size() <= 64) {
    riposte::Document fresh = doc;
    fresh.edits.clear();
    const riposte::Reannotation r = riposte::replay_edits(std::move(fresh), doc);
    FUZZ_CHECK(r.kept + r.dropped == doc.edits.size());
    FUZZ_CHECK(r.doc.edits.size() == r.kept);
    riposte_fuzz::check_document(r.doc);
    riposte_fuzz::check_json(r.doc);
  }
  return 0;
}
