// libFuzzer target over the CLI's JSONL path (`riposte annotate --jsonl -`): untrusted lines of JSON in,
// one JSON object per non-blank line out, never an exception, a crash or a hang. Build and run: scripts/fuzz.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli.h"

#define FUZZ_CHECK(cond)                                                                             \
  do {                                                                                               \
    if (!(cond)) {                                                                                   \
      std::fprintf(stderr, "cli_jsonl_fuzz: check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                                  \
    }                                                                                                \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
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
