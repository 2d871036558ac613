#include "perceptron.h"

#include "entities/ner_model.h"

namespace lede::train {

using ner::kNumLabels;

Perceptron::Perceptron(size_t rows)
    : rows_(rows),
      w_(rows * kNumLabels, 0.f),
      u_(rows * kNumLabels, 0.0),
      start_(kNumLabels, 0.f),
      ustart_(kNumLabels, 0.0),
      trans_(kNumLabels * kNumLabels, 0.f),
      utrans_(kNumLabels * kNumLabels, 0.0) {}

void Decode(const RowSentence& s, const std::vector<float>& weights,
            const std::vector<float>& start, const std::vector<float>& transitions,
            std::vector<int>* labels) {
  const size_t n = s.size();
  std::vector<float> emissions(n * kNumLabels, 0.f);
  for (size_t i = 0; i < n; ++i) {
    float* e = &emissions[i * kNumLabels];
    for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
      if (s.rows[k] < 0) continue;
      const float* w = &weights[static_cast<size_t>(s.rows[k]) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) e[l] += w[l];
    }
  }
  ner::Viterbi(emissions, n, start.data(), transitions.data(), labels);
}

void Perceptron::Train(const RowSentence& s) {
  std::vector<int> pred;
  Decode(s, w_, start_, trans_, &pred);
  const double c = count_;
  auto bump = [c](std::vector<float>& w, std::vector<double>& u, size_t i, float d) {
    w[i] += d;
    u[i] += c * d;
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const int g = s.gold[i], p = pred[i];
    if (g != p) {
      for (uint32_t k = s.offsets[i]; k < s.offsets[i + 1]; ++k) {
        if (s.rows[k] < 0) continue;
        const size_t base = static_cast<size_t>(s.rows[k]) * kNumLabels;
        bump(w_, u_, base + g, 1.f);
        bump(w_, u_, base + p, -1.f);
      }
    }
    if (i == 0) {
      if (g != p) {
        bump(start_, ustart_, g, 1.f);
        bump(start_, ustart_, p, -1.f);
      }
    } else {
      const int gp = s.gold[i - 1], pp = pred[i - 1];
      if (gp != pp || g != p) {
        bump(trans_, utrans_, gp * kNumLabels + g, 1.f);
        bump(trans_, utrans_, pp * kNumLabels + p, -1.f);
      }
    }
  }
  count_ += 1;
}

void Perceptron::Averaged(std::vector<float>* weights, std::vector<float>* start,
                          std::vector<float>* transitions) const {
  const double inv = 1.0 / count_;
  auto average = [inv](const std::vector<float>& w, const std::vector<double>& u,
                       std::vector<float>* out) {
    out->resize(w.size());
    for (size_t i = 0; i < w.size(); ++i) (*out)[i] = static_cast<float>(w[i] - u[i] * inv);
  };
  average(w_, u_, weights);
  average(start_, ustart_, start);
  average(trans_, utrans_, transitions);
}

}  // namespace lede::train
