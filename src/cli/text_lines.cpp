#include "cli/text_lines.h"

#include <fstream>
#include <istream>
#include <ostream>

#include "cli/cli.h"

namespace riposte::cli {

namespace {

int dump_lines(std::istream& src, std::ostream& out, std::ostream& err,
               const std::function<nlohmann::json(const nlohmann::json& id, const std::string& text)>& record) {
  std::string line;
  size_t line_no = 0, failed = 0;
  while (std::getline(src, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      err << "riposte: line " << line_no << ": expected {\"id\", \"text\"}; skipped\n";
      ++failed;
      continue;
    }
    const nlohmann::json o = record(j.value("id", nlohmann::json(line_no)), j["text"].get_ref<const std::string&>());
    out << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return failed ? kUnreadable : kOk;
}

}  // namespace

int dump_text_lines(const std::string& input, std::istream& in, std::ostream& out, std::ostream& err,
                    const std::function<nlohmann::json(const nlohmann::json& id, const std::string& text)>& record) {
  if (input == "-") return dump_lines(in, out, err, record);
  std::ifstream f(input, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open '" << input << "'\n";
    return kUnreadable;
  }
  return dump_lines(f, out, err, record);
}

int parse_dump_args(const std::vector<std::string>& args, std::string_view command,
                    std::map<std::string, std::string>& options, std::string& input, std::ostream& err) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (const auto it = options.find(args[i]); it != options.end() && i + 1 < args.size()) {
      it->second = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-' && args[i] != "-") {
      err << "riposte: unknown option '" << args[i] << "' (see 'riposte --help')\n";
      return kUsage;
    } else {
      input = args[i];
    }
  }
  if (input.empty()) {
    err << "riposte: " << command << " needs a JSONL FILE or '-' (see 'riposte --help')\n";
    return kUsage;
  }
  return kOk;
}

}  // namespace riposte::cli
