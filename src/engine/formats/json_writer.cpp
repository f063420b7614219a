#include "engine/formats/json_writer.h"

// [SECTION] to_json (nlohmann tree, for callers that edit it)
// [SECTION] DirectWriter (the compact string, byte-identical to to_json(doc).dump() without building the tree)
// [SECTION] Strings, append_json, to_json_string
#include <cstring>
#include <nlohmann/json.hpp>

#include "engine/formats/edit_json.h"
#include "engine/formats/number_format.h"
#include "engine/text/utf8.h"
#include "engine/version.h"

namespace riposte {
namespace {

nlohmann::json actor_ref(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.actors.size())) return nullptr;
  return doc.actors[index].id;
}

}  // namespace

// [SECTION] to_json (nlohmann tree, for callers that edit it)
nlohmann::json to_json(const Document& doc) {
  using nlohmann::json;
  const CodepointIndex cp(doc.text);
  json j;
  j["schema"] = kSchema;
  j["engine"] = doc.provenance.engine.empty() ? std::string(kEngineVersion) : doc.provenance.engine;
  j["text"] = doc.text;
  json actors = json::array();
  for (const Actor& a : doc.actors) {
    actors.push_back({{"id", a.id},
                      {"name", a.name},
                      {"kind", std::string(to_string(a.kind))},
                      {"affiliation", actor_ref(doc, a.affiliation)},
                      {"color", a.color},
                      {"explanation", a.explanation}});
    // Optional fields are written only when set, so engine output keeps the contract's shape.
    if (!a.code.empty()) actors.back()["code"] = a.code;
    if (a.human) actors.back()["human"] = true;
  }
  j["actors"] = std::move(actors);
  json mentions = json::array();
  for (const Mention& m : doc.mentions) {
    mentions.push_back({{"start", cp.to_codepoint(m.span.begin)},
                        {"end", cp.to_codepoint(m.span.end)},
                        {"actor", actor_ref(doc, m.actor)},
                        {"rule", m.rule.str()}});
    if (m.human) mentions.back()["human"] = true;
  }
  j["mentions"] = std::move(mentions);
  json claims = json::array();
  for (const Claim& c : doc.claims) {
    json rebuts = nullptr;
    if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc.claims.size())) rebuts = doc.claims[c.rebuts].id;
    claims.push_back({{"id", c.id},
                      {"kind", std::string(to_string(c.kind))},
                      {"source", actor_ref(doc, c.source)},
                      {"target", actor_ref(doc, c.target)},
                      {"rebuts", rebuts},
                      {"start", cp.to_codepoint(c.cue.begin)},
                      {"end", cp.to_codepoint(c.cue.end)},
                      {"content", {cp.to_codepoint(c.content.begin), cp.to_codepoint(c.content.end)}},
                      {"score", round3(c.score)},
                      {"code", c.code},
                      {"plover", c.plover},
                      {"rule", c.rule}});
    if (c.human) claims.back()["human"] = true;
  }
  j["claims"] = std::move(claims);
  if (!doc.statements.empty()) {
    json statements = json::array();
    for (const Statement& st : doc.statements)
      statements.push_back(
          {{"source", actor_ref(doc, st.source)},
           {"start", cp.to_codepoint(st.cue.begin)},
           {"end", cp.to_codepoint(st.cue.end)},
           {"source_span", {cp.to_codepoint(st.source_span.begin), cp.to_codepoint(st.source_span.end)}},
           {"content", {cp.to_codepoint(st.content.begin), cp.to_codepoint(st.content.end)}}});
    j["statements"] = std::move(statements);
  }
  json stance = json::array();
  for (const StanceEdge& s : doc.stance) {
    json ids = json::array();
    for (int c : s.claims)
      if (c >= 0 && c < static_cast<int>(doc.claims.size())) ids.push_back(doc.claims[c].id);
    stance.push_back(
        {{"from", actor_ref(doc, s.from)}, {"to", actor_ref(doc, s.to)}, {"score", round3(s.score)}, {"claims", ids}});
  }
  j["stance"] = std::move(stance);
  json provenance = json::object();
  if (!doc.provenance.annotated.empty()) provenance["annotated"] = doc.provenance.annotated;
  if (!doc.provenance.title.empty()) provenance["title"] = doc.provenance.title;
  if (!doc.provenance.url.empty()) provenance["url"] = doc.provenance.url;
  if (!provenance.empty()) j["provenance"] = std::move(provenance);
  j["diagnostics"] = {{"invalid_utf8_sequences", doc.repaired_sequences},
                      {"sentences", doc.sentences.size()},
                      {"quotes", doc.quotes.size()}};
  if (!doc.edits.empty()) j["edits"] = edits_to_json(doc.edits, &cp);
  return j;
}

