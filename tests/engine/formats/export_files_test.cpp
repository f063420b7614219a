#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine/annotator.h"
#include "engine/formats/document_import.h"
#include "engine/formats/export_files.h"
#include "engine/formats/json_writer.h"

using namespace riposte;

TEST_CASE("export files: format names, file names, MIME types") {
  CHECK(parse_export_format("json") == ExportFormat::Json);
  CHECK(parse_export_format("webanno") == ExportFormat::WebAnnotation);
  CHECK(parse_export_format("brat") == ExportFormat::Brat);
  CHECK(parse_export_format("csv") == ExportFormat::Csv);
  CHECK_FALSE(parse_export_format("png").has_value());
  CHECK_FALSE(parse_export_format("").has_value());

  const Annotator engine;
  const Document doc = engine.annotate("Moscow accused NATO of provocation. NATO denied it.");
  const ExportOptions opt{"A title", "https://n.example/1", "2026-11-27T15:00:00Z"};
  auto json = export_files(doc, ExportFormat::Json, opt, "row");
  REQUIRE(json.size() == 1);
  CHECK(json[0].name == "row.riposte.json");
  CHECK(json[0].mime == "application/json");
  // The JSON export is itself importable, and carries the provenance.
  auto back = document_from_json(json[0].content);
  REQUIRE_MESSAGE(back.ok(), back.error());
  CHECK(back.value().provenance.title == "A title");
  CHECK(back.value().provenance.url == "https://n.example/1");
  CHECK(back.value().provenance.annotated == "2026-11-27T15:00:00Z");
  CHECK(back.value().text == doc.text);
  CHECK(to_json_string(back.value()) + "\n" == json[0].content);  // lossless
  CHECK(doc.provenance.title.empty());                            // the caller's document is untouched

  auto wa = export_files(doc, ExportFormat::WebAnnotation, opt, "row", true);
  REQUIRE(wa.size() == 1);
  CHECK(wa[0].name == "row.jsonld");
  CHECK(wa[0].mime == "application/ld+json");
  CHECK(wa[0].content.find("\n ") != std::string::npos);  // pretty
  CHECK(nlohmann::json::parse(wa[0].content)["generated"] == "2026-11-27T15:00:00Z");

  auto brat = export_files(doc, ExportFormat::Brat, opt, "row");
  REQUIRE(brat.size() == 3);
  CHECK(brat[0].name == "row.txt");
  CHECK(brat[0].content == doc.text);
  CHECK(brat[1].name == "row.ann");
  CHECK(brat[2].name == "annotation.conf");

  auto csv = export_files(doc, ExportFormat::Csv, opt, "row");
  REQUIRE(csv.size() == 1);
  CHECK(csv[0].name == "row.csv");
  CHECK(csv[0].mime == "text/csv");
  CHECK(csv[0].content.rfind("id,kind,", 0) == 0);
}
