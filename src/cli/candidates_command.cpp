#include "cli/candidates_command.h"

#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/claim_model_option.h"
#include "cli/cli.h"
#include "engine/annotator.h"
#include "engine/formats/json_writer.h"
#include "engine/text/utf8.h"

namespace riposte::cli {
namespace {

nlohmann::json candidates_json(const Document& doc, const ClaimDump& dump) {
  const CodepointIndex cp(doc.text);
  nlohmann::json out = nlohmann::json::array();
  for (const ClaimDump::Record& r : dump.records) {
    out.push_back({{"kind", std::string(to_string(r.kind))},
                   {"source", doc.actors[r.source].id},
                   {"target", doc.actors[r.target].id},
                   {"start", cp.to_codepoint(r.cue.begin)},
                   {"end", cp.to_codepoint(r.cue.end)},
                   {"rules", r.rules},
                   {"features", r.features},
                   {"p", r.probability},
                   {"accepted", r.accepted}});
  }
  return out;
}

int candidates_lines(const Annotator& engine, std::istream& src, std::ostream& out, std::ostream& err) {
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
    ClaimDump dump;
    const Document doc = engine.annotate(j["text"].get_ref<const std::string&>(), &dump);
    nlohmann::json o = {{"id", j.value("id", nlohmann::json(line_no))},
                        {"document", to_json(doc)},
                        {"candidates", candidates_json(doc, dump)}};
    out << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return failed ? kUnreadable : kOk;
}

}  // namespace

int candidates_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string model_path, input;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--claim-model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-' && args[i] != "-") {
      err << "riposte: unknown option '" << args[i] << "' (see 'riposte --help')\n";
      return kUsage;
    } else {
      input = args[i];
    }
  }
  if (input.empty()) {
    err << "riposte: candidates needs a JSONL FILE or '-' (see 'riposte --help')\n";
    return kUsage;
  }
  std::optional<ClaimModel> model = ClaimModel::none();
  if (!model_path.empty() && !(model = load_claim_model(model_path, err))) return kUnreadable;
  const Annotator engine(std::move(*model));
  if (input == "-") return candidates_lines(engine, in, out, err);
  std::ifstream f(input, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open '" << input << "'\n";
    return kUnreadable;
  }
  return candidates_lines(engine, f, out, err);
}

}  // namespace riposte::cli
