#include "cli/cli.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/candidates_command.h"
#include "cli/claim_model_option.h"
#include "cli/cue_features_command.h"
#include "cli/export_command.h"
#include "cli/jsonl_annotate.h"
#include "cli/link_command.h"
#include "cli/reannotate_command.h"
#include "engine/annotator.h"
#include "engine/formats/json_writer.h"

namespace riposte::cli {
namespace {

struct Options {
  bool jsonl = false;
  bool pretty = false;
  JsonlOptions jsonl_options;  // --jobs, --progress
  std::string claim_model;     // --claim-model FILE: weights other than the embedded ones
  std::string cue_model;       // --cue-model FILE: the cue detector's weights (threshold tuning in training)
  std::vector<std::string> inputs;
};

// Reads a whole file (or stdin for "-"). Returns false with a message on failure.
bool read_input(const std::string& path, std::istream& in, std::string& out, std::string& error) {
  if (path == "-") {
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
      error = "cannot read standard input";
      return false;
    }
    return true;
  }
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = "cannot open '" + path + "'";
    return false;
  }
  out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
  if (f.bad()) {
    error = "cannot read '" + path + "'";
    return false;
  }
  return true;
}

int usage_error(std::ostream& err, const std::string& message) {
  err << "riposte: " << message << " (see 'riposte --help')\n";
  return kUsage;
}

void report_repairs(std::ostream& err, const std::string& name, const Document& doc) {
  if (doc.repaired_sequences > 0)
    err << "riposte: " << name << ": replaced " << doc.repaired_sequences
        << " invalid UTF-8 sequence(s) with U+FFFD; offsets refer to the repaired text\n";
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos; }

// One {"id","text"} object per line in, one riposte document (plus "id") per line out (jsonl_annotate.h).
int annotate_jsonl(const Annotator& engine, std::istream& src, const std::string& name, std::optional<uint64_t> size,
                   const Options& opt, std::ostream& out, std::ostream& err) {
  const JsonlTally t = annotate_jsonl_stream(engine, src, name, size, opt.jsonl_options, out, err);
  if (t.read_error) {
    err << "riposte: " << name << ": read error after " << t.bytes << " bytes\n";
    return kUnreadable;
  }
  if (t.failed > 0) {
    err << "riposte: " << t.failed << " of " << (t.failed + t.documents) << " lines could not be annotated\n";
    return kUnreadable;
  }
  return kOk;
}

// "--jobs 4", "--jobs=4", "-j 4", "-j4": a whole number >= 1.
bool parse_count(const std::string& value, int& n) {
  if (value.empty() || value.size() > 6 || value.find_first_not_of("0123456789") != std::string::npos) return false;
  n = std::stoi(value);
  return n >= 1;
}

bool parse_seconds(const std::string& value, double& s) {
  char* end = nullptr;
  s = std::strtod(value.c_str(), &end);
  return !value.empty() && end == value.c_str() + value.size() && s >= 0 && s < 1e6;
}

// Parses annotate's arguments into `opt`; returns an empty string, or what is wrong.
std::string parse_annotate_args(const std::vector<std::string>& args, Options& opt) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const auto value = [&](const std::string& flag, std::string& v) {
      if (a.rfind(flag + "=", 0) == 0) {
        v = a.substr(flag.size() + 1);
        return true;
      }
      if (a == flag && i + 1 < args.size()) {
        v = args[++i];
        return true;
      }
      return false;
    };
    std::string v;
    if (a == "--claim-model") {
      if (i + 1 == args.size()) return "--claim-model needs a FILE";
      opt.claim_model = args[++i];
    } else if (a == "--jsonl") {
      opt.jsonl = true;
    } else if (a == "--pretty") {
      opt.pretty = true;
    } else if (a == "--progress") {
      opt.jsonl_options.progress = true;
    } else if (value("--jobs", v) || value("-j", v) ||
               (a.rfind("-j", 0) == 0 && a.size() > 2 && (v = a.substr(2), true))) {
      if (!parse_count(v, opt.jsonl_options.jobs))
        return "--jobs needs a whole number of threads >= 1, not '" + v + "'";
    } else if (value("--claim-model", v)) {
      opt.claim_model = v;
    } else if (value("--cue-model", v)) {
      opt.cue_model = v;
    } else if (value("--progress-every", v)) {
      if (!parse_seconds(v, opt.jsonl_options.progress_every_s))
        return "--progress-every needs seconds, not '" + v + "'";
      opt.jsonl_options.progress = true;
    } else if (a == "--jobs" || a == "-j" || a == "--progress-every" || a == "--claim-model" || a == "--cue-model") {
      return a + " needs a value";
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return "unknown option '" + a + "'";
    } else {
      opt.inputs.push_back(a);
    }
  }
  if (opt.inputs.empty()) return "annotate needs a FILE or '-' for standard input";
  return {};
}

