// The input loop of the model dumps (`candidates`, `cue-features`): JSONL of {"id", "text"} in, one JSON line out
// per text.
#pragma once
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace riposte::cli {

// Every {"id", "text"} line of `input` (a file, or `in` for "-") becomes the line `record(id, text)` returns (the id
// is the line number when the input has none); blank lines are skipped, other lines reported on `err` and skipped.
// Returns kUnreadable when the file cannot be opened or a line was skipped, else kOk.
int dump_text_lines(const std::string& input, std::istream& in, std::ostream& out, std::ostream& err,
                    const std::function<nlohmann::json(const nlohmann::json& id, const std::string& text)>& record);

// The arguments of a model dump: `--flag VALUE` options, each flag a key of `options` (its value filled in), and one
// input (a FILE or '-'). Returns kOk, or kUsage after a one-line message on `err` naming `command`.
int parse_dump_args(const std::vector<std::string>& args, std::string_view command,
                    std::map<std::string, std::string>& options, std::string& input, std::ostream& err);

}  // namespace riposte::cli
