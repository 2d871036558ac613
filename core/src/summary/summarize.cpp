#include "summary/summarize.h"

#include <utility>

#include "summary/features.h"
#include "summary/select.h"

namespace lede {

std::vector<Span> Summarize(const Analysis& analysis, std::vector<Token> tokens,
                            const Options& options) {
  std::vector<Span> out;
  if (options.summary_chars == 0 && options.summary_sentences == 0) return out;
  SummaryFeatures features = ComputeSummaryFeatures(analysis, std::move(tokens));
  const SummaryModel model = DefaultSummaryModel();
  std::vector<float> scores = ScoreCandidates(features, model);
  for (uint32_t s : SelectSummary(features, scores, analysis, options, model.redundancy)) {
    out.push_back(analysis.sentences[s]);
  }
  return out;
}

}  // namespace lede
