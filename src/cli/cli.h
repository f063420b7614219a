// The command line: argument parsing and commands, separate from main() so tests can drive it.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

enum ExitCode { kOk = 0, kUnreadable = 1, kUsage = 2 };

// Runs one command line (args excludes the program name). Never throws.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

std::string help_text();

}  // namespace riposte::cli
