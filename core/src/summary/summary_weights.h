#pragma once
// Written by tools/train/summary-train.mjs --init logistic (the procedure its header describes):
// a logistic regression (labels: the greedy ROUGE-1 + ROUGE-2 oracle; L2 1) over the
// CNN/DailyMail dev articles whose id starts 0-7 (207 articles), refined by coordinate ascent
// on the ROUGE of their 3-sentence summaries (3 passes), redundancy from a grid. A later run
// from the Lead-3 start (--init lead) did better in cross-validation on the train part but
// scored below Lead-3 on the held-out part, so these weights stay. Do not edit by hand: retrain.
#include "summary/features.h"

namespace lede {

inline constexpr float kSummaryWeights[kSummaryFeatureCount] = {
    -0.545495f,  // first
    1.464865f,  // second
    0.547047f,  // third
    0.701147f,  // early
    2.329132f,  // inv_position
    -0.703433f,  // rel_position
    -0.545495f,  // para_lead
    -0.221742f,  // log_words
    -0.720274f,  // short
    0.626385f,  // long
    0.612938f,  // mid_length
    2.183531f,  // centrality
    0.230615f,  // lead_overlap
    -0.444187f,  // name_max
    0.143778f,  // name_count
    -0.395142f,  // quote_start
    -0.693827f,  // quote_any
    0.405395f,  // digits
    -0.645362f,  // question
    -0.317409f,  // dangling_start
    -1.770996f,  // density
    -0.003857f,  // echoes_earlier
};
inline constexpr float kSummaryBias = -0.662063f;
inline constexpr float kSummaryRedundancy = 3.000000f;

}  // namespace lede
