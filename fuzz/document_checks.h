// Properties every Document must have, whoever made it (the engine, the JSON importer, the binary codec):
// spans inside the text, ordered, on code point boundaries; indices that resolve; affiliation chains that end;
// and a riposte/1 JSON form whose offsets and references are as consistent. A violated property aborts
// (FUZZ_CHECK is active whatever NDEBUG says), which libFuzzer reports with the input that caused it.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "engine/document/document.h"
#include "engine/formats/json_writer.h"
#include "engine/text/utf8.h"

#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace riposte_fuzz {

using riposte::Document;
using riposte::Span;

// A span lies within the text, begin <= end, and both ends fall on code point boundaries.
inline void check_span(const Document& doc, Span s) {
  const size_t n = doc.text.size();
  FUZZ_CHECK(s.begin <= s.end);
  FUZZ_CHECK(s.end <= n);
  FUZZ_CHECK(s.begin == n || !riposte::is_continuation(static_cast<unsigned char>(doc.text[s.begin])));
  FUZZ_CHECK(s.end == n || !riposte::is_continuation(static_cast<unsigned char>(doc.text[s.end])));
}

inline bool valid_index(int i, size_t size) { return i >= -1 && i < static_cast<int>(size); }

inline void check_document(const Document& doc, bool has_tokens = true) {
  FUZZ_CHECK(riposte::repair_utf8(doc.text).replacements == 0);  // the text is valid UTF-8 after repair
  uint32_t prev_end = 0;
  for (const auto& t : doc.tokens) {
    check_span(doc, t.span);
    FUZZ_CHECK(!t.span.empty());
    FUZZ_CHECK(t.span.begin >= prev_end);  // tokens in order, never overlapping
    prev_end = t.span.end;
  }
  prev_end = 0;
  for (const auto& s : doc.sentences) {
    check_span(doc, s.span);
    FUZZ_CHECK(s.span.begin >= prev_end);  // sentences in order, never overlapping
    prev_end = s.span.end;
    if (has_tokens) FUZZ_CHECK(static_cast<size_t>(s.first_token) + s.token_count <= doc.tokens.size());
  }
  for (const auto& q : doc.quotes) {
    check_span(doc, q.span);
    check_span(doc, q.inner);
    FUZZ_CHECK(q.span.contains(q.inner) || q.inner.empty());
  }
  uint32_t prev_begin = 0;
  for (const auto& m : doc.mentions) {
    check_span(doc, m.span);
    FUZZ_CHECK(!m.span.empty());
    FUZZ_CHECK(m.span.begin >= prev_begin);  // document.h: mentions sorted by span.begin
    prev_begin = m.span.begin;
    FUZZ_CHECK(m.actor >= 0 && m.actor < static_cast<int>(doc.actors.size()));
  }
  for (size_t i = 0; i < doc.actors.size(); ++i) {
    const auto& a = doc.actors[i];
    FUZZ_CHECK(valid_index(a.affiliation, doc.actors.size()));
    FUZZ_CHECK(a.affiliation != static_cast<int>(i));
    // The affiliation chain ends (the page and the scorer follow it to the actor's side).
    int at = a.affiliation;
    for (size_t steps = 0; at >= 0; ++steps, at = doc.actors[at].affiliation) FUZZ_CHECK(steps <= doc.actors.size());
  }
  for (const auto& c : doc.claims) {
    check_span(doc, c.cue);
    check_span(doc, c.content);
    FUZZ_CHECK(valid_index(c.source, doc.actors.size()) && valid_index(c.target, doc.actors.size()));
    FUZZ_CHECK(valid_index(c.rebuts, doc.claims.size()));
    FUZZ_CHECK(c.score >= -1.0 && c.score <= 1.0);
  }
  // Human edits are history (they need not apply), but their spans lie in the text like every other span.
  for (const auto& e : doc.edits) {
    std::visit(
        [&](const auto& x) {
          using T = std::decay_t<decltype(x)>;
          auto ref = [&](const riposte::ClaimRef& r) { check_span(doc, r.cue); };
          if constexpr (requires { x.span; }) check_span(doc, x.span);
          if constexpr (requires { x.cue; }) {
            check_span(doc, x.cue);
            check_span(doc, x.content);
          }
          if constexpr (requires { x.mentions; })
            for (Span s : x.mentions) check_span(doc, s);
          if constexpr (requires { x.claim; }) ref(x.claim);
          if constexpr (requires { x.rebuts; })
            if (x.rebuts) ref(*x.rebuts);
          (void)sizeof(T);
        },
        e);
  }
  for (const auto& s : doc.stance) {
    FUZZ_CHECK(s.from >= 0 && s.from < static_cast<int>(doc.actors.size()));
    FUZZ_CHECK(s.to >= 0 && s.to < static_cast<int>(doc.actors.size()));
    FUZZ_CHECK(s.score >= -1.0 && s.score <= 1.0);
    for (int c : s.claims) FUZZ_CHECK(c >= 0 && c < static_cast<int>(doc.claims.size()));
  }
}

// The JSON side: code point offsets within [0, length], start <= end, references resolve.
inline void check_json(const Document& doc) {
  const std::string dumped = riposte::to_json_string(doc);
  const auto j = nlohmann::json::parse(dumped, nullptr, false);
  FUZZ_CHECK(!j.is_discarded() && j.is_object());
  FUZZ_CHECK(j.at("text").get<std::string>() == doc.text);
  const int64_t length = riposte::CodepointIndex(doc.text).codepoint_count();
  auto check_range = [&](const nlohmann::json& s, const nlohmann::json& e) {
    FUZZ_CHECK(s.is_number_integer() && e.is_number_integer());
    FUZZ_CHECK(0 <= s.get<int64_t>() && s.get<int64_t>() <= e.get<int64_t>() && e.get<int64_t>() <= length);
  };
  std::vector<std::string> ids;
  for (const auto& a : j.at("actors")) ids.push_back(a.at("id").get<std::string>());
  auto known = [&](const nlohmann::json& ref) {
    return ref.is_null() || (ref.is_string() && std::find(ids.begin(), ids.end(), ref.get<std::string>()) != ids.end());
  };
  for (const auto& a : j.at("actors")) FUZZ_CHECK(known(a.at("affiliation")));
  int64_t prev = 0;
  for (const auto& m : j.at("mentions")) {
    check_range(m.at("start"), m.at("end"));
    FUZZ_CHECK(m.at("start").get<int64_t>() >= prev);
    prev = m.at("start").get<int64_t>();
    FUZZ_CHECK(!m.at("actor").is_null() && known(m.at("actor")));
  }
  for (const auto& c : j.at("claims")) {
    check_range(c.at("start"), c.at("end"));
    FUZZ_CHECK(c.at("content").is_array() && c.at("content").size() == 2);
    check_range(c.at("content")[0], c.at("content")[1]);
    FUZZ_CHECK(known(c.at("source")) && known(c.at("target")));
  }
  for (const auto& s : j.at("stance")) FUZZ_CHECK(known(s.at("from")) && known(s.at("to")));
}

}  // namespace riposte_fuzz
