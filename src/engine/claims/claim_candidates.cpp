#include "engine/claims/claim_candidates.h"

#include <algorithm>
#include <climits>
#include <tuple>

namespace riposte {

uint32_t token_at_byte(const Document& doc, uint32_t pos) {
  const auto it = std::upper_bound(doc.tokens.begin(), doc.tokens.end(), pos,
                                   [](uint32_t p, const Token& t) { return p < t.span.end; });
  if (it == doc.tokens.end()) return doc.tokens.empty() ? 0 : static_cast<uint32_t>(doc.tokens.size() - 1);
  return static_cast<uint32_t>(it - doc.tokens.begin());
}

uint32_t token_at_byte(const Document& doc, uint32_t pos, uint32_t hint) {
  const std::vector<Token>& t = doc.tokens;
  const size_t n = t.size();
  if (n == 0) return 0;
  // The answer is the first token whose end lies past pos (the tokens' ends ascend), or the last token: find
  // lo < answer <= hi by steps doubling away from the hint, then halve [lo, hi).
  const auto past = [&](size_t k) { return pos < t[k].span.end; };
  size_t lo, hi;  // the answer lies in [lo, hi]; hi == n: no token ends past pos
  const size_t h = std::min<size_t>(hint, n - 1);
  if (past(h)) {
    hi = h;
    size_t step = 1;
    while (hi >= step && past(hi - step)) {
      hi -= step;
      step *= 2;
    }
    lo = hi >= step ? hi - step + 1 : 0;
  } else {
    lo = h + 1;
    size_t step = 1;
    while (lo + step - 1 < n && !past(lo + step - 1)) {
      lo += step;
      step *= 2;
    }
    hi = std::min(lo + step - 1, n);
  }
  const auto it =
      std::upper_bound(t.begin() + static_cast<std::ptrdiff_t>(lo), t.begin() + static_cast<std::ptrdiff_t>(hi), pos,
                       [](uint32_t p, const Token& tok) { return p < tok.span.end; });
  const size_t k = static_cast<size_t>(it - t.begin());
  return static_cast<uint32_t>(k == n ? n - 1 : k);
}

bool proposed_by_rule(const ClaimCandidate& c) {
  return std::any_of(c.rules.begin(), c.rules.end(),
                     [](std::string_view r) { return r != "statement" && r != "clause" && r != "cooccurrence"; });
}

std::vector<ClaimCandidate> candidates_from_rules(const DocumentView& v, const std::vector<Claim>& rule_claims,
                                                  const std::vector<std::string_view>& rule_of,
                                                  const std::vector<uint8_t>& implied) {
  std::vector<ClaimCandidate> out;
  out.reserve(rule_claims.size());
  for (size_t i = 0; i < rule_claims.size(); ++i) {
    const Claim& c = rule_claims[i];
    ClaimCandidate k;
    k.kind = c.kind;
    k.source = c.source;
    k.target = c.target;
    k.cue_first = token_at_byte(v.doc, c.cue.begin);
    k.cue_last = token_at_byte(v.doc, c.cue.end > c.cue.begin ? c.cue.end - 1 : c.cue.begin);
    k.content = c.content;
    k.rules.push_back(i < rule_of.size() ? rule_of[i] : std::string_view("rule"));
    k.intensity = c.score;
    k.code = c.code;
    k.plover = c.plover;
    k.rule_rebuts = c.rebuts;
    k.implied = i < implied.size() && implied[i];
    out.push_back(std::move(k));
  }
  return out;
}

void add_coordinated_rule_candidates(const DocumentView& v, const std::vector<Attribution>& statements,
                                     std::vector<ClaimCandidate>& out) {
  const size_t n = out.size();
  for (const Attribution& st : statements) {
    const std::vector<int> others = coordinated_speakers(v, st);
    if (others.empty()) continue;
    const uint32_t from = std::min(st.cue_first, st.content_first), to = std::max(st.cue_last, st.content_last);
    for (size_t i = 0; i < n; ++i) {
      if (out[i].source != st.source || out[i].cue_first < from || out[i].cue_first > to) continue;
      for (int a : others) {
        if (a == out[i].target || v.same_party(a, out[i].target)) continue;
        const auto same = [&](const ClaimCandidate& o) {
          return o.kind == out[i].kind && o.source == a && o.target == out[i].target && o.cue_first == out[i].cue_first;
        };
        if (std::any_of(out.begin(), out.end(), same)) continue;
        ClaimCandidate copy = out[i];
        copy.source = a;
        out.push_back(std::move(copy));
      }
    }
  }
}

namespace {

bool is_personal_pronoun(std::string_view w) {
  return w == "he" || w == "him" || w == "his" || w == "she" || w == "her";
}

// The tokens where a statement may name a target: inside a mention, or a personal pronoun (he, him, his, she, her),
// with which of them are pronouns. Built once per document: a statement's ranges then visit these tokens only, not
// every word of its sentences and paragraph (the candidate search's largest cost when each range was walked token by
// token), and do not compare their words again.
void target_tokens(const DocumentView& v, std::vector<uint32_t>& tokens, std::vector<uint8_t>& pronoun) {
  tokens.reserve(v.doc.tokens.size());  // at most one per token: room once rather than a dozen regrowths
  pronoun.reserve(v.doc.tokens.size());
  for (uint32_t k = 0; k < v.doc.tokens.size(); ++k) {
    const bool in_mention = v.actor_at(k) >= 0;
    const bool is_pronoun = is_personal_pronoun(v.word(k));
    if (!in_mention && !is_pronoun) continue;
    tokens.push_back(k);
    pronoun.push_back(is_pronoun);
  }
}

// Where a statement may name its target, in the order the candidates are proposed.
struct TargetFinder {
  const DocumentView& v;
  const Attribution& st;
  const std::vector<uint32_t>& target_tokens;  // target_tokens(v)
  const std::vector<uint8_t>& pronoun;         // per target token: a personal pronoun
  size_t limit;                                // the first `limit` targets are kept: later ones cannot change them
  std::vector<int>& targets;                   // a buffer the caller reuses from one statement to the next
  // Per target token: the statement source a pronoun was last resolved for and the answer, or null. The content,
  // the sentence and the paragraph of a statement overlap, and a speaker's statements follow one another.
  std::vector<std::pair<int, int>>* pronoun_memo = nullptr;

