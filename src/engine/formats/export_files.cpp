#include "engine/formats/export_files.h"

#include <nlohmann/json.hpp>

#include "engine/formats/export_brat.h"
#include "engine/formats/export_csv.h"
#include "engine/formats/export_html.h"
#include "engine/formats/export_web_annotation.h"
#include "engine/formats/json_writer.h"

namespace riposte {

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  if (name == "json") return ExportFormat::Json;
  if (name == "webanno") return ExportFormat::WebAnnotation;
  if (name == "brat") return ExportFormat::Brat;
  if (name == "csv") return ExportFormat::Csv;
  if (name == "html") return ExportFormat::Html;
  return std::nullopt;
}

std::vector<ExportFile> export_files(const Document& doc, ExportFormat format, const ExportOptions& options,
                                     std::string_view stem, bool pretty) {
  ExportOptions opt = options;
  if (opt.now.empty()) opt.now = iso8601_utc_now();  // one time for every file of the export
  const std::string base(stem);
  switch (format) {
    case ExportFormat::Json: {
      // The provenance goes into the JSON, not into the caller's document (no copy of a large one).
      const ExportProvenance p = export_provenance(doc, opt);
      nlohmann::json j = to_json(doc);
      nlohmann::json prov = {{"annotated", p.annotated}};
      if (!p.title.empty()) prov["title"] = p.title;
      if (!p.url.empty()) prov["url"] = p.url;
      j["provenance"] = std::move(prov);
      return {{base + ".riposte.json", "application/json",
               j.dump(pretty ? 1 : -1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n"}};
    }
    case ExportFormat::WebAnnotation:
      return {{base + ".jsonld", "application/ld+json", to_web_annotation_string(doc, opt, pretty ? 1 : -1) + "\n"}};
    case ExportFormat::Csv:
      return {{base + ".csv", "text/csv", to_claims_csv(doc, opt)}};
    case ExportFormat::Html:
      return {{base + ".html", "text/html;charset=utf-8", to_annotated_html(doc, opt)}};
    case ExportFormat::Brat: {
      BratDocument b = to_brat(doc, opt);
      return {{base + ".txt", "text/plain", std::move(b.txt)},
              {base + ".ann", "text/plain", std::move(b.ann)},
              {"annotation.conf", "text/plain", std::move(b.conf)}};
    }
  }
  return {};
}

}  // namespace riposte
