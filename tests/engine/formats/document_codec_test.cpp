#include <doctest/doctest.h>

#include <cstring>

#include "engine/annotator.h"
#include "engine/document/document_edit.h"
#include "engine/formats/document_codec.h"
#include "engine/formats/json_writer.h"
#include "support/dev_corpus.h"

using namespace riposte;

namespace {

Document codec_sample() {
  Document d;
  d.text = "Ministry of Foo: “Bar lied,” said Zhao. Bar denied it.";
  d.repaired_sequences = 2;
  d.sentences.push_back({{0, 40}, 0, 0, true});
  Actor foo{"a1", "Foo", ActorKind::State, -1, "FOO", "#112233", {"gazetteer:country"}};
  Actor zhao{"a2", "Zhao", ActorKind::Person, 0, "", "#445566", {"title+name", "affiliation:ministry"}};
  Actor bar{"a3", "Bar", ActorKind::Government, -1, "", "#778899", {}};
  d.actors = {foo, zhao, bar};
  d.mentions.push_back({{0, 15}, 0, "gazetteer"});
  d.mentions.push_back({{20, 23}, 2, "name"});
  Claim acc{"c1", ClaimKind::Accusation, 1, 2, -1, {24, 28}, {20, 28}, -0.75, "112", "ACCUSE"};
  Claim reb{"c2", ClaimKind::Rebuttal, 2, 1, 0, {46, 52}, {42, 55}, -0.25, "125", "REJECT"};
  d.claims = {acc, reb};
  d.stance.push_back({1, 2, -0.5, {0, 1}});
  return d;
}

}  // namespace

TEST_CASE("document codec: a round trip keeps everything the view uses") {
  const Document d = codec_sample();
  const std::string blob = encode_document(d);
  auto back = decode_document(blob);
  REQUIRE(back.has_value());
  CHECK(back->text == d.text);
  CHECK(back->repaired_sequences == 2);
  REQUIRE(back->sentences.size() == 1);
  CHECK(back->sentences[0].headline);
  CHECK(back->sentences[0].span == Span{0, 40});
  // The JSON of the decoded document equals the original's (tokens and quotes are not carried and
  // do not appear in riposte/1).
  CHECK(to_json_string(*back) == to_json_string(d));
  CHECK(back->actors[1].explanation.size() == 2);
  CHECK(back->claims[1].rebuts == 0);
  CHECK(back->claims[0].score == doctest::Approx(-0.75));
  CHECK(back->stance[0].claims == std::vector<int>{0, 1});
}

TEST_CASE("document codec: records with empty strings (the smallest encodings) decode") {
  Document d;
  d.text = "x";
  d.actors.push_back({"", "", ActorKind::Place, -1, "", "", {}});
  d.claims.push_back({"", ClaimKind::Support, -1, -1, -1, {0, 0}, {0, 1}, 0.0, "", ""});
  d.stance.push_back({0, 0, 0.0, {}});
  auto back = decode_document(encode_document(d));
  REQUIRE(back.has_value());
  CHECK(back->claims.size() == 1);
  CHECK(back->stance.size() == 1);
  d.stance.clear();
  d.claims.push_back(d.claims[0]);  // two minimal claims end the blob: exactly 2 × 52 + 4 bytes remain
  back = decode_document(encode_document(d));
  REQUIRE(back.has_value());
  CHECK(back->claims.size() == 2);
}

TEST_CASE("document codec: minimal claim and stance records round-trip (found by document_codec_fuzz)") {
  // The last stance edge has no claims (20 bytes) and the last claim has empty strings (52 bytes):
  // the smallest records the decoder must accept at the very end of the input.
  Document d = codec_sample();
  d.claims.pop_back();
  d.claims[0].id = "c";
  d.claims[0].code.clear();
  d.claims[0].plover.clear();
  d.stance = {{1, 2, -0.5, {}}};
  auto back = decode_document(encode_document(d));
  REQUIRE(back.has_value());
  CHECK(back->stance.size() == 1);
  CHECK(back->stance[0].claims.empty());
  CHECK(to_json_string(*back) == to_json_string(d));
  // Bytes after the last record are not something encode_document wrote.
  CHECK_FALSE(decode_document(encode_document(d) + "x"));
}

TEST_CASE("document codec: the empty document round-trips") {
  auto back = decode_document(encode_document(Document{}));
  REQUIRE(back.has_value());
  CHECK(back->text.empty());
  CHECK(back->actors.empty());
}

