#include "engine/formats/json_writer.h"

// [SECTIONS] helpers · to_json (nlohmann tree, for callers that edit it) · DirectWriter (the compact string,
// byte-identical to to_json(doc).dump() without building the tree) · to_json_string
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "engine/formats/edit_json.h"
#include "engine/text/utf8.h"
#include "engine/version.h"

namespace riposte {
namespace {

nlohmann::json actor_ref(const Document& doc, int index) {
  if (index < 0 || index >= static_cast<int>(doc.actors.size())) return nullptr;
  return doc.actors[index].id;
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

}  // namespace

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
                        {"rule", m.rule}});
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

namespace {

// Writes what to_json(doc).dump(-1, ' ', false, replace) writes, straight into a string: building the
// nlohmann tree (a std::map per object, a heap string per key and value) cost more than annotating.
// nlohmann objects are std::maps, so keys are written here in byte order; the doctest in
// tests/json_writer_test.cpp compares both paths.
class DirectWriter {
 public:
  DirectWriter(const Document& doc, std::string& out) : doc_(doc), cp_(doc.text), out_(out) {}

  void document(const nlohmann::json* id) {
    out_.reserve(out_.size() + doc_.text.size() * 2 + doc_.mentions.size() * 64 + doc_.actors.size() * 160 + 256);
    out_ += "{\"actors\":[";
    for (size_t i = 0; i < doc_.actors.size(); ++i) {
      const Actor& a = doc_.actors[i];
      if (i) out_ += ',';
      out_ += "{\"affiliation\":";
      actor_ref(a.affiliation);
      if (!a.code.empty()) {
        out_ += ",\"code\":";
        string(a.code);
      }
      out_ += ",\"color\":";
      string(a.color);
      out_ += ",\"explanation\":[";
      for (size_t k = 0; k < a.explanation.size(); ++k) {
        if (k) out_ += ',';
        string(a.explanation[k]);
      }
      out_ += ']';
      if (a.human) out_ += ",\"human\":true";
      out_ += ",\"id\":";
      string(a.id);
      out_ += ",\"kind\":";
      string(to_string(a.kind));
      out_ += ",\"name\":";
      string(a.name);
      out_ += '}';
    }
    out_ += "],\"claims\":[";
    for (size_t i = 0; i < doc_.claims.size(); ++i) {
      const Claim& c = doc_.claims[i];
      if (i) out_ += ',';
      out_ += "{\"code\":";
      string(c.code);
      out_ += ",\"content\":";
      pair(c.content);
      out_ += ",\"end\":";
      number(cp_.to_codepoint(c.cue.end));
      if (c.human) out_ += ",\"human\":true";
      out_ += ",\"id\":";
      string(c.id);
      out_ += ",\"kind\":";
      string(to_string(c.kind));
      out_ += ",\"plover\":";
      string(c.plover);
      out_ += ",\"rebuts\":";
      if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc_.claims.size()))
        string(doc_.claims[c.rebuts].id);
      else
        out_ += "null";
      out_ += ",\"rule\":";
      string(c.rule);
      out_ += ",\"score\":";
      real(round3(c.score));
      out_ += ",\"source\":";
      actor_ref(c.source);
      out_ += ",\"start\":";
      number(cp_.to_codepoint(c.cue.begin));
      out_ += ",\"target\":";
      actor_ref(c.target);
      out_ += '}';
    }
    out_ += "],\"diagnostics\":{\"invalid_utf8_sequences\":";
    number(doc_.repaired_sequences);
    out_ += ",\"quotes\":";
    number(doc_.quotes.size());
    out_ += ",\"sentences\":";
    number(doc_.sentences.size());
    out_ += '}';
    if (!doc_.edits.empty()) {  // rare and small: nlohmann's own dump of the same tree keeps the bytes equal
      out_ += ",\"edits\":";
      out_ += edits_to_json(doc_.edits, &cp_).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out_ += ",\"engine\":";
    string(doc_.provenance.engine.empty() ? std::string_view(kEngineVersion)
                                          : std::string_view(doc_.provenance.engine));
    if (id) {
      out_ += ",\"id\":";
      out_ += id->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    out_ += ",\"mentions\":[";
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& m = doc_.mentions[i];
      if (i) out_ += ',';
      out_ += "{\"actor\":";
      actor_ref(m.actor);
      out_ += ",\"end\":";
      number(cp_.to_codepoint(m.span.end));
      if (m.human) out_ += ",\"human\":true";
      out_ += ",\"rule\":";
      string(m.rule);
      out_ += ",\"start\":";
      number(cp_.to_codepoint(m.span.begin));
      out_ += '}';
    }
    out_ += ']';
    const Provenance& p = doc_.provenance;
    if (!p.annotated.empty() || !p.title.empty() || !p.url.empty()) {
      out_ += ",\"provenance\":{";
      bool first = true;
      auto field = [&](const char* key, const std::string& value) {
        if (value.empty()) return;
        if (!first) out_ += ',';
        first = false;
        out_ += key;
        string(value);
      };
      field("\"annotated\":", p.annotated);
      field("\"title\":", p.title);
      field("\"url\":", p.url);
      out_ += '}';
    }
    out_ += ",\"schema\":";
    string(kSchema);
    out_ += ",\"stance\":[";
    for (size_t i = 0; i < doc_.stance.size(); ++i) {
      const StanceEdge& s = doc_.stance[i];
      if (i) out_ += ',';
      out_ += "{\"claims\":[";
      bool first = true;
      for (int c : s.claims) {
        if (c < 0 || c >= static_cast<int>(doc_.claims.size())) continue;
        if (!first) out_ += ',';
        first = false;
        string(doc_.claims[c].id);
      }
      out_ += "],\"from\":";
      actor_ref(s.from);
      out_ += ",\"score\":";
      real(round3(s.score));
      out_ += ",\"to\":";
      actor_ref(s.to);
      out_ += '}';
    }
    out_ += ']';
    if (!doc_.statements.empty()) {  // keys in byte order: "stance" < "statements" < "text"
      out_ += ",\"statements\":[";
      for (size_t i = 0; i < doc_.statements.size(); ++i) {
        const Statement& st = doc_.statements[i];
        if (i) out_ += ',';
        out_ += "{\"content\":";
        pair(st.content);
        out_ += ",\"end\":";
        number(cp_.to_codepoint(st.cue.end));
        out_ += ",\"source\":";
        actor_ref(st.source);
        out_ += ",\"source_span\":";
        pair(st.source_span);
        out_ += ",\"start\":";
        number(cp_.to_codepoint(st.cue.begin));
        out_ += '}';
      }
      out_ += ']';
    }
    out_ += ",\"text\":";
    string(doc_.text);
    out_ += '}';
  }

