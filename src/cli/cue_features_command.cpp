#include "cli/cue_features_command.h"

#include <fstream>
#include <istream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <unordered_set>

#include "cli/cli.h"
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

int dump_lines(const Annotator& engine, const std::unordered_set<std::string>* gate, std::istream& src,
               std::ostream& out, std::ostream& err) {
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
    CueDump dump;
    if (gate) dump.gate = [gate](std::string_view w) { return gate->count(std::string(w)) > 0; };
    const Document doc = engine.annotate(j["text"].get_ref<const std::string&>(), nullptr, &dump);
    const nlohmann::json o = {{"id", j.value("id", nlohmann::json(line_no))}, {"tokens", records_json(doc, dump)}};
    out << o.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return failed ? kUnreadable : kOk;
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

std::optional<CueDetector> load_detector(const std::string& path, std::ostream& err) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open attribution model '" << path << "'\n";
    return std::nullopt;
  }
  const std::string text{std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
  std::string error;
  CueDetector detector = CueDetector::parse(text, &error);
  if (!error.empty()) {
    err << "riposte: " << path << ": " << error << '\n';
    return std::nullopt;
  }
  return detector;
}

}  // namespace

int cue_features_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string gate_path, model_path, input;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--gate" && i + 1 < args.size()) {
      gate_path = args[++i];
    } else if (args[i] == "--model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-' && args[i] != "-") {
      err << "riposte: unknown option '" << args[i] << "' (see 'riposte --help')\n";
      return kUsage;
    } else {
      input = args[i];
    }
  }
  if (input.empty()) {
    err << "riposte: cue-features needs a JSONL FILE or '-' (see 'riposte --help')\n";
    return kUsage;
  }
  std::unordered_set<std::string> gate;
  if (!gate_path.empty() && !read_gate(gate_path, gate, err)) return kUnreadable;
  const std::unordered_set<std::string>* gate_ptr = gate_path.empty() ? nullptr : &gate;
  std::optional<CueDetector> detector = CueDetector();
  if (!model_path.empty() && !(detector = load_detector(model_path, err))) return kUnreadable;
  const Annotator engine(ClaimModel(), std::move(*detector));
  if (input == "-") return dump_lines(engine, gate_ptr, in, out, err);
  std::ifstream f(input, std::ios::binary);
  if (!f) {
    err << "riposte: cannot open '" << input << "'\n";
    return kUnreadable;
  }
  return dump_lines(engine, gate_ptr, f, out, err);
}

}  // namespace riposte::cli
