#include <doctest/doctest.h>

#include <cstdint>

#include "engine/annotator.h"
#include "engine/formats/base64url.h"
#include "engine/formats/compression.h"
#include "engine/formats/json_writer.h"
#include "engine/formats/link_codec.h"
#include "support/dev_corpus.h"

using namespace riposte;

namespace {

constexpr std::string_view kBase = "https://riposte.example/app/index.html";

// A document over `text` with one human-made actor mentioned at every occurrence of `needle`, and
// one claim whose cue is the first occurrence: annotations no engine version needs to reproduce.
Document hand_annotated(std::string text, std::string_view needle) {
  Document d;
  d.text = std::move(text);
  d.actors.push_back({"h1", std::string(needle), ActorKind::Group, -1, "", "#123456", {"drawn by hand"}, true});
  for (size_t at = d.text.find(needle); at != std::string::npos && !needle.empty(); at = d.text.find(needle, at + 1))
    d.mentions.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())}, 0, "human", true});
  if (!d.mentions.empty())
    d.claims.push_back(
        {"c1", ClaimKind::Accusation, 0, 0, -1, d.mentions[0].span, d.mentions[0].span, -0.5, "112", "ACCUSE", true});
  d.provenance = {"riposte-engine 0.0.1", "2026-01-02T03:04:05Z", "t", "u"};
  testing::analyse(d);
  return d;
}

// Encodes, decodes and checks that nothing changed; returns the link.
std::string round_trip(const Document& doc) {
  auto link = encode_share_link(doc, kBase);
  REQUIRE_MESSAGE(link.ok(), link.error());
  CHECK(link.value().url.rfind(std::string(kBase) + "#r1.", 0) == 0);
  CHECK(link.value().too_long == (link.value().url.size() > kComfortableLinkLength));
  auto back = decode_share_link(link.value().url);
  REQUIRE_MESSAGE(back.ok(), back.error());
  CHECK(back.value().text == doc.text);  // byte-identical
  CHECK_MESSAGE(to_json_string(back.value()) == to_json_string(doc), "annotation differs after the link");
  return link.value().url;
}

// A deterministic pseudo-random article of about `bytes` bytes mixing scripts and emoji.
std::string mixed_text(size_t bytes) {
  const char* words[] = {"Beijing",
                         "rejected",
                         "the",
                         "accusation",
                         "\xE2\x80\x9Cgroundless\xE2\x80\x9D",
                         "said",
                         "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",              // Москва
                         "\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9",      // القاهرة
                         "\xE5\x8C\x97\xE4\xBA\xAC",                                      // 北京
                         "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6",                              // flag
                         "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x9A\x80",  // ZWJ sequence
                         "NATO",
                         "minister",
                         ".\n\n"};
  std::string out;
  uint32_t x = 12345;
  while (out.size() < bytes) {
    x = x * 1664525u + 1013904223u;
    out += words[(x >> 16) % (sizeof(words) / sizeof(*words))];
    out += ' ';
  }
  return out;
}

}  // namespace

TEST_CASE("link: empty text") {
  Document d;
  const std::string url = round_trip(d);
  CHECK(url.size() < kBase.size() + 250);
  CHECK_FALSE(decode_share_link(url).value().text.size());
}

TEST_CASE("link: non-Latin and emoji-laden texts keep every byte and offset") {
  round_trip(
      hand_annotated("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 "
                     "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB3\xD0\xBB\xD0\xB0 "
                     "\xD0\xBE\xD0\xB1\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x8F. "
                     "\xE5\x8C\x97\xE4\xBA\xAC\xE5\x90\xA6\xE8\xAE\xA4\xE3\x80\x82",
                     "\xE5\x8C\x97\xE4\xBA\xAC"));
  round_trip(
      hand_annotated("\xF0\x9F\x98\xA1\xF0\x9F\x98\xA1 \xF0\x9F\x87\xBA\xF0\x9F\x87\xB8 blamed "
                     "\xF0\x9F\x91\xA9\xF0\x9F\x8F\xBD\xE2\x80\x8D\xF0\x9F\x9A\x80 "
                     "for \xF0\x9F\x94\xA5 in \xF0\x9F\x87\xBA\xF0\x9F\x87\xA6 \xE2\x9D\xA4\xEF\xB8\x8F\n",
                     "\xF0\x9F\x87\xBA\xF0\x9F\x87\xA6"));
  round_trip(
      hand_annotated("\xD8\xA7\xD9\x84\xD9\x82\xD8\xA7\xD9\x87\xD8\xB1\xD8\xA9 \xD8\xAA\xD8\xB1\xD9\x81\xD8\xB6 "
                     "\xE2\x80\x8F(NATO)\xE2\x80\x8E\r\n\t\"x\"\\ \xEF\xBF\xBD",
                     "NATO"));
}

TEST_CASE("link: a huge article (several MB) round-trips and is flagged too long") {
  Document d = hand_annotated(mixed_text(4u << 20), "NATO");
  REQUIRE(d.mentions.size() > 10000);
  auto link = encode_share_link(d, kBase);
  REQUIRE(link.ok());
  CHECK(link.value().too_long);
  auto back = decode_share_link(link.value().url);
  REQUIRE_MESSAGE(back.ok(), back.error());
  CHECK(back.value().text == d.text);
  CHECK(back.value().mentions.size() == d.mentions.size());
  CHECK(to_json_string(back.value()) == to_json_string(d));
}

