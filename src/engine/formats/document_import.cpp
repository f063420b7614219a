// [SECTION] Field readers (type-checked, no exceptions)
// [SECTION] Actors, mentions, claims, stance
// [SECTION] Entry points
#include "engine/formats/document_import.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "engine/formats/edit_json.h"
#include "engine/formats/json_writer.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

using nlohmann::json;

// [SECTION] Field readers (type-checked, no exceptions)

// The importer keeps the first error and stops; every reader returns false once it has failed.
class Importer {
 public:
  explicit Importer(const json& root) : root_(root) {}

  Result<Document> run();

 private:
  bool fail(const std::string& where, const std::string& what) {
    if (error_.empty()) error_ = where + ": " + what;
    return false;
  }

  // A member of an object, or nullptr when absent.
  static const json* member(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
  }

  bool read_string(const json& obj, const char* key, const std::string& where, std::string& out, bool required) {
    const json* v = member(obj, key);
    if (!v) return required ? fail(where, std::string("missing \"") + key + "\"") : true;
    if (!v->is_string()) return fail(where + "." + key, "not a string");
    out = v->get_ref<const std::string&>();
    return true;
  }

  bool read_bool(const json& obj, const char* key, const std::string& where, bool& out) {
    const json* v = member(obj, key);
    if (!v) return true;
    if (!v->is_boolean()) return fail(where + "." + key, "not true or false");
    out = v->get<bool>();
    return true;
  }

  // A code point offset into the text, converted to a byte offset.
  bool read_offset(const json& v, const std::string& where, uint32_t& byte_out) {
    if (!v.is_number_integer()) return fail(where, "not an integer offset");
    if (!v.is_number_unsigned() && v.get<int64_t>() < 0) return fail(where, "negative offset");
    const uint64_t cp = v.get<uint64_t>();
    if (cp > cps_->codepoint_count())
      return fail(where, "offset " + std::to_string(cp) + " is past the end of the text (" +
                             std::to_string(cps_->codepoint_count()) + " code points)");
    byte_out = cps_->to_byte(static_cast<uint32_t>(cp));
    return true;
  }

  bool read_span(const json& start, const json& end, const std::string& where, Span& out) {
    if (!read_offset(start, where + ".start", out.begin) || !read_offset(end, where + ".end", out.end)) return false;
    if (out.end < out.begin) return fail(where, "end is before start");
    return true;
  }

  bool read_score(const json& obj, const std::string& where, double& out) {
    const json* v = member(obj, "score");
    if (!v) return true;
    if (!v->is_number()) return fail(where + ".score", "not a number");
    out = v->get<double>();
    if (!std::isfinite(out) || out < -1.0 || out > 1.0) return fail(where + ".score", "not in [-1, 1]");
    return true;
  }

  // An id reference: null (or absent, when optional) gives -1.
  bool read_ref(const json& obj, const char* key, const std::string& where,
                const std::unordered_map<std::string, int>& ids, const char* what, int& out) {
    out = -1;
    const json* v = member(obj, key);
    if (!v || v->is_null()) return true;
    if (!v->is_string()) return fail(where + "." + key, std::string("not a string ") + what + " id or null");
    auto it = ids.find(v->get_ref<const std::string&>());
    if (it == ids.end())
      return fail(where + "." + key,
                  std::string("no ") + what + " with id \"" + v->get_ref<const std::string&>() + "\"");
    out = it->second;
    return true;
  }

  // An optional array member: absent gives nullptr (and true).
  bool read_array(const json& obj, const char* key, const std::string& where, const json*& out) {
    out = member(obj, key);
    if (out && !out->is_array()) return fail(where.empty() ? key : where + "." + key, "not an array");
    return true;
  }

  bool read_id(const json& obj, const std::string& where, std::unordered_map<std::string, int>& ids, int index,
               std::string& out) {
    if (!read_string(obj, "id", where, out, true)) return false;
    if (out.empty()) return fail(where + ".id", "empty id");
    if (!ids.emplace(out, index).second) return fail(where + ".id", "duplicate id \"" + out + "\"");
    return true;
  }

