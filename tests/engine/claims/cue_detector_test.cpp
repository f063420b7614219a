#include "engine/claims/cue_detector.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "engine/claims/attribution.h"
#include "support/document_builder.h"

using namespace riposte;
using testing::body;
using testing::build_document;
using testing::person;

namespace {

// A document with the given actors, its view and lexicon hits as ClaimFinder::run makes them, the detector's cues
// and the statements found from them (named speakers, then the unnamed ones).
struct Detected {
  Document doc;
  std::vector<DetectedCue> cues;
  std::vector<Attribution> named, unnamed;

  std::string cue(size_t i) const { return text(cues[i].first, cues[i].last); }
  std::string text(uint32_t first, uint32_t last) const {
    return std::string(slice(doc.text, {doc.tokens[first].span.begin, doc.tokens[last].span.end}));
  }
  // "source | words naming the speaker | content" of a statement.
  std::string statement(const Attribution& a) const {
    const std::string source = a.source >= 0 ? doc.actors[a.source].name : "-";
    const std::string words = a.source_first == kNoSourceWords ? "-" : text(a.source_first, a.source_last);
    return source + " | " + words + " | " + text(a.content_first, a.content_last);
  }
};

Detected detect(const std::string& text, const std::vector<testing::ActorSpec>& actors, const CueDetector& detector) {
  static const CueLexicon lexicon;
  static const ClaimWords words;
  Detected d{build_document(text, actors), {}, {}, {}};
  std::string lower = CueLexicon::lower(d.doc.text);
  auto hits = lexicon.scan(d.doc, lower);
  const DocumentView view(d.doc, std::move(lower), hits, words);
  hits.erase(std::remove_if(hits.begin(), hits.end(), [&](const CueHit& h) { return view.tok_mention[h.first] >= 0; }),
             hits.end());
  d.cues = detector.detect(view, hits);
  d.named = find_statements(view, hits, detector.empty() ? nullptr : &d.cues, &d.unnamed);
  return d;
}

const CueDetector& embedded() {
  static const CueDetector detector;  // immutable test fixture, loaded once
  return detector;
}

}  // namespace

TEST_CASE("cue detector: a weights file is parsed, and a malformed one is refused with its line") {
  std::string error;
  const CueDetector tiny = CueDetector::parse(
      "# a comment\nthreshold\t0.5\nstrong\t0.5\ngate\tsaid\n"
      "bias\t-2\t-2\nw=said\t4\t4\n",
      &error);
  CHECK(error.empty());
  CHECK_FALSE(tiny.empty());
  CHECK(tiny.threshold() == doctest::Approx(0.5));
  CHECK(CueDetector::parse("").empty());
  CHECK(CueDetector::parse("threshold\t1.5\n", &error).empty());
  CHECK(error == "attribution model line 1: not a probability");
  CHECK(CueDetector::parse("bias\t1\n", &error).empty());
  CHECK(error.find("line 1: expected feature") != std::string::npos);
  CHECK(CueDetector::parse("w=said\t1\t1\nnosuch=x\t1\t1\n", &error).empty());
  CHECK(error.find("line 2: unknown feature template") != std::string::npos);
  CHECK(CueDetector::parse("w=said\t1\t1\nw=said\t2\t2\n", &error).empty());
  CHECK(error.find("listed twice") != std::string::npos);
  // A gate word twice: refused as before, when the gate's keys sat among the weights.
  CHECK(CueDetector::parse("gate\tsaid\nw=said\t1\t1\ngate\tsaid\n", &error).empty());
  CHECK(error.find("gate word listed twice") != std::string::npos);
  CHECK_FALSE(CueDetector::parse("gate\tsaid\n").empty());  // a gate alone is a model
  CHECK(CueDetector::parse("w=said\tone\t1\n", &error).empty());
  CHECK(error.find("not a number") != std::string::npos);
}

TEST_CASE("cue detector: a hand-made model scores only the words of its gate") {
  const CueDetector tiny =
      CueDetector::parse("threshold\t0.5\nstrong\t0.5\ngate\tsaid\nbias\t-2\t-2\nw=said\t4\t4\nw=argued\t4\t4\n");
  const auto d = detect("Gordon Brown said the plan would work. Tony Blair argued it would not.",
                        {person("Gordon Brown", {"Gordon Brown"}), person("Tony Blair", {"Tony Blair"})}, tiny);
  REQUIRE(d.cues.size() == 1);  // "argued" has a weight but is not in the gate
  CHECK(d.cue(0) == "said");
  CHECK(d.cues[0].probability == doctest::Approx(1.0 / (1.0 + std::exp(-2.0))).epsilon(1e-4));
}

