// CSV of claims (RFC 4180: CRLF line ends, fields with a comma, quote or line break are quoted and
// inner quotes doubled), one row per claim after a header row. Offsets are code points, as in
// riposte/1. Every row repeats the provenance columns so that a row copied elsewhere keeps it.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.h"
#include "engine/formats/export_provenance.h"

namespace riposte {

// The header row's column names, in order.
const std::vector<std::string_view>& claims_csv_columns();

std::string to_claims_csv(const Document& doc, const ExportOptions& options);

}  // namespace riposte
