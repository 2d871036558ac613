#pragma once
// Picking the summary from scored sentences: the best first, each next one penalized by its
// likeness to those already taken (maximal marginal relevance), to a sentence or character
// budget, returned in document order.
//
//   SummaryFeatures f = ComputeSummaryFeatures(analysis, tokens);
//   std::vector<float> scores = ScoreCandidates(f, DefaultSummaryModel());
//   std::vector<uint32_t> picked = SelectSummary(f, scores, analysis, options, model.redundancy);

#include <cstdint>
#include <vector>

#include "lede/analysis.h"
#include "lede/options.h"
#include "summary/features.h"

namespace lede {

struct SummaryModel {
  const float* weights = nullptr;  // kSummaryFeatureCount learned weights
  float bias = 0;
  float redundancy = 0;  // MMR: score - redundancy * (highest cosine to a picked sentence)
};

// The model trained by tools/train/summary-train.mjs (summary/summary_weights.h).
SummaryModel DefaultSummaryModel();

// Learned logit plus the hand-set prior, one per candidate.
std::vector<float> ScoreCandidates(const SummaryFeatures& features, const SummaryModel& model);

// Indices into Analysis::sentences, ascending. Empty when both budgets are 0. With a character
// budget (code points of the sentences, separators not counted) the summary holds at least one
// sentence even when none fits, so a tight budget never yields nothing.
std::vector<uint32_t> SelectSummary(const SummaryFeatures& features,
                                    const std::vector<float>& scores, const Analysis& analysis,
                                    const Options& options, float redundancy);

}  // namespace lede
