// [SECTIONS] TextMap (common prefix/suffix, a line diff of the middle, word-safe run ends) · reannotate
#include "engine/document/reannotation.h"

#include <algorithm>
#include <functional>

#include "engine/document/document_edit.h"
#include "engine/text/utf8.h"

namespace riposte {
namespace {

// [SECTION] TextMap

// Above this many cells (old lines x new lines between the common prefix and suffix) the line diff is skipped and
// only the prefix and suffix map: a 5 MB text changed at both ends must not go quadratic. 2M cells of uint16_t
// (LCS lengths never exceed sqrt of the cap) is 4 MB, once, for the rare big change.
constexpr size_t kMaxDiffCells = size_t{1} << 21;

size_t common_prefix(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  // Never split a character: back off to the start of the one that differs.
  while (i > 0 && ((i < a.size() && is_continuation(static_cast<unsigned char>(a[i]))) ||
                   (i < b.size() && is_continuation(static_cast<unsigned char>(b[i])))))
    --i;
  return i;
}

size_t common_suffix(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  size_t i = 0;
  while (i < n && a[a.size() - 1 - i] == b[b.size() - 1 - i]) ++i;
  while (i > 0 && is_continuation(static_cast<unsigned char>(a[a.size() - i]))) --i;  // the same bytes in b
  return i;
}

// Lines with their line feed, as offsets into the text.
std::vector<Span> lines_of(std::string_view text) {
  std::vector<Span> out;
  uint32_t begin = 0;
  for (uint32_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') {
      out.push_back({begin, i + 1});
      begin = i + 1;
    }
  if (begin < text.size()) out.push_back({begin, static_cast<uint32_t>(text.size())});
  return out;
}

struct RunSpec {
  uint32_t old_begin, new_begin, size;
};

// Runs of a changed block: its common prefix and suffix.
void block_runs(std::string_view old_text, std::string_view new_text, Span o, Span n, std::vector<RunSpec>& out) {
  const std::string_view a = slice(old_text, o), b = slice(new_text, n);
  const size_t p = common_prefix(a, b);
  const size_t s = common_suffix(a.substr(p), b.substr(p));
  if (p) out.push_back({o.begin, n.begin, static_cast<uint32_t>(p)});
  if (s) out.push_back({static_cast<uint32_t>(o.end - s), static_cast<uint32_t>(n.end - s), static_cast<uint32_t>(s)});
}

// The unchanged runs between old[base_old, +len) and new[base_new, +len): lines matched by a longest common
// subsequence, and inside each changed block of lines its common prefix and suffix.
void diff_lines(std::string_view old_text, std::string_view new_text, Span o, Span n, std::vector<RunSpec>& out) {
  const std::vector<Span> a = lines_of(slice(old_text, o)), b = lines_of(slice(new_text, n));
  auto shift = [](Span s, uint32_t by) { return Span{s.begin + by, s.end + by}; };
  if (a.empty() || b.empty() || (a.size() + 1) * (b.size() + 1) > kMaxDiffCells) {
    block_runs(old_text, new_text, o, n, out);
    return;
  }
  const std::hash<std::string_view> hasher;
  std::vector<size_t> ha(a.size()), hb(b.size());
  for (size_t i = 0; i < a.size(); ++i) ha[i] = hasher(slice(old_text, shift(a[i], o.begin)));
  for (size_t j = 0; j < b.size(); ++j) hb[j] = hasher(slice(new_text, shift(b[j], n.begin)));
  auto same = [&](size_t i, size_t j) {
    return ha[i] == hb[j] && slice(old_text, shift(a[i], o.begin)) == slice(new_text, shift(b[j], n.begin));
  };
  // lcs[i][j]: longest common subsequence of a[i..] and b[j..].
  const size_t w = b.size() + 1;
  std::vector<uint16_t> lcs((a.size() + 1) * w, 0);
  for (size_t i = a.size(); i-- > 0;)
    for (size_t j = b.size(); j-- > 0;)
      lcs[i * w + j] = same(i, j) ? static_cast<uint16_t>(lcs[(i + 1) * w + j + 1] + 1)
                                  : std::max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
  size_t i = 0, j = 0, gap_i = 0, gap_j = 0;
  // Old lines [gap_i, ei) were replaced by new lines [gap_j, ej): as many lines as before are paragraphs edited in
  // place, each keeping its own common prefix and suffix; otherwise only the block's ends are safe to map.
  auto close_gap = [&](size_t ei, size_t ej) {
    if (ei == gap_i || ej == gap_j) return;
    if (ei - gap_i == ej - gap_j) {
      for (size_t k = 0; k < ei - gap_i; ++k)
        block_runs(old_text, new_text, shift(a[gap_i + k], o.begin), shift(b[gap_j + k], n.begin), out);
      return;
    }
    block_runs(old_text, new_text, {a[gap_i].begin + o.begin, a[ei - 1].end + o.begin},
               {b[gap_j].begin + n.begin, b[ej - 1].end + n.begin}, out);
  };
  while (i < a.size() && j < b.size()) {
    if (same(i, j)) {
      close_gap(i, j);
      out.push_back({a[i].begin + o.begin, b[j].begin + n.begin, a[i].size()});
      gap_i = ++i;
      gap_j = ++j;
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  close_gap(a.size(), b.size());
}

bool word_byte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

}  // namespace

TextMap::TextMap(std::string_view old_text, std::string_view new_text) {
  if (old_text.size() >= UINT32_MAX || new_text.size() >= UINT32_MAX) return;  // spans are 32-bit: nothing maps
  if (old_text == new_text) {
    identical_ = true;
    if (!old_text.empty()) runs_.push_back({0, 0, static_cast<uint32_t>(old_text.size())});
    return;
  }
  const size_t p = common_prefix(old_text, new_text);
  const size_t s = common_suffix(old_text.substr(p), new_text.substr(p));
  std::vector<RunSpec> found;
  if (p) found.push_back({0, 0, static_cast<uint32_t>(p)});
  diff_lines(old_text, new_text, {static_cast<uint32_t>(p), static_cast<uint32_t>(old_text.size() - s)},
             {static_cast<uint32_t>(p), static_cast<uint32_t>(new_text.size() - s)}, found);
  if (s)
    found.push_back({static_cast<uint32_t>(old_text.size() - s), static_cast<uint32_t>(new_text.size() - s),
                     static_cast<uint32_t>(s)});
  // Merge runs that continue each other in both texts, so that a run's ends are real changes.
  std::vector<RunSpec> merged;
  for (const RunSpec& r : found) {
    if (r.size == 0) continue;
    if (!merged.empty() && merged.back().old_begin + merged.back().size == r.old_begin &&
        merged.back().new_begin + merged.back().size == r.new_begin)
      merged.back().size += r.size;
    else
      merged.push_back(r);
  }
  // A word cut by a change is changed text ("Ruiz" -> "Ruizs"): a run ending or starting inside a word, next to a
  // change, gives that word up.
  auto byte = [](std::string_view t, size_t at) { return at < t.size() ? static_cast<unsigned char>(t[at]) : 0; };
  for (RunSpec r : merged) {
    uint32_t ob = r.old_begin, nb = r.new_begin, oe = r.old_begin + r.size;
    const bool glued_end =
        word_byte(byte(old_text, oe - 1)) && (word_byte(byte(old_text, oe)) || word_byte(byte(new_text, nb + r.size)));
    if (glued_end)
      while (oe > ob && word_byte(byte(old_text, oe - 1))) --oe;
    const bool glued_begin = word_byte(byte(old_text, ob)) && ((ob > 0 && word_byte(byte(old_text, ob - 1))) ||
                                                               (nb > 0 && word_byte(byte(new_text, nb - 1))));
    if (glued_begin)
      while (ob < oe && word_byte(byte(old_text, ob))) {
        ++ob;
        ++nb;
      }
    if (oe > ob) runs_.push_back({ob, nb, oe - ob});
  }
}

std::optional<Span> TextMap::map(Span old_span) const {
  if (old_span.end < old_span.begin) return std::nullopt;
  auto it = std::upper_bound(runs_.begin(), runs_.end(), old_span.begin,
                             [](uint32_t b, const Run& r) { return b < r.old_begin; });
  if (it == runs_.begin()) return std::nullopt;
  --it;
  if (old_span.end > it->old_begin + it->size) return std::nullopt;
  const uint32_t shift_begin = old_span.begin - it->old_begin;
  return Span{it->new_begin + shift_begin, it->new_begin + shift_begin + old_span.size()};
}

// [SECTION] reannotate

namespace {

// The edit with its spans carried onto the new text, or nullopt when one of them touches changed text.
struct EditMapper {
  const TextMap& map;

  bool span(Span& s) const {
    auto m = map.map(s);
    if (m) s = *m;
    return m.has_value();
  }
  bool ref(ClaimRef& r) const { return span(r.cue); }

  bool operator()(edit::AddMention& e) const { return span(e.span); }
  bool operator()(edit::RemoveMention& e) const { return span(e.span); }
  bool operator()(edit::RenameActor&) const { return true; }
  bool operator()(edit::MergeActors&) const { return true; }
  bool operator()(edit::SplitActor& e) const {
    return std::all_of(e.mentions.begin(), e.mentions.end(), [&](Span& s) { return span(s); });
  }
  bool operator()(edit::SetAffiliation&) const { return true; }
  bool operator()(edit::SetClaimKind& e) const { return ref(e.claim); }
  bool operator()(edit::SetClaimSource& e) const { return ref(e.claim); }
  bool operator()(edit::SetClaimTarget& e) const { return ref(e.claim); }
  bool operator()(edit::SetClaimRebuts& e) const { return ref(e.claim) && (!e.rebuts || ref(*e.rebuts)); }
  bool operator()(edit::AddClaim& e) const {
    if (!span(e.cue) || (e.rebuts && !ref(*e.rebuts))) return false;
    // Empty content means "the sentence around the cue", wherever that now is.
    if (e.content.empty()) return span(e.content) || (e.content = Span{}, true);
    return span(e.content);
  }
  bool operator()(edit::DeleteClaim& e) const { return ref(e.claim); }
};

// Whether the document already is as the edit would make it (the new engine found the mention a person added, or
// no longer finds the claim a person deleted): such an edit is kept, so that it still holds after the next run.
struct AlreadyHolds {
  const Document& doc;

  // (Both branches string_view: with "" the conditional would build a temporary std::string and dangle.)
  std::string_view name(int a) const {
    return a >= 0 && a < static_cast<int>(doc.actors.size()) ? std::string_view(doc.actors[a].name)
                                                             : std::string_view();
  }
  bool mention_of(Span s, std::string_view actor) const {
    for (const Mention& m : doc.mentions)
      if (m.span == s && name(m.actor) == actor) return true;
    return false;
  }
  bool operator()(const edit::AddMention& e) const { return mention_of(e.span, e.actor); }
  bool operator()(const edit::RemoveMention& e) const {
    return std::none_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) { return m.span == e.span; });
  }
  bool operator()(const edit::RenameActor& e) const {
    return find_actor(doc, e.actor) < 0 && find_actor(doc, e.name) >= 0;
  }
  bool operator()(const edit::MergeActors& e) const {
    return find_actor(doc, e.from) < 0 && find_actor(doc, e.into) >= 0;
  }
  bool operator()(const edit::SplitActor& e) const {
    return find_actor(doc, e.name) >= 0 &&
           std::all_of(e.mentions.begin(), e.mentions.end(), [&](Span s) { return mention_of(s, e.name); });
  }
  bool operator()(const edit::SetAffiliation& e) const {
    const int a = find_actor(doc, e.actor);
    return a >= 0 && name(doc.actors[a].affiliation) == e.parent;
  }
  bool operator()(const edit::SetClaimKind& e) const {
    return find_claim(doc, {e.claim.cue, e.kind, e.claim.source, e.claim.target}) >= 0;
  }
  bool operator()(const edit::SetClaimSource& e) const {
    return find_claim(doc, {e.claim.cue, e.claim.kind, e.actor, e.claim.target}) >= 0;
  }
  bool operator()(const edit::SetClaimTarget& e) const {
    return find_claim(doc, {e.claim.cue, e.claim.kind, e.claim.source, e.actor}) >= 0;
  }
  bool operator()(const edit::SetClaimRebuts& e) const {
    const int c = find_claim(doc, e.claim);
    if (c < 0) return false;
    return e.rebuts ? doc.claims[c].rebuts >= 0 && doc.claims[c].rebuts == find_claim(doc, *e.rebuts)
                    : doc.claims[c].rebuts < 0;
  }
  bool operator()(const edit::AddClaim& e) const { return find_claim(doc, {e.cue, e.kind, e.source, e.target}) >= 0; }
  bool operator()(const edit::DeleteClaim& e) const { return find_claim(doc, e.claim) < 0; }
};

}  // namespace

Reannotation replay_edits(Document fresh, const Document& previous) {
  Reannotation out;
  out.doc = std::move(fresh);
  out.doc.provenance.title = previous.provenance.title;
  out.doc.provenance.url = previous.provenance.url;
  const TextMap map(previous.text, out.doc.text);
  const EditMapper mapper{map};
  for (const Edit& e : previous.edits) {
    Edit moved = e;
    if (!std::visit(mapper, moved)) {
      ++out.dropped;
    } else if (apply_edit(out.doc, moved).ok) {
      ++out.kept;
    } else if (std::visit(AlreadyHolds{out.doc}, moved)) {
      out.doc.edits.push_back(std::move(moved));
      ++out.kept;
    } else {
      ++out.dropped;
    }
  }
  return out;
}

Reannotation reannotate(const Annotator& annotator, const Document& previous, std::string_view new_text) {
  return replay_edits(annotator.annotate(new_text), previous);
}

}  // namespace riposte
