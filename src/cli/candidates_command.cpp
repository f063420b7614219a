#include "cli/candidates_command.h"

#include <fstream>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli/claim_model_option.h"
#include "cli/cli.h"
#include "cli/text_lines.h"
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

}  // namespace

int candidates_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::map<std::string, std::string> options{{"--claim-model", ""}};
  std::string input;
  if (const int rc = parse_dump_args(args, "candidates", options, input, err); rc != kOk) return rc;
  const std::string& model_path = options["--claim-model"];
  std::optional<ClaimModel> model = ClaimModel::none();
  if (!model_path.empty() && !(model = load_claim_model(model_path, err))) return kUnreadable;
  const Annotator engine(std::move(*model));
  return dump_text_lines(input, in, out, err, [&](const nlohmann::json& id, const std::string& text) {
    ClaimDump dump;
    const Document doc = engine.annotate(text, &dump);
    return nlohmann::json{{"id", id}, {"document", to_json(doc)}, {"candidates", candidates_json(doc, dump)}};
  });
}

}  // namespace riposte::cli
