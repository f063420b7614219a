// libFuzzer target over the engine's entry point: Annotator::annotate + to_json on arbitrary bytes.
// No input may crash, hang, or yield a span outside the text, out of order, splitting a UTF-8 sequence, or a
// dangling index; every violated property aborts (CHECK is active whatever NDEBUG says). Build and run: scripts/fuzz.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "engine/annotator.h"
#include "engine/json_writer.h"
#include "engine/utf8.h"

#define CHECK(cond)                                                                     \
  do {                                                                                  \
    if (!(cond)) {                                                                      \
      std::fprintf(stderr, "annotate_fuzz: check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                     \
    }                                                                                   \
  } while (0)

namespace {

using riposte::Document;
using riposte::Span;

// A span lies within the text, begin <= end, and both ends fall on code point boundaries.
void check_span(const Document& doc, Span s) {
  const size_t n = doc.text.size();
  CHECK(s.begin <= s.end);
  CHECK(s.end <= n);
  CHECK(s.begin == n || !riposte::is_continuation(static_cast<unsigned char>(doc.text[s.begin])));
  CHECK(s.end == n || !riposte::is_continuation(static_cast<unsigned char>(doc.text[s.end])));
}

bool valid_index(int i, size_t size) { return i >= -1 && i < static_cast<int>(size); }

void check_document(const Document& doc) {
  CHECK(riposte::repair_utf8(doc.text).replacements == 0);  // the text is valid UTF-8 after repair
  uint32_t prev_end = 0;
  for (const auto& t : doc.tokens) {
    check_span(doc, t.span);
    CHECK(!t.span.empty());
    CHECK(t.span.begin >= prev_end);  // tokens in order, never overlapping
    prev_end = t.span.end;
  }
  prev_end = 0;
  for (const auto& s : doc.sentences) {
    check_span(doc, s.span);
    CHECK(s.span.begin >= prev_end);  // sentences in order, never overlapping
    prev_end = s.span.end;
    CHECK(static_cast<size_t>(s.first_token) + s.token_count <= doc.tokens.size());
  }
  for (const auto& q : doc.quotes) {
    check_span(doc, q.span);
    check_span(doc, q.inner);
    CHECK(q.span.contains(q.inner) || q.inner.empty());
  }
  uint32_t prev_begin = 0;
  for (const auto& m : doc.mentions) {
    check_span(doc, m.span);
    CHECK(!m.span.empty());
    CHECK(m.span.begin >= prev_begin);  // document.h: mentions sorted by span.begin
    prev_begin = m.span.begin;
    CHECK(m.actor >= 0 && m.actor < static_cast<int>(doc.actors.size()));
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const auto& a = doc.actors[i];
    CHECK(valid_index(a.affiliation, doc.actors.size()));
    CHECK(a.affiliation != static_cast<int>(i));
    // The affiliation chain ends (the page and the scorer follow it to the actor's side).
    int at = a.affiliation;
    for (size_t steps = 0; at >= 0; ++steps, at = doc.actors[at].affiliation) CHECK(steps <= doc.actors.size());
  }
  for (const auto& c : doc.claims) {
    check_span(doc, c.cue);
    check_span(doc, c.content);
    CHECK(valid_index(c.source, doc.actors.size()) && valid_index(c.target, doc.actors.size()));
    CHECK(valid_index(c.rebuts, doc.claims.size()));
    CHECK(c.score >= -1.0 && c.score <= 1.0);
  }
  for (const auto& s : doc.stance) {
    CHECK(s.from >= 0 && s.from < static_cast<int>(doc.actors.size()));
    CHECK(s.to >= 0 && s.to < static_cast<int>(doc.actors.size()));
    CHECK(s.score >= -1.0 && s.score <= 1.0);
    for (int c : s.claims) CHECK(c >= 0 && c < static_cast<int>(doc.claims.size()));
  }
}

// The JSON side: code point offsets within [0, length], start <= end, references resolve.
void check_json(const Document& doc) {
  const std::string dumped = riposte::to_json_string(doc);
  const auto j = nlohmann::json::parse(dumped, nullptr, false);
  CHECK(!j.is_discarded() && j.is_object());
  CHECK(j.at("text").get<std::string>() == doc.text);
  const int64_t length = riposte::CodepointIndex(doc.text).codepoint_count();
  auto check_range = [&](const nlohmann::json& s, const nlohmann::json& e) {
    CHECK(s.is_number_integer() && e.is_number_integer());
    CHECK(0 <= s.get<int64_t>() && s.get<int64_t>() <= e.get<int64_t>() && e.get<int64_t>() <= length);
  };
  std::vector<std::string> ids;
  for (const auto& a : j.at("actors")) ids.push_back(a.at("id").get<std::string>());
  auto known = [&](const nlohmann::json& ref) {
    return ref.is_null() || (ref.is_string() && std::find(ids.begin(), ids.end(), ref.get<std::string>()) != ids.end());
  };
  for (const auto& a : j.at("actors")) CHECK(known(a.at("affiliation")));
  int64_t prev = 0;
  for (const auto& m : j.at("mentions")) {
    check_range(m.at("start"), m.at("end"));
    CHECK(m.at("start").get<int64_t>() >= prev);
    prev = m.at("start").get<int64_t>();
    CHECK(!m.at("actor").is_null() && known(m.at("actor")));
  }
  for (const auto& c : j.at("claims")) {
    check_range(c.at("start"), c.at("end"));
    CHECK(c.at("content").is_array() && c.at("content").size() == 2);
    check_range(c.at("content")[0], c.at("content")[1]);
    CHECK(known(c.at("source")) && known(c.at("target")));
  }
  for (const auto& s : j.at("stance")) CHECK(known(s.at("from")) && known(s.at("to")));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const riposte::Annotator engine;  // built once, as the CLI and the page do
  const Document doc = engine.annotate(std::string_view(reinterpret_cast<const char*>(data), size));
  check_document(doc);
  check_json(doc);
  return 0;
}