// [SECTION] DirectWriter (the compact string, byte-identical to to_json(doc).dump() without building the tree)
namespace {

// Writes what to_json(doc).dump(-1, ' ', false, replace) writes, straight into a string: building the
// nlohmann tree (a std::map per object, a heap string per key and value) cost more than annotating.
// nlohmann objects are std::maps, so members are written here in byte order of their keys; the doctest in
// tests/engine/formats/json_writer_test.cpp compares both paths.
class DirectWriter {
 public:
  DirectWriter(const Document& doc, std::string& out) : doc_(doc), cp_(doc.text), out_(out) {}

  // `id_json`: the "id" member's value, already JSON (empty: none).
  void document(std::string_view id_json) {
    out_.reserve(out_.size() + doc_.text.size() * 2 + doc_.mentions.size() * 64 + doc_.actors.size() * 160 + 256);
    out_ += '{';
    actors();
    claims();
    diagnostics();
    edits();
    engine();
    if (!id_json.empty()) {
      put(",\"id\":");
      out_ += id_json;
    }
    mentions();
    provenance();
    put(",\"schema\":");
    string(kSchema);
    stance();
    statements();
    put(",\"text\":");
    string(doc_.text);
    out_ += '}';
  }

 private:
  void actors() {
    put("\"actors\":[");
    for (size_t i = 0; i < doc_.actors.size(); ++i) {
      if (i) out_ += ',';
      actor(doc_.actors[i]);
    }
    out_ += ']';
  }

  void actor(const Actor& a) {
    put("{\"affiliation\":");
    actor_ref(a.affiliation);
    if (!a.code.empty()) {
      put(",\"code\":");
      string(a.code);
    }
    put(",\"color\":");
    string(a.color);
    put(",\"explanation\":[");
    for (size_t k = 0; k < a.explanation.size(); ++k) {
      if (k) out_ += ',';
      string(a.explanation[k]);
    }
    out_ += ']';
    if (a.human) put(",\"human\":true");
    put(",\"id\":");
    string(a.id);
    put(",\"kind\":");
    string(to_string(a.kind));
    put(",\"name\":");
    string(a.name);
    out_ += '}';
  }

  void claims() {
    put(",\"claims\":[");
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      if (i) out_ += ',';
      claim(doc_.claims[i]);
    }
    out_ += ']';
  }

  void claim(const Claim& c) {
    put("{\"code\":");
    string(c.code);
    put(",\"content\":");
    pair(c.content);
    put(",\"end\":");
    number(cp_.to_codepoint(c.cue.end));
    if (c.human) put(",\"human\":true");
    put(",\"id\":");
    string(c.id);
    put(",\"kind\":");
    string(to_string(c.kind));
    put(",\"plover\":");
    string(c.plover);
    put(",\"rebuts\":");
    claim_ref(c.rebuts);
    put(",\"rule\":");
    string(c.rule);
    put(",\"score\":");
    append_json_double(out_, round3(c.score));
    put(",\"source\":");
    actor_ref(c.source);
    put(",\"start\":");
    number(cp_.to_codepoint(c.cue.begin));
    put(",\"target\":");
    actor_ref(c.target);
    out_ += '}';
  }

  void diagnostics() {
    put(",\"diagnostics\":{\"invalid_utf8_sequences\":");
    number(doc_.repaired_sequences);
    put(",\"quotes\":");
    number(doc_.quotes.size());
    put(",\"sentences\":");
    number(doc_.sentences.size());
    out_ += '}';
  }

  void edits() {
    if (doc_.edits.empty()) return;
    // Rare and small: nlohmann's own dump of the same tree keeps the bytes equal.
    put(",\"edits\":");
    out_ += edits_to_json(doc_.edits, &cp_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }

  void engine() {
    put(",\"engine\":");
    string(doc_.provenance.engine.empty() ? std::string_view(kEngineVersion)
                                          : std::string_view(doc_.provenance.engine));
  }

  void mentions() {
    put(",\"mentions\":[");
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (i) out_ += ',';
      put("{\"actor\":");
      actor_ref(m.actor);
      put(",\"end\":");
      number(cp_.to_codepoint(m.span.end));
      if (m.human) put(",\"human\":true");
      put(",\"rule\":");
      string(m.rule);
      put(",\"start\":");
      number(cp_.to_codepoint(m.span.begin));
      out_ += '}';
    }
    out_ += ']';
  }

