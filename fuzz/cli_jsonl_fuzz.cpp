// libFuzzer target over the CLI's JSONL path (`riposte annotate --jsonl -`): untrusted lines of JSON in,
// one JSON object per non-blank line out, never an exception, a crash or a hang; and on every line the fast line
// scanner (cli/jsonl_line.h) gives exactly what nlohmann::json gives. Build and run: scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "cli/cli.h"
#include "cli/jsonl_line.h"

#define FUZZ_CHECK(cond)                                                                             \
  do {                                                                                               \
    if (!(cond)) {                                                                                   \
      std::fprintf(stderr, "cli_jsonl_fuzz: check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                                  \
    }                                                                                                \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  riposte::cli::InputLine fast, reference;
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    const std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    riposte::cli::parse_input_line(line, 1, fast);
    riposte::cli::parse_input_line_reference(line, 1, reference);
    FUZZ_CHECK(fast.text == reference.text && fast.id_json == reference.id_json && fast.problem == reference.problem);
  }
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  std::ostringstream out, err;
  const int rc = riposte::cli::run({"annotate", "--jsonl", "-"}, in, out, err);
  FUZZ_CHECK(rc == riposte::cli::kOk || rc == riposte::cli::kUnreadable);
  std::istringstream lines(out.str());
  std::string line;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    FUZZ_CHECK(!j.is_discarded() && j.is_object() && j.contains("id"));
    FUZZ_CHECK(j.contains("error") || (j.contains("schema") && j.contains("mentions")));
  }
  return 0;
}
