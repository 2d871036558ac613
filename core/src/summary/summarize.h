#pragma once
// Extractive summary: the sentences that carry the story, in document order, to a budget of
// sentences (Options::summary_sentences) or characters (Options::summary_chars > 0). Only
// sentences of body paragraphs are candidates: never a heading, never the title, never a removed
// block (those are not in the text). Scoring: a logistic model over position, length,
// centrality, lead overlap, names, quotes (trained on CNN/DailyMail by
// tools/train/summary-train.mjs), plus title overlap, main actors and sanctions events; then
// redundancy removal (MMR). Linear in the text.
//
//   std::vector<Span> summary = Summarize(analysis, tokens, options);

#include <vector>

#include "lede/analysis.h"
#include "lede/options.h"
#include "segment/tokens.h"

namespace lede {

// Takes the tokens (the last stage to read them): they are freed once the sentences' terms
// are counted, before the features are built (22 MB on a 10 MB input).
std::vector<Span> Summarize(const Analysis& analysis, std::vector<Token> tokens,
                            const Options& options);

}  // namespace lede
