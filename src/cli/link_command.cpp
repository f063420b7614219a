#include "cli/link_command.h"

#include <iostream>

#include "cli/cli.h"
#include "cli/cli_io.h"
#include "engine/formats/json_writer.h"
#include "engine/formats/link_codec.h"

namespace riposte::cli {
namespace {

int encode(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  std::string base, input;
  bool have_input = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--base") {
      if (i + 1 >= args.size()) return usage(err, "--base needs a URL");
      base = args[++i];
    } else if (a.rfind("--base=", 0) == 0) {
      base = a.substr(7);
    } else if (a.size() > 1 && a[0] == '-') {
      return usage(err, "unknown option '" + a + "' for link encode");
    } else if (have_input) {
      return usage(err, "link encode takes one FILE or '-'");
    } else {
      input = a;
      have_input = true;
    }
  }
  if (!have_input) return usage(err, "link encode needs a FILE or '-' for standard input");
  auto doc = read_document(input, in, err);
  if (!doc) return failure(err, doc.error());
  auto link = encode_share_link(doc.value(), base);
  if (!link) return failure(err, link.error());
  out << link.value().url << '\n';
  if (link.value().too_long)
    err << "riposte: the link is " << link.value().url.size() << " characters, more than " << kComfortableLinkLength
        << ": browsers, chat apps and mail may cut it; share the .riposte.json file instead\n";
  return kOk;
}

int decode(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  bool pretty = false;
  std::string link;
  bool have_link = false;
  for (const auto& a : args) {
    if (a == "--pretty")
      pretty = true;
    else if (a.size() > 1 && a.rfind("--", 0) == 0)
      return usage(err, "unknown option '" + a + "' for link decode");
    else if (have_link)
      return usage(err, "link decode takes one LINK or '-'");
    else {
      link = a;
      have_link = true;
    }
  }
  if (!have_link) return usage(err, "link decode needs a LINK or '-' for standard input");
  if (link == "-") {
    auto text = read_all("-", in);
    if (!text) return failure(err, text.error());
    link = std::move(text.value());
  }
  auto doc = decode_share_link(link);
  if (!doc) return failure(err, doc.error());
  out << to_json_string(doc.value(), pretty ? 1 : -1) << '\n';
  return kOk;
}

}  // namespace

int link_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err) {
  if (args.empty()) return usage(err, "link needs 'encode' or 'decode'");
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "encode") return encode(rest, in, out, err);
  if (args[0] == "decode") return decode(rest, in, out, err);
  return usage(err, "unknown link command '" + args[0] + "' (use encode or decode)");
}

}  // namespace riposte::cli
