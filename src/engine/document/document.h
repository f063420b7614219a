// The document model: everything the engine finds in one article.
// Every span is a half-open byte range into Document::text (the input after UTF-8 repair).
// Byte offsets become Unicode code points only at the JSON boundary (json_writer.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/document/edit.h"
#include "engine/document/rule_name.h"
#include "engine/document/span.h"

namespace riposte {

enum class TokenKind : uint8_t { Word, Number, Punct, Quote, Symbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::Word;
  bool capitalised = false;      // first letter is upper case
  bool all_caps = false;         // two or more letters, all upper case ("NATO", "US")
  bool paragraph_start = false;  // first token after a blank line (or of the text)
};

struct Sentence {
  Span span;
  uint32_t first_token = 0;  // index into Document::tokens
  uint32_t token_count = 0;
  bool headline = false;  // a line without final punctuation standing alone (titles, subheads)
};

struct Quote {
  Span span;           // including the quotation marks that were found
  Span inner;          // the quoted words
  bool closed = true;  // false when the closing mark was missing and the quote ran to the paragraph end
};

struct Actor {
  std::string id;    // stable within a document ("a1", "a2", ...)
  std::string name;  // canonical name, e.g. "Ana Ruiz", "China"
  ActorKind kind = ActorKind::Group;
  int affiliation = -1;                  // index into Document::actors, or -1
  std::string code;                      // gazetteer key when known (ISO 3166 alpha-3, organisation acronym)
  std::string color;                     // "#rrggbb"
  std::vector<std::string> explanation;  // how the engine built and linked it: rule names and words
  bool human = false;                    // created or edited by a person (kept when the text is re-annotated)
};

struct Mention {
  Span span;
  int actor = -1;      // index into Document::actors
  RuleName rule;       // the rule that found it ("gazetteer:country", "title+name", ...)
  bool human = false;  // drawn or edited by a person
};

struct Claim {
  std::string id;  // "c1", "c2", ...
  ClaimKind kind = ClaimKind::Accusation;
  int source = -1;  // actor indices
  int target = -1;
  int rebuts = -1;     // index into Document::claims of the accusation answered, or -1
  Span cue;            // the cue words ("accused", "unfounded")
  Span content;        // the quote or clause
  double score = 0.0;  // [-1, 1], negative is hostile
  std::string code;    // CAMEO, e.g. "112"
  std::string plover;  // e.g. "ACCUSE"
  bool human = false;  // drawn or edited by a person
  // What decided it, as mentions carry theirs: "model:<candidate>" when the claim model accepted a candidate (from a
  // rule, "model:accuse_verb", or from a reported statement, "model:statement"), "rule:<name>" for the few rules
  // that decide alone, "human" when a person drew or edited it.
  std::string rule;
};

// A reported statement: who said what ("Ruiz said ...", "according to the embassy, ...").
struct Statement {
  int source = -1;   // actor index
  Span cue;          // "said", "according to", "told"
  Span source_span;  // the words naming the source (a name, a pronoun, "a party spokesman")
  Span content;      // what was said
};

struct StanceEdge {
  int from = -1, to = -1;   // actor indices
  double score = 0.0;       // [-1, 1]
  std::vector<int> claims;  // indices into Document::claims
};

// Where an annotation comes from; exports carry it. Empty strings are unknown.
struct Provenance {
  std::string engine;     // engine version that annotated the text (empty: this engine, kEngineVersion)
  std::string annotated;  // date of annotation, ISO 8601 UTC ("2026-11-27T14:05:00Z")
  std::string title;      // the article's title, when the user gives it
  std::string url;        // the article's URL, when the user gives it
};

struct Document {
  std::string text;                 // UTF-8, repaired
  uint32_t repaired_sequences = 0;  // invalid UTF-8 sequences replaced by U+FFFD
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Quote> quotes;
  std::vector<Actor> actors;
  std::vector<Mention> mentions;  // sorted by span.begin
  std::vector<Claim> claims;
  std::vector<Statement> statements;  // reported speech, in text order (not part of the riposte/1 contract)
  std::vector<StanceEdge> stance;
  Provenance provenance;
  std::vector<Edit> edits;  // human edits, in the order they were made (document_edit.h)
};

}  // namespace riposte
