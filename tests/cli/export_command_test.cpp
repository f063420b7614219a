#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "support/cli_test_support.h"

using riposte::testing::kHackingArticle;
using riposte::testing::one_line;
using riposte::testing::run_cli;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("CLI export: each format from plain text and from a riposte document, with provenance") {
  const auto doc = run_cli({"annotate", "-"}, kHackingArticle).out;
  for (const std::string& input : {kHackingArticle, doc}) {
    const auto json =
        run_cli({"export", "--format", "json", "--title", "Hack row", "--url", "https://n.example/1", "-"}, input);
    REQUIRE(json.rc == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["text"] == kHackingArticle);
    CHECK(j["provenance"]["title"] == "Hack row");
    CHECK(j["provenance"]["url"] == "https://n.example/1");
    CHECK(j["provenance"]["annotated"].get<std::string>().size() == 20);  // 2026-11-27T15:00:00Z
    CHECK(j["actors"] == nlohmann::json::parse(doc)["actors"]);

    const auto wa = run_cli({"export", "--format=webanno", "--url", "https://n.example/1", "-"}, input);
    REQUIRE(wa.rc == 0);
    const auto w = nlohmann::json::parse(wa.out);
    CHECK(w["type"] == "AnnotationCollection");
    CHECK(w["total"] == j["mentions"].size() + j["claims"].size());
    for (const auto& item : w["first"]["items"]) CHECK(item["target"]["source"] == "https://n.example/1");

    const auto csv = run_cli({"export", "--format", "csv", "--title", "a, b", "-"}, input);
    REQUIRE(csv.rc == 0);
    CHECK(csv.out.rfind("id,kind,source_id,", 0) == 0);
    CHECK(csv.out.find("\r\n") != std::string::npos);
  }
}

TEST_CASE("CLI export: brat writes OUT.txt, OUT.ann and annotation.conf; -o for the others") {
  const auto dir = riposte::testing::scratch_dir("export");
  const auto r = run_cli({"export", "--format", "brat", "-o", (dir / "article.ann").string(), "-"}, kHackingArticle);
  REQUIRE(r.rc == 0);
  CHECK(slurp(dir / "article.txt") == kHackingArticle);
  CHECK(slurp(dir / "article.ann").find("T1\t") == 0);
  CHECK(slurp(dir / "annotation.conf").find("[entities]") != std::string::npos);
  // An existing annotation.conf is the user's: left alone.
  std::ofstream(dir / "annotation.conf") << "# mine\n";
  REQUIRE(run_cli({"export", "--format", "brat", "-o", (dir / "again").string(), "-"}, kHackingArticle).rc == 0);
  CHECK(slurp(dir / "annotation.conf") == "# mine\n");
  CHECK(std::filesystem::exists(dir / "again.ann"));
  REQUIRE(run_cli({"export", "--format", "csv", "-o", (dir / "claims.csv").string(), "-"}, kHackingArticle).rc == 0);
  CHECK(slurp(dir / "claims.csv").rfind("id,kind", 0) == 0);
}

TEST_CASE("CLI export: bad usage exits 2, bad input exits 1, each with one line") {
  for (auto args : {std::vector<std::string>{"export", "-"},
                    {"export", "--format", "pdf", "-"},
                    {"export", "--format", "csv"},
                    {"export", "--format", "brat", "-"},
                    {"export", "--format"},
                    {"export", "--format", "csv", "a", "b"},
                    {"export", "--frobnicate", "-"}}) {
    const auto r = run_cli(args, kHackingArticle);
    CHECK(r.rc == 2);
    CHECK(one_line(r.err));
  }
  const auto broken = run_cli({"export", "--format", "csv", "-"}, "{\"schema\": \"riposte/1\", \"text\": \"x\", ");
  CHECK(broken.rc == 1);
  CHECK(broken.err == "riposte: stdin: not a valid riposte/1 document: not valid JSON\n");
  CHECK(broken.out.empty());
  CHECK(run_cli({"export", "--format", "csv", "/nonexistent/a.txt"}).rc == 1);
  CHECK(run_cli({"export", "--format", "csv", "-o", "/nonexistent/dir/x.csv", "-"}, kHackingArticle).rc == 1);
}

TEST_CASE("CLI export: --help documents the formats") {
  const auto r = run_cli({"--help"});
  for (const char* s :
       {"riposte export --format json|webanno|brat|csv", "TextQuoteSelector", "OUT.txt and OUT.ann", "RFC 4180"})
    CHECK(r.out.find(s) != std::string::npos);
}

TEST_CASE("CLI export: --format html writes one self-contained annotated page") {
  const auto r = run_cli({"export", "--format", "html", "--title", "Hack <row>", "-"}, kHackingArticle);
  REQUIRE(r.rc == 0);
  CHECK(r.out.rfind("<!doctype html>", 0) == 0);
  CHECK(r.out.find("<title>Hack &lt;row&gt;") != std::string::npos);
  CHECK(r.out.find("<script") == std::string::npos);
  CHECK(r.out.find("class=\"m\"") != std::string::npos);  // the mentions are marked
  const auto dir = riposte::testing::scratch_dir("export-html");
  REQUIRE(run_cli({"export", "--format", "html", "-o", (dir / "a.html").string(), "-"}, kHackingArticle).rc == 0);
  CHECK(slurp(dir / "a.html").find("</html>") != std::string::npos);
}
