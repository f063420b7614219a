// Sanction candidates (claims/sanctions.h): disputes told as official or legal actions propose accusation
// candidates with the origin "sanction" and features saying how the action word links the two actors. Invented
// sentences of the shapes the training articles show (data/sanction_words.tsv cites them).
#include <doctest/doctest.h>

#include "engine/claims/claim_finder.h"
#include "engine/claims/sanctions.h"
#include "engine/lexicon/embedded_data.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::body;
using testing::person;

namespace {

// The dumped candidates of `kind` from `source` to `target` that the origin `rule` proposed.
std::vector<ClaimDump::Record> candidates(const Document& d, const ClaimDump& dump, ClaimKind kind,
                                          const std::string& source, const std::string& target,
                                          const std::string& rule) {
  std::vector<ClaimDump::Record> out;
  for (const ClaimDump::Record& r : dump.records)
    if (r.kind == kind && d.actors[r.source].name == source && d.actors[r.target].name == target &&
        std::find(r.rules.begin(), r.rules.end(), rule) != r.rules.end())
      out.push_back(r);
  return out;
}

bool has_feature(const ClaimDump::Record& r, const std::string& f) {
  return std::find(r.features.begin(), r.features.end(), f) != r.features.end();
}

}  // namespace

TEST_CASE("sanctions: the data file has the list, the accusation lexicon's own cue words are not in it") {
  const WordLists lists(data::file("sanction_words.tsv"));
  CHECK(lists.names().size() == 1);
  const SanctionWords w;
  CHECK(w.words.size() > 20);
  CHECK(w.words.contains("fined"));
  CHECK(w.words.contains("Banned"));
  CHECK_FALSE(w.words.contains("sued"));     // a cue of the accusation lexicon ("sue")
  CHECK_FALSE(w.words.contains("accused"));  // likewise
}

TEST_CASE("sanctions: 'Y was banned by X' proposes X -> Y (passive, X the agent) and the reverse, told apart") {
  const auto federation = body("Rowing Federation", {"Rowing Federation"});
  const auto vale = person("Tom Vale", {"Tom Vale", "Vale"});
  Document d = testing::build_document(
      "Tom Vale was banned for two years by the Rowing Federation on Monday. Vale plans to fight on.",
      {federation, vale});
  ClaimDump dump;
  ClaimFinder().run(d, &dump);
  const auto forward = candidates(d, dump, ClaimKind::Accusation, "Rowing Federation", "Tom Vale", "sanction");
  REQUIRE(forward.size() == 1);
  CHECK(has_feature(forward[0], "rule=sanction"));
  CHECK(has_feature(forward[0], "sanc=passive_by"));
  CHECK(has_feature(forward[0], "sanc=source_agent"));
  const auto reverse = candidates(d, dump, ClaimKind::Accusation, "Tom Vale", "Rowing Federation", "sanction");
  REQUIRE(reverse.size() == 1);
  CHECK_FALSE(has_feature(reverse[0], "sanc=passive_by"));
  CHECK(has_feature(reverse[0], "sanc=passive_source_before"));
  // Sanctions propose accusations only.
  CHECK(candidates(d, dump, ClaimKind::Rebuttal, "Tom Vale", "Rowing Federation", "sanction").empty());
}

TEST_CASE("sanctions: an active action ('X fined Y') and a penalty noun with its agent ('imposed by X')") {
  const auto regulator = body("Market Authority", {"Market Authority"});
  const auto bank = body("Norland Bank", {"Norland Bank"}, {}, ActorKind::Company);
  Document d = testing::build_document(
      "The Market Authority fined Norland Bank over its sales methods. Norland Bank paid a penalty imposed by the "
      "Market Authority last year.",
      {regulator, bank});
  ClaimDump dump;
  ClaimFinder().run(d, &dump);
  const auto found = candidates(d, dump, ClaimKind::Accusation, "Market Authority", "Norland Bank", "sanction");
  REQUIRE(found.size() == 2);  // one per sentence, each on its first sanction word
  CHECK(has_feature(found[0], "sanc=active"));
  CHECK(has_feature(found[1], "sanc=source_agent"));
  CHECK(has_feature(found[1], "sanc=active_reversed"));
}

TEST_CASE("sanctions: no candidate from a word the accusation lexicon already reads, nor inside a name") {
  const auto city = body("Harbour City", {"Harbour City"});
  const auto group = body("Civic Rights Union", {"Civic Rights Union"});
  const auto inquiry = body("Ban Commission", {"Ban Commission"});
  Document d = testing::build_document(
      "The Civic Rights Union sued Harbour City over the rules. The Ban Commission met Harbour City officials.",
      {city, group, inquiry});
  ClaimDump dump;
  ClaimFinder().run(d, &dump);
  for (const ClaimDump::Record& r : dump.records)
    CHECK(std::find(r.rules.begin(), r.rules.end(), "sanction") == r.rules.end());
  // "sued" is a lexicon cue: co-occurrence proposes the pair instead.
  CHECK_FALSE(candidates(d, dump, ClaimKind::Accusation, "Civic Rights Union", "Harbour City", "cooccurrence").empty());
}
