#pragma once
// The NER model: averaged-perceptron weights over hashed features, BILOU transition
// scores, and the lexicon (word clusters, phrase lists), read from one compact blob that is
// compiled into the library (core/data/ner.cmake) and written by tools/train.
//
// Blob layout (little-endian; varint = LEB128):
//   "LNER" u32 version(=2) u32 num_labels f32 top f32 mu
//   f32 start[L] f32 transitions[L*L] (prev-major)
//   varint num_features; per feature, by strictly increasing 32-bit id (the loader's table
//     relies on the order): varint id delta, varint label mask,
//     one i8 code per set bit: mu-law, weight = sign * top * ((1+mu)^(|code|/127) - 1) / mu
//     (fine steps near zero where most weights are, coarse ones for the few large weights)
//   varint fine_clusters, u16 fine_to_mid[]; varint mid_clusters, u16 mid_to_coarse[]
//   varint words; per word: varint fine cluster, bytes, 0
//   varint phrases; per phrase: u8 category, bytes (tokens joined by ' '), 0

#include <cstdint>
#include <string>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_labels.h"
#include "entities/ner_lexicon.h"

namespace lede::ner {

constexpr uint32_t kModelVersion = 2;

// The weight an int8 code stands for (see the layout above); the trainer's quantizer inverts it.
float DecodeWeight(int code, float top, float mu);

// Viterbi over BILOU with the well-formedness rules; `emissions` is n x kNumLabels.
void Viterbi(const std::vector<float>& emissions, size_t n, const float* start,
             const float* transitions, std::vector<int>* labels);

// Buffers the tagger fills for each sentence, kept by a caller that tags many sentences so
// that they are allocated once (a per-sentence allocation and clear was a few per cent of
// the tagger's time).
struct TagScratch {
  std::vector<int32_t> rows;
  std::vector<float> emissions;
  std::vector<float> score;
  std::vector<uint8_t> back;
};

void Viterbi(const std::vector<float>& emissions, size_t n, const float* start,
             const float* transitions, std::vector<int>* labels, TagScratch* scratch);

class NerModel {
 public:
  // False (with a reason) for a malformed blob; the model is then empty.
  bool Load(const uint8_t* data, size_t size, std::string* error);
  bool empty() const { return rows_ == 0; }
  size_t features() const { return rows_; }
  const NerLexicon& lexicon() const { return lexicon_; }
  // Feature `id`'s row of weights (rows follow the blob's order), -1 if the model has none.
  int32_t Row(uint32_t id) const { return rows_ == 0 ? -1 : RowOf(id); }

  // Best label sequence for one sentence's features.
  void Tag(const SentenceFeatures& features, std::vector<int>* labels) const;
  void Tag(const SentenceFeatures& features, std::vector<int>* labels, TagScratch* scratch) const;

 private:
  // The feature table is ordered linear probing: a feature's home slot is its id's top bits
  // (ids are hashes, so these spread evenly), and ids increase along the table. An empty slot
  // is all ones, so a lookup walks from the home slot while the ids are smaller than its own
  // and stops at the first that is not: one compare a slot, and misses end early.
  struct Slot {
    uint32_t key = 0xFFFFFFFFu;
    int32_t row = -1;  // -1: empty
  };
  size_t HomeOf(uint32_t id) const { return id >> home_shift_; }
  int32_t RowOf(uint32_t id) const {
    const Slot* s = &slots_[HomeOf(id)];
    while (s->key < id) ++s;  // the table ends with an empty slot, which stops every walk
    return s->key == id ? s->row : -1;
  }

  // Weights decoded from their mu-law codes into fixed point (units of top / kUnits), so the
  // per-token sum is integer adds over contiguous rows.
  static constexpr float kUnits = 16384.f;
  float unit_ = 1;
  float start_[kNumLabels] = {};
  float transitions_[kNumLabels * kNumLabels] = {};
  size_t rows_ = 0;
  std::vector<int16_t> weights_;  // rows_ x kNumLabels
  std::vector<Slot> slots_;       // a power of two and the slots run on past it, then empty
  int home_shift_ = 28;  // 32 - log2 of that power of two
  NerLexicon lexicon_;
};

}  // namespace lede::ner
