// Test helper: the dev articles of ../shared/eval/dev (read at test time, never copied into the repo),
// annotated by the engine and, so that exports are exercised on dense annotations whatever the engine
// finds today, also turned into a Document from their gold annotation.
#pragma once
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "engine/document/document.h"
#include "engine/document/palette.h"
#include "engine/text/quote_finder.h"
#include "engine/text/sentence_splitter.h"
#include "engine/text/tokenizer.h"
#include "engine/text/utf8.h"

namespace riposte::testing {

struct DevArticle {
  std::string id;
  std::string text;
  nlohmann::json gold;
};

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

inline std::vector<DevArticle> dev_articles() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(RIPOSTE_SHARED_DIR) / "eval" / "dev";
  std::vector<fs::path> golds;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().ends_with(".gold.json")) golds.push_back(e.path());
  std::sort(golds.begin(), golds.end());
  std::vector<DevArticle> out;
  for (const auto& g : golds) {
    auto gold = nlohmann::json::parse(read_file(g));
    DevArticle a{gold["id"].get<std::string>(), read_file(dir / gold["text_file"].get<std::string>()), gold};
    REQUIRE_MESSAGE(!a.text.empty(), "dev article text missing: " << a.id);
    out.push_back(std::move(a));
  }
  REQUIRE(out.size() >= 10);
  return out;
}

// Fills the text analysis the engine fills (tokens, sentences, quotes: the JSON diagnostics count them),
// for documents built by hand in tests.
inline void analyse(Document& d) {
  d.tokens = tokenize(d.text);
  d.sentences = split_sentences(d.text, d.tokens);
  d.quotes = find_quotes(d.text, d.tokens);
}

// The gold actors (kind "group"), mentions, and accusation/rebuttal edges (cue: the source's first
// mention) as a Document: a realistic annotation with affiliations, rebuttals and stance.
inline Document gold_document(const DevArticle& a) {
  Document d;
  d.text = repair_utf8(a.text).text;
  analyse(d);
  const CodepointIndex cps(d.text);
  std::map<std::string, int> index;
  for (const auto& [key, v] : a.gold["actors"].items()) {
    index[key] = static_cast<int>(d.actors.size());
    Actor actor;
    actor.id = key;
    actor.name = v["name"].get<std::string>();
    actor.kind = d.actors.size() % 2 ? ActorKind::Person : ActorKind::Organisation;
    d.actors.push_back(actor);
  }
  for (const auto& [key, v] : a.gold["actors"].items()) {
    const std::string party = v.value("party", key);
    // One level only (a party that is itself affiliated would risk a cycle in hand-written gold).
    if (party != key && index.count(party) && a.gold["actors"][party].value("party", party) == party)
      d.actors[index[key]].affiliation = index[party];
  }
  std::map<int, Span> first_mention;
  for (const auto& m : a.gold["mentions"]) {
    if (!index.count(m["actor"].get<std::string>())) continue;  // gold files may mention undeclared actors
    Mention mention;
    mention.span = {cps.to_byte(m["start"].get<uint32_t>()), cps.to_byte(m["end"].get<uint32_t>())};
    mention.actor = index.at(m["actor"].get<std::string>());
    mention.rule = "gold";
    mention.human = true;
    first_mention.emplace(mention.actor, mention.span);
    d.mentions.push_back(mention);
  }
  std::stable_sort(d.mentions.begin(), d.mentions.end(), [](auto& x, auto& y) { return x.span.begin < y.span.begin; });
  for (const char* kind : {"accusation", "rebuttal"}) {
    if (!a.gold["edges"].contains(kind)) continue;
    for (const auto& e : a.gold["edges"][kind]) {
      if (!index.count(e["source"].get<std::string>()) || !index.count(e["target"].get<std::string>())) continue;
      Claim c;
      c.id = "c" + std::to_string(d.claims.size() + 1);
      c.kind = kind[0] == 'a' ? ClaimKind::Accusation : ClaimKind::Rebuttal;
      c.source = index.at(e["source"].get<std::string>());
      c.target = index.at(e["target"].get<std::string>());
      if (c.kind == ClaimKind::Rebuttal)
        for (size_t k = 0; k < d.claims.size(); ++k)
          if (d.claims[k].kind == ClaimKind::Accusation && d.claims[k].source == c.target)
            c.rebuts = static_cast<int>(k);
      c.cue = first_mention.count(c.source) ? first_mention[c.source] : Span{0, 0};
      c.content = {c.cue.begin, static_cast<uint32_t>(std::min<size_t>(c.cue.end + 40, d.text.size()))};
      while (c.content.end < d.text.size() && is_continuation(static_cast<unsigned char>(d.text[c.content.end])))
        ++c.content.end;
      c.score = c.kind == ClaimKind::Accusation ? -0.6 : -0.4;
      c.code = c.kind == ClaimKind::Accusation ? "112" : "125";
      c.plover = c.kind == ClaimKind::Accusation ? "ACCUSE" : "REJECT";
      d.claims.push_back(c);
      d.stance.push_back({c.source, c.target, c.score, {static_cast<int>(d.claims.size() - 1)}});
    }
  }
  assign_colors(d);
  d.provenance = {"", "2026-11-27T12:00:00Z", "Dev article " + a.id, "https://example.org/" + a.id};
  return d;
}

}  // namespace riposte::testing