int cmd_annotate(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  Options opt;
  opt.jsonl_options.jobs = default_jobs();
  if (const std::string problem = parse_annotate_args(args, opt); !problem.empty()) return usage_error(err, problem);
  std::optional<ClaimModel> model;
  if (!opt.claim_model.empty() && !(model = load_claim_model(opt.claim_model, err))) return kUnreadable;
  std::optional<CueDetector> detector;
  if (!opt.cue_model.empty() && !(detector = load_cue_detector(opt.cue_model, err))) return kUnreadable;
  const Annotator engine = detector ? Annotator(model ? std::move(*model) : ClaimModel(), std::move(*detector))
                           : model  ? Annotator(std::move(*model))
                                    : Annotator();
  if (opt.jsonl) {
    int rc = kOk;
    for (const auto& path : opt.inputs) {
      if (path == "-") {
        rc = std::max(rc, annotate_jsonl(engine, in, "stdin", std::nullopt, opt, out, err));
        continue;
      }
      std::ifstream f(path, std::ios::binary);
      if (!f) {
        err << "riposte: cannot open '" << path << "'\n";
        rc = kUnreadable;
        continue;
      }
      std::error_code ec;
      const auto size = std::filesystem::file_size(path, ec);
      rc = std::max(rc,
                    annotate_jsonl(engine, f, path, ec ? std::nullopt : std::optional<uint64_t>(size), opt, out, err));
    }
    return rc;
  }
  // Several plain files: one JSON line each, with the path as "id" (a corpus without JSONL wrapping).
  const bool many = opt.inputs.size() > 1;
  int rc = kOk;
  for (const auto& path : opt.inputs) {
    std::string text, error;
    if (!read_input(path, in, text, error)) {
      err << "riposte: " << error << '\n';
      rc = kUnreadable;
      continue;
    }
    Document doc = engine.annotate(text);
    const std::string name = path == "-" ? "stdin" : path;
    report_repairs(err, name, doc);
    if (blank(doc.text)) err << "riposte: " << name << ": the text is empty; nothing to annotate\n";
    if (many) {
      std::string line_out;
      const nlohmann::json id = path;
      append_json(line_out, doc, &id);
      out << line_out << '\n';
    } else {
      out << to_json_string(doc, opt.pretty ? 1 : -1) << '\n';
    }
  }
  return rc;
}

}  // namespace

