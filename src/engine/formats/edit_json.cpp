// [SECTIONS] writer · reader
#include "engine/formats/edit_json.h"

#include <nlohmann/json.hpp>
#include <string>

namespace riposte {
namespace {

using nlohmann::json;

// [SECTION] writer

struct Writer {
  const CodepointIndex* cps;

  json span(Span s) const {
    if (!cps) return json::array({s.begin, s.end});
    return json::array({cps->to_codepoint(s.begin), cps->to_codepoint(s.end)});
  }
  json claim(const ClaimRef& r) const {
    return {{"cue", span(r.cue)}, {"kind", std::string(to_string(r.kind))}, {"source", r.source}, {"target", r.target}};
  }
  json optional_claim(const std::optional<ClaimRef>& r) const { return r ? claim(*r) : json(nullptr); }

  json operator()(const edit::AddMention& e) const {
    return {
        {"op", "add_mention"}, {"span", span(e.span)}, {"actor", e.actor}, {"kind", std::string(to_string(e.kind))}};
  }
  json operator()(const edit::RemoveMention& e) const { return {{"op", "remove_mention"}, {"span", span(e.span)}}; }
  json operator()(const edit::RenameActor& e) const {
    return {{"op", "rename_actor"}, {"actor", e.actor}, {"name", e.name}};
  }
  json operator()(const edit::MergeActors& e) const {
    return {{"op", "merge_actors"}, {"from", e.from}, {"into", e.into}};
  }
  json operator()(const edit::SplitActor& e) const {
    json spans = json::array();
    for (Span s : e.mentions) spans.push_back(span(s));
    return {{"op", "split_actor"},
            {"actor", e.actor},
            {"name", e.name},
            {"kind", std::string(to_string(e.kind))},
            {"mentions", std::move(spans)}};
  }
  json operator()(const edit::SetAffiliation& e) const {
    return {
        {"op", "set_affiliation"}, {"actor", e.actor}, {"parent", e.parent.empty() ? json(nullptr) : json(e.parent)}};
  }
  json operator()(const edit::SetClaimKind& e) const {
    return {{"op", "set_claim_kind"}, {"claim", claim(e.claim)}, {"kind", std::string(to_string(e.kind))}};
  }
  json operator()(const edit::SetClaimSource& e) const {
    return {{"op", "set_claim_source"}, {"claim", claim(e.claim)}, {"actor", e.actor}};
  }
  json operator()(const edit::SetClaimTarget& e) const {
    return {{"op", "set_claim_target"}, {"claim", claim(e.claim)}, {"actor", e.actor}};
  }
  json operator()(const edit::SetClaimRebuts& e) const {
    return {{"op", "set_claim_rebuts"}, {"claim", claim(e.claim)}, {"rebuts", optional_claim(e.rebuts)}};
  }
  json operator()(const edit::AddClaim& e) const {
    return {{"op", "add_claim"},
            {"kind", std::string(to_string(e.kind))},
            {"source", e.source},
            {"target", e.target},
            {"cue", span(e.cue)},
            {"content", span(e.content)},
            {"rebuts", optional_claim(e.rebuts)}};
  }
  json operator()(const edit::DeleteClaim& e) const { return {{"op", "delete_claim"}, {"claim", claim(e.claim)}}; }
};

// [SECTION] reader

class Reader {
 public:
  Reader(std::string_view text, const CodepointIndex* cps) : text_(text), cps_(cps) {}

  const std::string& error() const { return error_; }

  bool edit(const json& j, const std::string& where, Edit& out) {
    if (!j.is_object()) return fail(where, "not an object");
    std::string op;
    if (!string(j, "op", where, op)) return false;
    if (op == "add_mention") {
      edit::AddMention e;
      if (!span(j, "span", where, e.span) || !string(j, "actor", where, e.actor) || !actor_kind(j, where, e.kind))
        return false;
      out = std::move(e);
    } else if (op == "remove_mention") {
      edit::RemoveMention e;
      if (!span(j, "span", where, e.span)) return false;
      out = e;
    } else if (op == "rename_actor") {
      edit::RenameActor e;
      if (!string(j, "actor", where, e.actor) || !string(j, "name", where, e.name)) return false;
      out = std::move(e);
    } else if (op == "merge_actors") {
      edit::MergeActors e;
      if (!string(j, "from", where, e.from) || !string(j, "into", where, e.into)) return false;
      out = std::move(e);
    } else if (op == "split_actor") {
      edit::SplitActor e;
      if (!string(j, "actor", where, e.actor) || !string(j, "name", where, e.name) || !actor_kind(j, where, e.kind))
        return false;
      const json* spans = member(j, "mentions");
      if (!spans) return fail(where, "missing \"mentions\"");
      if (!spans->is_array()) return fail(where + ".mentions", "not an array");
      e.mentions.resize(spans->size());
      for (size_t k = 0; k < spans->size(); ++k)
        if (!span_value((*spans)[k], where + ".mentions[" + std::to_string(k) + "]", e.mentions[k])) return false;
      out = std::move(e);
    } else if (op == "set_affiliation") {
      edit::SetAffiliation e;
      if (!string(j, "actor", where, e.actor) || !nullable_string(j, "parent", where, e.parent)) return false;
      out = std::move(e);
    } else if (op == "set_claim_kind") {
      edit::SetClaimKind e;
      if (!claim(j, "claim", where, e.claim) || !claim_kind(j, "kind", where, e.kind)) return false;
      out = std::move(e);
    } else if (op == "set_claim_source" || op == "set_claim_target") {
      ClaimRef ref;
      std::string actor;
      if (!claim(j, "claim", where, ref) || !string(j, "actor", where, actor)) return false;
      if (op == "set_claim_source")
        out = edit::SetClaimSource{std::move(ref), std::move(actor)};
      else
        out = edit::SetClaimTarget{std::move(ref), std::move(actor)};
    } else if (op == "set_claim_rebuts") {
      edit::SetClaimRebuts e;
      if (!claim(j, "claim", where, e.claim) || !optional_claim(j, "rebuts", where, e.rebuts)) return false;
      out = std::move(e);
    } else if (op == "add_claim") {
      edit::AddClaim e;
      if (!claim_kind(j, "kind", where, e.kind) || !string(j, "source", where, e.source) ||
          !string(j, "target", where, e.target) || !span(j, "cue", where, e.cue) ||
          !span(j, "content", where, e.content) || !optional_claim(j, "rebuts", where, e.rebuts))
        return false;
      out = std::move(e);
    } else if (op == "delete_claim") {
      edit::DeleteClaim e;
      if (!claim(j, "claim", where, e.claim)) return false;
      out = std::move(e);
    } else {
      return fail(where + ".op", "unknown edit \"" + op + "\"");
    }
    return true;
  }

