// The small value types shared by the document model and the edits people make to it.
#pragma once
#include <cstdint>
#include <string_view>

namespace riposte {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;  // exclusive
  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(uint32_t pos) const { return pos >= begin && pos < end; }
  constexpr bool contains(Span o) const { return o.begin >= begin && o.end <= end; }
  constexpr bool overlaps(Span o) const { return begin < o.end && o.begin < end; }
  friend constexpr bool operator==(Span, Span) = default;
};

inline std::string_view slice(std::string_view text, Span s) { return text.substr(s.begin, s.size()); }

enum class ActorKind : uint8_t { State, Government, Organisation, Party, Company, Media, Person, Group, Place };
std::string_view to_string(ActorKind kind);
bool parse_actor_kind(std::string_view name, ActorKind& out);  // the inverse of to_string; false if unknown

enum class ClaimKind : uint8_t { Accusation, Rebuttal, Support };
std::string_view to_string(ClaimKind kind);
// The mark a reader sees for a kind, in the page and the exports: ▲ accusation, ○ rebuttal, + support (UTF-8).
std::string_view claim_kind_glyph(ClaimKind kind);
bool parse_claim_kind(std::string_view name, ClaimKind& out);

}  // namespace riposte
