#include "engine/document/claim_groups.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace riposte {
namespace {

bool valid_claim(const Document& doc, int c) { return c >= 0 && c < static_cast<int>(doc.claims.size()); }

// Claim indices sorted by cue (begin, end), stable: claims on one cue keep the document's order.
std::vector<int> by_cue(const Document& doc) {
  std::vector<int> order(doc.claims.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    const Span x = doc.claims[a].cue, y = doc.claims[b].cue;
    return std::tie(x.begin, x.end) < std::tie(y.begin, y.end);
  });
  return order;
}

}  // namespace

std::vector<ClaimRow> claim_rows(const Document& doc) {
  std::vector<ClaimRow> rows;
  const std::vector<int> order = by_cue(doc);
  size_t run = 0;  // first row on the current cue: rows on one cue are few, a linear look-up among them is enough
  for (int ci : order) {
    const Claim& c = doc.claims[ci];
    if (run < rows.size() && !(rows[run].cue == c.cue)) run = rows.size();
    auto row = std::find_if(rows.begin() + static_cast<std::ptrdiff_t>(run), rows.end(),
                            [&](const ClaimRow& r) { return r.source == c.source && r.kind == c.kind; });
    if (row == rows.end()) {
      rows.push_back({c.cue, c.kind, c.source, {}, {}});
      row = rows.end() - 1;
    }
    row->claims.push_back(ci);
    if (std::find(row->targets.begin(), row->targets.end(), c.target) == row->targets.end())
      row->targets.push_back(c.target);
  }
  return rows;
}

std::vector<RebuttalFan> rebuttal_fans(const Document& doc) {
  std::vector<RebuttalFan> fans;
  for (int ci : by_cue(doc)) {
    const Claim& c = doc.claims[ci];
    if (c.kind != ClaimKind::Rebuttal || !valid_claim(doc, c.rebuts)) continue;
    if (fans.empty() || !(fans.back().cue == c.cue)) fans.push_back({c.cue, {}, {}});
    RebuttalFan& fan = fans.back();
    fan.rebuttals.push_back(ci);
    const Span answered = doc.claims[c.rebuts].cue;
    const bool known = std::any_of(fan.accusations.begin(), fan.accusations.end(),
                                   [&](int a) { return doc.claims[a].cue == answered; });
    if (!known) fan.accusations.push_back(c.rebuts);
  }
  for (RebuttalFan& fan : fans)
    std::stable_sort(fan.accusations.begin(), fan.accusations.end(),
                     [&](int a, int b) { return doc.claims[a].cue.begin < doc.claims[b].cue.begin; });
  return fans;
}

}  // namespace riposte
