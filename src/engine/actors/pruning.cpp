#include "engine/actors/pruning.h"

#include <algorithm>
#include <charconv>

namespace riposte::resolution {
namespace {

class Pruning : ResolverStep {
 public:
  explicit Pruning(ActorTable& table) : ResolverStep(table) {}
  std::vector<int> run() { return mentions_and_pruning(); }

 private:
  std::vector<int> mentions_and_pruning() {
    // A name the text calls a work, product or disease ("the game Manhunt") is no actor, nor are its other mentions,
    // unless it names a person (then only that mention goes: "the documentary Weiner" beside Anthony Weiner).
    std::vector<char> thing(doc_.actors.size(), 0);
    for (size_t k = 0; k < c_.size(); ++k)
      if (c_[k].thing && actor_of_[k] >= 0 && !is_person(actor_of_[k])) thing[actor_of_[k]] = 1;
    // A name before a product noun ("Bluetooth technology", "USB ports") is a product too, unless the article
    // gives it something of its own ("Symbian phones" beside "Symbian's software": the maker).
    std::vector<char> product(doc_.actors.size(), 0);
    for (size_t k = 0; k < c_.size(); ++k)
      if (actor_of_[k] >= 0) product[actor_of_[k]] |= c_[k].owner ? 2 : c_[k].product ? 1 : 0;
    for (size_t a = 0; a < product.size(); ++a)
      if (product[a] == 1 && !is_person(static_cast<int>(a))) thing[a] = 1;
    // The candidates that become mentions, in order of where they begin (stable: candidate order breaks ties), and
    // of those the ones that overlap none kept before. Indices are sorted, and a mention is built only for a
    // candidate kept; candidates mostly come in text order already, which skips the sort.
    std::vector<uint32_t> order;
    order.reserve(c_.size());
    for (size_t k = 0; k < c_.size(); ++k)
      if (actor_of_[k] >= 0 && !thing[actor_of_[k]] && !c_[k].thing) order.push_back(static_cast<uint32_t>(k));
    const auto by_begin = [&](uint32_t x, uint32_t y) { return c_[x].span.begin < c_[y].span.begin; };
    if (!std::is_sorted(order.begin(), order.end(), by_begin)) std::stable_sort(order.begin(), order.end(), by_begin);
    std::vector<Mention> kept;
    kept.reserve(order.size());
    for (uint32_t k : order)
      if (kept.empty() || c_[k].span.begin >= kept.back().span.end)
        kept.push_back({c_[k].span, actor_of_[k], RuleName::literal(c_[k].rule)});  // rules are literals
    // Keep actors that have a mention or stand at the end of someone's chain.
    std::vector<char> used(doc_.actors.size(), 0);
    for (const Mention& m : kept) used[m.actor] = 1;
    bool changed = true;
    while (changed) {
      changed = false;
      for (size_t a = 0; a < doc_.actors.size(); ++a)
        if (used[a] && doc_.actors[a].affiliation >= 0 && !used[doc_.actors[a].affiliation]) {
          used[doc_.actors[a].affiliation] = 1;
          changed = true;
        }
    }
    std::vector<int> remap(doc_.actors.size(), -1), members;
    std::vector<Actor> actors;
    actors.reserve(doc_.actors.size());
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      if (used[a]) {
        remap[a] = static_cast<int>(actors.size());
        if (extra_[a].party_member) members.push_back(remap[a]);
        actors.push_back(std::move(doc_.actors[a]));
      }
    for (Actor& a : actors) {
      if (a.affiliation >= 0) a.affiliation = remap[a.affiliation];
    }
    // An actor that only stands at the end of chains says whose side it is.
    for (size_t i = 0; i < actors.size(); ++i) {
      if (!actors[i].explanation.empty()) continue;
      std::string members;
      for (const Actor& b : actors)
        if (b.affiliation == static_cast<int>(i) && members.size() < 120)
          members += (members.empty() ? "" : ", ") + b.name;
      actors[i].explanation.push_back("side of: " + members);
    }
    for (size_t i = 0; i < actors.size(); ++i) {  // "a1", "a2", ... (not "a" + ...: GCC 12 warns falsely, PR 105329)
      char id[24] = {'a'};
      actors[i].id.assign(id, std::to_chars(id + 1, id + sizeof id, i + 1).ptr);
    }
    for (Mention& m : kept) m.actor = remap[m.actor];
    doc_.actors = std::move(actors);
    doc_.mentions = std::move(kept);
    return members;
  }
};

}  // namespace

std::vector<int> keep_mentioned_actors(ActorTable& table) { return Pruning(table).run(); }

}  // namespace riposte::resolution