  // [SECTION] Actors, mentions, claims, stance
  bool read_actors(const json& arr);
  bool check_affiliation_cycles();
  bool read_mentions(const json& arr);
  bool read_claims(const json& arr);
  bool read_stance(const json& arr);
  bool read_statements(const json& arr);

  const json& root_;
  std::string error_;
  Document doc_;
  const CodepointIndex* cps_ = nullptr;
  std::unordered_map<std::string, int> actor_ids_, claim_ids_;
};

bool is_color(std::string_view s) {
  if (s.size() != 7 || s[0] != '#') return false;
  return std::all_of(s.begin() + 1, s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}

bool Importer::read_actors(const json& arr) {
  doc_.actors.resize(arr.size());
  // First the ids, so that affiliations may point forward.
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string where = "actors[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) return fail(where, "not an object");
    if (!read_id(arr[i], where, actor_ids_, static_cast<int>(i), doc_.actors[i].id)) return false;
  }
  for (size_t i = 0; i < arr.size(); ++i) {
    const json& a = arr[i];
    Actor& actor = doc_.actors[i];
    const std::string where = "actors[" + std::to_string(i) + "]";
    std::string kind;
    if (!read_string(a, "name", where, actor.name, true) || !read_string(a, "kind", where, kind, true)) return false;
    if (!parse_actor_kind(kind, actor.kind)) return fail(where + ".kind", "unknown actor kind \"" + kind + "\"");
    if (!read_ref(a, "affiliation", where, actor_ids_, "actor", actor.affiliation)) return false;
    if (actor.affiliation == static_cast<int>(i))
      return fail(where + ".affiliation", "an actor cannot be its own affiliation");
    if (!read_string(a, "color", where, actor.color, false)) return false;
    if (!actor.color.empty() && !is_color(actor.color)) return fail(where + ".color", "not a #rrggbb colour");
    if (!read_string(a, "code", where, actor.code, false) || !read_bool(a, "human", where, actor.human)) return false;
    const json* expl = nullptr;
    if (!read_array(a, "explanation", where, expl)) return false;
    if (expl) {
      for (size_t k = 0; k < expl->size(); ++k) {
        if (!(*expl)[k].is_string()) return fail(where + ".explanation[" + std::to_string(k) + "]", "not a string");
        actor.explanation.push_back((*expl)[k].get<std::string>());
      }
    }
  }
  return check_affiliation_cycles();
}

// Following affiliations must end (the page and the scorer walk the chain to find an actor's side).
bool Importer::check_affiliation_cycles() {
  enum : uint8_t { kUnseen, kOnPath, kDone };
  std::vector<uint8_t> state(doc_.actors.size(), kUnseen);
  for (size_t start = 0; start < doc_.actors.size(); ++start) {
    std::vector<int> path;
    int a = static_cast<int>(start);
    while (a >= 0 && state[a] == kUnseen) {
      state[a] = kOnPath;
      path.push_back(a);
      a = doc_.actors[a].affiliation;
    }
    if (a >= 0 && state[a] == kOnPath)
      return fail("actors", "affiliation cycle through actor \"" + doc_.actors[a].id + "\"");
    for (int p : path) state[p] = kDone;
  }
  return true;
}

bool Importer::read_mentions(const json& arr) {
  doc_.mentions.reserve(arr.size());
  for (size_t i = 0; i < arr.size(); ++i) {
    const json& m = arr[i];
    const std::string where = "mentions[" + std::to_string(i) + "]";
    if (!m.is_object()) return fail(where, "not an object");
    const json* start = member(m, "start");
    const json* end = member(m, "end");
    if (!start || !end) return fail(where, "missing \"start\" or \"end\"");
    Mention mention;
    if (!read_span(*start, *end, where, mention.span)) return false;
    if (mention.span.empty()) return fail(where, "a mention must cover at least one character");
    if (!member(m, "actor")) return fail(where, "missing \"actor\"");
    if (!read_ref(m, "actor", where, actor_ids_, "actor", mention.actor)) return false;
    if (mention.actor < 0) return fail(where + ".actor", "a mention must name an actor");
    std::string rule;
    if (!read_string(m, "rule", where, rule, false) || !read_bool(m, "human", where, mention.human)) return false;
    mention.rule = std::move(rule);
    doc_.mentions.push_back(std::move(mention));
  }
  // The model keeps mentions sorted by start (json_writer output already is; hand-made files may not be).
  std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  return true;
}

