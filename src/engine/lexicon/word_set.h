// Word lists read from data files, looked up case-insensitively (ASCII letters): the rules and the claim model's
// features read the same reviewed lists (data/*.tsv) instead of lists written into C++.
//
// A lists file has one list per line: `name<TAB>word|word|multi word|...`; lines starting with '#' are comments
// (say what the list is for there). Words are stored lower case.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace riposte {

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string_view>& words);
  // True when `word` is in the set, whatever the case of its ASCII letters ("Said", "SAID", "said").
  bool contains(std::string_view word) const;
  size_t size() const { return count_; }

 private:
  // Open addressing over FNV-1a hashes of the lower-cased words; slots index into words_.
  std::vector<std::string> words_;
  std::vector<int32_t> slots_;
  size_t count_ = 0;
};

class WordLists {
 public:
  WordLists() = default;
  // Parses a lists file (format above). Duplicate list names merge their words.
  explicit WordLists(std::string_view tsv);
  // The list called `name`; an empty set (never a crash) when the data has no such list, which a test catches.
  const WordSet& get(std::string_view name) const;
  bool has(std::string_view name) const { return lists_.count(std::string(name)) > 0; }
  std::vector<std::string> names() const;

 private:
  std::unordered_map<std::string, WordSet> lists_;
};

}  // namespace riposte