  // What does not depend on the targets taken so far.
  bool may_target(int a) const {
    if (a < 0 || a == st.source || v.same_party(a, st.source)) return false;
    return v.doc.actors[a].kind != ActorKind::Place;  // places are where, not who
  }
  bool eligible(int a) const { return may_target(a) && std::find(targets.begin(), targets.end(), a) == targets.end(); }
  void take(int a) {
    if (targets.size() < limit && eligible(a)) targets.push_back(a);
  }
  void range(uint32_t first, uint32_t last) {
    each_offer(
        first, last, [&] { return targets.size() < limit; }, [&](int a) { take(a); });
  }
  // The actors that range(first, last) offers to take, in order, those that may be targets (may_target) appended to
  // `out`: a later take() of each gives what range() gives, whatever was taken before.
  void offers(uint32_t first, uint32_t last, std::vector<int>& out) {
    each_offer(
        first, last, [] { return true; },
        [&](int a) {
          if (may_target(a)) out.push_back(a);
        });
  }

 private:
  template <class More, class Offer>
  void each_offer(uint32_t first, uint32_t last, More more, Offer offer) {
    int64_t previous = -2;  // the token before k whose actor was just offered, and that actor
    int previous_actor = -1;
    for (auto it = std::lower_bound(target_tokens.begin(), target_tokens.end(), first);
         it != target_tokens.end() && *it <= last && more(); ++it) {
      const uint32_t k = *it;
      if (k >= st.source_first && k <= st.source_last && st.cue) continue;  // the speaker's own name and apposition
      // A mention's next token offers the same actor again, which changes nothing: it was taken, or is not eligible
      // (its party or kind, already a target, no room), and stays so as targets are only added.
      const int a = v.actor_at(k);
      if (a < 0 || a != previous_actor || k != previous + 1) offer(a);
      previous = k;
      previous_actor = a;
      if (pronoun[static_cast<size_t>(it - target_tokens.begin())])
        offer(pronoun_actor(static_cast<size_t>(it - target_tokens.begin()), k));
    }
  }
  int pronoun_actor(size_t index, uint32_t k) {
    if (!pronoun_memo) return v.resolve_pronoun(k, st.source);
    std::pair<int, int>& m = (*pronoun_memo)[index];
    if (m.first != st.source) m = {st.source, v.resolve_pronoun(k, st.source)};
    return m.second;
  }
};

// Candidates are one per (kind, source, target, cue token): an index keeps merging linear in long articles. Open
// addressing in one array (a node-based multimap cost an allocation per candidate, rebuilt for each origin).
class CandidateIndex {
 public:
  explicit CandidateIndex(const std::vector<ClaimCandidate>& out) {
    size_t cap = 64;
    while (cap < out.size() * 2 + 64) cap *= 2;
    slots_.assign(cap, kEmpty);
    for (size_t i = 0; i < out.size(); ++i) insert(out, i);
  }
  // The candidate in `out` with c's kind, source, target and cue token, or -1.
  int64_t find(const std::vector<ClaimCandidate>& out, const ClaimCandidate& c) const {
    for (size_t s = slot_of(c);; s = (s + 1) & (slots_.size() - 1)) {
      if (slots_[s] == kEmpty) return -1;
      const ClaimCandidate& o = out[slots_[s]];
      if (o.kind == c.kind && o.source == c.source && o.target == c.target && o.cue_first == c.cue_first)
        return slots_[s];
    }
  }
  void insert(const std::vector<ClaimCandidate>& out, size_t i) {
    if ((count_ + 1) * 2 > slots_.size()) grow(out);
    size_t s = slot_of(out[i]);
    while (slots_[s] != kEmpty) s = (s + 1) & (slots_.size() - 1);
    slots_[s] = static_cast<uint32_t>(i);
    ++count_;
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  size_t slot_of(const ClaimCandidate& c) const {
    const uint64_t key = (static_cast<uint64_t>(c.cue_first) << 32) ^
                         (static_cast<uint64_t>(static_cast<uint32_t>(c.source)) << 17) ^
                         (static_cast<uint64_t>(static_cast<uint32_t>(c.target)) << 2) ^ static_cast<uint64_t>(c.kind);
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> 20) & (slots_.size() - 1);
  }
  void grow(const std::vector<ClaimCandidate>& out) {
    std::vector<uint32_t> old = std::move(slots_);
    slots_.assign(old.size() * 2, kEmpty);
    count_ = 0;
    for (uint32_t i : old)
      if (i != kEmpty) insert(out, i);
  }
  std::vector<uint32_t> slots_;
  size_t count_ = 0;
};

void merge(ClaimCandidate&& c, std::vector<ClaimCandidate>& out, CandidateIndex& index) {
  if (const int64_t found = index.find(out, c); found >= 0) {
    ClaimCandidate& o = out[static_cast<size_t>(found)];
    for (std::string_view r : c.rules)
      if (std::find(o.rules.begin(), o.rules.end(), r) == o.rules.end()) o.rules.push_back(r);
    if (o.statement < 0) o.statement = c.statement;
    return;
  }
  out.push_back(std::move(c));
  index.insert(out, out.size() - 1);
}

// The actors an article is about: the most mentioned ones (places aside).
std::vector<int> topic_actors(const DocumentView& v, size_t n) {
  std::vector<int> count(v.doc.actors.size(), 0);
  for (const Mention& m : v.doc.mentions)
    if (m.actor >= 0 && v.doc.actors[m.actor].kind != ActorKind::Place) ++count[m.actor];
  std::vector<int> order(count.size());
  for (size_t a = 0; a < order.size(); ++a) order[a] = static_cast<int>(a);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return count[a] > count[b]; });
  order.resize(std::min(n, order.size()));
  return order;
}

