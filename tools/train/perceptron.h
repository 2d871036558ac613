#pragma once
// Structured averaged perceptron over BILOU label sequences (Collins 2002): Viterbi with
// the current weights, then +1 for the gold features and -1 for the predicted ones where
// they differ; averaging through the accumulated-update trick (w - u / c).

#include <cstdint>
#include <vector>

#include "entities/ner_labels.h"

namespace lede::train {

// One sentence's features as rows of the weight table (-1: feature unseen in training).
struct RowSentence {
  std::vector<int32_t> rows;
  std::vector<uint32_t> offsets;  // token i owns rows[offsets[i] .. offsets[i+1])
  std::vector<int> gold;          // BILOU labels
  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

class Perceptron {
 public:
  explicit Perceptron(size_t rows);
  // Decodes with the current (not averaged) weights, updates on mistakes.
  void Train(const RowSentence& s);
  // Copies the averaged weights into `weights` (rows x L), `start` (L), `transitions` (L x L).
  void Averaged(std::vector<float>* weights, std::vector<float>* start,
                std::vector<float>* transitions) const;

 private:
  size_t rows_;
  double count_ = 1;
  std::vector<float> w_;
  std::vector<double> u_;  // accumulated c-weighted updates (double: c reaches ~1e5)
  std::vector<float> start_;
  std::vector<double> ustart_;
  std::vector<float> trans_;
  std::vector<double> utrans_;
};

// Labels for `s` with the given (averaged) weights.
void Decode(const RowSentence& s, const std::vector<float>& weights,
            const std::vector<float>& start, const std::vector<float>& transitions,
            std::vector<int>* labels);

}  // namespace lede::train
