#pragma once
// Writes the NER model blob read by core/src/entities/ner_model.cpp (layout documented there),
// and loads the trainer's text inputs (clusters.txt, lexicon.tsv) into the raw lists the blob
// carries plus the NerLexicon the features use.

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "entities/ner_labels.h"
#include "entities/ner_lexicon.h"

namespace lede::train {

struct LexiconData {
  std::vector<uint16_t> fine_to_mid, mid_to_coarse;
  std::vector<std::pair<std::string, int>> words;       // word, fine cluster
  std::vector<std::pair<int, std::string>> phrases;     // category, phrase
  bool LoadClusters(const std::string& path, std::string* error);
  bool LoadPhrases(const std::string& path, std::string* error);
  void Fill(ner::NerLexicon* lexicon) const;
};

struct QuantizedModel {
  float top = 1, mu = 1;  // the mu-law codebook (core/src/entities/ner_model.h)
  std::array<float, ner::kNumLabels> start{};
  std::array<float, ner::kNumLabels * ner::kNumLabels> transitions{};
  std::vector<std::pair<uint32_t, std::array<int8_t, ner::kNumLabels>>> rows;  // sorted by id
};

std::string SerializeModel(const QuantizedModel& model, const LexiconData& lexicon);

}  // namespace lede::train
