#include "cli/cli_io.h"

#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/cli.h"
#include "engine/annotator.h"
#include "engine/formats/document_import.h"

namespace riposte::cli {

Result<std::string> read_all(const std::string& path, std::istream& in) {
  if (path == "-") {
    std::string s(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
    if (in.bad()) return Result<std::string>::failure("cannot read standard input");
    return Result<std::string>::success(std::move(s));
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) return Result<std::string>::failure("cannot open '" + path + "'");
  std::string s(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>{});
  if (f.bad()) return Result<std::string>::failure("cannot read '" + path + "'");
  return Result<std::string>::success(std::move(s));
}

int usage(std::ostream& err, const std::string& message) {
  err << "riposte: " << message << " (see 'riposte --help')\n";
  return kUsage;
}

int failure(std::ostream& err, const std::string& message) {
  err << "riposte: " << message << '\n';
  return kUnreadable;
}

Result<Document> read_document(const std::string& path, std::istream& in, std::ostream& err) {
  auto input = read_all(path, in);
  if (!input) return Result<Document>::failure(input.error());
  const std::string name = path == "-" ? "stdin" : path;
  if (looks_like_json_document(input.value())) {
    auto doc = document_from_json(input.value());
    if (!doc) return Result<Document>::failure(name + ": not a valid riposte/1 document: " + doc.error());
    return doc;
  }
  const Annotator engine;
  Document doc = engine.annotate(input.value());
  if (doc.repaired_sequences > 0)
    err << "riposte: " << name << ": replaced " << doc.repaired_sequences
        << " invalid UTF-8 sequence(s) with U+FFFD; offsets refer to the repaired text\n";
  return Result<Document>::success(std::move(doc));
}

bool write_file(const std::string& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary | std::ios::trunc);
  if (!f) return false;
  f.write(data.data(), static_cast<std::streamsize>(data.size()));
  return static_cast<bool>(f.flush());
}

}  // namespace riposte::cli
