#include "cli/cue_features_command.h"

#include <fstream>
#include <istream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <unordered_set>

#include "cli/claim_model_option.h"
#include "cli/cli.h"
#include "cli/text_lines.h"
#include "engine/annotator.h"
#include "engine/formats/json_writer.h"
#include "engine/text/utf8.h"

namespace riposte::cli {
namespace {

nlohmann::json records_json(const Document& doc, const CueDump& dump) {
  const CodepointIndex cp(doc.text);
  nlohmann::json out = nlohmann::json::array();
  for (const CueDump::Record& r : dump.records)
    out.push_back({{"start", cp.to_codepoint(r.span.begin)},
                   {"end", cp.to_codepoint(r.span.end)},
                   {"token", r.token},
                   {"sentence", r.sentence},
                   {"features", r.features},
                   {"word", r.word},
                   {"before", r.before},
                   {"quoted", r.quoted},
                   {"separators", {r.commas, r.quotes, r.conjunctions}},
                   {"stage1", r.stage1},
                   {"p", r.probability}});
  return out;
}

bool read_gate(const std::string& path, std::unordered_set<std::string>& gate, std::ostream& err) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open '" << path << "'\n";
    return false;
  }
  for (std::string w; std::getline(f, w);) {
    if (!w.empty() && w.back() == '\r') w.pop_back();
    if (!w.empty()) gate.insert(w);
  }
  return true;
}

}  // namespace

int cue_features_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::map<std::string, std::string> options{{"--gate", ""}, {"--model", ""}};
  std::string input;
  if (const int rc = parse_dump_args(args, "cue-features", options, input, err); rc != kOk) return rc;
  const std::string& gate_path = options["--gate"];
  const std::string& model_path = options["--model"];
  std::unordered_set<std::string> gate;
  if (!gate_path.empty() && !read_gate(gate_path, gate, err)) return kUnreadable;
  const std::unordered_set<std::string>* gate_ptr = gate_path.empty() ? nullptr : &gate;
  std::optional<CueDetector> detector = CueDetector();
  if (!model_path.empty() && !(detector = load_cue_detector(model_path, err))) return kUnreadable;
  const Annotator engine(ClaimModel(), std::move(*detector));
  return dump_text_lines(input, in, out, err, [&](const nlohmann::json& id, const std::string& text) {
    CueDump dump;
    if (gate_ptr) dump.gate = [gate_ptr](std::string_view w) { return gate_ptr->count(std::string(w)) > 0; };
    const Document doc = engine.annotate(text, nullptr, &dump);
    return nlohmann::json{{"id", id}, {"tokens", records_json(doc, dump)}};
  });
}

}  // namespace riposte::cli
