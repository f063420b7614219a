// Finds candidate actor mentions in an article, sentence by sentence: gazetteer phrases (countries, capitals,
// seats of government, organisations, parties), capitalised names split at titles and roles, bodies named by
// a head noun ("... Ministry", "Bank of ..."), a country's adjective before a body ("Chinese embassies"),
// acronyms, and descriptions ("the Asian country", "the Chinese spokesman", "the Tory leader").
// It decides what each stretch of text is; actor_resolver.h decides whom it stands for.
#pragma once
#include <string>
#include <vector>

#include "engine/document/document.h"
#include "engine/lexicon/gazetteer.h"

namespace riposte {

enum class CandidateKind : uint8_t {
  State,         // a country's name, capital, adjective, or adjective + "government" (target: country)
  Missions,      // a country's embassies and delegations (target: country)
  StateBody,     // "the Chinese military" (target: country, name: "Chinese military")
  Seat,          // "Downing Street" (target: seat)
  KnownOrg,      // gazetteer organisation (target: organisation)
  Party,         // party name or adjective (target: party)
  Organisation,  // open-class body named by a head noun ("Foreign Ministry")
  Name,          // capitalised name: a person, or a body without a head noun ("Microsoft")
  Description,   // "the Asian country", "the Chinese spokesman", "the Tory leader"
};

struct Candidate {
  Span span;
  CandidateKind kind = CandidateKind::Name;
  uint32_t first_token = 0, end_token = 0;  // tokens [first_token, end_token)
  uint32_t name_first = 0;                  // the name's first token after an honorific ("Mr. Trump": "Trump")
  uint32_t sentence = 0;
  int target = -1;      // index into the gazetteer list the kind names
  int state = -1;       // a country named inside it or by its adjective ("Chilean ... Commission")
  int party = -1;       // a party named inside it ("Stevenage Labour Party")
  int parent_org = -1;  // a gazetteer organisation its name starts with ("UN Economic Commission ...")
  HeadKind head = HeadKind::None;
  bool honorific = false;  // introduced by Mr, Dr, Lord, ... (a person)
  bool person = false;     // known to be a person (honorific, or a role word before it)
  bool sentence_initial = false;
  bool common_word = false;
  bool thing = false;     // a work, product or disease by the noun next to it ("the game Manhunt", "the Cabir virus")
  bool product = false;   // before a noun for a product or technology ("Bluetooth technology", "USB ports")
  bool owner = false;     // before a possessive ("Symbian's"): owns something, as makers do and products do not
  bool after_in = false;  // "in New York": a place unless it names an actor found elsewhere  // sentence-initial and
                          // written in lower case elsewhere ("Activity" ... "activities")
  TitleClass role = TitleClass::None;  // role word inside the chunk before the name ("Home Secretary")
  std::string role_word;               // that word, lower case ("secretary", "spokesman")
  std::string name;                    // the name without honorific ("Howard"), or the body's name
  std::string_view rule;               // the rule that found it: a string literal (mentions keep it by reference)
  // Descriptions: the region's countries ("the Asian country"), or a person's role ("spokesman").
  const std::vector<int>* region = nullptr;
  bool describes_person = false;
  bool describes_government = false;   // "the government": the executive of the country the story is about
  const std::string* group = nullptr;  // a group named by a common noun ("critics"): its canonical name
  bool appositive = false;             // the name right after the comma that ends it says whom it describes
};

std::vector<Candidate> find_candidates(const Gazetteer& gaz, const Document& doc);

}  // namespace riposte