TEST_CASE("cue detector: features of constant values (bias, lexicon kind, quotes, place) weigh what their names say") {
  // Their weights are found once at load (CueDetector::Fixed), not by name per word: the sums must be the same.
  const CueDetector tiny = CueDetector::parse(
      "threshold\t0.5\nstrong\t0.5\ngate\tsaid\n"
      "bias\t-2\t-1\nw=said\t1\t0.5\nlex=say\t0.5\t0.25\nq=colon\t0.25\t0.125\nalone\t0\t1\n"
      "pos=first\t8\t8\nq=in\t8\t8\nnest=after\t8\t8\nlex=in\t8\t8\n");  // these four do not apply
  REQUIRE_FALSE(tiny.empty());
  static const CueLexicon lexicon;
  static const ClaimWords words;
  const Document doc =
      build_document("Gordon Brown said: the plan would work.", {person("Gordon Brown", {"Gordon Brown"})});
  std::string lower = CueLexicon::lower(doc.text);
  const auto hits = lexicon.scan(doc, lower);
  const DocumentView view(doc, std::move(lower), hits, words);
  CueDump dump;
  const auto cues = tiny.detect(view, hits, &dump);
  REQUIRE(dump.records.size() == 1);
  const auto& features = dump.records[0].features;
  for (const char* f : {"bias", "w=said", "lex=say", "q=colon"})
    CHECK(std::find(features.begin(), features.end(), f) != features.end());
  for (const char* f : {"pos=first", "q=in", "lex=in"})
    CHECK(std::find(features.begin(), features.end(), f) == features.end());
  const auto sigmoid = [](double z) { return 1.0 / (1.0 + std::exp(-z)); };
  CHECK(dump.records[0].stage1 == doctest::Approx(sigmoid(-2 + 1 + 0.5 + 0.25)).epsilon(1e-6));
  CHECK(dump.records[0].probability == doctest::Approx(sigmoid(-1 + 0.5 + 0.25 + 0.125 + 1)).epsilon(1e-6));
  REQUIRE(cues.size() == 1);
  CHECK(cues[0].probability == dump.records[0].probability);
}

TEST_CASE("cue detector: the embedded model finds verbs of saying, thinking and showing, and 'according to'") {
  REQUIRE_FALSE(embedded().empty());
  CHECK(embedded().threshold() > 0.0);
  CHECK(embedded().threshold() < 1.0);
  const auto d = detect(
      "Gordon Brown said the plan would work. Tony Blair believes it will fail. The economy is weak, according to "
      "the Bank of England. A new poll showed that voters agree.",
      {person("Gordon Brown", {"Gordon Brown"}), person("Tony Blair", {"Tony Blair"}),
       body("Bank of England", {"Bank of England"})},
      embedded());
  std::vector<std::string> cues;
  for (size_t i = 0; i < d.cues.size(); ++i) cues.push_back(d.cue(i));
  CHECK(cues == std::vector<std::string>{"said", "believes", "according to", "showed"});
  // No gated word, no cue.
  CHECK(detect("The plan would work.", {}, embedded()).cues.empty());
}

TEST_CASE("cue detector: statements from detected cues name their speakers") {
  const auto d = detect(
      "Microsoft said on Monday that it would cut jobs. It added that profits would rise. "
      "Tony Blair spoke in Ohio. He argued that the economy was strong.",
      {body("Microsoft", {"Microsoft"}), person("Tony Blair", {"Tony Blair"})}, embedded());
  REQUIRE(d.named.size() == 3);
  CHECK(d.statement(d.named[0]) == "Microsoft | Microsoft | on Monday that it would cut jobs.");
  CHECK(d.statement(d.named[1]) == "Microsoft | It | profits would rise.");  // `it` to an organisation
  CHECK(d.statement(d.named[2]) == "Tony Blair | He | the economy was strong.");
}

TEST_CASE("cue detector: coordinated and plural speakers keep all their words") {
  const auto d = detect(
      "Tony Blair and Gordon Brown said the plan would work. Labour, the Greens and the Tories "
      "said the vote was fair. Opposition MPs said it was a disaster.",
      {person("Tony Blair", {"Tony Blair"}), person("Gordon Brown", {"Gordon Brown"}), body("Labour", {"Labour"}),
       body("Greens", {"Greens"}), body("Tories", {"Tories"})},
      embedded());
  REQUIRE(d.named.size() == 2);
  CHECK(d.statement(d.named[0]) == "Gordon Brown | Tony Blair and Gordon Brown | the plan would work.");
  CHECK(d.statement(d.named[1]) == "Tories | Labour, the Greens and the Tories | the vote was fair.");
  REQUIRE(d.unnamed.size() == 1);
  CHECK(d.statement(d.unnamed[0]) == "- | Opposition MPs | it was a disaster.");
  // A name that is a verb's object is no co-speaker.
  const auto o = detect(
      "Labour attacked Tony Blair and Gordon Brown said the plan would work.",
      {body("Labour", {"Labour"}), person("Tony Blair", {"Tony Blair"}), person("Gordon Brown", {"Gordon Brown"})},
      embedded());
  bool found = false;
  for (const Attribution& a : o.named)
    if (o.text(a.cue_first, a.cue_last) == "said") {
      found = true;
      CHECK(o.statement(a) == "Gordon Brown | Gordon Brown | the plan would work.");
    }
  CHECK(found);
}

TEST_CASE("cue detector: an opening adverbial is no content (regression)") {
  const auto d = detect("On Monday, Gordon Brown said the plan would work.", {person("Gordon Brown", {"Gordon Brown"})},
                        embedded());
  REQUIRE(d.named.size() == 1);
  CHECK(d.statement(d.named[0]) == "Gordon Brown | Gordon Brown | the plan would work.");
}

TEST_CASE("cue detector: without a model, statements come from the lexicon's speech cues alone") {
  const auto d =
      detect("Gordon Brown said the plan would work. Tony Blair mocked it.",
             {person("Gordon Brown", {"Gordon Brown"}), person("Tony Blair", {"Tony Blair"})}, CueDetector::none());
  CHECK(d.cues.empty());
  REQUIRE(d.named.size() == 1);
  CHECK(d.statement(d.named[0]) == "Gordon Brown | Gordon Brown | the plan would work.");
}
