#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/formats/json_writer.h"
#include "support/cli_test_support.h"
#include "support/document_builder.h"

using riposte::testing::find_span;
using riposte::testing::one_line;
using riposte::testing::run_cli;
using namespace riposte;

namespace {

const std::string kTwoParagraphs =
    "China accused the United States of hacking on Monday.\n\nBeijing rejected the claims as groundless.\n";

// The article annotated, with two human edits: "Monday" and "Beijing" made mentions of new actors.
std::string edited_json() {
  static const Annotator engine;
  Document d = engine.annotate(kTwoParagraphs);
  REQUIRE(apply_edit(d, edit::AddMention{find_span(d.text, "Monday"), "The day", ActorKind::Group}).ok);
  REQUIRE(apply_edit(d, edit::AddMention{find_span(d.text, "groundless"), "Groundlessness", ActorKind::Group}).ok);
  return to_json_string(d);
}

}  // namespace

TEST_CASE("CLI reannotate: the same text keeps every edit") {
  const auto dir = testing::scratch_dir("reannotate");
  const std::string doc = edited_json();
  std::ofstream(dir / "doc.json") << doc;
  const auto r = run_cli({"reannotate", (dir / "doc.json").string()});
  REQUIRE(r.rc == 0);
  CHECK(r.err == "riposte: kept 2 edits\n");
  CHECK(r.out == doc + "\n");
  // The document from standard input, pretty-printed.
  const auto pretty = run_cli({"reannotate", "--pretty", "-"}, doc);
  REQUIRE(pretty.rc == 0);
  CHECK(pretty.out.find("\n \"actors\"") != std::string::npos);
  CHECK(nlohmann::json::parse(pretty.out) == nlohmann::json::parse(doc));
}

TEST_CASE("CLI reannotate: a corrected text keeps the edits it did not touch") {
  const auto dir = testing::scratch_dir("reannotate-text");
  std::ofstream(dir / "doc.json") << edited_json();
  std::string corrected = kTwoParagraphs;
  corrected.replace(corrected.find("Monday"), 6, "Tuesday");
  std::ofstream(dir / "new.txt") << corrected;
  for (const auto& r : {run_cli({"reannotate", (dir / "doc.json").string(), (dir / "new.txt").string()}),
                        run_cli({"reannotate", (dir / "doc.json").string(), "-"}, corrected)}) {
    REQUIRE(r.rc == 0);
    CHECK(r.err == "riposte: kept 1 edit, dropped 1 (their text changed, or they no longer apply)\n");
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["text"] == corrected);
    REQUIRE(j["edits"].size() == 1);
    CHECK(j["edits"][0]["actor"] == "Groundlessness");
    CHECK(r.out.find("The day") == std::string::npos);
  }
}

TEST_CASE("CLI reannotate: a document without edits is annotated afresh") {
  const auto annotated = run_cli({"annotate", "-"}, kTwoParagraphs);
  const auto r = run_cli({"reannotate", "-"}, annotated.out);
  CHECK(r.rc == 0);
  CHECK(r.out == annotated.out);
  CHECK(r.err == "riposte: no human edits to keep\n");
}

TEST_CASE("CLI reannotate: bad usage exits 2, bad input exits 1, each with one line") {
  for (auto args : {std::vector<std::string>{"reannotate"},
                    {"reannotate", "a", "b", "c"},
                    {"reannotate", "-", "-"},
                    {"reannotate", "--zip", "a"}}) {
    CAPTURE(args.size());
    const auto r = run_cli(args);
    CHECK(r.rc == 2);
    CHECK(one_line(r.err));
    CHECK(r.out.empty());
  }
  const auto bad = run_cli({"reannotate", "-"}, "{\"schema\": \"riposte/1\", \"text\": 3}");
  CHECK(bad.rc == 1);
  CHECK(bad.err ==
        "riposte: stdin: not a valid riposte/1 document: missing \"text\" (a riposte document carries its text)\n");
  const auto broken = run_cli({"reannotate", "-"}, "{\"schema\": ");
  CHECK(broken.rc == 1);
  CHECK(broken.err == "riposte: stdin: not a valid riposte/1 document: not valid JSON\n");
  const auto text = run_cli({"reannotate", "-"}, kTwoParagraphs);
  CHECK(text.rc == 1);
  CHECK(text.err.find("not a riposte/1 JSON document") != std::string::npos);
  CHECK(one_line(text.err));
  CHECK(run_cli({"reannotate", "/nonexistent/doc.json"}).rc == 1);
  const auto dir = testing::scratch_dir("reannotate-bad");
  std::ofstream(dir / "doc.json") << edited_json();
  const auto missing_text = run_cli({"reannotate", (dir / "doc.json").string(), "/nonexistent/new.txt"});
  CHECK(missing_text.rc == 1);
  CHECK(missing_text.err == "riposte: cannot open '/nonexistent/new.txt'\n");
  CHECK(missing_text.out.empty());
}

TEST_CASE("CLI reannotate: --help documents the command") {
  const auto r = run_cli({"--help"});
  CHECK(r.out.find("riposte reannotate [--pretty] DOC.json [TEXT_FILE|-]") != std::string::npos);
}