 private:
  void actor_ref(int index) {
    if (index < 0 || index >= static_cast<int>(doc_.actors.size()))
      out_ += "null";
    else
      string(doc_.actors[index].id);
  }

  void pair(Span span) {  // [start, end] in code points
    out_ += '[';
    number(cp_.to_codepoint(span.begin));
    out_ += ',';
    number(cp_.to_codepoint(span.end));
    out_ += ']';
  }

  template <class Unsigned>
  void number(Unsigned v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out_.append(buf, r.ptr);
  }

  // Doubles are rare (claim and stance scores): nlohmann's own shortest round-trip formatting keeps the bytes equal.
  void real(double v) { out_ += nlohmann::json(v).dump(); }

  // nlohmann's escaping with ensure_ascii off: \" \\ \b \f \n \r \t, other bytes below 0x20 as \u00xx,
  // everything else verbatim. One pass: runs of plain bytes are copied whole, multi-byte sequences are checked as
  // they pass; invalid UTF-8 (never produced by the engine; an imported document could carry it) is rewritten
  // through nlohmann's replace handler so the bytes stay nlohmann's.
  void string(std::string_view s) {
    const size_t rollback = out_.size();
    out_ += '"';
    size_t run = 0;
    for (size_t i = 0; i < s.size();) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b >= 0x20 && b < 0x80 && b != '"' && b != '\\') {
        ++i;
        continue;
      }
      if (b >= 0x80) {
        const size_t len = utf8_sequence(s, i);
        if (len == 0) {
          out_.resize(rollback);
          out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
          return;
        }
        i += len;
        continue;
      }
      out_.append(s.data() + run, i - run);
      run = ++i;
      switch (b) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        default: {
          static constexpr char kHex[] = "0123456789abcdef";
          const char esc[6] = {'\\', 'u', '0', '0', kHex[b >> 4], kHex[b & 15]};
          out_.append(esc, 6);
        }
      }
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }

  // Length of the well-formed UTF-8 sequence starting at s[i] (a byte >= 0x80), or 0 when it is not one.
  static size_t utf8_sequence(std::string_view s, size_t i) {
    const auto b = static_cast<unsigned char>(s[i]);
    size_t len;
    char32_t cp;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      cp = b & 0x07;
    } else
      return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
      const auto c = static_cast<unsigned char>(s[i + k]);
      if ((c & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (c & 0x3F);
    }
    if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return 0;
    return len;
  }

  const Document& doc_;
  const CodepointIndex cp_;
  std::string& out_;
};

}  // namespace

void append_json(std::string& out, const Document& doc, const nlohmann::json* id) {
  DirectWriter(doc, out).document(id);
}

std::string to_json_string(const Document& doc, int indent) {
  if (indent < 0) {
    std::string out;
    append_json(out, doc, nullptr);
    return out;
  }
  // Invalid UTF-8 cannot occur (the text was repaired), but never let dump() throw on it.
  return to_json(doc).dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace riposte
