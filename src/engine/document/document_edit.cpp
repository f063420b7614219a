// [SECTIONS] helpers (names, spans, ids) · structural changes (actor removal, colours) · one function per edit kind ·
// entry points (apply_edit, claim_ref, find_claim, find_actor) · describe
//
// Every edit is validated completely before the document is touched, so a refused edit leaves it unchanged
// without copying a 5 MB document; each pass is linear in the number of mentions, actors or claims.
#include "engine/document/document_edit.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <utility>

#include "engine/claims/stance.h"
#include "engine/document/palette.h"
#include "engine/lexicon/cue_lexicon.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

// [SECTION] helpers (names, spans, ids)

std::string_view actor_name(const Document& doc, int a) {
  return a >= 0 && a < static_cast<int>(doc.actors.size()) ? std::string_view(doc.actors[a].name) : std::string_view();
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return is_space(static_cast<unsigned char>(c)); });
}

// A short, one-line excerpt of the text for messages and menus.
std::string excerpt(std::string_view text, Span s) {
  if (s.end > text.size() || s.begin > s.end) return "";
  std::string out;
  size_t chars = 0;
  bool space = false;
  for (size_t i = s.begin; i < s.end; ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (is_space(c) || c < 0x20 || c == 0x7F) {
      space = !out.empty();
      continue;
    }
    if (!is_continuation(c)) {
      if (chars == 40) {
        out += "\u2026";
        break;
      }
      ++chars;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += static_cast<char>(c);
  }
  return out;
}

// A name or excerpt in curly quotes, on one line and short, for messages and menus (names come from
// untrusted documents too: no line breaks or control characters, no 10,000-character labels).
std::string quoted(std::string_view s) {
  return "\u201C" + excerpt(s, {0, static_cast<uint32_t>(s.size())}) + "\u201D";
}

bool on_boundary(std::string_view text, uint32_t at) {
  return at >= text.size() || !is_continuation(static_cast<unsigned char>(text[at]));
}

// Empty when `s` is a usable span of the text, else why not.
std::string span_problem(const Document& doc, Span s) {
  if (s.end > doc.text.size() || s.begin > doc.text.size()) return "that span is outside the text";
  if (s.empty()) return "that span is empty";
  if (!on_boundary(doc.text, s.begin) || !on_boundary(doc.text, s.end))
    return "that span is not on a character boundary";
  return "";
}

std::string no_actor(std::string_view name) {
  return name.empty() ? "no actor given" : "no actor named " + quoted(name);
}

std::string describe_ref(const ClaimRef& r) {
  return std::string(to_string(r.kind)) + " " + quoted(r.source) + " \u2192 " + quoted(r.target);
}

std::string no_claim(const ClaimRef& r) { return "no " + describe_ref(r) + " at that place in the text"; }

// "a<max+1>" over the ids of the form <prefix><digits>, so ids stay unique and never reused within a document.
template <class T>
std::string fresh_id(const std::vector<T>& items, char prefix) {
  uint64_t max = 0;
  for (const T& item : items) {
    const std::string& id = item.id;
    if (id.size() < 2 || id.size() > 12 || id[0] != prefix) continue;
    uint64_t v = 0;
    bool digits = true;
    for (size_t k = 1; k < id.size() && digits; ++k) {
      if (id[k] < '0' || id[k] > '9')
        digits = false;
      else
        v = v * 10 + static_cast<uint64_t>(id[k] - '0');
    }
    if (digits) max = std::max(max, v);
  }
  return std::string(1, prefix) + std::to_string(max + 1);
}

// Index of the mention whose span is exactly `s` (of `actor` when actor >= 0), or -1. Mentions are sorted by begin.
int mention_at(const Document& doc, Span s, int actor = -1) {
  auto it = std::lower_bound(doc.mentions.begin(), doc.mentions.end(), s.begin,
                             [](const Mention& m, uint32_t b) { return m.span.begin < b; });
  for (; it != doc.mentions.end() && it->span.begin == s.begin; ++it)
    if (it->span.end == s.end && (actor < 0 || it->actor == actor)) return static_cast<int>(it - doc.mentions.begin());
  return -1;
}

bool affiliated_under(const Document& doc, int a, int ancestor) {  // is `ancestor` on a's chain (a itself included)?
  for (size_t steps = 0; a >= 0 && steps <= doc.actors.size(); ++steps, a = doc.actors[a].affiliation)
    if (a == ancestor) return true;
  return false;
}

int root_of(const Document& doc, int a) {
  for (size_t steps = 0; steps <= doc.actors.size() && doc.actors[a].affiliation >= 0; ++steps)
    a = doc.actors[a].affiliation;
  return a;
}

// "an accusation", "a rebuttal", "a support claim".
std::string a_kind(ClaimKind k) {
  switch (k) {
    case ClaimKind::Accusation:
      return "an accusation";
    case ClaimKind::Rebuttal:
      return "a rebuttal";
    case ClaimKind::Support:
      return "a support claim";
  }
  return "a claim";
}

// Default score, CAMEO code and PLOVER category of a claim a person draws or re-kinds: those of the engine's cue
// lexicon (data/cues_*.tsv) when the cue words are a cue of that kind ("denied" -> REJECT 120), else the most common
// values of the kind's lexicon (accuse verbs, reject, support verbs).
void set_kind_defaults(const Document& doc, Claim& c) {
  switch (c.kind) {
    case ClaimKind::Accusation:
      c.score = -0.6;
      c.code = "111";
      c.plover = "ACCUSE";
      break;
    case ClaimKind::Rebuttal:
      c.score = -0.5;
      c.code = "120";
      c.plover = "REJECT";
      break;
    case ClaimKind::Support:
      c.score = 0.5;
      c.code = "051";
      c.plover = "SUPPORT";
      break;
  }
  if (c.cue.empty() || c.cue.end > doc.text.size()) return;
  static const CueLexicon lexicon;  // built on the first drawn claim only
  const CueClass wanted = c.kind == ClaimKind::Accusation ? CueClass::Accusation
                          : c.kind == ClaimKind::Rebuttal ? CueClass::Rebuttal
                                                          : CueClass::Support;
  Document cue;
  cue.text = std::string(slice(doc.text, c.cue));
  cue.tokens = tokenize(cue.text);
  const std::string lower = CueLexicon::lower(cue.text);
  std::vector<CueHit> hits;
  for (uint32_t t = 0; t < cue.tokens.size() && hits.empty(); ++t) {
    lexicon.match(cue, lower, t, hits);
    std::erase_if(hits, [&](const CueHit& h) { return h.cue->cls != wanted; });
  }
  if (hits.empty()) return;
  const Cue& best = *hits.front().cue;  // longest first
  c.score = std::clamp(best.value, -1.0, 1.0);
  c.code = best.code;
  c.plover = best.plover;
}

bool sentence_end(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

}  // namespace

Span sentence_around(const Document& doc, Span cue) {
  if (!doc.sentences.empty()) {
    auto first = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), cue.begin,
                                  [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
    if (first != doc.sentences.begin()) {
      --first;
      if (first->span.contains(cue.begin)) {
        Span out = first->span;
        for (auto it = first; it != doc.sentences.end() && it->span.begin < cue.end; ++it)
          out.end = std::max(out.end, it->span.end);
        out.end = std::max(out.end, cue.end);
        return out;
      }
    }
  }
  const std::string_view t = doc.text;
  uint32_t b = cue.begin, e = cue.end;
  while (b > 0 && !sentence_end(t[b - 1])) --b;
  while (e < t.size() && !sentence_end(t[e])) ++e;
  if (e < t.size() && t[e] != '\n') ++e;  // the full stop belongs to the sentence
  while (b < cue.begin && is_space(static_cast<unsigned char>(t[b]))) ++b;
  while (e > cue.end && is_space(static_cast<unsigned char>(t[e - 1]))) --e;
  return {b, e};
}

namespace {

// [SECTION] structural changes (actor removal, colours)

// Actors that something refers to: a mention, a claim, an affiliated actor.
std::vector<bool> actors_in_use(const Document& doc) {
  std::vector<bool> used(doc.actors.size(), false);
  const int n = static_cast<int>(doc.actors.size());
  auto mark = [&](int a) {
    if (a >= 0 && a < n) used[a] = true;
  };
  for (const Mention& m : doc.mentions) mark(m.actor);
  for (const Claim& c : doc.claims) {
    mark(c.source);
    mark(c.target);
  }
  for (const Actor& a : doc.actors) mark(a.affiliation);
  return used;
}

// Removes the flagged actors and renumbers every reference. References to a removed actor become -1
// (callers move mentions away first: a mention always names an actor). Returns old index -> new index.
std::vector<int> remove_actors(Document& doc, const std::vector<bool>& removed) {
  std::vector<int> index(doc.actors.size(), -1);
  int next = 0;
  for (size_t a = 0; a < doc.actors.size(); ++a)
    if (!removed[a]) index[a] = next++;
  if (next == static_cast<int>(doc.actors.size())) return index;
  auto remap = [&](int a) { return a >= 0 && a < static_cast<int>(index.size()) ? index[a] : -1; };
  std::vector<Actor> kept;
  kept.reserve(next);
  for (size_t a = 0; a < doc.actors.size(); ++a)
    if (!removed[a]) kept.push_back(std::move(doc.actors[a]));
  doc.actors = std::move(kept);
  for (Actor& a : doc.actors) a.affiliation = remap(a.affiliation);
  for (Mention& m : doc.mentions) m.actor = remap(m.actor);
  for (Claim& c : doc.claims) {
    c.source = remap(c.source);
    c.target = remap(c.target);
  }
  for (Statement& s : doc.statements) s.source = remap(s.source);
  for (StanceEdge& s : doc.stance) {
    s.from = remap(s.from);
    s.to = remap(s.to);
  }  // recomputed right after
  return index;
}

// Removes the candidates nothing refers to any more; returns the renumbering.
std::vector<int> remove_unused(Document& doc, const std::vector<int>& candidates) {
  const std::vector<bool> used = actors_in_use(doc);
  std::vector<bool> removed(doc.actors.size(), false);
  for (int a : candidates)
    if (a >= 0 && a < static_cast<int>(doc.actors.size()) && !used[a]) removed[a] = true;
  return remove_actors(doc, removed);
}

// What each actor looked like before the edit: its colour and its side, by id.
struct SideMemory {
  std::unordered_map<std::string, std::pair<std::string, std::string>> by_id;  // id -> (colour, root id)
  explicit SideMemory(const Document& doc) {
    by_id.reserve(doc.actors.size());
    for (size_t a = 0; a < doc.actors.size(); ++a)
      by_id.emplace(doc.actors[a].id,
                    std::make_pair(doc.actors[a].color, doc.actors[root_of(doc, static_cast<int>(a))].id));
  }
  // Actors still on the side they were on keep their colour; the others (new, moved) are coloured anew.
  void recolour(Document& doc) const {
    std::vector<bool> keep(doc.actors.size(), false);
    for (size_t a = 0; a < doc.actors.size(); ++a) {
      auto it = by_id.find(doc.actors[a].id);
      keep[a] = it != by_id.end() && it->second.first == doc.actors[a].color &&
                it->second.second == doc.actors[root_of(doc, static_cast<int>(a))].id;
    }
    assign_colors_keeping(doc, keep);
  }
};

// [SECTION] one function per edit kind: validate everything, then change the document

EditOutcome refuse(std::string why) {
  EditOutcome o;
  o.error = std::move(why);
  return o;
}

EditOutcome done(int actor = -1, int mention = -1, int claim = -1) {
  EditOutcome o;
  o.ok = true;
  o.actor = actor;
  o.mention = mention;
  o.claim = claim;
  return o;
}

int add_actor(Document& doc, const std::string& name, ActorKind kind, int affiliation, std::string explanation) {
  Actor a;
  a.id = fresh_id(doc.actors, 'a');
  a.name = name;
  a.kind = kind;
  a.affiliation = affiliation;
  a.explanation.push_back(std::move(explanation));
  a.human = true;
  doc.actors.push_back(std::move(a));
  return static_cast<int>(doc.actors.size()) - 1;
}

EditOutcome apply(Document& doc, const edit::AddMention& e) {
  if (auto why = span_problem(doc, e.span); !why.empty()) return refuse(why);
  if (blank(slice(doc.text, e.span))) return refuse("that span holds only spaces");
  if (blank(e.actor)) return refuse("a mention needs an actor name");
  int actor = find_actor(doc, e.actor);
  size_t overlapping = 0;
  int same = -1;
  for (size_t m = 0; m < doc.mentions.size(); ++m)
    if (doc.mentions[m].span.overlaps(e.span)) {
      ++overlapping;
      if (doc.mentions[m].span == e.span && doc.mentions[m].actor == actor && actor >= 0) same = static_cast<int>(m);
    }
  if (overlapping == 1 && same >= 0)
    return refuse(quoted(excerpt(doc.text, e.span)) + " is already a mention of " + quoted(doc.actors[actor].name));

  if (actor < 0) actor = add_actor(doc, e.actor, e.kind, -1, "human: added");
  std::vector<int> candidates;
  std::erase_if(doc.mentions, [&](const Mention& m) {
    if (!m.span.overlaps(e.span)) return false;
    if (m.actor != actor) candidates.push_back(m.actor);
    return true;
  });
  auto at = std::upper_bound(doc.mentions.begin(), doc.mentions.end(), e.span.begin,
                             [](uint32_t b, const Mention& m) { return b < m.span.begin; });
  Mention m;
  m.span = e.span;
  m.actor = actor;
  m.rule = "human";
  m.human = true;
  const auto inserted = doc.mentions.insert(at, std::move(m));  // may reallocate: take begin() after
  const int mention = static_cast<int>(inserted - doc.mentions.begin());
  const std::vector<int> index = remove_unused(doc, candidates);
  return done(index[actor], mention);
}

EditOutcome apply(Document& doc, const edit::RemoveMention& e) {
  if (auto why = span_problem(doc, e.span); !why.empty()) return refuse(why);
  const int m = mention_at(doc, e.span);
  if (m < 0) return refuse("no mention at " + quoted(excerpt(doc.text, e.span)));
  const int actor = doc.mentions[m].actor;
  doc.mentions.erase(doc.mentions.begin() + m);
  const std::vector<int> index = remove_unused(doc, {actor});
  return done(actor >= 0 && actor < static_cast<int>(index.size()) ? index[actor] : -1);
}

EditOutcome apply(Document& doc, const edit::RenameActor& e) {
  const int a = find_actor(doc, e.actor);
  if (a < 0) return refuse(no_actor(e.actor));
  if (blank(e.name)) return refuse("a name cannot be empty");
  if (e.name == e.actor) return refuse(quoted(e.actor) + " already has that name");
  if (find_actor(doc, e.name) >= 0)
    return refuse("there is already an actor named " + quoted(e.name) + ": merge them instead");
  doc.actors[a].name = e.name;
  doc.actors[a].human = true;
  return done(a);
}

EditOutcome apply(Document& doc, const edit::MergeActors& e) {
  const int from = find_actor(doc, e.from);
  if (from < 0) return refuse(no_actor(e.from));
  const int into = find_actor(doc, e.into);
  if (into < 0) return refuse(no_actor(e.into));
  if (from == into) return refuse("cannot merge " + quoted(e.from) + " into itself");

  for (Mention& m : doc.mentions)
    if (m.actor == from) {
      m.actor = into;
      m.human = true;
    }
  for (Claim& c : doc.claims) {
    if (c.source == from) {
      c.source = into;
      c.human = true;
    }
    if (c.target == from) {
      c.target = into;
      c.human = true;
    }
  }
  for (Statement& s : doc.statements)
    if (s.source == from) s.source = into;
  // Actors under `from` go under `into`, except those `into` itself hangs from (that would be a cycle): they
  // take `from`'s own place in the hierarchy.
  for (size_t a = 0; a < doc.actors.size(); ++a)
    if (doc.actors[a].affiliation == from)
      doc.actors[a].affiliation =
          affiliated_under(doc, into, static_cast<int>(a)) ? doc.actors[from].affiliation : into;
  Actor& target = doc.actors[into];
  target.human = true;
  target.explanation.push_back("human: merged " + quoted(doc.actors[from].name));
  std::vector<bool> removed(doc.actors.size(), false);
  removed[from] = true;
  const std::vector<int> index = remove_actors(doc, removed);
  return done(index[into]);
}

EditOutcome apply(Document& doc, const edit::SplitActor& e) {
  const int a = find_actor(doc, e.actor);
  if (a < 0) return refuse(no_actor(e.actor));
  if (blank(e.name)) return refuse("the new actor needs a name");
  if (find_actor(doc, e.name) >= 0) return refuse("there is already an actor named " + quoted(e.name));
  if (e.mentions.empty()) return refuse("choose the mentions that go to " + quoted(e.name));
  std::vector<int> moved;
  for (Span s : e.mentions) {
    if (auto why = span_problem(doc, s); !why.empty()) return refuse(why);
    const int m = mention_at(doc, s, a);
    if (m < 0) return refuse(quoted(excerpt(doc.text, s)) + " is not a mention of " + quoted(e.actor));
    moved.push_back(m);
  }
  const int added = add_actor(doc, e.name, e.kind, doc.actors[a].affiliation, "human: split from " + quoted(e.actor));
  for (int m : moved) {
    doc.mentions[m].actor = added;
    doc.mentions[m].human = true;
  }
  std::sort(moved.begin(), moved.end());
  return done(added, moved.front());
}

EditOutcome apply(Document& doc, const edit::SetAffiliation& e) {
  const int a = find_actor(doc, e.actor);
  if (a < 0) return refuse(no_actor(e.actor));
  int parent = -1;
  if (!e.parent.empty()) {
    parent = find_actor(doc, e.parent);
    if (parent < 0) return refuse(no_actor(e.parent));
    if (parent == a) return refuse(quoted(e.actor) + " cannot be affiliated with itself");
    if (affiliated_under(doc, parent, a))
      return refuse(quoted(e.parent) + " is already affiliated under " + quoted(e.actor) + ": that would make a cycle");
  }
  if (doc.actors[a].affiliation == parent)
    return refuse(parent < 0 ? quoted(e.actor) + " has no affiliation already"
                             : quoted(e.actor) + " is already affiliated with " + quoted(e.parent));
  doc.actors[a].affiliation = parent;
  doc.actors[a].human = true;
  return done(a);
}

EditOutcome apply(Document& doc, const edit::SetClaimKind& e) {
  const int c = find_claim(doc, e.claim);
  if (c < 0) return refuse(no_claim(e.claim));
  Claim& claim = doc.claims[c];
  if (claim.kind == e.kind) return refuse("that claim is already " + a_kind(e.kind));
  const bool was_accusation = claim.kind == ClaimKind::Accusation;
  claim.kind = e.kind;
  set_kind_defaults(doc, claim);
  if (claim.kind != ClaimKind::Rebuttal) claim.rebuts = -1;
  claim.human = true;
  if (was_accusation)  // only accusations can be rebutted
    for (Claim& other : doc.claims)
      if (other.rebuts == c) other.rebuts = -1;
  return done(-1, -1, c);
}

EditOutcome set_end(Document& doc, const ClaimRef& ref, const std::string& name, bool source) {
  const int c = find_claim(doc, ref);
  if (c < 0) return refuse(no_claim(ref));
  const int a = find_actor(doc, name);
  if (a < 0) return refuse(no_actor(name));
  Claim& claim = doc.claims[c];
  int& end = source ? claim.source : claim.target;
  if (end == a) return refuse(quoted(name) + " is already the " + (source ? "source" : "target") + " of that claim");
  if ((source ? claim.target : claim.source) == a) return refuse("a claim's source and target must differ");
  end = a;
  claim.human = true;
  return done(a, -1, c);
}

EditOutcome apply(Document& doc, const edit::SetClaimSource& e) { return set_end(doc, e.claim, e.actor, true); }
EditOutcome apply(Document& doc, const edit::SetClaimTarget& e) { return set_end(doc, e.claim, e.actor, false); }

// Index of the accusation `ref` names for claim `c` (-1 with a message when it cannot be rebutted).
int rebuttable(const Document& doc, const ClaimRef& ref, int c, std::string& why) {
  const int r = find_claim(doc, ref);
  if (r < 0)
    why = no_claim(ref);
  else if (doc.claims[r].kind != ClaimKind::Accusation)
    why = "only an accusation can be rebutted";
  else if (r == c)
    why = "a claim cannot rebut itself";
  return why.empty() ? r : -1;
}

EditOutcome apply(Document& doc, const edit::SetClaimRebuts& e) {
  const int c = find_claim(doc, e.claim);
  if (c < 0) return refuse(no_claim(e.claim));
  int r = -1;
  if (e.rebuts) {
    if (doc.claims[c].kind != ClaimKind::Rebuttal)
      return refuse("only a rebuttal rebuts an accusation: change its kind first");
    std::string why;
    r = rebuttable(doc, *e.rebuts, c, why);
    if (r < 0) return refuse(why);
  }
  if (doc.claims[c].rebuts == r)
    return refuse(r < 0 ? "that claim rebuts nothing already" : "that claim already rebuts that accusation");
  doc.claims[c].rebuts = r;
  doc.claims[c].human = true;
  return done(-1, -1, c);
}

EditOutcome apply(Document& doc, const edit::AddClaim& e) {
  if (auto why = span_problem(doc, e.cue); !why.empty()) return refuse(why);
  if (!e.content.empty())
    if (auto why = span_problem(doc, e.content); !why.empty()) return refuse("content: " + why);
  const int source = find_actor(doc, e.source);
  if (source < 0) return refuse(no_actor(e.source));
  const int target = find_actor(doc, e.target);
  if (target < 0) return refuse(no_actor(e.target));
  if (source == target) return refuse("a claim's source and target must differ");
  if (find_claim(doc, {e.cue, e.kind, e.source, e.target}) >= 0) return refuse("that claim is already there");
  int rebuts = -1;
  if (e.rebuts) {
    if (e.kind != ClaimKind::Rebuttal) return refuse("only a rebuttal rebuts an accusation");
    std::string why;
    rebuts = rebuttable(doc, *e.rebuts, -1, why);
    if (rebuts < 0) return refuse(why);
  }
  Claim c;
  c.id = fresh_id(doc.claims, 'c');
  c.kind = e.kind;
  c.source = source;
  c.target = target;
  c.rebuts = rebuts;
  c.cue = e.cue;
  c.content = e.content.empty() ? sentence_around(doc, e.cue) : e.content;
  set_kind_defaults(doc, c);
  c.rule = "human";
  c.human = true;
  doc.claims.push_back(std::move(c));
  return done(-1, -1, static_cast<int>(doc.claims.size()) - 1);
}

EditOutcome apply(Document& doc, const edit::DeleteClaim& e) {
  const int c = find_claim(doc, e.claim);
  if (c < 0) return refuse(no_claim(e.claim));
  doc.claims.erase(doc.claims.begin() + c);
  for (Claim& other : doc.claims) {
    if (other.rebuts == c)
      other.rebuts = -1;
    else if (other.rebuts > c)
      --other.rebuts;
  }
  for (StanceEdge& s : doc.stance) s.claims.clear();  // recomputed right after
  return done();
}

}  // namespace

// [SECTION] entry points

EditOutcome apply_edit(Document& doc, const Edit& e) {
  const SideMemory before(doc);
  EditOutcome outcome = std::visit([&](const auto& x) { return apply(doc, x); }, e);
  if (!outcome.ok) return outcome;
  before.recolour(doc);
  compute_stance(doc);
  doc.edits.push_back(e);
  return outcome;
}

ClaimRef claim_ref(const Document& doc, int claim) {
  if (claim < 0 || claim >= static_cast<int>(doc.claims.size())) return {};
  const Claim& c = doc.claims[claim];
  return {c.cue, c.kind, std::string(actor_name(doc, c.source)), std::string(actor_name(doc, c.target))};
}

int find_claim(const Document& doc, const ClaimRef& ref) {
  for (size_t c = 0; c < doc.claims.size(); ++c) {
    const Claim& claim = doc.claims[c];
    if (claim.cue == ref.cue && claim.kind == ref.kind && actor_name(doc, claim.source) == ref.source &&
        actor_name(doc, claim.target) == ref.target)
      return static_cast<int>(c);
  }
  return -1;
}

int find_actor(const Document& doc, std::string_view name) {
  if (name.empty()) return -1;
  for (size_t a = 0; a < doc.actors.size(); ++a)
    if (doc.actors[a].name == name) return static_cast<int>(a);
  return -1;
}

// [SECTION] describe

namespace {

struct Describer {
  const Document& doc;
  std::string operator()(const edit::AddMention& e) const {
    return "Mark " + quoted(excerpt(doc.text, e.span)) + " as " + quoted(e.actor);
  }
  std::string operator()(const edit::RemoveMention& e) const {
    return "Remove the mention " + quoted(excerpt(doc.text, e.span));
  }
  std::string operator()(const edit::RenameActor& e) const {
    return "Rename " + quoted(e.actor) + " to " + quoted(e.name);
  }
  std::string operator()(const edit::MergeActors& e) const {
    return "Merge " + quoted(e.from) + " into " + quoted(e.into);
  }
  std::string operator()(const edit::SplitActor& e) const {
    return "Split " + quoted(e.name) + " from " + quoted(e.actor);
  }
  std::string operator()(const edit::SetAffiliation& e) const {
    return e.parent.empty() ? "Remove the affiliation of " + quoted(e.actor)
                            : "Affiliate " + quoted(e.actor) + " with " + quoted(e.parent);
  }
  std::string operator()(const edit::SetClaimKind& e) const {
    return "Make the " + describe_ref(e.claim) + " " + a_kind(e.kind);
  }
  std::string operator()(const edit::SetClaimSource& e) const {
    return "Set the source of the " + describe_ref(e.claim) + " to " + quoted(e.actor);
  }
  std::string operator()(const edit::SetClaimTarget& e) const {
    return "Set the target of the " + describe_ref(e.claim) + " to " + quoted(e.actor);
  }
  std::string operator()(const edit::SetClaimRebuts& e) const {
    return e.rebuts ? "Make the " + describe_ref(e.claim) + " rebut the " + describe_ref(*e.rebuts)
                    : "Make the " + describe_ref(e.claim) + " rebut nothing";
  }
  std::string operator()(const edit::AddClaim& e) const {
    return "Add the " + describe_ref({e.cue, e.kind, e.source, e.target});
  }
  std::string operator()(const edit::DeleteClaim& e) const { return "Delete the " + describe_ref(e.claim); }
};

}  // namespace

std::string describe(const Document& doc, const Edit& e) { return std::visit(Describer{doc}, e); }

}  // namespace riposte
