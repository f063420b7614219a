// `riposte export --format json|webanno|brat|csv`: the page's export formats from the command line.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

// args: everything after "export". Returns the exit code.
int export_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace riposte::cli
