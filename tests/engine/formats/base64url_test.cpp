#include <doctest/doctest.h>

#include "engine/formats/base64url.h"

using namespace riposte;

TEST_CASE("base64url: RFC 4648 test vectors, without padding") {
  const std::pair<const char*, const char*> vectors[] = {
      {"", ""},           {"f", "Zg"},          {"fo", "Zm8"},         {"foo", "Zm9v"},
      {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"}};
  for (auto [plain, encoded] : vectors) {
    CHECK(base64url_encode(plain) == encoded);
    auto back = base64url_decode(encoded);
    REQUIRE(back.ok());
    CHECK(back.value() == plain);
  }
}

TEST_CASE("base64url: the URL-safe alphabet and every byte value round-trip") {
  CHECK(base64url_encode("\xFB\xFF\xBF") == "-_-_");
  std::string all;
  for (int i = 0; i < 256; ++i) all += static_cast<char>(i);
  const std::string enc = base64url_encode(all);
  CHECK(enc.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
  CHECK(base64url_decode(enc).value() == all);
}

TEST_CASE("base64url: tolerates white space and padding, rejects the rest") {
  CHECK(base64url_decode(" Zm9v\r\nYmE=\n").value() == "fooba");
  CHECK(base64url_decode("Zm9vYg==").value() == "foob");
  auto plus = base64url_decode("Zm+v");
  REQUIRE_FALSE(plus.ok());
  CHECK(plus.error() == "unexpected character '+' at position 2");
  CHECK_FALSE(base64url_decode("Zm/v").ok());
  CHECK_FALSE(base64url_decode("Zg=Zg").ok());                       // data after padding
  CHECK(base64url_decode("Zm9vY").error().find("incomplete") == 0);  // one symbol cannot encode a byte
  CHECK(base64url_decode("Zm9v\xC3\xA9").error().find("non-ASCII") != std::string::npos);
}
