// One entry point for the page's export buttons and the CLI: a format name in, the files to save out
// (name, MIME type, content), with the provenance applied the same way for every format.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.h"
#include "engine/formats/export_provenance.h"

namespace riposte {

enum class ExportFormat { Json, WebAnnotation, Brat, Csv, Html };

// "json", "webanno", "brat", "csv", "html" (the CLI's --format names); nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);

struct ExportFile {
  std::string name;  // suggested file name: stem + ".riposte.json" | ".jsonld" | ".txt" | ".ann" | ".csv" | ".html", or
                     // "annotation.conf"
  std::string mime;
  std::string content;
};

// json: one file (riposte/1 plus "provenance"); webanno: one; csv: one; brat: stem.txt, stem.ann and
// annotation.conf (for the collection directory); html: one self-contained page (export_html.h). `pretty`
// indents the JSON formats.
std::vector<ExportFile> export_files(const Document& doc, ExportFormat format, const ExportOptions& options,
                                     std::string_view stem = "article", bool pretty = false);

}  // namespace riposte
