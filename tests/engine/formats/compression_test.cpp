#include <doctest/doctest.h>

#include "engine/formats/compression.h"

using namespace riposte;

TEST_CASE("compression: raw DEFLATE round-trips and shrinks text") {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "Beijing rejected the accusation as groundless. \xE2\x80\x9C" + std::to_string(i) + "\xE2\x80\x9D ";
  auto packed = deflate_raw(text);
  REQUIRE(packed.ok());
  CHECK(packed.value().size() < text.size() / 4);
  auto back = inflate_raw(packed.value(), text.size());
  REQUIRE(back.ok());
  CHECK(back.value() == text);
  // Raw: no zlib header (0x78 ..), so the first byte is a block header, not a CMF byte.
  CHECK(static_cast<unsigned char>(packed.value()[0]) != 0x78);
}

TEST_CASE("compression: empty input") {
  auto packed = deflate_raw("");
  REQUIRE(packed.ok());
  CHECK_FALSE(packed.value().empty());  // one final empty block
  CHECK(inflate_raw(packed.value(), 0).value().empty());
}

TEST_CASE("compression: inflation is bounded and checked") {
  const std::string text(10000, 'x');
  const std::string packed = deflate_raw(text).value();
  CHECK(inflate_raw(packed, 9999).error().find("corrupt") == 0);   // more data than declared
  CHECK(inflate_raw(packed, 10001).error().find("corrupt") == 0);  // less data than declared
  CHECK(inflate_raw(packed.substr(0, packed.size() - 1), 10000).error().find("truncated") == 0);
  CHECK(inflate_raw(packed + "junk", 10000).error().find("corrupt") == 0);
  CHECK(inflate_raw("\xFF\xFF\xFF\xFF", 10).error().find("corrupt") == 0);
  CHECK(inflate_raw("", 10).error().find("truncated") == 0);
}

TEST_CASE("compression: CRC-32 check value") {
  CHECK(crc32_of("123456789") == 0xCBF43926u);  // the standard check value of CRC-32/ISO-HDLC
  CHECK(crc32_of("") == 0u);
}
