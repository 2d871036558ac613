#pragma once
// Extractive summary: the sentences that carry the story, in document order, to a budget of
// sentences or characters; never a heading alone.

#include <vector>

#include "lede/analysis.h"
#include "lede/options.h"
#include "segment/tokens.h"

namespace lede {

std::vector<Span> Summarize(const Analysis& analysis, const std::vector<Token>& tokens,
                            const Options& options);

}  // namespace lede
