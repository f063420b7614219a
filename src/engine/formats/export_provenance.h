// What every export says about where its annotation comes from (DECISIONS.md: engine version, date of
// annotation, and the article's URL or title when the user gives it), and the options exports share.
#pragma once
#include <string>

#include "engine/document/document.h"

namespace riposte {

struct ExportOptions {
  std::string title;  // the article's title; overrides the document's when not empty
  std::string url;    // the article's URL; overrides the document's when not empty
  std::string now;    // ISO 8601 UTC time of the export; empty: the current time (tests fix it)
};

struct ExportProvenance {
  std::string engine;      // the annotating engine's version
  std::string annotated;   // date of annotation (the export time for a document that has none)
  std::string exported;    // date of the export
  std::string title, url;  // may be empty
};

ExportProvenance export_provenance(const Document& doc, const ExportOptions& options);

// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string iso8601_utc_now();

}  // namespace riposte
