// Finds quotations: straight and curly double quotes, nested single quotes, quotes that run over
// several paragraphs (each new paragraph reopens the quote), and the unbalanced forms real articles
// contain ("... “" used as a closing mark, a quote never closed before the paragraph ends).
#pragma once
#include <string_view>
#include <vector>

#include "engine/document/document.h"

namespace riposte {

std::vector<Quote> find_quotes(std::string_view text, const std::vector<Token>& tokens);

}  // namespace riposte
