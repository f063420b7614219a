#include "cli/export_command.h"

#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "cli/cli_io.h"
#include "engine/export_brat.h"
#include "engine/export_csv.h"
#include "engine/export_web_annotation.h"
#include "engine/json_writer.h"

namespace riposte::cli {
namespace {

struct ExportArgs {
  std::string format, output, input;
  bool have_input = false, pretty = false;
  ExportOptions options;
};

// Parses "--name VALUE" and "--name=VALUE"; returns false (with `error`) on a missing value.
bool option_value(const std::vector<std::string>& args, size_t& i, const std::string& name, std::string& out,
                  bool& matched, std::string& error) {
  const std::string& a = args[i];
  matched = false;
  if (a == name) {
    matched = true;
    if (i + 1 >= args.size()) { error = name + " needs a value"; return false; }
    out = args[++i];
  } else if (a.rfind(name + "=", 0) == 0) {
    matched = true;
    out = a.substr(name.size() + 1);
  }
  return true;
}

// "OUT", "OUT.ann" or "OUT.txt" all name the pair OUT.txt + OUT.ann.
std::string brat_stem(std::string out) {
  for (const char* ext : {".ann", ".txt"})
    if (out.size() > 4 && out.ends_with(ext)) out.resize(out.size() - 4);
  return out;
}

}  // namespace

int export_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  ExportArgs a;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string error;
    bool matched = false;
    if (args[i] == "--pretty") { a.pretty = true; continue; }
    for (auto [name, target] : {std::pair<const char*, std::string*>{"--format", &a.format}, {"-o", &a.output},
                                {"--output", &a.output}, {"--title", &a.options.title}, {"--url", &a.options.url}}) {
      if (!option_value(args, i, name, *target, matched, error)) return usage(err, error);
      if (matched) break;
    }
    if (matched) continue;
    if (args[i].size() > 1 && args[i][0] == '-') return usage(err, "unknown option '" + args[i] + "' for export");
    if (a.have_input) return usage(err, "export takes one FILE or '-'");
    a.input = args[i];
    a.have_input = true;
  }
  if (a.format.empty()) return usage(err, "export needs --format json|webanno|brat|csv");
  if (a.format != "json" && a.format != "webanno" && a.format != "brat" && a.format != "csv")
    return usage(err, "unknown export format '" + a.format + "' (json, webanno, brat or csv)");
  if (!a.have_input) return usage(err, "export needs a FILE or '-' for standard input");
  if (a.format == "brat" && a.output.empty()) return usage(err, "brat export writes two files: give -o OUT (writes OUT.txt and OUT.ann)");

  auto read = read_document(a.input, in, err);
  if (!read) return failure(err, read.error());
  Document& doc = read.value();
  a.options.now = iso8601_utc_now();

  std::string data;
  if (a.format == "json") {
    // The JSON export carries the same provenance as the others.
    const ExportProvenance p = export_provenance(doc, a.options);
    doc.provenance = {doc.provenance.engine, p.annotated, p.title, p.url};
    data = to_json_string(doc, a.pretty ? 1 : -1) + "\n";
  } else if (a.format == "webanno") {
    data = to_web_annotation_string(doc, a.options, a.pretty ? 1 : -1) + "\n";
  } else if (a.format == "csv") {
    data = to_claims_csv(doc, a.options);
  } else {
    const BratDocument brat = to_brat(doc, a.options);
    const std::string stem = brat_stem(a.output);
    if (!write_file(stem + ".txt", brat.txt) || !write_file(stem + ".ann", brat.ann))
      return failure(err, "cannot write '" + stem + ".txt' and '" + stem + ".ann'");
    // brat needs the types in the collection's annotation.conf; never overwrite one the user has.
    namespace fs = std::filesystem;
    const fs::path conf = fs::path(stem).parent_path() / "annotation.conf";
    std::error_code ec;
    if (!fs::exists(conf, ec) && !write_file(conf.string(), brat.conf))
      err << "riposte: could not write " << conf.string() << " (brat needs it to show the types)\n";
    return kOk;
  }
  if (a.output.empty() || a.output == "-") {
    out << data;
    return kOk;
  }
  if (!write_file(a.output, data)) return failure(err, "cannot write '" + a.output + "'");
  return kOk;
}

}  // namespace riposte::cli
