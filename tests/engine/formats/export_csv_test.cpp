#include <doctest/doctest.h>

#include "engine/annotator.h"
#include "engine/formats/export_csv.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"

using namespace riposte;

namespace {

// An RFC 4180 reader: records end with CRLF; a quoted field may hold commas, CRLF and doubled quotes.
// Returns false on anything the RFC does not allow (a bare quote inside an unquoted field, a lone LF
// or CR outside quotes, text after a closing quote, an unterminated quote).
bool parse_rfc4180(std::string_view in, std::vector<std::vector<std::string>>& rows) {
  std::vector<std::string> row;
  std::string f;
  size_t i = 0;
  while (i < in.size()) {
    if (in[i] == '"') {
      ++i;
      for (;;) {
        if (i >= in.size()) return false;
        if (in[i] == '"') {
          if (i + 1 < in.size() && in[i + 1] == '"') {
            f += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        f += in[i++];
      }
    } else {
      while (i < in.size() && in[i] != ',' && in[i] != '\r') {
        if (in[i] == '"' || in[i] == '\n') return false;
        f += in[i++];
      }
    }
    if (i < in.size() && in[i] == ',') {
      row.push_back(std::move(f));
      f.clear();
      ++i;
      continue;
    }
    if (in.substr(i, 2) != "\r\n") return false;
    row.push_back(std::move(f));
    f.clear();
    rows.push_back(std::move(row));
    row.clear();
    i += 2;
  }
  return row.empty() && f.empty();
}

void check_csv(const Document& doc) {
  const ExportOptions opt{"Title, with \"quotes\"", "https://example.org/?a=1,2", "2026-11-27T15:00:00Z"};
  const std::string csv = to_claims_csv(doc, opt);
  std::vector<std::vector<std::string>> rows;
  REQUIRE(parse_rfc4180(csv, rows));
  REQUIRE(rows.size() == doc.claims.size() + 1);
  const auto& cols = claims_csv_columns();
  CHECK(rows[0] == std::vector<std::string>(cols.begin(), cols.end()));
  const auto j = to_json(doc);  // the riposte/1 view of the same claims
  auto col = [&](std::string_view name) {
    return static_cast<size_t>(std::find(cols.begin(), cols.end(), name) - cols.begin());
  };
  for (size_t k = 0; k < doc.claims.size(); ++k) {
    const auto& row = rows[k + 1];
    const auto& c = j["claims"][k];
    REQUIRE(row.size() == cols.size());
    CHECK(row[col("id")] == c["id"]);
    CHECK(row[col("kind")] == c["kind"]);
    CHECK(row[col("source_id")] == (c["source"].is_null() ? "" : c["source"].get<std::string>()));
    CHECK(row[col("target_id")] == (c["target"].is_null() ? "" : c["target"].get<std::string>()));
    CHECK(row[col("rebuts")] == (c["rebuts"].is_null() ? "" : c["rebuts"].get<std::string>()));
    CHECK(std::stoul(row[col("cue_start")]) == c["start"]);
    CHECK(std::stoul(row[col("cue_end")]) == c["end"]);
    CHECK(std::stoul(row[col("content_start")]) == c["content"][0]);
    CHECK(std::stod(row[col("score")]) == doctest::Approx(c["score"].get<double>()));
    CHECK(row[col("cue")] == std::string(slice(doc.text, doc.claims[k].cue)));
    CHECK(row[col("content")] == std::string(slice(doc.text, doc.claims[k].content)));
    CHECK(row[col("title")] == opt.title);
    CHECK(row[col("url")] == opt.url);
    CHECK(row[col("engine")] == j["engine"]);
    CHECK_FALSE(row[col("annotated")].empty());
  }
}

}  // namespace

TEST_CASE("CSV: every dev article's claims survive an RFC 4180 reader") {
  const Annotator engine;
  for (const auto& article : testing::dev_articles()) {
    CAPTURE(article.id);
    check_csv(engine.annotate(article.text));
    const Document gold = testing::gold_document(article);
    REQUIRE_FALSE(gold.claims.empty());
    check_csv(gold);
  }
}

TEST_CASE("CSV: quoting of commas, quotes and line breaks; provenance without a document date") {
  Document d;
  d.text = "He said \"no, never\"\nthen left.";
  d.actors = {{"a1", "Smith, John", ActorKind::Person, -1, "", "", {}}};
  d.claims = {{"c1", ClaimKind::Rebuttal, 0, 0, -1, {8, 19}, {8, 30}, -0.0001, "125", "REJECT"}};
  const std::string csv = to_claims_csv(d, {"", "", "2026-11-27T15:00:00Z"});
  CHECK(csv.find("\"Smith, John\"") != std::string::npos);
  CHECK(csv.find("\"\"\"no, never\"\"\"") != std::string::npos);
  CHECK(csv.find("\"\"\"no, never\"\"\nthen left.\"") != std::string::npos);
  CHECK(csv.find(",0.000,") != std::string::npos);               // never "-0.000"
  CHECK(csv.find("2026-11-27T15:00:00Z") != std::string::npos);  // annotated: the export time
  std::vector<std::vector<std::string>> rows;
  REQUIRE(parse_rfc4180(csv, rows));
  CHECK(rows[1][7] == "\"no, never\"");
  CHECK(rows[1][10] == "\"no, never\"\nthen left.");
  CHECK(csv.substr(csv.size() - 2) == "\r\n");
  // The reader itself rejects what RFC 4180 forbids.
  CHECK_FALSE(parse_rfc4180("a,b\n", rows));
  CHECK_FALSE(parse_rfc4180("a\"b\r\n", rows));
  CHECK_FALSE(parse_rfc4180("\"a\r\n", rows));
}