bool Importer::read_claims(const json& arr) {
  doc_.claims.resize(arr.size());
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string where = "claims[" + std::to_string(i) + "]";
    if (!arr[i].is_object()) return fail(where, "not an object");
    if (!read_id(arr[i], where, claim_ids_, static_cast<int>(i), doc_.claims[i].id)) return false;
  }
  for (size_t i = 0; i < arr.size(); ++i) {
    const json& c = arr[i];
    Claim& claim = doc_.claims[i];
    const std::string where = "claims[" + std::to_string(i) + "]";
    std::string kind;
    if (!read_string(c, "kind", where, kind, true)) return false;
    if (!parse_claim_kind(kind, claim.kind)) return fail(where + ".kind", "unknown claim kind \"" + kind + "\"");
    if (!read_ref(c, "source", where, actor_ids_, "actor", claim.source) ||
        !read_ref(c, "target", where, actor_ids_, "actor", claim.target) ||
        !read_ref(c, "rebuts", where, claim_ids_, "claim", claim.rebuts))
      return false;
    if (claim.rebuts == static_cast<int>(i)) return fail(where + ".rebuts", "a claim cannot rebut itself");
    const json* start = member(c, "start");
    const json* end = member(c, "end");
    if (!start || !end) return fail(where, "missing \"start\" or \"end\"");
    if (!read_span(*start, *end, where, claim.cue)) return false;
    claim.content = claim.cue;
    if (const json* content = member(c, "content")) {
      if (!content->is_array() || content->size() != 2) return fail(where + ".content", "not a [start, end] pair");
      if (!read_span((*content)[0], (*content)[1], where + ".content", claim.content)) return false;
    }
    if (!read_score(c, where, claim.score) || !read_string(c, "code", where, claim.code, false) ||
        !read_string(c, "plover", where, claim.plover, false) || !read_string(c, "rule", where, claim.rule, false) ||
        !read_bool(c, "human", where, claim.human))
      return false;
  }
  return true;
}

bool Importer::read_stance(const json& arr) {
  doc_.stance.reserve(arr.size());
  for (size_t i = 0; i < arr.size(); ++i) {
    const json& s = arr[i];
    const std::string where = "stance[" + std::to_string(i) + "]";
    if (!s.is_object()) return fail(where, "not an object");
    StanceEdge edge;
    if (!read_ref(s, "from", where, actor_ids_, "actor", edge.from) ||
        !read_ref(s, "to", where, actor_ids_, "actor", edge.to) || !read_score(s, where, edge.score))
      return false;
    // null is a valid reference elsewhere (no affiliation), but a stance edge needs both ends.
    if (edge.from < 0 || edge.to < 0) return fail(where, "a stance edge needs both \"from\" and \"to\" actors");
    const json* claims = nullptr;
    if (!read_array(s, "claims", where, claims)) return false;
    if (claims) {
      for (size_t k = 0; k < claims->size(); ++k) {
        const json& id = (*claims)[k];
        const std::string at = where + ".claims[" + std::to_string(k) + "]";
        if (!id.is_string()) return fail(at, "not a claim id");
        auto it = claim_ids_.find(id.get_ref<const std::string&>());
        if (it == claim_ids_.end()) return fail(at, "no claim with id \"" + id.get_ref<const std::string&>() + "\"");
        edge.claims.push_back(it->second);
      }
    }
    doc_.stance.push_back(std::move(edge));
  }
  return true;
}

// Reported statements (who said what); optional, written by the engine for attribution benchmarks.
bool Importer::read_statements(const json& arr) {
  doc_.statements.reserve(arr.size());
  auto pair = [&](const json& st, const char* key, const std::string& where, Span& out) {
    const json* p = member(st, key);
    if (!p) return true;
    if (!p->is_array() || p->size() != 2) return fail(where + "." + key, "not a [start, end] pair");
    return read_span((*p)[0], (*p)[1], where + "." + key, out);
  };
  for (size_t i = 0; i < arr.size(); ++i) {
    const json& st = arr[i];
    const std::string where = "statements[" + std::to_string(i) + "]";
    if (!st.is_object()) return fail(where, "not an object");
    Statement s;
    const json* start = member(st, "start");
    const json* end = member(st, "end");
    if (!start || !end) return fail(where, "missing \"start\" or \"end\"");
    if (!read_ref(st, "source", where, actor_ids_, "actor", s.source) || !read_span(*start, *end, where, s.cue) ||
        !pair(st, "source_span", where, s.source_span) || !pair(st, "content", where, s.content))
      return false;
    doc_.statements.push_back(s);
  }
  return true;
}