TEST_CASE("document codec: truncated, corrupt or inconsistent input is rejected, never trusted") {
  const std::string blob = encode_document(codec_sample());
  for (size_t n = 0; n < blob.size(); n += 7) CHECK_FALSE(decode_document(std::string_view(blob).substr(0, n)));
  std::string bad_magic = blob;
  bad_magic[0] = 'X';
  CHECK_FALSE(decode_document(bad_magic));

  Document out_of_text = codec_sample();
  out_of_text.mentions[0].span = {0, 999};
  CHECK_FALSE(decode_document(encode_document(out_of_text)));
  Document bad_actor = codec_sample();
  bad_actor.claims[0].target = 7;
  CHECK_FALSE(decode_document(encode_document(bad_actor)));
  Document bad_rebuts = codec_sample();
  bad_rebuts.claims[1].rebuts = 5;
  CHECK_FALSE(decode_document(encode_document(bad_rebuts)));
  Document cycle = codec_sample();
  cycle.actors[0].affiliation = 1;  // a1 -> a2 -> a1 never reaches a side
  CHECK_FALSE(decode_document(encode_document(cycle)));
  Document mid_char = codec_sample();
  mid_char.mentions[1].span = {18, 23};  // byte 18 is inside the curly quote
  CHECK_FALSE(decode_document(encode_document(mid_char)));
  Document unsorted = codec_sample();
  std::swap(unsorted.mentions[0], unsorted.mentions[1]);
  CHECK_FALSE(decode_document(encode_document(unsorted)));
  Document bad_score = codec_sample();
  bad_score.claims[0].score = 2.0;
  CHECK_FALSE(decode_document(encode_document(bad_score)));
  Document bad_text = codec_sample();
  bad_text.text[0] = static_cast<char>(0xFF);  // not UTF-8: the codec only carries repaired text
  CHECK_FALSE(decode_document(encode_document(bad_text)));
  Document forward_bad = codec_sample();
  forward_bad.actors[0].affiliation = 2;  // a1 -> a3, and a3 points outside the table
  forward_bad.actors[2].affiliation = 9;
  CHECK_FALSE(decode_document(encode_document(forward_bad)));
  Document bad_affiliation = codec_sample();
  bad_affiliation.actors[1].affiliation = 3;
  CHECK_FALSE(decode_document(encode_document(bad_affiliation)));
}

TEST_CASE("document codec: an autosave keeps quotes, statements, provenance, human flags and edits") {
  static const Annotator engine;
  const auto articles = testing::dev_articles();
  for (size_t k = 0; k < articles.size(); k += 5) {
    CAPTURE(articles[k].id);
    Document d = engine.annotate(articles[k].text);
    d.provenance = {"", "2026-11-27T14:05:00Z", "A \"title\"", "https://example.org/x"};
    REQUIRE(d.tokens.size() > 30);
    REQUIRE(apply_edit(d, edit::AddMention{d.tokens[30].span, "Somebody \xE2\x80\x94 new", ActorKind::Group}).ok);
    if (d.claims.size() > 0) REQUIRE(apply_edit(d, edit::SetClaimKind{claim_ref(d, 0), ClaimKind::Support}).ok);
    const std::string json = to_json_string(d);
    auto back = decode_document(encode_document(d));
    REQUIRE(back.has_value());
    CHECK(to_json_string(*back) == json);  // what the page exports after restoring an autosave
    CHECK(back->quotes.size() == d.quotes.size());
    CHECK(back->statements.size() == d.statements.size());
    CHECK(back->provenance.annotated == "2026-11-27T14:05:00Z");
    CHECK(back->provenance.title == d.provenance.title);
    CHECK(back->edits.size() == d.edits.size());
    CHECK(std::any_of(back->mentions.begin(), back->mentions.end(), [](const Mention& m) { return m.human; }));
    CHECK(back->actors.back().human);
    CHECK(back->tokens.empty());  // not carried
    // The restored document takes further edits like the original.
    Document again = *back;
    REQUIRE(apply_edit(again, edit::RenameActor{"Somebody \xE2\x80\x94 new", "Somebody else"}).ok);
    REQUIRE(apply_edit(d, edit::RenameActor{"Somebody \xE2\x80\x94 new", "Somebody else"}).ok);
    CHECK(to_json_string(again) == to_json_string(d));
  }
}

TEST_CASE("document codec: edits that do not fit the text are rejected") {
  Document d = codec_sample();
  const std::string plain = encode_document(d);
  REQUIRE(plain.size() > 4);
  // The edits are the last field (a length-prefixed JSON string, empty when there are none).
  auto with_edits = [&](const std::string& edits_json) {
    std::string blob = plain.substr(0, plain.size() - 4);
    const uint32_t n = static_cast<uint32_t>(edits_json.size());
    blob.append(reinterpret_cast<const char*>(&n), 4);
    return blob + edits_json;
  };
  REQUIRE(decode_document(with_edits("")));
  auto ok = decode_document(with_edits(R"([{"op":"remove_mention","span":[0,15]}])"));
  REQUIRE(ok.has_value());
  CHECK(ok->edits.size() == 1);
  CHECK_FALSE(decode_document(with_edits(R"([{"op":"remove_mention","span":[0,999]}])")));
  CHECK_FALSE(decode_document(with_edits(R"([{"op":"remove_mention","span":[0,19]}])")));  // inside the curly quote
  CHECK_FALSE(decode_document(with_edits(R"([{"op":"paint","span":[0,1]}])")));
  CHECK_FALSE(decode_document(with_edits("not json")));
}

TEST_CASE("document codec: an autosave written by the previous version (RPD1) still opens") {
  std::string blob;
  auto u32 = [&](uint32_t v) { blob.append(reinterpret_cast<const char*>(&v), 4); };
  u32(0x31445052);  // "RPD1"
  u32(2);
  blob += "Hi";
  u32(0);  // repaired sequences
  u32(0);  // sentences
  u32(1);  // one actor: id, name, kind, affiliation, code, colour, explanation
  u32(2);
  blob += "a1";
  u32(2);
  blob += "Hi";
  u32(6);
  u32(static_cast<uint32_t>(-1));
  u32(0);
  u32(0);
  u32(0);
  u32(1);  // one mention: span, actor, rule
  u32(0);
  u32(2);
  u32(0);
  u32(0);
  u32(0);
  u32(0);  // no claims, no stance
  auto back = decode_document(blob);
  REQUIRE(back.has_value());
  CHECK(back->actors[0].name == "Hi");
  CHECK(back->mentions[0].span == Span{0, 2});
  CHECK_FALSE(back->mentions[0].human);
  CHECK(back->edits.empty());
}
