#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/cli_test_support.h"

using riposte::testing::kHackingArticle;
using riposte::testing::one_line;
using riposte::testing::run_cli;

TEST_CASE("CLI link: encode a riposte document, decode it back unchanged") {
  const auto annotated = run_cli({"annotate", "-"}, kHackingArticle);
  REQUIRE(annotated.rc == 0);
  const auto enc = run_cli({"link", "encode", "--base", "https://riposte.example/#old", "-"}, annotated.out);
  REQUIRE(enc.rc == 0);
  CHECK(enc.err.empty());
  CHECK(enc.out.rfind("https://riposte.example/#r1.", 0) == 0);
  CHECK(one_line(enc.out));
  const auto dec = run_cli({"link", "decode", enc.out.substr(0, enc.out.size() - 1)});
  REQUIRE(dec.rc == 0);
  CHECK(nlohmann::json::parse(dec.out) == nlohmann::json::parse(annotated.out));
  // From standard input, and from a file; plain text is annotated first.
  CHECK(run_cli({"link", "decode", "-"}, enc.out).out == dec.out);
  const auto dir = riposte::testing::scratch_dir("link");
  std::ofstream(dir / "doc.json") << annotated.out;
  CHECK(run_cli({"link", "encode", "--base=https://riposte.example/", (dir / "doc.json").string()}).out == enc.out);
  const auto from_text = run_cli({"link", "encode", "-"}, kHackingArticle);
  REQUIRE(from_text.rc == 0);
  CHECK(from_text.out.rfind("#r1.", 0) == 0);  // no --base: the fragment alone
  CHECK(nlohmann::json::parse(run_cli({"link", "decode", "-"}, from_text.out).out)["text"] == kHackingArticle);
}

TEST_CASE("CLI link: a too-long link is printed with a warning") {
  std::string big;
  for (int i = 0; big.size() < 200000; ++i) big += "Minister " + std::to_string(i * 7919 % 100003) + " denied it. ";
  const auto r = run_cli({"link", "encode", "-"}, big);
  CHECK(r.rc == 0);
  CHECK(r.out.size() > 16000);
  CHECK(r.err.find("more than 16000") != std::string::npos);
  CHECK(one_line(r.err));
}

TEST_CASE("CLI link: bad usage exits 2, bad input exits 1, each with one line") {
  for (auto args : {std::vector<std::string>{"link"},
                    {"link", "frob"},
                    {"link", "encode"},
                    {"link", "encode", "--base"},
                    {"link", "encode", "--zip", "-"},
                    {"link", "encode", "a", "b"},
                    {"link", "decode"},
                    {"link", "decode", "a", "b"}}) {
    CAPTURE(args.size());
    const auto r = run_cli(args);
    CHECK(r.rc == 2);
    CHECK(one_line(r.err));
  }
  const auto bad_json = run_cli({"link", "encode", "-"}, "{\"schema\": \"riposte/1\", \"text\": 3}");
  CHECK(bad_json.rc == 1);
  CHECK(bad_json.err.find("not a valid riposte/1 document: missing \"text\"") != std::string::npos);
  CHECK(one_line(bad_json.err));
  CHECK(run_cli({"link", "encode", "/nonexistent/doc.json"}).rc == 1);
  const auto link = run_cli({"link", "encode", "-"}, kHackingArticle).out;
  const auto cut = run_cli({"link", "decode", link.substr(0, link.size() / 2)});
  CHECK(cut.rc == 1);
  CHECK(cut.err == "riposte: the link is truncated: it was probably cut off when copied\n");
  CHECK(cut.out.empty());
  const auto foreign = run_cli({"link", "decode", "https://example.org/#top"});
  CHECK(foreign.rc == 1);
  CHECK(one_line(foreign.err));
}

TEST_CASE("CLI link: --help documents the commands") {
  const auto r = run_cli({"--help"});
  CHECK(r.out.find("riposte link encode [--base URL] FILE|-") != std::string::npos);
  CHECK(r.out.find("riposte link decode [--pretty] LINK|-") != std::string::npos);
  CHECK(r.out.find("carries the whole article text") != std::string::npos);
}
