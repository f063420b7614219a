#include "engine/formats/document_codec.h"

#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

#include "engine/formats/edit_json.h"

namespace riposte {
namespace {

// "RPD2" adds human flags, quotes, statements, provenance and edits to "RPD1"; "RPD3" adds each claim's rule.
// Older forms are still read (an autosave made by a previous version of the page restores, without what it did not
// keep).
constexpr uint32_t kMagic1 = 0x31445052;  // "RPD1" little-endian
constexpr uint32_t kMagic2 = 0x32445052;  // "RPD2"
constexpr uint32_t kMagic = 0x33445052;   // "RPD3"

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void u32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void i32(int v) { u32(static_cast<uint32_t>(v)); }
  void f64(double v) { out_.append(reinterpret_cast<const char*>(&v), 8); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void span(Span s) {
    u32(s.begin);
    u32(s.end);
  }

 private:
  std::string& out_;
};

// Well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF): what repair_utf8 produces.
bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else
      return false;
    if (n - i < len || p[i + 1] < lo || p[i + 1] > hi) return false;
    for (size_t k = 2; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    i += len;
  }
  return true;
}

bool boundary(std::string_view text, uint32_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}
// Inside the text, ordered, and on code point boundaries.
bool span_ok(Span s, std::string_view text) {
  return s.begin <= s.end && s.end <= text.size() && boundary(text, s.begin) && boundary(text, s.end);
}
bool index_ok(int i, size_t n) { return i >= -1 && i < static_cast<int>(n); }
bool score_ok(double v) { return v >= -1.0 && v <= 1.0; }  // also rejects NaN

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  uint32_t u32() {
    uint32_t v = 0;
    if (!take(4)) return 0;
    std::memcpy(&v, in_.data() + pos_ - 4, 4);
    return v;
  }
  int i32() { return static_cast<int>(u32()); }
  double f64() {
    double v = 0;
    if (!take(8)) return 0;
    std::memcpy(&v, in_.data() + pos_ - 8, 8);
    return v;
  }
  std::string str() {
    uint32_t n = u32();
    if (!take(n)) return {};
    const std::string_view s = in_.substr(pos_ - n, n);
    if (!valid_utf8(s)) {
      ok_ = false;
      return {};
    }
    return std::string(s);
  }
  Span span() {
    Span s;
    s.begin = u32();
    s.end = u32();
    return s;
  }
  // A count of records of at least min_size bytes each: rejects counts the input cannot hold,
  // so a corrupt header cannot make us reserve gigabytes.
  uint32_t count(size_t min_size) {
    uint32_t n = u32();
    if (ok_ && static_cast<uint64_t>(n) * min_size > in_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  void fail() { ok_ = false; }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  bool take(size_t n) {
    if (!ok_ || n > in_.size() - pos_) {
      ok_ = false;
      return false;
    }
    pos_ += n;
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

std::string encode_document(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() + doc.mentions.size() * 20 + doc.actors.size() * 64 + doc.quotes.size() * 20 +
              doc.statements.size() * 28 + 128);
  Writer w(out);
  w.u32(kMagic);
  w.str(doc.text);
  w.u32(doc.repaired_sequences);
  w.u32(static_cast<uint32_t>(doc.sentences.size()));
  for (const Sentence& s : doc.sentences) {
    w.span(s.span);
    w.u32(s.headline ? 1 : 0);
  }
  w.u32(static_cast<uint32_t>(doc.actors.size()));
  for (const Actor& a : doc.actors) {
    w.str(a.id);
    w.str(a.name);
    w.u32(static_cast<uint32_t>(a.kind));
    w.i32(a.affiliation);
    w.str(a.code);
    w.str(a.color);
    w.u32(static_cast<uint32_t>(a.explanation.size()));
    for (const std::string& e : a.explanation) w.str(e);
    w.u32(a.human ? 1 : 0);
  }
  w.u32(static_cast<uint32_t>(doc.mentions.size()));
  for (const Mention& m : doc.mentions) {
    w.span(m.span);
    w.i32(m.actor);
    w.str(m.rule);
    w.u32(m.human ? 1 : 0);
  }
  w.u32(static_cast<uint32_t>(doc.claims.size()));
  for (const Claim& c : doc.claims) {
    w.str(c.id);
    w.u32(static_cast<uint32_t>(c.kind));
    w.i32(c.source);
    w.i32(c.target);
    w.i32(c.rebuts);
    w.span(c.cue);
    w.span(c.content);
    w.f64(c.score);
    w.str(c.code);
    w.str(c.plover);
    w.str(c.rule);
    w.u32(c.human ? 1 : 0);
  }
  w.u32(static_cast<uint32_t>(doc.stance.size()));
  for (const StanceEdge& e : doc.stance) {
    w.i32(e.from);
    w.i32(e.to);
    w.f64(e.score);
    w.u32(static_cast<uint32_t>(e.claims.size()));
    for (int c : e.claims) w.i32(c);
  }
  w.u32(static_cast<uint32_t>(doc.quotes.size()));
  for (const Quote& q : doc.quotes) {
    w.span(q.span);
    w.span(q.inner);
    w.u32(q.closed ? 1 : 0);
  }
  w.u32(static_cast<uint32_t>(doc.statements.size()));
  for (const Statement& st : doc.statements) {
    w.i32(st.source);
    w.span(st.cue);
    w.span(st.source_span);
    w.span(st.content);
  }
  const Provenance& p = doc.provenance;
  w.str(p.engine);
  w.str(p.annotated);
  w.str(p.title);
  w.str(p.url);
  // Edits are rare and small: their JSON (byte offsets) rather than one more binary layout per edit kind.
  w.str(doc.edits.empty()
            ? std::string()
            : edits_to_json(doc.edits, nullptr).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  return out;
}

namespace {

// The parts of a document as encode_document writes them, in that order; each check that fails marks the reader
// failed (reading goes on harmlessly, and decode_document returns nothing).
void read_sentences(Reader& r, Document& doc) {
  const std::string_view text = doc.text;
  doc.sentences.resize(r.count(12));
  uint32_t prev_end = 0;
  for (Sentence& s : doc.sentences) {
    s.span = r.span();
    s.headline = r.u32() != 0;
    if (!span_ok(s.span, text) || s.span.begin < prev_end) r.fail();  // ordered, not overlapping
    prev_end = s.span.end;
  }
}

void read_actors(Reader& r, Document& doc, bool v2) {
  auto flag = [&] { return v2 && r.u32() != 0; };
  doc.actors.resize(r.count(v2 ? 32 : 28));
  for (Actor& a : doc.actors) {
    a.id = r.str();
    a.name = r.str();
    uint32_t kind = r.u32();
    if (kind > static_cast<uint32_t>(ActorKind::Place)) r.fail();
    a.kind = static_cast<ActorKind>(kind);
    a.affiliation = r.i32();
    a.code = r.str();
    a.color = r.str();
    a.explanation.resize(r.count(4));
    for (std::string& e : a.explanation) e = r.str();
    a.human = flag();
  }
  for (const Actor& a : doc.actors)
    if (!index_ok(a.affiliation, doc.actors.size())) r.fail();
  for (size_t i = 0; i < doc.actors.size() && r.ok(); ++i) {
    // Affiliation chains must end (views follow them to the actor's side); every index was checked above.
    int at = doc.actors[i].affiliation;
    for (size_t steps = 0; at >= 0; at = doc.actors[at].affiliation)
      if (++steps > doc.actors.size()) {
        r.fail();
        break;
      }
  }
}

void read_mentions(Reader& r, Document& doc, bool v2) {
  auto flag = [&] { return v2 && r.u32() != 0; };
  const std::string_view text = doc.text;
  doc.mentions.resize(r.count(v2 ? 20 : 16));
  uint32_t prev_begin = 0;
  for (Mention& m : doc.mentions) {
    m.span = r.span();
    m.actor = r.i32();
    m.rule = r.str();
    m.human = flag();
    if (!span_ok(m.span, text) || m.span.empty() || m.span.begin < prev_begin || m.actor < 0 ||
        m.actor >= static_cast<int>(doc.actors.size()))
      r.fail();
    prev_begin = m.span.begin;
  }
}

void read_claims(Reader& r, Document& doc, bool v2, bool v3) {
  auto flag = [&] { return v2 && r.u32() != 0; };
  const std::string_view text = doc.text;
  doc.claims.resize(r.count(v3   ? 60
                            : v2 ? 56
                                 : 52));  // id, kind, source, target, rebuts, cue, content, score, code, plover, rule,
                                          // human
  for (Claim& c : doc.claims) {
    c.id = r.str();
    uint32_t kind = r.u32();
    if (kind > static_cast<uint32_t>(ClaimKind::Support)) r.fail();
    c.kind = static_cast<ClaimKind>(kind);
    c.source = r.i32();
    c.target = r.i32();
    c.rebuts = r.i32();
    c.cue = r.span();
    c.content = r.span();
    c.score = r.f64();
    c.code = r.str();
    c.plover = r.str();
    if (v3) c.rule = r.str();
    c.human = flag();
    if (!span_ok(c.cue, text) || !span_ok(c.content, text) || !index_ok(c.source, doc.actors.size()) ||
        !index_ok(c.target, doc.actors.size()) || !score_ok(c.score))
      r.fail();
  }
  for (const Claim& c : doc.claims)
    if (!index_ok(c.rebuts, doc.claims.size())) r.fail();
}

void read_stance(Reader& r, Document& doc) {
  doc.stance.resize(r.count(20));  // from, to, score, claim count
  for (StanceEdge& e : doc.stance) {
    e.from = r.i32();
    e.to = r.i32();
    e.score = r.f64();
    e.claims.resize(r.count(4));
    for (int& c : e.claims) {
      c = r.i32();
      if (c < 0 || c >= static_cast<int>(doc.claims.size())) r.fail();
    }
    if (e.from < 0 || e.from >= static_cast<int>(doc.actors.size()) || e.to < 0 ||
        e.to >= static_cast<int>(doc.actors.size()) || !score_ok(e.score))
      r.fail();
  }
}

// Version 2 only: quotes, statements, provenance and edits.
void read_v2_parts(Reader& r, Document& doc) {
  const std::string_view text = doc.text;
  doc.quotes.resize(r.count(20));  // span, inner, closed
  for (Quote& q : doc.quotes) {
    q.span = r.span();
    q.inner = r.span();
    q.closed = r.u32() != 0;
    if (!span_ok(q.span, text) || !span_ok(q.inner, text) || !(q.span.contains(q.inner) || q.inner.empty())) r.fail();
  }
  doc.statements.resize(r.count(28));  // source, cue, source span, content
  for (Statement& st : doc.statements) {
    st.source = r.i32();
    st.cue = r.span();
    st.source_span = r.span();
    st.content = r.span();
    if (!index_ok(st.source, doc.actors.size()) || !span_ok(st.cue, text) || !span_ok(st.source_span, text) ||
        !span_ok(st.content, text))
      r.fail();
  }
  Provenance& p = doc.provenance;
  p.engine = r.str();
  p.annotated = r.str();
  p.title = r.str();
  p.url = r.str();
  const std::string edits = r.str();
  if (r.ok() && !edits.empty()) {
    const auto j = nlohmann::json::parse(edits, nullptr, false);
    auto read = edits_from_json(j, text, nullptr);
    if (read)
      doc.edits = std::move(read).value();
    else
      r.fail();
  }
}

}  // namespace

std::optional<Document> decode_document(std::string_view bytes) {
  Reader r(bytes);
  const uint32_t magic = r.u32();
  if (magic != kMagic && magic != kMagic2 && magic != kMagic1) return std::nullopt;
  const bool v2 = magic != kMagic1, v3 = magic == kMagic;
  Document doc;
  doc.text = r.str();
  doc.repaired_sequences = r.u32();
  read_sentences(r, doc);
  read_actors(r, doc, v2);
  read_mentions(r, doc, v2);
  read_claims(r, doc, v2, v3);
  read_stance(r, doc);
  if (v2) read_v2_parts(r, doc);
  // Trailing bytes mean the input is not what encode_document wrote.
  if (!r.ok() || !r.at_end()) return std::nullopt;
  return doc;
}

}  // namespace riposte
