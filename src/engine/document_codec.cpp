#include "engine/document_codec.h"

#include <cstdint>
#include <cstring>

namespace riposte {
namespace {

constexpr uint32_t kMagic = 0x31445052;  // "RPD1" little-endian

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void u32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void i32(int v) { u32(static_cast<uint32_t>(v)); }
  void f64(double v) { out_.append(reinterpret_cast<const char*>(&v), 8); }
  void str(std::string_view s) { u32(static_cast<uint32_t>(s.size())); out_.append(s); }
  void span(Span s) { u32(s.begin); u32(s.end); }

 private:
  std::string& out_;
};

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
    return std::string(in_.substr(pos_ - n, n));
  }
  Span span() { Span s; s.begin = u32(); s.end = u32(); return s; }
  // A count of records of at least min_size bytes each: rejects counts the input cannot hold,
  // so a corrupt header cannot make us reserve gigabytes.
  uint32_t count(size_t min_size) {
    uint32_t n = u32();
    if (ok_ && static_cast<uint64_t>(n) * min_size > in_.size() - pos_) ok_ = false;
    return ok_ ? n : 0;
  }
  void fail() { ok_ = false; }

 private:
  bool take(size_t n) {
    if (!ok_ || n > in_.size() - pos_) { ok_ = false; return false; }
    pos_ += n;
    return true;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

bool span_ok(Span s, size_t text_size) { return s.begin <= s.end && s.end <= text_size; }
bool index_ok(int i, size_t n) { return i >= -1 && i < static_cast<int>(n); }

}  // namespace

std::string encode_document(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() + doc.mentions.size() * 16 + doc.actors.size() * 64 + 64);
  Writer w(out);
  w.u32(kMagic);
  w.str(doc.text);
  w.u32(doc.repaired_sequences);
  w.u32(static_cast<uint32_t>(doc.sentences.size()));
  for (const Sentence& s : doc.sentences) { w.span(s.span); w.u32(s.headline ? 1 : 0); }
  w.u32(static_cast<uint32_t>(doc.actors.size()));
  for (const Actor& a : doc.actors) {
    w.str(a.id); w.str(a.name); w.u32(static_cast<uint32_t>(a.kind)); w.i32(a.affiliation);
    w.str(a.code); w.str(a.color);
    w.u32(static_cast<uint32_t>(a.explanation.size()));
    for (const std::string& e : a.explanation) w.str(e);
  }
  w.u32(static_cast<uint32_t>(doc.mentions.size()));
  for (const Mention& m : doc.mentions) { w.span(m.span); w.i32(m.actor); w.str(m.rule); }
  w.u32(static_cast<uint32_t>(doc.claims.size()));
  for (const Claim& c : doc.claims) {
    w.str(c.id); w.u32(static_cast<uint32_t>(c.kind)); w.i32(c.source); w.i32(c.target); w.i32(c.rebuts);
    w.span(c.cue); w.span(c.content); w.f64(c.score); w.str(c.code); w.str(c.plover);
  }
  w.u32(static_cast<uint32_t>(doc.stance.size()));
  for (const StanceEdge& e : doc.stance) {
    w.i32(e.from); w.i32(e.to); w.f64(e.score);
    w.u32(static_cast<uint32_t>(e.claims.size()));
    for (int c : e.claims) w.i32(c);
  }
  return out;
}

std::optional<Document> decode_document(std::string_view bytes) {
  Reader r(bytes);
  if (r.u32() != kMagic) return std::nullopt;
  Document doc;
  doc.text = r.str();
  doc.repaired_sequences = r.u32();
  const size_t n_text = doc.text.size();
  doc.sentences.resize(r.count(12));
  for (Sentence& s : doc.sentences) {
    s.span = r.span();
    s.headline = r.u32() != 0;
    if (!span_ok(s.span, n_text)) r.fail();
  }
  doc.actors.resize(r.count(28));
  for (Actor& a : doc.actors) {
    a.id = r.str(); a.name = r.str();
    uint32_t kind = r.u32();
    if (kind > static_cast<uint32_t>(ActorKind::Place)) r.fail();
    a.kind = static_cast<ActorKind>(kind);
    a.affiliation = r.i32(); a.code = r.str(); a.color = r.str();
    a.explanation.resize(r.count(4));
    for (std::string& e : a.explanation) e = r.str();
  }
  for (const Actor& a : doc.actors)
    if (!index_ok(a.affiliation, doc.actors.size())) r.fail();
  doc.mentions.resize(r.count(16));
  for (Mention& m : doc.mentions) {
    m.span = r.span(); m.actor = r.i32(); m.rule = r.str();
    if (!span_ok(m.span, n_text) || !index_ok(m.actor, doc.actors.size())) r.fail();
  }
  doc.claims.resize(r.count(56));
  for (Claim& c : doc.claims) {
    c.id = r.str();
    uint32_t kind = r.u32();
    if (kind > static_cast<uint32_t>(ClaimKind::Support)) r.fail();
    c.kind = static_cast<ClaimKind>(kind);
    c.source = r.i32(); c.target = r.i32(); c.rebuts = r.i32();
    c.cue = r.span(); c.content = r.span(); c.score = r.f64(); c.code = r.str(); c.plover = r.str();
    if (!span_ok(c.cue, n_text) || !span_ok(c.content, n_text) || !index_ok(c.source, doc.actors.size()) ||
        !index_ok(c.target, doc.actors.size()))
      r.fail();
  }
  for (const Claim& c : doc.claims)
    if (!index_ok(c.rebuts, doc.claims.size())) r.fail();
  doc.stance.resize(r.count(24));
  for (StanceEdge& e : doc.stance) {
    e.from = r.i32(); e.to = r.i32(); e.score = r.f64();
    e.claims.resize(r.count(4));
    for (int& c : e.claims) {
      c = r.i32();
      if (c < 0 || c >= static_cast<int>(doc.claims.size())) r.fail();
    }
    if (!index_ok(e.from, doc.actors.size()) || !index_ok(e.to, doc.actors.size())) r.fail();
  }
  if (!r.ok()) return std::nullopt;
  return doc;
}

}  // namespace riposte
