// Hand-built Documents for claim tests: the real tokenizer, sentences and quotes, with mentions and
// actors given by the test (so claim tests do not depend on the actor finder).
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/document.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"

namespace riposte::testing {

// The byte span of the first occurrence of `s` in `text` (or the document's text) at or after `from`; fails the test
// if it is absent.
inline Span find_span(std::string_view text, std::string_view s, size_t from = 0) {
  const size_t at = text.find(s, from);
  REQUIRE(at != std::string_view::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
}
inline Span find_span(const Document& d, std::string_view s, size_t from = 0) { return find_span(d.text, s, from); }

struct ActorSpec {
  std::string name;
  ActorKind kind = ActorKind::Organisation;
  std::vector<std::string> surfaces;  // every occurrence of each becomes a mention
  std::string affiliation;            // the name of another ActorSpec, or empty
};

inline Document build_document(const std::string& text, const std::vector<ActorSpec>& specs) {
  Document d;
  d.text = text;
  d.tokens = tokenize(d.text);
  d.sentences = split_sentences(d.text, d.tokens);
  d.quotes = find_quotes(d.text, d.tokens);
  for (size_t i = 0; i < specs.size(); ++i) {
    Actor a;
    a.id = "a" + std::to_string(i + 1);
    a.name = specs[i].name;
    a.kind = specs[i].kind;
    d.actors.push_back(a);
  }
  for (size_t i = 0; i < specs.size(); ++i) {
    for (size_t j = 0; j < specs.size(); ++j)
      if (!specs[i].affiliation.empty() && specs[j].name == specs[i].affiliation)
        d.actors[i].affiliation = static_cast<int>(j);
    for (const std::string& s : specs[i].surfaces) {
      for (size_t at = d.text.find(s); at != std::string::npos; at = d.text.find(s, at + s.size())) {
        const bool word_start = at == 0 || !std::isalnum(static_cast<unsigned char>(d.text[at - 1]));
        const size_t end = at + s.size();
        const bool word_end = end >= d.text.size() || !std::isalnum(static_cast<unsigned char>(d.text[end]));
        if (word_start && word_end)
          d.mentions.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(end)}, static_cast<int>(i), "test"});
      }
    }
  }
  std::sort(d.mentions.begin(), d.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  // Overlapping surfaces ("Mr Fox" and "Fox"): keep the longer, earlier one.
  std::vector<Mention> kept;
  for (const Mention& m : d.mentions)
    if (kept.empty() || kept.back().span.end <= m.span.begin)
      kept.push_back(m);
    else if (m.span.size() > kept.back().span.size() && m.span.begin == kept.back().span.begin)
      kept.back() = m;
  d.mentions = std::move(kept);
  return d;
}

inline ActorSpec person(std::string name, std::vector<std::string> surfaces, std::string affiliation = {}) {
  return {std::move(name), ActorKind::Person, std::move(surfaces), std::move(affiliation)};
}
inline ActorSpec body(std::string name, std::vector<std::string> surfaces, std::string affiliation = {},
                      ActorKind kind = ActorKind::Organisation) {
  return {std::move(name), kind, std::move(surfaces), std::move(affiliation)};
}

}  // namespace riposte::testing
