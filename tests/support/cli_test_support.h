// Test helper: runs the CLI in-process with string streams, and a scratch directory per build flavour.
#pragma once
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli.h"

namespace riposte::testing {

// A two-sentence article with one accusation and its rebuttal.
inline const std::string kHackingArticle = "China accused the United States of hacking. Beijing rejected the claims.\n";

struct CliRun {
  int rc;
  std::string out, err;
};

inline CliRun run_cli(const std::vector<std::string>& args, const std::string& input = "") {
  std::istringstream in(input);
  std::ostringstream out, err;
  const int rc = riposte::cli::run(args, in, out, err);
  return {rc, out.str(), err.str()};
}

// An empty directory under build/ (native and WebAssembly runs get their own).
inline std::filesystem::path scratch_dir(const std::string& name) {
#ifdef __EMSCRIPTEN__
  const char* flavour = "wasm";
#else
  const char* flavour = "native";
#endif
  const auto dir = std::filesystem::path(RIPOSTE_SOURCE_DIR) / "build" / "test-scratch" / flavour / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

inline bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

}  // namespace riposte::testing
