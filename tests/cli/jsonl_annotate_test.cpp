#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "cli/jsonl_annotate.h"
#include "support/cli_test_support.h"
#include "support/dev_corpus.h"

using riposte::testing::run_cli;

namespace {

// The dev articles as JSONL, repeated `times` over, with a bad line every `bad_every` lines (0: none).
std::string dev_jsonl(int times, int bad_every = 0) {
  const auto articles = riposte::testing::dev_articles();
  REQUIRE(!articles.empty());
  std::string out;
  int n = 0;
  for (int r = 0; r < times; ++r)
    for (const auto& a : articles) {
      ++n;
      if (bad_every && n % bad_every == 0) out += n % 2 ? "{\"id\": \"bad\", \"txt\": 1}\n" : "not json at all\n";
      out += nlohmann::json{{"id", std::to_string(r) + "/" + a.id}, {"text", a.text}}.dump() + "\n";
    }
  return out;
}

std::vector<nlohmann::json> lines_of(const std::string& out) {
  std::vector<nlohmann::json> docs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) docs.push_back(nlohmann::json::parse(line));
  return docs;
}

}  // namespace

TEST_CASE("annotate --jsonl --jobs: the output is byte-identical to --jobs 1, in input order") {
  const std::string input = dev_jsonl(3);
  const auto one = run_cli({"annotate", "--jsonl", "--jobs", "1", "-"}, input);
  REQUIRE(one.rc == 0);
  // Small batches so that many are in flight and finish out of order.
  for (const std::string jobs : {"2", "3", "8"}) {
    const auto many = run_cli({"annotate", "--jsonl", "--jobs=" + jobs, "-"}, input);
    CHECK(many.rc == 0);
    CHECK(many.out == one.out);
  }
  const auto docs = lines_of(one.out);
  const auto inputs = lines_of(input);
  REQUIRE(docs.size() == inputs.size());
  for (size_t i = 0; i < docs.size(); ++i) CHECK(docs[i]["id"] == inputs[i]["id"]);
}

TEST_CASE("annotate --jsonl --jobs: batches smaller than a line keep order and bytes") {
  const std::string input = dev_jsonl(2);
  riposte::Annotator engine;
  std::string reference;
  for (int jobs : {1, 4}) {
    riposte::cli::JsonlOptions options;
    options.jobs = jobs;
    options.batch_bytes = 1;  // one line per batch: the most batches in flight
    std::istringstream in(input);
    std::ostringstream out, err;
    const auto tally = riposte::cli::annotate_jsonl_stream(engine, in, "t", std::nullopt, options, out, err);
    CHECK(tally.failed == 0);
    CHECK(tally.bytes == input.size());
    if (jobs == 1)
      reference = out.str();
    else
      CHECK(out.str() == reference);
  }
  CHECK(lines_of(reference).size() == lines_of(input).size());
}

TEST_CASE("annotate --jsonl --jobs: bad lines get an error line in place, exit 1, and the rest is kept") {
  const std::string input = dev_jsonl(2, 5);
  const auto one = run_cli({"annotate", "--jsonl", "-j1", "-"}, input);
  const auto two = run_cli({"annotate", "--jsonl", "-j", "2", "-"}, input);
  CHECK(one.rc == 1);
  CHECK(two.rc == 1);
  CHECK(two.out == one.out);
  CHECK(two.err == one.err);  // the same messages in the same order
  const auto docs = lines_of(two.out);
  const auto inputs_text = input;
  std::istringstream in(input);
  size_t line_no = 0, errors = 0;
  for (std::string line; std::getline(in, line);) {
    const auto& d = docs.at(line_no++);
    if (line.rfind("{\"id\": \"bad\"", 0) == 0 || line == "not json at all") {
      ++errors;
      CHECK(d.contains("error"));
      CHECK(d.size() == 2);
      CHECK(one.err.find("stdin:" + std::to_string(line_no) + ": ") != std::string::npos);
    } else {
      CHECK(d["schema"] == "riposte/1");
    }
  }
  CHECK(errors > 0);
  CHECK(one.err.find(std::to_string(errors) + " of " + std::to_string(docs.size()) + " lines could not be annotated") !=
        std::string::npos);
}

TEST_CASE("annotate --jsonl --progress: documents/s, and for a file a percentage and an ETA") {
  const auto dir = riposte::testing::scratch_dir("jsonl_progress");
  const std::string path = (dir / "in.jsonl").string();
  std::ofstream(path, std::ios::binary) << dev_jsonl(2);
  const auto r = run_cli({"annotate", "--jsonl", "--jobs", "2", "--progress-every", "0", path});
  REQUIRE(r.rc == 0);
  const std::regex periodic(
      "riposte: .*in\\.jsonl: [0-9]+ documents, [0-9]+ documents/s, [0-9]+\\.[0-9]%, ETA [0-9]+:[0-9]{2}\n");
  const std::regex done(
      "riposte: .*in\\.jsonl: done: [0-9]+ documents, 0 errors in [0-9.]+ s, [0-9]+ documents/s, [0-9.]+ MB/s\n");
  CHECK(std::regex_search(r.err, periodic));
  CHECK(std::regex_search(r.err, done));
  CHECK(r.err.find("100.0%, ETA 0:00") != std::string::npos);  // the last batch completes the file
  // Standard input has no size: documents/s only.
  const auto piped = run_cli({"annotate", "--jsonl", "--progress-every=0", "-"}, dev_jsonl(1));
  CHECK(std::regex_search(piped.err, std::regex("riposte: stdin: [0-9]+ documents, [0-9]+ documents/s\n")));
  CHECK(piped.err.find('%') == std::string::npos);
  // Without --progress, nothing on standard error.
  CHECK(run_cli({"annotate", "--jsonl", path}).err.empty());
}

TEST_CASE("annotate --jobs: bad values are usage errors") {
  for (const auto& bad :
       std::vector<std::vector<std::string>>{{"annotate", "--jsonl", "--jobs", "0", "-"},
                                             {"annotate", "--jsonl", "--jobs=two", "-"},
                                             {"annotate", "--jsonl", "-", "--jobs"},
                                             {"annotate", "--jsonl", "--progress-every", "-1", "-"}}) {
    const auto r = run_cli(bad, "");
    CHECK(r.rc == 2);
    CHECK(riposte::testing::one_line(r.err));
  }
  CHECK(riposte::cli::default_jobs() >= 1);
}