// An accuser of a party (the side of an accusation's target), and the index of its first accusation of that party.
struct PartyAccuser {
  int party, accuser;
  uint32_t first;
};

// The accusers of each party, each once, grouped by party and in the order of their first accusation of it: sorted
// arrays rather than a hash map of vectors and a hash set of pairs (two dozen allocations per document).
std::vector<PartyAccuser> accusers_by_party(const DocumentView& v,
                                            const std::vector<const ClaimCandidate*>& accusations) {
  std::vector<PartyAccuser> out;
  out.reserve(accusations.size());
  for (size_t i = 0; i < accusations.size(); ++i)
    out.push_back({v.party_of(accusations[i]->target), accusations[i]->source, static_cast<uint32_t>(i)});
  const auto by_pair = [](const PartyAccuser& x, const PartyAccuser& y) {
    return std::tie(x.party, x.accuser, x.first) < std::tie(y.party, y.accuser, y.first);
  };
  std::sort(out.begin(), out.end(), by_pair);  // each pair's first accusation first, then the repeats dropped
  out.erase(std::unique(out.begin(), out.end(),
                        [](const PartyAccuser& x, const PartyAccuser& y) {
                          return x.party == y.party && x.accuser == y.accuser;
                        }),
            out.end());
  std::sort(out.begin(), out.end(), [](const PartyAccuser& x, const PartyAccuser& y) {
    return std::tie(x.party, x.first) < std::tie(y.party, y.first);
  });
  return out;
}

}  // namespace

