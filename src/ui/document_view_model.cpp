#include "ui/document_view_model.h"

#include <algorithm>

#include "engine/utf8.h"

namespace riposte::ui {
namespace {

constexpr size_t kUndoDepth = 5;

bool ends_like_sentence(std::string_view s) {
  // Trailing blanks and closing quotes do not count: “…a fabrication” is not a sentence, “…he said.” is.
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t' || s.back() == '"' || s.back() == '\''))
      s.remove_suffix(1);
    if (s.size() >= 3 && static_cast<unsigned char>(s[s.size() - 3]) == 0xE2 &&
        static_cast<unsigned char>(s[s.size() - 2]) == 0x80 &&
        (static_cast<unsigned char>(s.back()) == 0x9D || static_cast<unsigned char>(s.back()) == 0x99)) {
      s.remove_suffix(3);  // ” or ’
      continue;
    }
    break;
  }
  if (s.empty()) return false;
  const char last = s.back();
  return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ')';
}

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

std::vector<Paragraph> split_paragraphs(const Document& doc) {
  std::vector<Paragraph> out;
  const std::string_view text = doc.text;
  size_t pos = 0;
  bool first = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) {
      Paragraph p;
      p.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      const std::string_view body = text.substr(b, e - b);
      const bool short_line = body.size() < 200 && !ends_like_sentence(body);
      if (first && short_line) p.style = ParagraphStyle::Headline;
      else if (short_line && body.size() < 100) p.style = ParagraphStyle::Subhead;
      out.push_back(p);
      first = false;
    }
    pos = nl + 1;
  }
  return out;
}

void set_document(AppState& state, Document&& doc, bool push_undo) {
  if (push_undo) {
    state.undo.push_back(std::move(state.doc));
    if (state.undo.size() > kUndoDepth) state.undo.erase(state.undo.begin());
  }
  state.doc = std::move(doc);
  const Document& d = state.doc;
  state.doc_codepoints = CodepointIndex(d.text).codepoint_count();
  ++state.doc_generation;
  state.actor_side.resize(d.actors.size());
  state.actor_mentions.assign(d.actors.size(), 0);
  state.actor_hidden.assign(d.actors.size(), false);
  for (size_t a = 0; a < d.actors.size(); ++a) state.actor_side[a] = side_of(d, static_cast<int>(a));
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
  state.layout = TextLayout{};
  state.layout.paragraphs = split_paragraphs(d);
  state.hovered_actor = state.hovered_mention = state.hovered_claim = -1;
  state.selected_actor = state.selected_claim = state.scroll_to_claim = -1;
  state.graph_pos.clear();
  state.scroll_request = 0;
  // What the last frame drew indexes the old document: forget it until the next frame.
  state.visible_mentions.clear();
  state.visible_cues.clear();
  state.gpu.highlights.clear();
  state.gpu.arcs.clear();
  state.tooltip.clear();
}

bool undo_document(AppState& state) {
  if (state.undo.empty()) return false;
  Document previous = std::move(state.undo.back());
  state.undo.pop_back();
  set_document(state, std::move(previous), false);
  state.status.source = "undo";
  state.status.repaired = state.doc.repaired_sequences;
  state.status.lone_surrogates = 0;
  return true;
}

}  // namespace riposte::ui
