#include <doctest/doctest.h>

#include <set>
#include <string>

#include "engine/annotator.h"
#include "engine/document/palette.h"

using namespace riposte;

TEST_CASE("palette: colours are stable, and sides of one article do not share a hue") {
  CHECK(color_for("CHN", 0) == color_for("CHN", 0));
  CHECK(color_for("CHN", 0).size() == 7);
  CHECK(color_for("CHN", 1) != color_for("CHN", 0));
  static const Annotator annotator;
  const std::string text =
      "China accused the United States, Australia, Canada, Japan, NATO and the EU. Zhao Lijian of the Foreign "
      "Ministry spoke for China.";
  const Document d = annotator.annotate(text);
  std::set<std::string> root_colours;
  size_t roots = 0;
  for (const Actor& a : d.actors)
    if (a.affiliation < 0) {
      ++roots;
      root_colours.insert(a.color);
    }
  CHECK(roots >= 7);
  CHECK(root_colours.size() == roots);
  CHECK(annotator.annotate(text).actors[0].color == d.actors[0].color);
}

TEST_CASE("palette: colours after an edit keep the untouched actors' and give a moved one a free shade") {
  static const Annotator annotator;
  Document d = annotator.annotate(
      "China accused the United States and Australia. Zhao Lijian of the Foreign Ministry spoke for China. "
      "Wang Wenbin, another spokesman, agreed.");
  REQUIRE(d.actors.size() >= 4);
  // Without anything kept it is assign_colors.
  Document fresh = d;
  assign_colors_keeping(fresh, {});
  for (size_t a = 0; a < d.actors.size(); ++a) CHECK(fresh.actors[a].color == d.actors[a].color);
  // Put the last actor under the first side; everyone else keeps their colour.
  Document moved = d;
  const int root = 0;
  const int last = static_cast<int>(moved.actors.size()) - 1;
  for (Actor& a : moved.actors) a.affiliation = -1;
  moved.actors[1].affiliation = root;
  assign_colors(moved);
  const auto before = moved.actors;
  moved.actors[last].affiliation = root;
  std::vector<bool> keep(moved.actors.size(), true);
  keep[last] = false;
  assign_colors_keeping(moved, keep);
  for (int a = 0; a < last; ++a) CHECK(moved.actors[a].color == before[a].color);
  CHECK(moved.actors[last].color != moved.actors[root].color);
  CHECK(moved.actors[last].color != moved.actors[1].color);  // not the shade a kept sibling wears
  // A later side member would be shade 2 in a fresh colouring too, so the two agree here.
  Document recoloured = moved;
  assign_colors(recoloured);
  CHECK(recoloured.actors[last].color == moved.actors[last].color);
}