StatementTargets::StatementTargets(const DocumentView& v, const std::vector<Attribution>& statements)
    : v_(v), statements_(statements), topics_(topic_actors(v, 2)) {
  target_tokens(v, tokens_, pronoun_);
  for (uint32_t k = 0; k < v.doc.tokens.size(); ++k)
    if (v.doc.tokens[k].paragraph_start) paragraph_starts_.push_back(k);
  first_at_.reserve(statements.size() + 1);
  first_.reserve(statements.size() * 3);  // a few first targets per statement
  later_at_.reserve(statements.size() + 1);
  std::vector<int> targets;
  std::vector<std::pair<int, int>> pronoun_memo(tokens_.size(), {INT_MIN, -1});
  for (const Attribution& st : statements) {
    first_at_.push_back(static_cast<uint32_t>(first_.size()));
    later_at_.push_back(static_cast<uint32_t>(later_.size()));
    if (st.source < 0) continue;
    targets.clear();
    TargetFinder f{v, st, tokens_, pronoun_, kMaxTargets, targets, &pronoun_memo};
    f.take(st.addressee);
    f.range(st.content_first, st.content_last);
    f.range(v.sentence_first(st.cue_first), v.sentence_last(st.cue_first));
    first_.insert(first_.end(), targets.begin(), targets.end());
    if (st.sentence > 0) {
      const Sentence& prev = v.doc.sentences[st.sentence - 1];
      if (prev.token_count) f.offers(prev.first_token, prev.first_token + prev.token_count - 1, later_);
    }
    const auto [para_first, para_last] = paragraph_of(st.cue_first);
    f.offers(para_first, para_last, later_);
  }
  first_at_.push_back(static_cast<uint32_t>(first_.size()));
  later_at_.push_back(static_cast<uint32_t>(later_.size()));
}

// The paragraph holding token i: from the last paragraph start at or before it (else the first token) to the token
// before the next start (else the last token).
std::pair<uint32_t, uint32_t> StatementTargets::paragraph_of(uint32_t i) const {
  const auto next = std::upper_bound(paragraph_starts_.begin(), paragraph_starts_.end(), i);
  const uint32_t first = next == paragraph_starts_.begin() ? 0 : *std::prev(next);
  const uint32_t last = next == paragraph_starts_.end() ? static_cast<uint32_t>(v_.doc.tokens.size() - 1) : *next - 1;
  return {first, last};
}

void add_statement_candidates(const StatementTargets& targets, ClaimKind kind,
                              const std::vector<const ClaimCandidate*>& accusations, std::vector<ClaimCandidate>& out) {
  const DocumentView& v = targets.view();
  const std::vector<Attribution>& statements = targets.statements();
  // At most kMaxTargets each: growing the vector moved every candidate so far (a third of the cost of adding one).
  out.reserve(out.size() + statements.size() * StatementTargets::kMaxTargets);
  CandidateIndex index(out);
  const std::vector<PartyAccuser> accusers = accusers_by_party(v, accusations);  // for rebuttal targets
  std::vector<int> found;
  for (size_t i = 0; i < statements.size(); ++i) {
    const Attribution& st = statements[i];
    if (st.source < 0) continue;
    const auto [first, last] = targets.first_targets(i);
    found.assign(first, last);  // the addressee, the content and the sentence, as found for both kinds
    TargetFinder f{v, st, targets.tokens(), targets.pronouns(), StatementTargets::kMaxTargets, found};
    if (kind == ClaimKind::Rebuttal) {
      // The accusers of the speaker's side, wherever they spoke: a denial may answer an accusation made earlier in
      // the article or reported after it.
      const int party = v.party_of(st.source);
      const auto by_party = [](const PartyAccuser& e, int p) { return e.party < p; };
      for (auto it = std::lower_bound(accusers.begin(), accusers.end(), party, by_party);
           it != accusers.end() && it->party == party; ++it)
        f.take(it->accuser);
    }
    const auto [later_first, later_last] = targets.later_offers(i);
    for (const int* a = later_first; a != later_last && found.size() < StatementTargets::kMaxTargets; ++a) f.take(*a);
    for (int t : targets.topics()) f.take(t);
    const Span content{v.doc.tokens[st.content_first].span.begin,
                       v.doc.tokens[std::max(st.content_first, st.content_last)].span.end};
    for (int t : found) {
      ClaimCandidate c;
      c.kind = kind;
      c.source = st.source;
      c.target = t;
      c.cue_first = st.cue_first;
      c.cue_last = st.cue_last;
      c.content = content;
      c.statement = static_cast<int>(i);
      c.rules.push_back("statement");
      c.cue = st.cue;
      merge(std::move(c), out, index);
    }
  }
}

