#include <doctest/doctest.h>

#include "engine/actors/coreference.h"
#include "engine/actors/known_actors.h"
#include "engine/actors/role_patterns.h"
#include "support/resolution_fixture.h"

using namespace riposte;
using riposte::resolution::RolePatterns;
using riposte::testing::ResolutionFixture;

namespace {

// The body named around `name` by RolePatterns, as the words of its candidate, and the role word found.
struct Found {
  std::string body, role_word;
};
Found around(const std::string& text, const std::string& name, bool after) {
  ResolutionFixture f(text);
  resolution::add_known_actors(*f.table);
  resolution::resolve_names(*f.table);
  const int k = f.candidate(name);
  REQUIRE_MESSAGE(k >= 0, name);
  TitleClass role = TitleClass::None;
  std::string role_word;
  const RolePatterns roles(*f.table);
  const int body = after ? roles.role_after(static_cast<size_t>(k), role, role_word)
                         : roles.role_before(static_cast<size_t>(k), role, role_word);
  if (body < 0) return {"", role_word};
  return {std::string(slice(f.doc.text, f.candidates[body].span)), role_word};
}

}  // namespace

TEST_CASE("role patterns: the body before a name and the role between") {
  auto f = around("Foreign Ministry spokesman Zhao Lijian said so.", "Zhao Lijian", false);
  CHECK(f.body == "Foreign Ministry");
  CHECK(f.role_word == "spokesman");
  f = around("Critics included Labour's Alan Milburn yesterday.", "Alan Milburn", false);
  CHECK(f.body == "Labour");
  f = around("He met The Conservatives' leader, David Cameron, on Monday.", "David Cameron", false);
  CHECK(f.body == "Conservatives");
  CHECK(f.role_word == "leader");
}

TEST_CASE("role patterns: the body after a name") {
  auto f = around("Jack Law, chief executive of Alcohol Focus Scotland, said it.", "Jack Law", true);
  CHECK(f.body == "Alcohol Focus Scotland");
  CHECK(f.role_word == "chief");  // the first role word after the comma
  f = around("Chancellor Angela Merkel of Germany spoke.", "Angela Merkel", true);
  CHECK(f.body == "Germany");
}

TEST_CASE("role patterns: no body, no role") {
  auto f = around("Yesterday Michael Howard spoke.", "Michael Howard", false);
  CHECK(f.body.empty());
  f = around("Michael Howard, who spoke, left.", "Michael Howard", true);
  CHECK(f.body.empty());
}

TEST_CASE("role patterns: shadow ministers, national titles and the country's role") {
  ResolutionFixture f("Shadow chancellor Oliver Letwin spoke. Home Secretary Charles Clarke replied.");
  resolution::add_known_actors(*f.table);
  resolution::resolve_names(*f.table);
  const RolePatterns roles(*f.table);
  const int letwin = f.candidate("Oliver Letwin"), clarke = f.candidate("Charles Clarke");
  REQUIRE(letwin >= 0);
  REQUIRE(clarke >= 0);
  CHECK(roles.shadow_before(static_cast<size_t>(letwin)));
  CHECK_FALSE(roles.shadow_before(static_cast<size_t>(clarke)));
  CHECK(roles.national_title_before(static_cast<size_t>(clarke)) >= 0);  // "Home Secretary": the UK's
  CHECK(roles.national_title_before(static_cast<size_t>(letwin)) == -1);
}

TEST_CASE("role patterns: a party's word alone in apposition names a member ('Clinton, a Democrat,')") {
  auto f = around("Hillary Clinton, a Democrat, did not mention it.", "Hillary Clinton", true);
  CHECK(f.body == "Democrat");
  CHECK(f.role_word == "member");
  f = around("George Allen, a Republican and former Virginia governor, spoke.", "George Allen", true);
  CHECK(f.body == "Republican");
  // A supporter is not a member: the role word after the party's word decides, and "supporter" is none.
  f = around("Ann Hay, a Labour supporter, spoke.", "Ann Hay", true);
  CHECK(f.body.empty());
}
