#include "engine/formats/export_provenance.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "engine/version.h"

namespace riposte {

std::string iso8601_utc_now() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[80];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

ExportProvenance export_provenance(const Document& doc, const ExportOptions& options) {
  ExportProvenance p;
  p.engine = doc.provenance.engine.empty() ? std::string(kEngineVersion) : doc.provenance.engine;
  p.exported = options.now.empty() ? iso8601_utc_now() : options.now;
  p.annotated = doc.provenance.annotated.empty() ? p.exported : doc.provenance.annotated;
  p.title = options.title.empty() ? doc.provenance.title : options.title;
  p.url = options.url.empty() ? doc.provenance.url : options.url;
  return p;
}

}  // namespace riposte
