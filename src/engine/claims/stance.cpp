#include "engine/claims/stance.h"

#include <cmath>
#include <map>

namespace riposte {

void compute_stance(Document& doc) {
  doc.stance.clear();
  const int n = static_cast<int>(doc.actors.size());
  auto side = [&](int a) {
    for (int depth = 0; depth < 16 && doc.actors[a].affiliation >= 0 && doc.actors[a].affiliation < n &&
                        doc.actors[a].affiliation != a;
         ++depth)
      a = doc.actors[a].affiliation;
    return a;
  };
  std::map<std::pair<int, int>, std::vector<int>> pairs;
  for (int c = 0; c < static_cast<int>(doc.claims.size()); ++c) {
    const Claim& cl = doc.claims[c];
    if (cl.source < 0 || cl.target < 0 || cl.source >= n || cl.target >= n || cl.source == cl.target) continue;
    pairs[{cl.source, cl.target}].push_back(c);
    const int rs = side(cl.source), rt = side(cl.target);
    if (rs != rt && (rs != cl.source || rt != cl.target)) pairs[{rs, rt}].push_back(c);
  }
  for (auto& [key, ids] : pairs) {
    StanceEdge e;
    e.from = key.first;
    e.to = key.second;
    double sum = 0;
    for (int c : ids) sum += doc.claims[c].score;
    e.score = std::tanh(sum);
    e.claims = std::move(ids);
    doc.stance.push_back(std::move(e));
  }
}

}  // namespace riposte
