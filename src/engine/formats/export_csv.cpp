#include "engine/formats/export_csv.h"

#include <cmath>
#include <cstdio>

#include "engine/formats/number_format.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

void field(std::string& out, std::string_view value, bool last = false) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += value;
  } else {
    out += '"';
    for (char c : value) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += last ? "\r\n" : ",";
}

}  // namespace

const std::vector<std::string_view>& claims_csv_columns() {
  static const std::vector<std::string_view> columns = {
      "id",    "kind",      "source_id", "source",  "target_id",     "target",      "rebuts",
      "cue",   "cue_start", "cue_end",   "content", "content_start", "content_end", "score",
      "cameo", "plover",    "human",     "engine",  "annotated",     "title",       "url"};
  return columns;
}

std::string to_claims_csv(const Document& doc, const ExportOptions& options) {
  const ExportProvenance prov = export_provenance(doc, options);
  const CodepointIndex cps(doc.text);
  const auto& columns = claims_csv_columns();
  std::string out;
  for (size_t i = 0; i < columns.size(); ++i) field(out, columns[i], i + 1 == columns.size());
  const auto actor_id = [&](int a) {
    return a >= 0 && a < static_cast<int>(doc.actors.size()) ? doc.actors[a].id : std::string();
  };
  const auto actor_name = [&](int a) {
    return a >= 0 && a < static_cast<int>(doc.actors.size()) ? doc.actors[a].name : std::string();
  };
  for (const Claim& c : doc.claims) {
    field(out, c.id);
    field(out, to_string(c.kind));
    field(out, actor_id(c.source));
    field(out, actor_name(c.source));
    field(out, actor_id(c.target));
    field(out, actor_name(c.target));
    field(out,
          c.rebuts >= 0 && c.rebuts < static_cast<int>(doc.claims.size()) ? doc.claims[c.rebuts].id : std::string());
    field(out, slice(doc.text, c.cue));
    field(out, std::to_string(cps.to_codepoint(c.cue.begin)));
    field(out, std::to_string(cps.to_codepoint(c.cue.end)));
    field(out, slice(doc.text, c.content));
    field(out, std::to_string(cps.to_codepoint(c.content.begin)));
    field(out, std::to_string(cps.to_codepoint(c.content.end)));
    field(out, score_text(c.score));
    field(out, c.code);
    field(out, c.plover);
    field(out, c.human ? "true" : "false");
    field(out, prov.engine);
    field(out, prov.annotated);
    field(out, prov.title);
    field(out, prov.url, true);
  }
  return out;
}

}  // namespace riposte