 private:
  bool fail(const std::string& where, const std::string& what) {
    if (error_.empty()) error_ = where + ": " + what;
    return false;
  }

  static const json* member(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
  }

  bool string(const json& obj, const char* key, const std::string& where, std::string& out) {
    const json* v = member(obj, key);
    if (!v) return fail(where, std::string("missing \"") + key + "\"");
    if (!v->is_string()) return fail(where + "." + key, "not a string");
    out = v->get_ref<const std::string&>();
    return true;
  }

  bool nullable_string(const json& obj, const char* key, const std::string& where, std::string& out) {
    const json* v = member(obj, key);
    out.clear();
    if (!v || v->is_null()) return true;
    return string(obj, key, where, out);
  }

  bool actor_kind(const json& obj, const std::string& where, ActorKind& out) {
    std::string s;
    if (!string(obj, "kind", where, s)) return false;
    if (!parse_actor_kind(s, out)) return fail(where + ".kind", "unknown actor kind \"" + s + "\"");
    return true;
  }

  bool claim_kind(const json& obj, const char* key, const std::string& where, ClaimKind& out) {
    std::string s;
    if (!string(obj, key, where, s)) return false;
    if (!parse_claim_kind(s, out)) return fail(where + "." + key, "unknown claim kind \"" + s + "\"");
    return true;
  }

  bool offset(const json& v, const std::string& where, uint32_t& out) {
    if (!v.is_number_integer()) return fail(where, "not an integer offset");
    if (!v.is_number_unsigned() && v.get<int64_t>() < 0) return fail(where, "negative offset");
    const uint64_t at = v.get<uint64_t>();
    const uint64_t limit = cps_ ? cps_->codepoint_count() : text_.size();
    if (at > limit) return fail(where, "offset " + std::to_string(at) + " is past the end of the text");
    if (cps_) {
      out = cps_->to_byte(static_cast<uint32_t>(at));
    } else {
      out = static_cast<uint32_t>(at);
      if (out < text_.size() && is_continuation(static_cast<unsigned char>(text_[out])))
        return fail(where, "offset inside a character");
    }
    return true;
  }

  bool span_value(const json& v, const std::string& where, Span& out) {
    if (!v.is_array() || v.size() != 2) return fail(where, "not a [start, end] pair");
    if (!offset(v[0], where, out.begin) || !offset(v[1], where, out.end)) return false;
    if (out.end < out.begin) return fail(where, "end is before start");
    return true;
  }

  bool span(const json& obj, const char* key, const std::string& where, Span& out) {
    const json* v = member(obj, key);
    if (!v) return fail(where, std::string("missing \"") + key + "\"");
    return span_value(*v, where + "." + key, out);
  }

  bool claim_value(const json& v, const std::string& where, ClaimRef& out) {
    if (!v.is_object()) return fail(where, "not a claim reference {cue, kind, source, target}");
    return span(v, "cue", where, out.cue) && claim_kind(v, "kind", where, out.kind) &&
           string(v, "source", where, out.source) && string(v, "target", where, out.target);
  }

  bool claim(const json& obj, const char* key, const std::string& where, ClaimRef& out) {
    const json* v = member(obj, key);
    if (!v) return fail(where, std::string("missing \"") + key + "\"");
    return claim_value(*v, where + "." + key, out);
  }

  bool optional_claim(const json& obj, const char* key, const std::string& where, std::optional<ClaimRef>& out) {
    const json* v = member(obj, key);
    out.reset();
    if (!v || v->is_null()) return true;
    ClaimRef ref;
    if (!claim_value(*v, where + "." + key, ref)) return false;
    out = std::move(ref);
    return true;
  }

  std::string_view text_;
  const CodepointIndex* cps_;
  std::string error_;
};

}  // namespace

json edits_to_json(const std::vector<Edit>& edits, const CodepointIndex* cps) {
  json out = json::array();
  const Writer w{cps};
  for (const Edit& e : edits) out.push_back(std::visit(w, e));
  return out;
}

Result<std::vector<Edit>> edits_from_json(const json& edits, std::string_view text, const CodepointIndex* cps) {
  if (!edits.is_array()) return Result<std::vector<Edit>>::failure("edits: not an array");
  Reader r(text, cps);
  std::vector<Edit> out(edits.size());
  for (size_t i = 0; i < edits.size(); ++i)
    if (!r.edit(edits[i], "edits[" + std::to_string(i) + "]", out[i]))
      return Result<std::vector<Edit>>::failure(r.error());
  return Result<std::vector<Edit>>::success(std::move(out));
}

}  // namespace riposte
