// The actors the gazetteer knows, from candidates that name them: countries (their capitals and adjectives), a
// country's executive in its domestic politics ("the US administration"), its embassies and missions, seats of
// government ("Downing Street"), organisations, parties, state bodies ("the Chinese military"), and bodies named by
// a head noun ("Foreign Ministry"). The first step of actor resolution (actor_table.h).
#pragma once
#include "engine/actors/actor_table.h"

namespace riposte::resolution {

void add_known_actors(ActorTable& table);

}  // namespace riposte::resolution
