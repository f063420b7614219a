// brat standoff export (https://brat.nlplab.org/standoff.html), which brat and INCEpTION open:
//   .txt   the article text, byte for byte;
//   .ann   T lines: mentions, typed by actor kind (State, Person, ...), and claim cues (Accusation,
//          Rebuttal, Support); E lines: claims, with the cue as trigger and Source/Target arguments
//          (the actor's mention nearest to the cue) and Rebuts (the accusation's event); R lines for
//          claims without a cue span; "*\tEquiv" lines group an actor's mentions (coreference);
//          A lines "Human" mark edits made by a person; AnnotatorNotes (#) give each mention's actor
//          id, name and affiliation, each claim's id, score and codes, and the provenance;
//   annotation.conf  the types above, so brat shows the document without configuration.
// Offsets are Unicode code points; a mention over a line break becomes a discontinuous span.
// Mentions that cover no visible character (empty, or only line breaks and tabs) cannot be written
// and are left out.
#pragma once
#include <string>

#include "engine/document/document.h"
#include "engine/formats/export_provenance.h"

namespace riposte {

struct BratDocument {
  std::string txt;
  std::string ann;
  std::string conf;  // annotation.conf for the collection directory
};

BratDocument to_brat(const Document& doc, const ExportOptions& options);

// The brat type name of an actor kind ("State", "Organisation", ...) and of a claim kind ("Accusation", ...).
std::string brat_type(ActorKind kind);
std::string brat_type(ClaimKind kind);

}  // namespace riposte