namespace {

// Clause candidates: an actor named as a subject and another named within a few words after the verb in the same
// sentence ("the regulator is suing the firm", "union leaders hit out at ministers"); the verb is the cue. The model
// learns which verbs and words between make an accusation.
void clause_candidates(const DocumentView& v, std::vector<ClaimCandidate>& out) {
  constexpr uint32_t kMaxGap = 10;  // tokens between the end of the subject's name and the object's
  const Document& doc = v.doc;
  for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
    const int a = v.actor_at(k);
    if (a < 0) continue;
    const uint32_t a_last = v.mention_last(k);
    const uint32_t sentence_last = v.sentence_last(k);
    // "X's plans" names a thing of X, not X acting; a place is where, not who.
    if (v.is_possessive(a_last + 1) || doc.actors[a].kind == ActorKind::Place) {
      k = a_last;
      continue;
    }
    const uint32_t verb = a_last + 1;
    if (verb > sentence_last || doc.tokens[verb].kind != TokenKind::Word) {
      k = a_last;
      continue;
    }
    for (uint32_t j = verb + 1; j <= sentence_last && j <= a_last + kMaxGap; ++j) {
      const int b = v.actor_at(j);
      if (b < 0) continue;
      if (b != a && !v.same_party(a, b) && doc.actors[b].kind != ActorKind::Place) {
        ClaimCandidate c;
        c.source = a;
        c.target = b;
        c.cue_first = verb;
        c.cue_last = verb;
        c.content = {doc.tokens[verb].span.begin, doc.tokens[sentence_last].span.end};
        c.rules.push_back("clause");
        out.push_back(std::move(c));
      }
      j = v.mention_last(j);
    }
    k = a_last;
  }
}

// Co-occurrence candidates: every ordered pair of actors named in a sentence that holds an accusation or rebuttal word
// (`charged_token[k]`: "settle charges that it massaged earnings", "a lawsuit filed by X", "was arrested by police"),
// where no subject-verb-object pattern applies; the first such word is the cue. The model learns the direction from
// where each actor stands ("by X", the sentence's subject).
void cooccurrence_candidates(const DocumentView& v, const std::vector<uint8_t>& charged_token,
                             std::vector<ClaimCandidate>& out) {
  constexpr size_t kMaxActors = 6;  // a sentence listing more actors is a list; its first ones matter
  const Document& doc = v.doc;
  for (const Sentence& s : doc.sentences) {
    const uint32_t first = s.first_token, last = s.first_token + s.token_count;
    uint32_t cue = last;
    for (uint32_t k = first; k < last && cue == last; ++k)
      if (charged_token[k] && v.actor_at(k) < 0) cue = k;
    if (cue == last) continue;
    std::vector<int> actors;
    for (uint32_t k = first; k < last && actors.size() < kMaxActors; ++k) {
      const int a = v.actor_at(k);
      if (a >= 0 && doc.actors[a].kind != ActorKind::Place &&
          std::find(actors.begin(), actors.end(), a) == actors.end())
        actors.push_back(a);
      k = v.mention_last(k);
    }
    for (int a : actors)
      for (int b : actors) {
        if (a == b || v.same_party(a, b)) continue;
        ClaimCandidate c;
        c.source = a;
        c.target = b;
        c.cue_first = c.cue_last = cue;
        c.content = s.span;
        c.rules.push_back("cooccurrence");
        out.push_back(std::move(c));
      }
  }
}

}  // namespace

std::vector<ClaimCandidate> pair_candidates(const DocumentView& v, const std::vector<uint8_t>& charged_token) {
  std::vector<ClaimCandidate> out;
  clause_candidates(v, out);
  cooccurrence_candidates(v, charged_token, out);
  return out;
}

void add_pair_candidates(ClaimKind kind, const std::vector<ClaimCandidate>& pairs, std::vector<ClaimCandidate>& out) {
  out.reserve(out.size() + pairs.size());
  CandidateIndex index(out);
  for (const ClaimCandidate& p : pairs) {
    ClaimCandidate c = p;
    c.kind = kind;
    merge(std::move(c), out, index);
  }
}

}  // namespace riposte
