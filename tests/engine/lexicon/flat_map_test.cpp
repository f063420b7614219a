// FlatMap: the gazetteer's word tables as two flat arrays, with the subset of std::unordered_map they use.
#include "engine/lexicon/flat_map.h"

#include <doctest/doctest.h>

#include <string>
#include <unordered_map>
#include <vector>

using namespace riposte;

namespace {
struct Fnv {
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};
struct Constant {  // every key in one chain: lookups must compare keys, not trust the hash
  size_t operator()(std::string_view) const noexcept { return 7; }
};
}  // namespace

TEST_CASE("flat map: emplace keeps the first value, operator[] adds a default, find matches keys exactly") {
  FlatMap<int, Fnv> m;
  CHECK(m.empty());
  CHECK(m.find("minister") == m.end());
  auto [it, fresh] = m.emplace("minister", 1);
  CHECK(fresh);
  CHECK(it->second == 1);
  auto [again, added] = m.emplace("minister", 2);
  CHECK_FALSE(added);
  CHECK(again->second == 1);
  again->second = 3;  // as not_names_ overrides a value through the iterator
  CHECK(m.find("minister")->second == 3);
  CHECK(m.find("Minister") == m.end());  // exact, case and all
  CHECK(m.find("ministe") == m.end());
  m["spokesman"] += 5;
  CHECK(m.find(std::string_view("spokesman"))->second == 5);
  CHECK(m.count("spokesman") == 1);
  CHECK(m.count("") == 0);
  m[""] = 9;  // the empty key is a key like any other
  CHECK(m.find("")->second == 9);
  CHECK(m.size() == 3);
}

TEST_CASE("flat map: thousands of keys, iterated in the order they were added, as std::unordered_map finds them") {
  FlatMap<int, Fnv> m;
  std::unordered_map<std::string, int> reference;
  for (int i = 0; i < 5000; ++i) {
    const std::string key = "w" + std::to_string(i * 7919 % 10007);
    m.emplace(key, i);
    reference.emplace(key, i);
  }
  CHECK(m.size() == reference.size());
  int order = 0;
  bool in_order = true;
  for (const auto& [key, value] : m) {
    in_order = in_order && value == order++;
    CHECK(reference.at(key) == value);
  }
  CHECK(in_order);
  for (int i = 0; i < 10007; ++i) {
    const std::string key = "w" + std::to_string(i);
    const auto it = m.find(key);
    const auto ref = reference.find(key);
    REQUIRE((it == m.end()) == (ref == reference.end()));
    if (ref != reference.end()) CHECK(it->second == ref->second);
  }
}

TEST_CASE("flat map: keys whose hashes all collide are still told apart") {
  FlatMap<std::vector<int>, Constant> m;
  for (int i = 0; i < 100; ++i) m["key" + std::to_string(i)].push_back(i);
  for (int i = 0; i < 100; ++i) {
    const auto it = m.find("key" + std::to_string(i));
    REQUIRE(it != m.end());
    CHECK(it->second == std::vector<int>{i});
  }
  CHECK(m.find("key100") == m.end());
}
