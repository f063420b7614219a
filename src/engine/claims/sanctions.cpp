// [SECTION] Sanction words
// [SECTION] Candidates
// [SECTION] Features
#include "engine/claims/sanctions.h"

#include <algorithm>
#include <unordered_map>

#include "engine/lexicon/embedded_data.h"

namespace riposte {

// [SECTION] Sanction words
SanctionWords::SanctionWords() : SanctionWords(WordLists(data::file("sanction_words.tsv"))) {}

SanctionWords::SanctionWords(const WordLists& lists) : words(lists.get("sanction_words")) {}

std::vector<uint8_t> sanction_tokens(const DocumentView& v, const SanctionWords& words,
                                     const std::vector<uint8_t>& charged) {
  std::vector<uint8_t> out(v.doc.tokens.size(), 0);
  for (uint32_t k = 0; k < out.size(); ++k)
    out[k] =
        !charged[k] && v.doc.tokens[k].kind == TokenKind::Word && v.actor_at(k) < 0 && words.words.contains(v.word(k));
  return out;
}

// [SECTION] Candidates
namespace {

uint64_t candidate_key(const ClaimCandidate& c) {
  return (static_cast<uint64_t>(c.cue_first) << 32) ^ (static_cast<uint64_t>(static_cast<uint32_t>(c.source)) << 17) ^
         (static_cast<uint64_t>(static_cast<uint32_t>(c.target)) << 2) ^ static_cast<uint64_t>(c.kind);
}

// The actors named in a sentence, in order, each once (places aside), at most `limit`.
std::vector<int> sentence_actors(const DocumentView& v, const Sentence& s, size_t limit) {
  std::vector<int> actors;
  for (uint32_t k = s.first_token; k < s.first_token + s.token_count && actors.size() < limit; ++k) {
    const int a = v.actor_at(k);
    if (a >= 0 && v.doc.actors[a].kind != ActorKind::Place &&
        std::find(actors.begin(), actors.end(), a) == actors.end())
      actors.push_back(a);
    k = v.mention_last(k);
  }
  return actors;
}

}  // namespace

void add_sanction_candidates(const DocumentView& v, const std::vector<uint8_t>& sanction,
                             std::vector<ClaimCandidate>& out) {
  constexpr size_t kMaxActors = 6;  // as co-occurrence: a sentence listing more actors is a list
  std::unordered_multimap<uint64_t, size_t> index;
  for (size_t i = 0; i < out.size(); ++i) index.emplace(candidate_key(out[i]), i);
  for (const Sentence& s : v.doc.sentences) {
    const uint32_t end = s.first_token + s.token_count;
    uint32_t cue = end;
    for (uint32_t k = s.first_token; k < end && cue == end; ++k)
      if (sanction[k]) cue = k;
    if (cue == end) continue;
    const std::vector<int> actors = sentence_actors(v, s, kMaxActors);
    for (int a : actors)
      for (int b : actors) {
        if (a == b || v.same_party(a, b)) continue;
        ClaimCandidate c;
        c.kind = ClaimKind::Accusation;
        c.source = a;
        c.target = b;
        c.cue_first = c.cue_last = cue;
        c.content = s.span;
        c.rules.push_back("sanction");
        const uint64_t key = candidate_key(c);
        bool merged = false;
        for (auto [it, last] = index.equal_range(key); it != last && !merged; ++it) {
          ClaimCandidate& o = out[it->second];
          if (o.kind != c.kind || o.source != a || o.target != b || o.cue_first != cue) continue;
          if (std::find(o.rules.begin(), o.rules.end(), "sanction") == o.rules.end()) o.rules.push_back("sanction");
          merged = true;
        }
        if (merged) continue;
        index.emplace(key, out.size());
        out.push_back(std::move(c));
      }
  }
}

// [SECTION] Features
namespace {

// The first token of a mention of `actor` in [first, last], or -1.
int64_t find_actor(const DocumentView& v, int actor, uint32_t first, uint32_t last) {
  for (uint32_t k = first; k <= last && k < v.doc.tokens.size(); ++k)
    if (v.actor_at(k) == actor) return k;
  return -1;
}

bool passive_aux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "is" || w == "are" || w == "be" ||
         w == "got" || w == "get" || w == "gets";
}

}  // namespace

void sanction_features(const DocumentView& v, const ClaimCandidate& c, FeatureSink& out) {
  constexpr uint32_t kBefore = 6, kAfter = 8;  // tokens around the word where its actors stand
  const uint32_t cue = c.cue_first, sf = v.sentence_first(cue), sl = v.sentence_last(cue);
  const uint32_t before = cue > sf + kBefore ? cue - kBefore : sf, after = std::min(sl, cue + kAfter);
  const int64_t t_before = cue > sf ? find_actor(v, c.target, before, cue - 1) : -1;
  const int64_t s_before = cue > sf ? find_actor(v, c.source, before, cue - 1) : -1;
  const int64_t t_after = find_actor(v, c.target, cue + 1, after);
  const int64_t s_after = find_actor(v, c.source, cue + 1, after);
  // "was banned", "has been heavily fined".
  const bool passive = cue > sf && (passive_aux(v.word(cue - 1)) || (cue > sf + 1 && passive_aux(v.word(cue - 2))));
  auto after_word = [&](int64_t k, std::string_view w1, std::string_view w2) {
    if (k <= static_cast<int64_t>(sf)) return false;
    uint32_t p = v.mention_first(static_cast<uint32_t>(k)) - 1;
    if (p > sf && v.is(p, "the")) --p;  // "by the federation"
    return p >= sf && (v.is(p, w1) || v.is(p, w2));
  };
  const bool source_agent = after_word(s_after, "by", "from");
  if (passive) out.add("sanc", "passive");
  if (passive && source_agent && t_before >= 0) out.add("sanc", "passive_by");
  if (passive && t_before >= 0) out.add("sanc", "passive_target_before");
  if (passive && s_before >= 0) out.add("sanc", "passive_source_before");
  if (!passive && s_before >= 0 && t_after >= 0) out.add("sanc", "active");
  if (!passive && t_before >= 0 && s_after >= 0) out.add("sanc", "active_reversed");
  if (source_agent) out.add("sanc", "source_agent");
  if (after_word(t_after, "against", "on")) out.add("sanc", "target_against");
  if (t_before < 0 && t_after < 0) out.add("sanc", "target_far");
  if (s_before < 0 && s_after < 0) out.add("sanc", "source_far");
}

}  // namespace riposte