Result<Document> Importer::run() {
  if (!root_.is_object()) return Result<Document>::failure("not a riposte document (expected a JSON object)");
  const json* schema = member(root_, "schema");
  if (!schema || !schema->is_string()) return Result<Document>::failure("not a riposte document (no \"schema\")");
  if (*schema != kSchema)
    return Result<Document>::failure("unsupported schema \"" + schema->get<std::string>() + "\" (this version reads " +
                                     kSchema + ")");
  const json* text = member(root_, "text");
  if (!text || !text->is_string())
    return Result<Document>::failure("missing \"text\" (a riposte document carries its text)");
  const std::string& raw = text->get_ref<const std::string&>();
  if (raw.size() >= std::numeric_limits<uint32_t>::max()) return Result<Document>::failure("text: longer than 4 GB");
  RepairedText repaired = repair_utf8(raw);
  if (repaired.replacements > 0) return Result<Document>::failure("text: not valid UTF-8");
  doc_.text = std::move(repaired.text);
  const CodepointIndex cps(doc_.text);
  cps_ = &cps;

  if (!read_string(root_, "engine", "document", doc_.provenance.engine, false))
    return Result<Document>::failure(error_);
  if (const json* prov = member(root_, "provenance")) {
    if (!prov->is_object()) return Result<Document>::failure("provenance: not an object");
    if (!read_string(*prov, "annotated", "provenance", doc_.provenance.annotated, false) ||
        !read_string(*prov, "title", "provenance", doc_.provenance.title, false) ||
        !read_string(*prov, "url", "provenance", doc_.provenance.url, false))
      return Result<Document>::failure(error_);
  }
  if (const json* diag = member(root_, "diagnostics"); diag && diag->is_object()) {
    if (const json* n = member(*diag, "invalid_utf8_sequences");
        n && n->is_number_unsigned() && n->get<uint64_t>() <= std::numeric_limits<uint32_t>::max())
      doc_.repaired_sequences = static_cast<uint32_t>(n->get<uint64_t>());
  }

  const json *actors = nullptr, *mentions = nullptr, *claims = nullptr, *stance = nullptr, *statements = nullptr;
  if (!read_array(root_, "actors", "", actors) || !read_array(root_, "mentions", "", mentions) ||
      !read_array(root_, "claims", "", claims) || !read_array(root_, "stance", "", stance) ||
      !read_array(root_, "statements", "", statements) || (actors && !read_actors(*actors)) ||
      (mentions && !read_mentions(*mentions)) || (claims && !read_claims(*claims)) ||
      (stance && !read_stance(*stance)) || (statements && !read_statements(*statements)))
    return Result<Document>::failure(error_);
  if (const json* edits = member(root_, "edits")) {
    auto read = edits_from_json(*edits, doc_.text, &cps);
    if (!read) return Result<Document>::failure(read.error());
    doc_.edits = std::move(read).value();
  }
  cps_ = nullptr;

  doc_.tokens = tokenize(doc_.text);
  doc_.sentences = split_sentences(doc_.text, doc_.tokens);
  doc_.quotes = find_quotes(doc_.text, doc_.tokens);
  return Result<Document>::success(std::move(doc_));
}

}  // namespace

// [SECTION] Entry points

Result<Document> document_from_json_value(const nlohmann::json& j) { return Importer(j).run(); }

Result<Document> document_from_json(std::string_view json_text) {
  const auto j = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (j.is_discarded()) return Result<Document>::failure("not valid JSON");
  return document_from_json_value(j);
}

bool looks_like_json_document(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  const size_t at = s.find_first_not_of(" \t\r\n");
  return at != std::string_view::npos && s[at] == '{';
}

}  // namespace riposte
