// The name of the rule that found a mention ("gazetteer:country", "title+name", "human"). Most are the engine's own
// string literals, and most are longer than std::string's 15-byte inline buffer (6,288 of the 7,250 mentions in 300
// BBC articles), so a std::string per mention allocated and freed once per mention of every article: a RuleName
// refers to such a literal without copying it, and owns any other text (imported documents, share links, edits).
// It reads as a std::string_view.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace riposte {

class RuleName {
 public:
  RuleName() = default;
  RuleName(std::string name) : owned_(std::move(name)) {}  // NOLINT: a copied name, as std::string was
  RuleName(const char* name) : owned_(name) {}             // NOLINT
  RuleName(std::string_view name) : owned_(name) {}        // NOLINT
  // A name with static storage (a string literal), kept by reference: never copied, never freed.
  static RuleName literal(std::string_view name) {
    RuleName r;
    r.literal_ = name.data();
    r.size_ = name.size();
    return r;
  }

  std::string_view view() const { return literal_ ? std::string_view(literal_, size_) : std::string_view(owned_); }
  operator std::string_view() const { return view(); }  // NOLINT: reads as the text it names
  std::string str() const { return std::string(view()); }
  bool empty() const { return view().empty(); }
  size_t size() const { return view().size(); }
  // Whether it refers to a literal rather than owning a copy (for tests).
  bool is_literal() const { return literal_ != nullptr; }

  friend bool operator==(const RuleName& a, std::string_view b) { return a.view() == b; }

 private:
  const char* literal_ = nullptr;  // set: the name is literal_[0, size_)
  size_t size_ = 0;
  std::string owned_;  // otherwise
};

}  // namespace riposte