std::string help_text() {
  std::string text = R"(riposte - who accuses whom of what in a news article, and who rebuts it

Usage:
  riposte annotate FILE|-            annotate one article (UTF-8 text; '-' reads standard input)
  riposte annotate FILE FILE...      annotate several articles, one JSON document per line with "id": path
  riposte annotate --jsonl [--jobs N] [--progress] FILE|-
                                     read {"id": ..., "text": ...} lines, write one document per line
                                     (in input order; a bad line gets {"id", "error"} and exit status 1)
  riposte link encode [--base URL] FILE|-
                                     print a share link holding the article and its annotation
  riposte link decode [--pretty] LINK|-
                                     print the riposte/1 document a share link holds
  riposte export --format json|webanno|brat|csv|html [-o OUT] [--title T] [--url U] [--pretty] FILE|-
                                     export in another format
  riposte reannotate [--pretty] DOC.json [TEXT_FILE|-]
                                     annotate a riposte/1 document's text again (or a corrected text) with
                                     this engine, keeping the human edits ("edits") whose text is unchanged
  riposte candidates [--claim-model FILE] FILE|-
                                     the claim model's training data: for {"id", "text"} lines, every
                                     candidate claim with its features (scripts/train-claim-model)
  riposte cue-features [--gate WORDS] FILE|-
                                     the cue detector's training data: for {"id", "text"} lines, every
                                     candidate cue word with its features (scripts/train-attribution-model)
  riposte --help | --version

Options for annotate:
  --pretty             indent the JSON output
  --jobs N, -j N       with --jsonl: annotate on N threads (default: every core, here %JOBS%); the output is
                       the same, line for line and byte for byte, whatever N
  --progress           with --jsonl: report progress on standard error about once a second (documents,
                       documents/s and, for a file, the percentage done and an estimate of the time left),
                       then a summary line
  --progress-every S   the same, at most one line per S seconds (0: after every batch of lines)
  --claim-model FILE   decide claims with these weights instead of the embedded model (data/claim_model.tsv)
  --cue-model FILE     detect speech cues with these weights instead of data/attribution_model.tsv

Output (schema "riposte/1"): {"schema", "engine", "text", "actors": [{"id", "name", "kind", "affiliation",
"color", "explanation"}], "mentions": [{"start", "end", "actor"}], "claims": [{"id", "kind", "source",
"target", "rebuts", "start", "end", "content", "score", "code", "plover", "rule"}], "stance": [{"from", "to",
"score", "claims"}]}. Offsets are Unicode code points of "text" (the input after UTF-8 repair), end
exclusive. Invalid UTF-8 is replaced with U+FFFD (one per maximal invalid subpart, as browsers do) and
reported on standard error.

reannotate prints the new document and, on standard error, how many edits were kept and dropped
(an edit is dropped when the words it is anchored to changed, or when it no longer applies).

link and export read a riposte/1 JSON document (text included) when the input's first visible
character is '{', and otherwise annotate the input as plain text first.

Share links: <base>#r1.<base64url of CRC-32, size and raw DEFLATE of the riposte/1 document>. A link
carries the whole article text: anyone who has it can read the article. Without --base only the
fragment "#r1...." is printed (append it to the page's address). Links over 16000 characters are
printed with a warning: share the .riposte.json file instead. decode accepts a whole link, its
fragment, or '-' to read it from standard input.

Export formats (each carries the engine version, the annotation date, and --title/--url):
  json      riposte/1, as annotate writes it (plus "provenance")
  webanno   W3C Web Annotation JSON-LD: an AnnotationCollection, one annotation per mention and per
            claim, targets with TextQuoteSelector and TextPositionSelector (code points)
  brat      brat standoff: -o OUT writes OUT.txt and OUT.ann (and annotation.conf beside them when
            there is none); offsets are code points
  csv       one row per claim, RFC 4180
Without -o the export goes to standard output.

Exit status: 0 ok, 1 unreadable input (or unusable JSONL lines; the others are still written), 2 bad usage.
)";
  const size_t at = text.find("%JOBS%");
  if (at != std::string::npos) text.replace(at, 6, std::to_string(default_jobs()));
  return text;
}

int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  try {
    if (args.empty()) return usage_error(err, "no command given");
    const std::string& cmd = args[0];
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      out << help_text();
      return kOk;
    }
    if (cmd == "--version") {
      out << kEngineVersion << '\n';
      return kOk;
    }
    std::vector<std::string> rest(args.begin() + 1, args.end());
    if (cmd == "annotate") return cmd_annotate(rest, in, out, err);
    if (cmd == "link") return link_command(rest, in, out, err);
    if (cmd == "export") return export_command(rest, in, out, err);
    if (cmd == "reannotate") return reannotate_command(rest, in, out, err);
    if (cmd == "candidates") return candidates_command(rest, in, out, err);
    if (cmd == "cue-features") return cue_features_command(rest, in, out, err);
    return usage_error(err, "unknown command '" + cmd + "'");
  } catch (const std::exception& e) {
    err << "riposte: internal error: " << e.what() << '\n';
    return kUnreadable;
  }
}

}  // namespace riposte::cli
