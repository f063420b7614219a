#include "engine/claims/rebuttal_signals.h"

#include <algorithm>

#include "engine/claims/attribution.h"
#include "engine/claims/claim_features.h"
#include "engine/lexicon/embedded_data.h"

namespace riposte {

RebuttalSignals::RebuttalSignals() : RebuttalSignals(data::file("rebuttal_signals.tsv")) {}

RebuttalSignals::RebuttalSignals(std::string_view tsv) {
  std::vector<std::string> words, firsts;
  while (!tsv.empty()) {
    const size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv = nl == std::string_view::npos ? std::string_view() : tsv.substr(nl + 1);
    if (line.empty() || line.front() == '#') continue;
    line = line.substr(0, line.find('\t'));
    while (!line.empty()) {
      const size_t bar = line.find('|');
      const std::string_view form = line.substr(0, bar);
      line = bar == std::string_view::npos ? std::string_view() : line.substr(bar + 1);
      const size_t space = form.find(' ');
      if (space == std::string_view::npos) {
        words.emplace_back(form);
      } else {
        pairs_.emplace_back(std::string(form.substr(0, space)), std::string(form.substr(space + 1)));
        firsts.emplace_back(form.substr(0, space));
      }
    }
  }
  const auto set = [](const std::vector<std::string>& v) {
    return WordSet(std::vector<std::string_view>(v.begin(), v.end()));
  };
  words_ = set(words);
  firsts_ = set(firsts);
}

bool RebuttalSignals::starts_at(const DocumentView& v, uint32_t k) const {
  if (k >= v.doc.tokens.size() || v.doc.tokens[k].kind != TokenKind::Word) return false;
  const std::string_view w = v.word(k);
  if (words_.contains(w)) return true;
  if (!firsts_.contains(w)) return false;
  // The next two words (punctuation skipped: "never, ever"): the second word right after, or one word between.
  uint32_t next[2] = {0, 0};
  int found = 0;
  for (uint32_t j = k + 1; j < v.doc.tokens.size() && found < 2 && j <= k + 4; ++j) {
    if (v.doc.tokens[j].kind == TokenKind::Word)
      next[found++] = j;
    else if (v.doc.tokens[j].kind != TokenKind::Punct)
      break;
  }
  for (const auto& [a, b] : pairs_) {
    if (a != w) continue;
    for (int i = 0; i < found; ++i)
      if (v.word(next[i]) == b) return true;
  }
  return false;
}

// Rebuttal candidates only (accusations keep their features): whether a signal word lies before the cue in its
// sentence, in the cue (the word and the one after it: "pushed back", "insisted") or in the content, and, when the
// candidate has no rebuttal word at all (no signal and no rebuttal cue from data/cues_rebuttal.tsv in the cue or
// content), its dispute history again under another name, so that the model can weigh history without a rebuttal word
// apart from history with one.
void ClaimFeatures::rebuttal_signal_features(const ClaimCandidate& c, const DisputeHistory& decided,
                                             FeatureSink& out) const {
  if (!signals_ || c.kind != ClaimKind::Rebuttal) return;
  const uint32_t n = static_cast<uint32_t>(v_.doc.tokens.size());
  const auto signal = [&](uint32_t k) {
    if (signal_memo_.size() != n) signal_memo_.assign(n, -1);
    int8_t& m = signal_memo_[k];
    if (m < 0) m = signals_->starts_at(v_, k) ? 1 : 0;
    return m == 1;
  };
  bool in_cue = false, in_content = false, rebut_word = false;
  for (uint32_t k = c.cue_first; k <= c.cue_last + 1 && k < n; ++k) {
    in_cue = in_cue || signal(k);
    rebut_word = rebut_word || (tok_class_[k] & kRebut);
  }
  if (!c.content.empty()) {
    const uint32_t cf = content_first(c), cl = std::min(content_last(c), cf + 80);
    for (uint32_t k = cf; k <= cl && k < n; ++k) {
      if (k >= c.cue_first && k <= c.cue_last + 1) continue;
      in_content = in_content || signal(k);
      rebut_word = rebut_word || (tok_class_[k] & kRebut);
    }
  }
  // Before the cue in its sentence ("X pushed back on those claims, saying ..."; "played down differences and said").
  bool before = false;
  for (uint32_t k = v_.sentence_first(c.cue_first); k < c.cue_first && !before; ++k) before = signal(k);
  if (before) out.add("rsig", "before");
  if (in_cue) out.add("rsig", "cue");
  if (in_content) out.add("rsig", "content");
  if (before || in_cue || in_content || rebut_word) return;
  out.add("rsig", "none");
  history_features(c, decided, "qhist", out);
}

}  // namespace riposte