TEST_CASE("link: every dev article, as annotated by the engine and as gold") {
  const Annotator engine;
  size_t longest = 0;
  for (const auto& article : testing::dev_articles()) {
    CAPTURE(article.id);
    round_trip(engine.annotate(article.text));
    longest = std::max(longest, round_trip(testing::gold_document(article)).size());
  }
  // Typical news articles with a dense annotation fit a comfortable link.
  CHECK(longest < kComfortableLinkLength);
  MESSAGE("longest dev-article link (gold annotation): " << longest << " characters");
}

TEST_CASE("link: the annotation travels in the link, not re-computed by the engine") {
  // Hand-made actors the engine would never find, from an older engine: they come back as they left.
  Document d = hand_annotated("Zorblax denied it. Zorblax.", "Zorblax");
  auto back = decode_share_link(encode_share_link(d, kBase).value().url);
  REQUIRE(back.ok());
  CHECK(back.value().actors.at(0).human);
  CHECK(back.value().mentions.size() == 2);
  CHECK(back.value().provenance.engine == "riposte-engine 0.0.1");
}

TEST_CASE("link: the forms a link arrives in") {
  const Document d = hand_annotated("Iran blamed Israel.", "Iran");
  const std::string url = encode_share_link(d, "https://x.example/p?q=1#old-fragment").value().url;
  CHECK(url.rfind("https://x.example/p?q=1#r1.", 0) == 0);  // the base's own fragment is replaced
  const std::string fragment = url.substr(url.find('#'));
  CHECK(decode_share_link(fragment).ok());
  CHECK(decode_share_link(fragment.substr(1)).ok());
  CHECK(decode_share_link("  " + url + "\n").ok());
  std::string wrapped = url;  // a mail client wrapping the line
  wrapped.insert(url.size() / 2, "\r\n ");
  CHECK(decode_share_link(wrapped).ok());
  CHECK(encode_share_link(d, "").value().url.rfind("#r1.", 0) == 0);
}

TEST_CASE("link: foreign, future, damaged and truncated links give clear errors") {
  const std::string first =
      encode_share_link(hand_annotated("China accused the United States of hacking.", "China"), kBase).value().url;
  CHECK(decode_share_link(first + "*").error().find("the link is damaged: unexpected character '*'") == 0);
  CHECK(decode_share_link("https://example.org/page").error().find("not a Riposte share link") == 0);
  CHECK(decode_share_link("https://example.org/page#section-2").error().find("not a Riposte share link") == 0);
  CHECK(decode_share_link("").error().find("not a Riposte share link") == 0);
  CHECK(decode_share_link("#r2.AAAA").error().find("newer version of Riposte (format r2)") != std::string::npos);
  // Several texts, so that the final base64 group and DEFLATE's final byte take their various shapes.
  for (const char* text : {"China accused the United States of hacking.", "Iran blamed Israel.", "NATO", "NATO.",
                           "\"Nonsense,\" said NATO.\n", "NATO \xF0\x9F\x98\xA1\xF0\x9F\x98\xA1"}) {
    const std::string url = encode_share_link(hand_annotated(text, "NATO"), kBase).value().url;
    const size_t data_at = url.find("#r1.") + 4;
    // Every single changed character is detected (CRC-32, DEFLATE checks and canonical base64url).
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (size_t i = data_at; i < url.size(); ++i) {
      std::string bad = url;
      bad[i] = alphabet[(alphabet.find(url[i]) + 1 + i % 63) % 64];
      auto r = decode_share_link(bad);
      CAPTURE(i);
      CAPTURE(url.size());
      REQUIRE_FALSE(r.ok());
      CHECK((r.error().find("the link is damaged") == 0 || r.error().find("the link is truncated") == 0));
    }
    // Every cut is reported as truncation.
    for (size_t n = data_at; n < url.size(); ++n) {
      auto r = decode_share_link(url.substr(0, n));
      CAPTURE(n);
      REQUIRE_FALSE(r.ok());
      CHECK(r.error() == "the link is truncated: it was probably cut off when copied");
    }
  }
}

TEST_CASE("link: hostile frames with valid framing are refused") {
  // A frame with a correct CRC, as a hostile page could build.
  auto frame_link = [](uint32_t size, const std::string& compressed, uint32_t crc_xor = 0) {
    std::string body;
    for (int i = 0; i < 4; ++i) body += static_cast<char>((size >> (8 * i)) & 0xFF);
    body += compressed;
    const uint32_t crc = crc32_of(body) ^ crc_xor;
    std::string f;
    for (int i = 0; i < 4; ++i) f += static_cast<char>((crc >> (8 * i)) & 0xFF);
    return "#r1." + base64url_encode(f + body);
  };
  const std::string json =
      R"({"schema": "riposte/1", "text": "x", "mentions": [{"start": 0, "end": 9, "actor": null}]})";
  const std::string packed = deflate_raw(json).value();
  const auto size = static_cast<uint32_t>(json.size());
  auto r = decode_share_link(frame_link(size, packed));
  CHECK(r.error().find("the link's document is invalid: mentions[0].end") == 0);
  r = decode_share_link(frame_link(0xFFFFFFFFu, packed));
  CHECK(r.error() == "the link holds 4095 MB, more than this page accepts");
  r = decode_share_link(frame_link(size, packed, 1));
  CHECK(r.error() == "the link is damaged: checksum mismatch");
  // A "decompression bomb": far more data than declared.
  r = decode_share_link(frame_link(100, deflate_raw(std::string(1u << 20, 'a')).value()));
  CHECK(r.error().find("the link is damaged: corrupt") == 0);
  CHECK(decode_share_link_json(frame_link(size, packed)).value() == json);
}
