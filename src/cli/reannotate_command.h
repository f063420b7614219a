// `riposte reannotate DOC.json [TEXT_FILE|-]`: the current engine over a document's text (or a corrected text),
// keeping the human edits whose text is unchanged (engine/reannotation.h).
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

// args: everything after "reannotate". Returns the exit code.
int reannotate_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace riposte::cli
