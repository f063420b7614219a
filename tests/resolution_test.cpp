#include <doctest/doctest.h>

#include <string>

#include "engine/annotator.h"

using namespace riposte;

namespace {
const Annotator& annotator() {
  static const Annotator a;
  return a;
}
// The actor a mention of `surface` (the n-th occurrence) belongs to.
const Actor* actor_at(const Document& d, const std::string& surface, int nth = 0) {
  for (const Mention& m : d.mentions)
    if (slice(d.text, m.span) == surface && nth-- == 0) return &d.actors[m.actor];
  return nullptr;
}
// The end of an actor's affiliation chain.
const Actor* side(const Document& d, const Actor* a) {
  for (int guard = 0; a && a->affiliation >= 0 && guard < 16; ++guard) a = &d.actors[a->affiliation];
  return a;
}
}  // namespace

TEST_CASE("resolution: surnames and titled names join the full name, in either direction") {
  const Document d = annotator().annotate("Howard hits back\n\nMichael Howard spoke. Mr Howard said Zhao was wrong. "
                                          "Foreign Ministry spokesman Zhao Lijian disagreed.");
  const Actor* howard = actor_at(d, "Michael Howard");
  REQUIRE(howard);
  CHECK(howard->kind == ActorKind::Person);
  CHECK(actor_at(d, "Howard") == howard);
  CHECK(actor_at(d, "Mr Howard") == howard);
  CHECK(actor_at(d, "Zhao") == actor_at(d, "Zhao Lijian"));
  CHECK_FALSE(howard->explanation.empty());
}

TEST_CASE("resolution: affiliation chains end at the side") {
  const Document d = annotator().annotate(
      "Through Foreign Ministry spokesman Zhao Lijian, the Chinese government accused the United States. "
      "China's Ministry of Public Security denied it. The Chinese embassy in Canberra and the Chinese Embassy to the "
      "EU agreed. Former US President Donald Trump spoke.");
  const Actor* zhao = actor_at(d, "Zhao Lijian");
  REQUIRE(zhao);
  REQUIRE(zhao->affiliation >= 0);
  CHECK(d.actors[zhao->affiliation].name == "Foreign Ministry");
  CHECK(side(d, zhao)->code == "CHN");
  CHECK(actor_at(d, "Chinese government")->code == "CHN");
  CHECK(side(d, actor_at(d, "Ministry of Public Security"))->code == "CHN");
  CHECK(actor_at(d, "Chinese embassy") == actor_at(d, "Chinese Embassy"));
  CHECK(side(d, actor_at(d, "Chinese embassy"))->code == "CHN");
  CHECK(side(d, actor_at(d, "Donald Trump"))->code == "USA");
}

TEST_CASE("resolution: British politics: party roles, ministers take the governing party") {
  const Document d = annotator().annotate(
      "Home Secretary Charles Clarke told Labour members. Tory co-chairman Liam Fox disagreed. "
      "Jack Law, chief executive of Alcohol Focus Scotland, spoke. Former Downing Street media chief Alastair "
      "Campbell is back. Scotsman journalist Hamish MacDonell wrote.");
  CHECK(side(d, actor_at(d, "Charles Clarke"))->name == "Labour Party");
  CHECK(side(d, actor_at(d, "Liam Fox"))->name == "Conservative Party");
  CHECK(side(d, actor_at(d, "Jack Law"))->name == "Alcohol Focus Scotland");
  CHECK(side(d, actor_at(d, "Alastair Campbell"))->name == "Labour Party");
  const Actor* scotsman = actor_at(d, "Scotsman");
  REQUIRE(scotsman);
  CHECK(scotsman->kind == ActorKind::Media);
  CHECK(side(d, actor_at(d, "Hamish MacDonell")) == scotsman);
}

TEST_CASE("resolution: descriptions and acronyms") {
  const Document d = annotator().annotate(
      "China accused Japan. Foreign Ministry spokesman Zhao Lijian spoke for China. The Chinese spokesman said China "
      "was a victim. Sanctions on the Asian country were avoided.\n\nMichael Howard said Peter Hain was wrong about "
      "the Tory leader. Howard spoke. The Open Society Institute (OSI) replied, and OSI added more.");
  CHECK(actor_at(d, "The Chinese spokesman") == actor_at(d, "Zhao Lijian"));
  CHECK(actor_at(d, "the Asian country")->code == "CHN");
  const Actor* howard = actor_at(d, "Michael Howard");
  CHECK(actor_at(d, "the Tory leader") == howard);
  CHECK(side(d, howard)->name == "Conservative Party");
  CHECK(actor_at(d, "OSI") == actor_at(d, "Open Society Institute"));
  CHECK(actor_at(d, "OSI", 1) == actor_at(d, "Open Society Institute"));
}

TEST_CASE("resolution: actors have ids, colours and every mention points at a real actor") {
  const Document d = annotator().annotate("NATO and the EU accused China. Zhao denied it.");
  REQUIRE(d.actors.size() >= 3);
  for (const Actor& a : d.actors) {
    CHECK_FALSE(a.id.empty());
    CHECK(a.color.size() == 7);
  }
  for (const Mention& m : d.mentions) {
    CHECK(m.actor >= 0);
    CHECK(m.actor < static_cast<int>(d.actors.size()));
    CHECK(m.span.end <= d.text.size());
  }
}
