// What an article says about whose politics it covers: the countries whose parties it names (their domestic
// politics), the party it calls ruling or governing, and where the story is (the country named last before a
// mention, the most mentioned one). Actor resolution reads it to put a state's executive on the governing side
// in domestic politics and on the state's side abroad.
#pragma once
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "engine/actors/mention_finder.h"
#include "engine/document/document.h"
#include "engine/lexicon/gazetteer.h"

namespace riposte::resolution {

class PoliticalContext {
 public:
  PoliticalContext(const Gazetteer& gaz, const std::vector<Candidate>& candidates, const Document& doc);

  // A country (or its parent: Scotland -> the UK) whose parties the article names.
  bool domestic(int country) const;
  const std::unordered_set<int>& domestic_countries() const { return domestic_; }
  // The party the article calls ruling or governing ("the ruling Social Democrats"), or -1.
  int ruling_party() const { return ruling_party_; }
  // The only party the article names is `party`: a dispute inside it.
  bool only_party_named(int party) const { return parties_named_.size() == 1 && parties_named_.count(party); }
  // The governing party of a country (its root): the one the article calls ruling when it is that country's or of
  // no known country, else the party of the head of government it names ("President Obama", "the Obama
  // administration"), else the fixed list (governing_parties.tsv), else -1.
  int governing_party(int root) const;
  // The country whose parties the article discusses, else the most mentioned country, else -1.
  int home_country() const;
  // The country named last before candidate k: the nearest before it in its sentence, else the first named in the
  // nearest of the three sentences before (usually that sentence's subject).
  int recent_country(size_t k) const;
  // The country a candidate names (a State candidate's target), or -1.
  int state_of_candidate(size_t k) const;

 private:
  void domestic_country(int country);
  bool says_governing(const Candidate& c) const;
  const Gazetteer::HeadOfGovernment* head_of_government(const Candidate& c) const;
  void heads_of_government();
  std::string_view w(size_t i) const { return slice(text_, doc_.tokens[i].span); }

  const Gazetteer& gaz_;
  const std::vector<Candidate>& c_;
  const Document& doc_;
  std::string_view text_;
  std::unordered_set<int> domestic_;
  std::unordered_set<int> parties_named_;
  int ruling_party_ = -1;
  std::unordered_map<int, int> head_party_;  // country -> the party of the head of government named
};

}  // namespace riposte::resolution
