#include "model_writer.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

#include "entities/ner_model.h"

namespace lede::train {
namespace {

void Varint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

template <typename T>
void Put(T v, std::string* out) {
  char bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof(T));
  out->append(bytes, sizeof(T));
}

std::vector<uint16_t> Numbers(const std::string& rest) {
  std::vector<uint16_t> out;
  std::istringstream in(rest);
  int v;
  while (in >> v) out.push_back(static_cast<uint16_t>(v));
  return out;
}

}  // namespace

bool LexiconData::LoadClusters(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("#fine_to_mid", 0) == 0) {
      fine_to_mid = Numbers(line.substr(12));
    } else if (line.rfind("#mid_to_coarse", 0) == 0) {
      mid_to_coarse = Numbers(line.substr(14));
    } else {
      const size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      words.push_back({line.substr(0, tab), std::atoi(line.c_str() + tab + 1)});
    }
  }
  return true;
}

bool LexiconData::LoadPhrases(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return false;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const int category = std::atoi(line.c_str());
    if (category < 0 || category >= ner::kLexCount) continue;
    phrases.push_back({category, line.substr(tab + 1)});
  }
  return true;
}

void LexiconData::Fill(ner::NerLexicon* lexicon) const {
  lexicon->SetHierarchy(fine_to_mid, mid_to_coarse);
  for (const auto& [w, c] : words) lexicon->AddWord(w, c);
  for (const auto& [c, p] : phrases) lexicon->AddPhrase(static_cast<ner::LexCategory>(c), p);
}

std::string SerializeModel(const QuantizedModel& model, const LexiconData& lexicon) {
  std::string out = "LNER";
  Put<uint32_t>(ner::kModelVersion, &out);
  Put<uint32_t>(ner::kNumLabels, &out);
  Put<float>(model.top, &out);
  Put<float>(model.mu, &out);
  for (float v : model.start) Put(v, &out);
  for (float v : model.transitions) Put(v, &out);
  Varint(model.rows.size(), &out);
  uint32_t last = 0;
  for (const auto& [id, weights] : model.rows) {
    Varint(id - last, &out);
    last = id;
    uint64_t mask = 0;
    for (int l = 0; l < ner::kNumLabels; ++l) {
      if (weights[l] != 0) mask |= 1ULL << l;
    }
    Varint(mask, &out);
    for (int l = 0; l < ner::kNumLabels; ++l) {
      if (weights[l] != 0) Put<int8_t>(weights[l], &out);
    }
  }
  Varint(lexicon.fine_to_mid.size(), &out);
  for (uint16_t v : lexicon.fine_to_mid) Put(v, &out);
  Varint(lexicon.mid_to_coarse.size(), &out);
  for (uint16_t v : lexicon.mid_to_coarse) Put(v, &out);
  // Sorted by spelling: neighbouring words share prefixes, which gzip then finds.
  std::vector<std::pair<std::string, int>> words = lexicon.words;
  std::sort(words.begin(), words.end());
  Varint(words.size(), &out);
  for (const auto& [w, c] : words) {
    Varint(static_cast<uint64_t>(c), &out);
    out += w;
    out.push_back('\0');
  }
  Varint(lexicon.phrases.size(), &out);
  for (const auto& [c, p] : lexicon.phrases) {
    Put<uint8_t>(static_cast<uint8_t>(c), &out);
    out += p;
    out.push_back('\0');
  }
  return out;
}

}  // namespace lede::train
