// `riposte link encode|decode`: share links from the command line, with the page's codec.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

// args: everything after "link". Returns the exit code.
int link_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace riposte::cli
