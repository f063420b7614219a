// Human edits (edit.h) as JSON: the "edits" member of a riposte/1 document (json_writer, document_import)
// and the edits the binary document codec carries. One object per edit, its "op" naming the kind:
//   add_mention {span, actor, kind} · remove_mention {span} · rename_actor {actor, name} · merge_actors {from, into}
//   split_actor {actor, name, kind, mentions: [span…]} · set_affiliation {actor, parent: name|null}
//   set_claim_kind {claim, kind} · set_claim_source {claim, actor} · set_claim_target {claim, actor}
//   set_claim_rebuts {claim, rebuts: claim|null} · add_claim {kind, source, target, cue, content, rebuts: claim|null}
//   delete_claim {claim}
// where a span is [start, end] and a claim is {cue: span, kind, source, target} (a ClaimRef; actor names).
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string_view>
#include <vector>

#include "engine/document/edit.h"
#include "engine/result.h"
#include "engine/text/utf8.h"

namespace riposte {

// Spans are written as code point offsets through `cps` (riposte/1), or as byte offsets when it is null
// (the binary codec, which keeps bytes everywhere).
nlohmann::json edits_to_json(const std::vector<Edit>& edits, const CodepointIndex* cps);

// Reads what edits_to_json wrote, checking everything: known ops and kinds, fields of the right type, spans
// ordered and inside `text` (on character boundaries when in bytes). The first problem is the error
// ("edits[2].span: …"). Whether an edit still applies is not checked: edits are history. Never throws
// (except std::bad_alloc).
Result<std::vector<Edit>> edits_from_json(const nlohmann::json& edits, std::string_view text,
                                          const CodepointIndex* cps);

}  // namespace riposte
