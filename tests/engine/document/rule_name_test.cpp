#include "engine/document/rule_name.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace riposte {

TEST_CASE("RuleName: a literal is kept by reference, any other text is copied") {
  static constexpr std::string_view kRule = "description:country role";  // longer than std::string's inline buffer
  const RuleName lit = RuleName::literal(kRule);
  CHECK(lit.is_literal());
  CHECK(lit.view().data() == kRule.data());
  CHECK(lit == kRule);
  CHECK(lit.size() == kRule.size());

  std::string source = "gazetteer:party adjective";
  RuleName owned = source;
  source.assign(source.size(), 'x');  // the copy does not follow its source
  CHECK_FALSE(owned.is_literal());
  CHECK(owned == "gazetteer:party adjective");
  CHECK(owned != "xxx");
  CHECK(owned.str() == "gazetteer:party adjective");
}

TEST_CASE("RuleName: copies and moves keep the text, short or long, owned or literal") {
  std::vector<RuleName> names;
  names.push_back(RuleName::literal("title+name"));
  names.push_back(std::string("human"));  // short: inside std::string's own buffer
  names.push_back(std::string(40, 'r'));
  for (int i = 0; i < 100; ++i) names.push_back(names[static_cast<size_t>(i) % 3]);  // grows: every element moves
  CHECK(names[99] == "title+name");
  CHECK(names[100] == "human");
  CHECK(names[101] == std::string(40, 'r'));
  RuleName moved = std::move(names[101]);
  CHECK(moved == std::string(40, 'r'));
  RuleName assigned;
  CHECK(assigned.empty());
  assigned = moved;
  CHECK(assigned == moved.view());
  assigned = "model";
  CHECK(assigned == "model");
  CHECK_FALSE(assigned.is_literal());
}

}  // namespace riposte
