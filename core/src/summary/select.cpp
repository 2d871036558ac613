#include "summary/select.h"

#include <algorithm>
#include <limits>

#include "summary/summary_weights.h"

namespace lede {

namespace {

// A candidate this close (cosine) to a picked sentence says the same thing again: a repeated
// caption or a pasted copy. It is never picked, whatever the learned redundancy weight.
constexpr float kNearDuplicate = 0.9f;

uint32_t CodePoints(const std::string& text, const Span& span) {
  uint32_t n = 0;
  for (uint32_t i = span.start; i < span.end && i < text.size(); ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return n;
}

}  // namespace

SummaryModel DefaultSummaryModel() {
  SummaryModel model;
  model.weights = kSummaryWeights;
  model.bias = kSummaryBias;
  model.redundancy = kSummaryRedundancy;
  return model;
}

std::vector<float> ScoreCandidates(const SummaryFeatures& features, const SummaryModel& model) {
  std::vector<float> scores(features.candidates.size(), model.bias);
  for (size_t c = 0; c < scores.size(); ++c) {
    for (int k = 0; k < kSummaryFeatureCount; ++k) {
      scores[c] += model.weights[k] * features.learned[c][k];
    }
    scores[c] += features.prior[c];
  }
  return scores;
}

std::vector<uint32_t> SelectSummary(const SummaryFeatures& features,
                                    const std::vector<float>& scores, const Analysis& analysis,
                                    const Options& options, float redundancy) {
  const size_t n = features.candidates.size();
  const bool by_chars = options.summary_chars > 0;
  const size_t max_sentences = by_chars ? n : std::min<size_t>(options.summary_sentences, n);
  std::vector<uint32_t> length(n, 0);
  if (by_chars) {
    for (size_t c = 0; c < n; ++c) {
      length[c] = CodePoints(analysis.text, analysis.sentences[features.candidates[c]]);
    }
  }
  std::vector<float> likeness(n, 0);  // highest cosine to a picked sentence
  std::vector<bool> picked(n, false);
  std::vector<uint32_t> out;
  uint64_t used = 0;
  // Each round is one pass over the candidates plus one sparse dot product per candidate, so
  // the whole selection is linear in the text for a bounded summary.
  while (out.size() < max_sentences) {
    size_t best = n;
    float best_value = -std::numeric_limits<float>::infinity();
    for (size_t c = 0; c < n; ++c) {
      if (picked[c] || likeness[c] >= kNearDuplicate) continue;
      if (by_chars && !out.empty() && used + length[c] > options.summary_chars) continue;
      if (by_chars && out.empty() && length[c] > options.summary_chars) continue;
      float value = scores[c] - redundancy * likeness[c];
      if (value > best_value) {
        best_value = value;
        best = c;
      }
    }
    if (best == n) {
      // Nothing fits: a first sentence is taken anyway (the best one), later ones never are.
      if (!by_chars || !out.empty() || n == 0) break;
      best = static_cast<size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    picked[best] = true;
    used += length[best];
    out.push_back(features.candidates[best]);
    for (size_t c = 0; c < n; ++c) {
      if (!picked[c]) {
        likeness[c] = std::max(likeness[c], Cosine(features.vectors[c], features.vectors[best]));
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace lede
