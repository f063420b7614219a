#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/cli.h"

namespace {

struct Run {
  int rc;
  std::string out, err;
};

Run run(std::vector<std::string> args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  int rc = riposte::cli::run(args, in, out, err);
  return {rc, out.str(), err.str()};
}

}  // namespace

TEST_CASE("CLI: --help documents the commands and exits 0") {
  auto r = run({"--help"});
  CHECK(r.rc == 0);
  CHECK(r.out.find("riposte annotate FILE|-") != std::string::npos);
  CHECK(r.out.find("--jsonl") != std::string::npos);
}

TEST_CASE("CLI: bad usage exits 2 with a one-line message") {
  for (auto args : {std::vector<std::string>{}, {"frobnicate"}, {"annotate"}, {"annotate", "--bogus", "-"}}) {
    auto r = run(args);
    CHECK(r.rc == 2);
    CHECK(r.err.rfind("riposte: ", 0) == 0);
    CHECK(r.err.find('\n') == r.err.size() - 1);
  }
}

TEST_CASE("CLI: an unreadable file exits 1") {
  auto r = run({"annotate", "/nonexistent/article.txt"});
  CHECK(r.rc == 1);
  CHECK(r.err.find("cannot open '/nonexistent/article.txt'") != std::string::npos);
  CHECK(r.out.empty());
}

TEST_CASE("CLI: --cue-model swaps the cue detector's weights, and a bad file is refused before any work") {
  const std::string text = "Senator John Smith said the plan had failed. Smith told reporters that Acme had lied.\n";
  auto embedded = run({"annotate", "-"}, text);
  REQUIRE(embedded.rc == 0);
  // A detector file whose threshold no word reaches: no statement comes from a detected cue.
  const std::string path = "cue-model-test.tsv";
  {
    std::ofstream f(path);
    f << "threshold\t1.00\nstrong\t0.50\ngate\tsaid\nbias\t-5\t-5\n";
  }
  auto strict = run({"annotate", "--cue-model", path, "-"}, text);
  std::remove(path.c_str());
  REQUIRE(strict.rc == 0);
  const auto statements = [](const std::string& out) {
    return nlohmann::json::parse(out).value("statements", nlohmann::json::array()).size();
  };
  CHECK(statements(embedded.out) == 2);
  CHECK(statements(strict.out) == 0);
  auto missing = run({"annotate", "--cue-model", "/nonexistent/model.tsv", "-"}, text);
  CHECK(missing.rc == 1);
  CHECK(missing.err.find("cannot open attribution model '/nonexistent/model.tsv'") != std::string::npos);
  CHECK(missing.out.empty());
  CHECK(run({"annotate", "--cue-model"}).rc == 2);
}

TEST_CASE("CLI: annotate - reads stdin and prints one riposte/1 document") {
  auto r = run({"annotate", "-"}, "China accused the United States.\n");
  REQUIRE(r.rc == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["schema"] == "riposte/1");
  CHECK(j["text"] == "China accused the United States.\n");
}

TEST_CASE("CLI: invalid UTF-8 is repaired and reported") {
  auto r = run({"annotate", "-"}, "Caf\xC3 closed");
  REQUIRE(r.rc == 0);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["text"] == "Caf\xEF\xBF\xBD closed");
  CHECK(r.err.find("invalid UTF-8") != std::string::npos);
}

TEST_CASE("CLI: empty input is a friendly, valid result") {
  auto r = run({"annotate", "-"}, "");
  CHECK(r.rc == 0);
  CHECK(nlohmann::json::parse(r.out)["mentions"].empty());
  CHECK(r.err.find("empty") != std::string::npos);
}

TEST_CASE("CLI: --jsonl keeps ids, reports bad lines and loses no good one") {
  const std::string in =
      "{\"id\": \"a\", \"text\": \"One.\"}\nnot json\n\n{\"id\": 7, \"text\": \"Two.\"}\n{\"id\": \"x\"}\n";
  auto r = run({"annotate", "--jsonl", "-"}, in);
  CHECK(r.rc == 1);
  std::istringstream lines(r.out);
  std::vector<nlohmann::json> docs;
  for (std::string line; std::getline(lines, line);) docs.push_back(nlohmann::json::parse(line));
  REQUIRE(docs.size() == 4);
  CHECK(docs[0]["id"] == "a");
  CHECK(docs[0]["text"] == "One.");
  CHECK(docs[1]["error"] == "not valid JSON");
  CHECK(docs[2]["id"] == 7);
  CHECK(docs[3]["error"] == "no string field \"text\"");
  CHECK(r.err.find("2 of 4 lines") != std::string::npos);
}
