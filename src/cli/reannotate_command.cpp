#include "cli/reannotate_command.h"

#include <iostream>

#include "cli/cli.h"
#include "cli/cli_io.h"
#include "engine/annotator.h"
#include "engine/document/reannotation.h"
#include "engine/formats/document_import.h"
#include "engine/formats/json_writer.h"

namespace riposte::cli {

int reannotate_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  bool pretty = false;
  std::vector<std::string> inputs;
  for (const auto& a : args) {
    if (a == "--pretty")
      pretty = true;
    else if (a.size() > 1 && a[0] == '-')
      return usage(err, "unknown option '" + a + "' for reannotate");
    else
      inputs.push_back(a);
  }
  if (inputs.empty()) return usage(err, "reannotate needs a riposte/1 DOC.json (or '-')");
  if (inputs.size() > 2) return usage(err, "reannotate takes DOC.json and at most one TEXT_FILE");
  if (inputs.size() == 2 && inputs[0] == "-" && inputs[1] == "-")
    return usage(err, "reannotate can read only one of DOC.json and TEXT_FILE from standard input");

  const std::string doc_name = inputs[0] == "-" ? "stdin" : inputs[0];
  auto json = read_all(inputs[0], in);
  if (!json) return failure(err, json.error());
  if (!looks_like_json_document(json.value()))
    return failure(err, doc_name + ": not a riposte/1 JSON document (to annotate plain text, use 'riposte annotate')");
  auto previous = document_from_json(json.value());
  if (!previous) return failure(err, doc_name + ": not a valid riposte/1 document: " + previous.error());

  std::string text = previous.value().text;
  if (inputs.size() == 2) {
    auto read = read_all(inputs[1], in);
    if (!read) return failure(err, read.error());
    text = std::move(read.value());
  }
  const Annotator engine;
  const Reannotation r = reannotate(engine, previous.value(), text);
  if (r.doc.repaired_sequences > 0)
    err << "riposte: " << (inputs.size() == 2 ? (inputs[1] == "-" ? "stdin" : inputs[1]) : doc_name) << ": replaced "
        << r.doc.repaired_sequences << " invalid UTF-8 sequence(s) with U+FFFD; offsets refer to the repaired text\n";
  out << to_json_string(r.doc, pretty ? 1 : -1) << '\n';
  auto edits = [](size_t n) { return std::to_string(n) + (n == 1 ? " edit" : " edits"); };
  if (r.kept + r.dropped == 0) {
    err << "riposte: no human edits to keep\n";
  } else {
    err << "riposte: kept " << edits(r.kept);
    if (r.dropped > 0)
      err << ", dropped " << r.dropped
          << (previous.value().text == r.doc.text ? " (they no longer apply to this annotation)"
                                                  : " (their text changed, or they no longer apply)");
    err << '\n';
  }
  return kOk;
}

}  // namespace riposte::cli
