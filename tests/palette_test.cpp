#include <doctest/doctest.h>

#include <set>
#include <string>

#include "engine/annotator.h"
#include "engine/palette.h"

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
