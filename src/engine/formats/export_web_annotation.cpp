#include "engine/formats/export_web_annotation.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "engine/formats/number_format.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

using nlohmann::json;

// Byte offset `n` code points before `at` (or 0).
uint32_t back_codepoints(std::string_view text, uint32_t at, int n) {
  while (n-- > 0 && at > 0) {
    --at;
    while (at > 0 && is_continuation(static_cast<unsigned char>(text[at]))) --at;
  }
  return at;
}

// Byte offset `n` code points after `at` (or the end).
uint32_t forward_codepoints(std::string_view text, uint32_t at, int n) {
  while (n-- > 0 && at < text.size()) {
    ++at;
    while (at < text.size() && is_continuation(static_cast<unsigned char>(text[at]))) ++at;
  }
  return at;
}

// A stable name for an article with no URL: 64-bit FNV-1a of its text.
std::string text_urn(std::string_view text) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string("urn:riposte:text:") + buf;
}

class Writer {
 public:
  Writer(const Document& doc, const ExportOptions& options)
      : doc_(doc), cps_(doc.text), prov_(export_provenance(doc, options)) {
    source_ = prov_.url.empty() ? text_urn(doc.text) : prov_.url;
    base_ = "urn:riposte:annotations:" + text_urn(doc.text).substr(17);
  }

  json run() {
    json items = json::array();
    for (size_t i = 0; i < doc_.mentions.size(); ++i) items.push_back(mention(i));
    for (size_t i = 0; i < doc_.claims.size(); ++i) items.push_back(claim(i));
    json page = {{"id", base_ + ":page:1"}, {"type", "AnnotationPage"}, {"partOf", base_}, {"startIndex", 0}};
    const size_t total = items.size();
    page["items"] = std::move(items);
    json c = {
        {"@context", "http://www.w3.org/ns/anno.jsonld"},
        {"id", base_},
        {"type", "AnnotationCollection"},
        {"label", prov_.title.empty() ? std::string("Riposte annotations") : "Riposte annotations: " + prov_.title},
        {"total", total},
        {"created", prov_.annotated},
        {"generated", prov_.exported},
        {"generator", engine_agent()},
        {"first", std::move(page)},
        {"last", base_ + ":page:1"}};
    return c;
  }

 private:
  json engine_agent() const { return {{"type", "Software"}, {"name", prov_.engine}}; }

  json creator(bool human) const { return human ? json{{"type", "Person"}} : engine_agent(); }

  json target(Span s) const {
    const std::string_view text = doc_.text;
    const uint32_t before = back_codepoints(text, s.begin, kQuoteContext);
    const uint32_t after = forward_codepoints(text, s.end, kQuoteContext);
    return {{"source", source_},
            {"selector",
             {{{"type", "TextQuoteSelector"},
               {"exact", std::string(slice(text, s))},
               {"prefix", std::string(text.substr(before, s.begin - before))},
               {"suffix", std::string(text.substr(s.end, after - s.end))}},
              {{"type", "TextPositionSelector"},
               {"start", cps_.to_codepoint(s.begin)},
               {"end", cps_.to_codepoint(s.end)}}}}};
  }

  static json text_body(const char* purpose, std::string value) {
    return {{"type", "TextualBody"}, {"purpose", purpose}, {"value", std::move(value)}, {"format", "text/plain"}};
  }

  std::string actor_label(int a) const {
    if (a < 0 || a >= static_cast<int>(doc_.actors.size())) return "(unknown)";
    return doc_.actors[a].name;
  }

  json mention(size_t i) const {
    const Mention& m = doc_.mentions[i];
    json body = json::array();
    if (m.actor >= 0 && m.actor < static_cast<int>(doc_.actors.size())) {
      const Actor& a = doc_.actors[m.actor];
      body.push_back(text_body("identifying", a.name));
      body.push_back(text_body("classifying", std::string(to_string(a.kind))));
      body.push_back(text_body("tagging", "actor:" + a.id));
      if (a.affiliation >= 0 && a.affiliation < static_cast<int>(doc_.actors.size()))
        body.push_back(text_body("describing", a.name + " is affiliated with " + doc_.actors[a.affiliation].name +
                                                   " (actor:" + doc_.actors[a.affiliation].id + ")"));
    }
    return {{"id", base_ + ":mention:" + std::to_string(i + 1)},
            {"type", "Annotation"},
            {"motivation", "identifying"},
            {"created", prov_.annotated},
            {"creator", creator(m.human)},
            {"body", std::move(body)},
            {"target", target(m.span)}};
  }

  json claim(size_t i) const {
    const Claim& c = doc_.claims[i];
    const std::string kind(to_string(c.kind));
    std::string summary = actor_label(c.source) + " " +
                          (c.kind == ClaimKind::Accusation ? "accuses "
                           : c.kind == ClaimKind::Rebuttal ? "rebuts "
                                                           : "supports ") +
                          actor_label(c.target);
    if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc_.claims.size()))
      summary += " (answering " + doc_.claims[c.rebuts].id + ")";
    summary += ": \u201C" + std::string(slice(doc_.text, c.content)) + "\u201D";
    json body = json::array(
        {text_body("classifying", kind), text_body("describing", summary), text_body("tagging", "claim:" + c.id)});
    if (c.source >= 0 && c.source < static_cast<int>(doc_.actors.size()))
      body.push_back(text_body("tagging", "source:" + doc_.actors[c.source].id));
    if (c.target >= 0 && c.target < static_cast<int>(doc_.actors.size()))
      body.push_back(text_body("tagging", "target:" + doc_.actors[c.target].id));
    if (c.rebuts >= 0 && c.rebuts < static_cast<int>(doc_.claims.size()))
      body.push_back(text_body("tagging", "rebuts:" + doc_.claims[c.rebuts].id));
    if (!c.code.empty()) body.push_back(text_body("tagging", "CAMEO:" + c.code));
    if (!c.plover.empty()) body.push_back(text_body("tagging", "PLOVER:" + c.plover));
    body.push_back(text_body("tagging", "score:" + score_text(c.score)));
    return {{"id", base_ + ":claim:" + c.id}, {"type", "Annotation"},        {"motivation", "classifying"},
            {"created", prov_.annotated},     {"creator", creator(c.human)}, {"body", std::move(body)},
            {"target", target(c.cue)}};
  }

  const Document& doc_;
  const CodepointIndex cps_;
  const ExportProvenance prov_;
  std::string source_, base_;
};

}  // namespace

json to_web_annotation(const Document& doc, const ExportOptions& options) { return Writer(doc, options).run(); }

std::string to_web_annotation_string(const Document& doc, const ExportOptions& options, int indent) {
  return to_web_annotation(doc, options).dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace riposte
