#include "ui/document_view_model.h"

#include <algorithm>

#include "engine/text/unicode.h"
#include "engine/text/utf8.h"
#include "ui/fonts.h"

namespace riposte::ui {
namespace {

constexpr size_t kUndoDepth = 200;         // steps
constexpr size_t kUndoArticles = 5;        // whole articles kept (a 5 MB paste is heavy)
constexpr size_t kUndoBytes = 256u << 20;  // roughly, what the history may hold

}  // namespace

bool is_blank(std::string_view text) {
  for (unsigned char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

int side_of(const Document& doc, int actor) {
  if (actor < 0 || actor >= static_cast<int>(doc.actors.size())) return -1;
  for (int guard = 0; guard < 32 && doc.actors[actor].affiliation >= 0; ++guard) actor = doc.actors[actor].affiliation;
  return actor;
}

std::string affiliation_chain(const Document& doc, int actor) {
  std::string out;
  for (int guard = 0; guard < 32 && actor >= 0 && actor < static_cast<int>(doc.actors.size()); ++guard) {
    if (!out.empty()) out += " \xE2\x86\x92 ";  // →
    out += doc.actors[actor].name;
    actor = doc.actors[actor].affiliation;
  }
  return out;
}

namespace {

// "accuse_verb" -> "accuse verb"
std::string spaced(std::string_view name) {
  std::string out(name);
  for (char& ch : out)
    if (ch == '_') ch = ' ';
  return out;
}

}  // namespace

// Claim::rule is "model:<origin>", "rule:<name>" or "human" (engine/document/document.h).
std::string claim_provenance(const Claim& claim) {
  const std::string_view rule = claim.rule;
  if (claim.human || rule == "human") return "marked by you";
  if (rule.starts_with("rule:")) return "found by a hand rule (" + spaced(rule.substr(5)) + ")";
  if (!rule.starts_with("model:")) return {};
  const std::string_view origin = rule.substr(6);
  if (origin == "statement") return "found by the claim model, on a reported statement";
  if (origin == "clause") return "found by the claim model, on the clause naming the target";
  if (origin == "cooccurrence") return "found by the claim model, on a sentence naming both sides near a charged word";
  return "proposed by a hand rule (" + spaced(origin) + "), confirmed by the claim model";
}

namespace {

// Everything the views derive from the annotation (not from the text): sides, counts, panel lists,
// claims in reading order. Hidden actors stay hidden across edits when the actor still exists.
void derive_annotation(AppState& state, const std::vector<std::string>& hidden_ids) {
  const Document& d = state.doc;
  state.actor_side.resize(d.actors.size());
  state.actor_mentions.assign(d.actors.size(), 0);
  state.actor_hidden.assign(d.actors.size(), false);
  for (size_t a = 0; a < d.actors.size(); ++a) {
    state.actor_side[a] = side_of(d, static_cast<int>(a));
    state.actor_hidden[a] = std::find(hidden_ids.begin(), hidden_ids.end(), d.actors[a].id) != hidden_ids.end();
  }
  for (const Mention& m : d.mentions)
    if (m.actor >= 0) ++state.actor_mentions[m.actor];
  // Sides for the Actors panel, computed once: a 5 MB article can have thousands of actors.
  state.side_members.assign(d.actors.size(), {});
  std::vector<int> side_total(d.actors.size(), 0);
  state.sides_by_mentions.clear();
  for (size_t a = 0; a < d.actors.size(); ++a) {
    const int side = state.actor_side[a] >= 0 ? state.actor_side[a] : static_cast<int>(a);
    if (state.side_members[side].empty()) state.sides_by_mentions.push_back(side);
    state.side_members[side].push_back(static_cast<int>(a));
    side_total[side] += state.actor_mentions[a];
  }
  std::stable_sort(state.sides_by_mentions.begin(), state.sides_by_mentions.end(),
                   [&](int x, int y) { return side_total[x] > side_total[y]; });
  state.cue_order.resize(d.claims.size());
  for (uint32_t i = 0; i < state.cue_order.size(); ++i) state.cue_order[i] = i;
  std::sort(state.cue_order.begin(), state.cue_order.end(),
            [&](uint32_t a, uint32_t b) { return d.claims[a].cue.begin < d.claims[b].cue.begin; });
  state.claim_rows = claim_rows(d);
  state.row_of_claim.assign(d.claims.size(), -1);
  for (size_t r = 0; r < state.claim_rows.size(); ++r)
    for (int c : state.claim_rows[r].claims) state.row_of_claim[c] = static_cast<int>(r);
  state.rebuttal_fans = rebuttal_fans(d);
  for (const Actor& a : d.actors) request_glyphs(state.fonts, a.name);  // names typed in a rename, too
  ++state.doc_generation;
  // What the last frame drew indexes the old annotation: forget it until the next frame.
  state.hovered_actor = state.hovered_mention = state.hovered_claim = -1;
  state.visible_mentions.clear();
  state.visible_cues.clear();
  state.drawn_fans.clear();
  state.gpu.highlights.clear();
  state.gpu.arcs.clear();
  state.tooltip.clear();
}

std::vector<std::string> hidden_actor_ids(const AppState& state) {
  std::vector<std::string> ids;
  for (size_t a = 0; a < state.actor_hidden.size() && a < state.doc.actors.size(); ++a)
    if (state.actor_hidden[a]) ids.push_back(state.doc.actors[a].id);
  return ids;
}

AnnotationLayer take_layer(Document& d) {
  return {std::move(d.actors), std::move(d.mentions), std::move(d.claims), std::move(d.stance), std::move(d.edits)};
}

void put_layer(Document& d, AnnotationLayer&& l) {
  d.actors = std::move(l.actors);
  d.mentions = std::move(l.mentions);
  d.claims = std::move(l.claims);
  d.stance = std::move(l.stance);
  d.edits = std::move(l.edits);
}

size_t layer_bytes(const AnnotationLayer& l) {
  return l.actors.size() * sizeof(Actor) + l.mentions.size() * sizeof(Mention) + l.claims.size() * sizeof(Claim) +
         l.stance.size() * sizeof(StanceEdge);
}

// Bounded history: at most kUndoDepth steps, and article snapshots/annotation layers of at most ~kUndoBytes.
void trim_history(std::vector<HistoryEntry>& entries) {
  size_t bytes = 0, whole = 0;
  for (size_t i = entries.size(); i-- > 0;) {
    const HistoryEntry& e = entries[i];
    bytes += e.whole ? e.doc.text.size() + e.doc.mentions.size() * sizeof(Mention) : layer_bytes(e.layer);
    whole += e.whole;
    if (entries.size() - i > kUndoDepth || bytes > kUndoBytes || whole > kUndoArticles) {
      entries.erase(entries.begin(), entries.begin() + static_cast<ptrdiff_t>(i) + 1);
      return;
    }
  }
}

// Swaps the shown state with `entry` (undo and redo are the same move in opposite directions).
void swap_with(AppState& state, HistoryEntry& entry) {
  if (entry.whole) {
    std::swap(state.doc, entry.doc);
    show_new_article(state);
  } else {
    const auto hidden = hidden_actor_ids(state);
    AnnotationLayer current = take_layer(state.doc);
    put_layer(state.doc, std::move(entry.layer));
    entry.layer = std::move(current);
    derive_annotation(state, hidden);
    if (state.selected_actor >= static_cast<int>(state.doc.actors.size())) state.selected_actor = -1;
    if (state.selected_claim >= static_cast<int>(state.doc.claims.size())) state.selected_claim = -1;
  }
  state.editor.message.clear();
}

}  // namespace

void show_new_article(AppState& state) {
  const Document& d = state.doc;
  state.doc_codepoints = CodepointIndex(d.text).codepoint_count();
  request_glyphs(state.fonts, d.text);
  derive_annotation(state, {});
  state.layout = TextLayout{};
  state.layout.paragraphs = split_paragraphs(d);
  state.selected_actor = state.selected_claim = state.scroll_to_claim = -1;
  state.graph_pos.clear();
  state.scroll_request = 0;
  state.editor.selection = {};
  state.editor.selecting = state.editor.drawing_claim = false;
  state.editor.drag_from_mention = -1;
}

void set_document(AppState& state, Document&& doc, bool push_undo, std::string label) {
  if (push_undo) {
    HistoryEntry e;
    e.label = std::move(label);
    e.whole = true;
    e.doc = std::move(state.doc);
    state.history.undo.push_back(std::move(e));
    trim_history(state.history.undo);
    state.history.redo.clear();
  }
  state.doc = std::move(doc);
  show_new_article(state);
}

EditOutcome perform_edit(AppState& state, const Edit& edit) {
  HistoryEntry e;
  e.label = describe(state.doc, edit);
  e.layer = AnnotationLayer{state.doc.actors, state.doc.mentions, state.doc.claims, state.doc.stance, state.doc.edits};
  const auto hidden = hidden_actor_ids(state);
  EditOutcome out = apply_edit(state.doc, edit);
  if (!out.ok) {
    state.editor.message = out.error;
    return out;
  }
  state.history.undo.push_back(std::move(e));
  trim_history(state.history.undo);
  state.history.redo.clear();
  state.editor.message.clear();
  state.status.notice.clear();
  derive_annotation(state, hidden);
  // Show what the edit made or changed.
  state.selected_actor = out.actor < static_cast<int>(state.doc.actors.size()) ? out.actor : -1;
  state.selected_claim = out.claim < static_cast<int>(state.doc.claims.size()) ? out.claim : -1;
  return out;
}

bool undo(AppState& state) {
  if (state.history.undo.empty()) return false;
  HistoryEntry e = std::move(state.history.undo.back());
  state.history.undo.pop_back();
  swap_with(state, e);
  state.history.redo.push_back(std::move(e));
  if (state.history.redo.back().whole) state.status.source = "undo";
  state.status.repaired = state.doc.repaired_sequences;
  state.status.lone_surrogates = 0;
  return true;
}

bool redo(AppState& state) {
  if (state.history.redo.empty()) return false;
  HistoryEntry e = std::move(state.history.redo.back());
  state.history.redo.pop_back();
  swap_with(state, e);
  state.history.undo.push_back(std::move(e));
  state.status.repaired = state.doc.repaired_sequences;
  return true;
}

namespace {

// The code point at byte i, and where the next one starts (the engine's decoder: the text is repaired UTF-8).
char32_t code_point_at(std::string_view t, uint32_t i, uint32_t& next) {
  size_t k = i;
  const char32_t cp = decode_utf8(t, k);
  next = static_cast<uint32_t>(k);
  return cp;
}
uint32_t previous_start(std::string_view t, uint32_t i) {
  do --i;
  while (i > 0 && is_continuation(static_cast<unsigned char>(t[i])));
  return i;
}
// The engine's own letter classes, so a selection snaps to what the tokenizer calls a word.
bool word_char(char32_t cp) { return unicode::is_letter(cp) || unicode::is_digit(cp); }
bool joiner(char32_t cp) { return unicode::is_apostrophe(cp) || cp == '-'; }  // Xi's, Xi’s, anti-war

}  // namespace

Span word_at(std::string_view text, uint32_t byte) {
  if (byte >= text.size()) return {byte, byte};
  uint32_t next = 0;
  if (!word_char(code_point_at(text, byte, next))) return {byte, byte};
  uint32_t b = byte, e = next;
  // Extend right over letters, and over a joiner followed by a letter.
  while (e < text.size()) {
    uint32_t n1 = 0;
    const uint32_t cp = code_point_at(text, e, n1);
    if (word_char(cp)) {
      e = n1;
      continue;
    }
    uint32_t n2 = 0;
    if (joiner(cp) && n1 < text.size() && word_char(code_point_at(text, n1, n2))) {
      e = n2;
      continue;
    }
    break;
  }
  // Extend left likewise.
  while (b > 0) {
    const uint32_t p1 = previous_start(text, b);
    uint32_t n = 0;
    const uint32_t cp = code_point_at(text, p1, n);
    if (word_char(cp)) {
      b = p1;
      continue;
    }
    if (joiner(cp) && p1 > 0) {
      const uint32_t p2 = previous_start(text, p1);
      if (word_char(code_point_at(text, p2, n))) {
        b = p2;
        continue;
      }
    }
    break;
  }
  return {b, e};
}

}  // namespace riposte::ui
