// How every format writes numbers: one place, so riposte/1 JSON, CSV, brat, Web Annotation (and the HTML export)
// print the same score the same way, without a heap string per number.
#pragma once
#include <cstdint>
#include <string>

namespace riposte {

// Scores are kept to three decimals in every format.
double round3(double v);

// Integers (offsets, counts, line numbers) in decimal.
void append_integer(std::string& out, uint64_t v);
void append_integer(std::string& out, int64_t v);

// A double in JSON, as nlohmann::json's dump() writes it (shortest round trip, "1.0" not "1", "null" when not
// finite), so direct writers and nlohmann trees give the same bytes.
void append_json_double(std::string& out, double v);

// A score for people and tables: round3, always three decimals, never "-0.000" ("0.250", "-0.600").
std::string score_text(double v);

}  // namespace riposte
