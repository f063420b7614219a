#include "cli/export_command.h"

#include <filesystem>
#include <iostream>

#include "cli/cli.h"
#include "cli/cli_io.h"
#include "engine/formats/export_files.h"

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
    if (i + 1 >= args.size()) {
      error = name + " needs a value";
      return false;
    }
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
    if (args[i] == "--pretty") {
      a.pretty = true;
      continue;
    }
    for (auto [name, target] : {std::pair<const char*, std::string*>{"--format", &a.format},
                                {"-o", &a.output},
                                {"--output", &a.output},
                                {"--title", &a.options.title},
                                {"--url", &a.options.url}}) {
      if (!option_value(args, i, name, *target, matched, error)) return usage(err, error);
      if (matched) break;
    }
    if (matched) continue;
    if (args[i].size() > 1 && args[i][0] == '-') return usage(err, "unknown option '" + args[i] + "' for export");
    if (a.have_input) return usage(err, "export takes one FILE or '-'");
    a.input = args[i];
    a.have_input = true;
  }
  if (a.format.empty()) return usage(err, "export needs --format json|webanno|brat|csv|html");
  const auto format = parse_export_format(a.format);
  if (!format) return usage(err, "unknown export format '" + a.format + "' (json, webanno, brat, csv or html)");
  if (!a.have_input) return usage(err, "export needs a FILE or '-' for standard input");
  if (*format == ExportFormat::Brat && a.output.empty())
    return usage(err, "brat export writes two files: give -o OUT (writes OUT.txt and OUT.ann)");

  auto read = read_document(a.input, in, err);
  if (!read) return failure(err, read.error());
  namespace fs = std::filesystem;
  const std::string stem = *format == ExportFormat::Brat ? brat_stem(a.output) : "article";
  const auto files = export_files(read.value(), *format, a.options, fs::path(stem).filename().string(), a.pretty);
  if (*format == ExportFormat::Brat) {
    const fs::path dir = fs::path(stem).parent_path();
    for (const ExportFile& f : files) {
      const fs::path path = dir / f.name;
      // brat needs the types in the collection's annotation.conf; never overwrite one the user has.
      if (f.name == "annotation.conf") {
        std::error_code ec;
        if (!fs::exists(path, ec) && !write_file(path.string(), f.content))
          err << "riposte: could not write " << path.string() << " (brat needs it to show the types)\n";
      } else if (!write_file(path.string(), f.content)) {
        return failure(err, "cannot write '" + path.string() + "'");
      }
    }
    return kOk;
  }
  const std::string& data = files.front().content;
  if (a.output.empty() || a.output == "-") {
    out << data;
    return kOk;
  }
  if (!write_file(a.output, data)) return failure(err, "cannot write '" + a.output + "'");
  return kOk;
}

}  // namespace riposte::cli
