// Claims as a reader sees them. The engine writes one claim per (source, target) pair, so one sentence
// ("Zhao Lijian accused NATO, the United States and four allies …") is six records and one rebuttal cue can
// answer several accusations. Views and exports show them grouped:
//   ClaimRow      claims that share a cue, a source and a kind: one row ("Zhao Lijian → NATO, United States, +4");
//   RebuttalFan   the rebuttal claims on one cue and the distinct accusation cues they answer: one arc fanning out.
#pragma once
#include <vector>

#include "engine/document/document.h"

namespace riposte {

struct ClaimRow {
  Span cue;
  ClaimKind kind = ClaimKind::Accusation;
  int source = -1;           // actor index (-1: unknown)
  std::vector<int> claims;   // indices into Document::claims, in the document's order
  std::vector<int> targets;  // distinct target actors in claim order (-1 kept once when a target is unknown)
};

struct RebuttalFan {
  Span cue;                      // the rebuttal cue
  std::vector<int> rebuttals;    // rebuttal claims on this cue
  std::vector<int> accusations;  // one accusation claim per distinct accusation cue answered, in text order
};

// Rows in reading order (by cue, then source). Every claim is in exactly one row.
std::vector<ClaimRow> claim_rows(const Document& doc);
// Fans in reading order; a rebuttal that answers nothing (rebuts < 0) is in no fan.
std::vector<RebuttalFan> rebuttal_fans(const Document& doc);

}  // namespace riposte