  void provenance() {
    const Provenance& p = doc_.provenance;
    if (p.annotated.empty() && p.title.empty() && p.url.empty()) return;
    put(",\"provenance\":{");
    bool first = true;
    for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"\"annotated\":", &p.annotated},
                                     {"\"title\":", &p.title},
                                     {"\"url\":", &p.url}}) {
      if (value->empty()) continue;
      if (!first) out_ += ',';
      first = false;
      out_ += key;
      string(*value);
    }
    out_ += '}';
  }

  void stance() {
    put(",\"stance\":[");
    for (size_t i = 0; i < doc_.stance.size(); ++i) {
      const StanceEdge& s = doc_.stance[i];
      if (i) out_ += ',';
      put("{\"claims\":[");
      bool first = true;
      for (int c : s.claims) {
        if (c < 0 || c >= static_cast<int>(doc_.claims.size())) continue;
        if (!first) out_ += ',';
        first = false;
        string(doc_.claims[c].id);
      }
      put("],\"from\":");
      actor_ref(s.from);
      put(",\"score\":");
      append_json_double(out_, round3(s.score));
      put(",\"to\":");
      actor_ref(s.to);
      out_ += '}';
    }
    out_ += ']';
  }

  void statements() {  // keys in byte order: "stance" < "statements" < "text"
    if (doc_.statements.empty()) return;
    put(",\"statements\":[");
    for (size_t i = 0; i < doc_.statements.size(); ++i) {
      const Statement& st = doc_.statements[i];
      if (i) out_ += ',';
      put("{\"content\":");
      pair(st.content);
      put(",\"end\":");
      number(cp_.to_codepoint(st.cue.end));
      put(",\"source\":");
      actor_ref(st.source);
      put(",\"source_span\":");
      pair(st.source_span);
      put(",\"start\":");
      number(cp_.to_codepoint(st.cue.begin));
      out_ += '}';
    }
    out_ += ']';
  }

  void actor_ref(int index) {
    if (index < 0 || index >= static_cast<int>(doc_.actors.size()))
      put("null");
    else
      string(doc_.actors[index].id);
  }

  void claim_ref(int index) {
    if (index < 0 || index >= static_cast<int>(doc_.claims.size()))
      put("null");
    else
      string(doc_.claims[index].id);
  }

  void pair(Span span) {  // [start, end] in code points
    out_ += '[';
    number(cp_.to_codepoint(span.begin));
    out_ += ',';
    number(cp_.to_codepoint(span.end));
    out_ += ']';
  }

  void number(uint64_t v) { append_integer(out_, v); }
  // A literal's length is known at compile time: no strlen per key, as out_ += "..." costs through a clone of
  // append(const char*) (5 M instructions per 300 articles).
  template <size_t N>
  void put(const char (&literal)[N]) {
    out_.append(literal, N - 1);
  }
  void string(std::string_view s) { append_json_string(out_, s); }

  const Document& doc_;
  const CodepointIndex cp_;
  std::string& out_;
};

void append_escape(std::string& out, unsigned char b) {
  switch (b) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      const char esc[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
      out.append(esc, 6);
    }
  }
}

}  // namespace

// [SECTION] Strings, append_json, to_json_string
// SWAR: 8 bytes at a time, a byte >= 0x80, below 0x20, '"' or '\\' sets its high bit in one of the masks.
size_t json_plain_run(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto zero_byte = [&](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    const uint64_t below_space = (v - kOnes * 0x20) & ~v & kHigh;
    if (((v & kHigh) | below_space | zero_byte(v ^ (kOnes * '"')) | zero_byte(v ^ (kOnes * '\\'))) != 0) break;
  }
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
    ++i;
  }
  return i;
}

// nlohmann's escaping with ensure_ascii off: \" \\ \b \f \n \r \t, other bytes below 0x20 as \u00xx, everything
// else verbatim. Runs of plain bytes (json_plain_run) are copied whole; multi-byte sequences are checked as
// they pass; invalid UTF-8 (never produced by the engine; an imported document could carry it) is rewritten through
// nlohmann's replace handler so the bytes stay nlohmann's.
void append_json_string(std::string& out, std::string_view s) {
  const size_t rollback = out.size();
  out += '"';
  size_t run = 0, i = 0;
  while ((i = json_plain_run(s, i)) < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0x80) {
      const size_t len = well_formed_utf8_length(s, i);
      if (len == 0) {
        out.resize(rollback);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += len;
      continue;
    }
    out.append(s.data() + run, i - run);
    run = ++i;
    append_escape(out, b);
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void append_json(std::string& out, const Document& doc, std::string_view id_json) {
  DirectWriter(doc, out).document(id_json);
}

void append_json(std::string& out, const Document& doc, const nlohmann::json* id) {
  if (!id) return append_json(out, doc, std::string_view());
  append_json(out, doc, std::string_view(id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
}

std::string to_json_string(const Document& doc, int indent) {
  if (indent < 0) {
    std::string out;
    append_json(out, doc, std::string_view());
    return out;
  }
  // Invalid UTF-8 cannot occur (the text was repaired), but never let dump() throw on it.
  return to_json(doc).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace riposte
