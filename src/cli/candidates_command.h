// `riposte candidates [--claim-model FILE] FILE|-`: the claim model's training data. Reads {"id","text"} lines and
// writes, per line, {"id", "document": riposte/1, "candidates": [{"kind", "source", "target", "start", "end",
// "rules", "features", "p", "accepted"}]}: every candidate claim the model decided on, with its feature names
// (scripts/train-claim-model reads them). Offsets are code points, actors are the document's ids.
#pragma once
#include <iosfwd>
#include <string>
#include <vector>

namespace riposte::cli {

int candidates_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace riposte::cli
