// Base64url (RFC 4648 section 5): the URL- and filename-safe alphabet, without padding, so a share
// link's fragment needs no percent-encoding.
#pragma once
#include <string>
#include <string_view>

#include "engine/result.h"

namespace riposte {

std::string base64url_encode(std::string_view bytes);

// Tolerates what copying a link through mail and chat adds: ASCII white space anywhere and '='
// padding at the end. Anything else outside the alphabet, or a length no encoder produces, is an error.
Result<std::string> base64url_decode(std::string_view text);

}  // namespace riposte
