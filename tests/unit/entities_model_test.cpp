// The compiled-in NER model: it loads, is non-trivial, and scores on CoNLL-2003 dev
// (read from the shared corpus at run time; skipped when absent).
#include <gtest/gtest.h>

#include <array>
#include <fstream>
#include <string>
#include <vector>

#include "entities/entities.h"
#include "entities/ner_model.h"
#include "model_writer.h"

namespace lede {

extern const unsigned char kNerModelData[];
extern const size_t kNerModelSize;

namespace {

TEST(EntitiesModel, CompiledInModelLoads) {
  ner::NerModel model;
  std::string error;
  ASSERT_TRUE(model.Load(kNerModelData, kNerModelSize, &error)) << error;
  EXPECT_GT(model.features(), 10000u);
  EXPECT_GT(model.lexicon().words(), 10000u);
  EXPECT_GT(model.lexicon().phrases(), 1000u);
}

// The decoder against a plain dynamic program over TransitionAllowed: the decoder's BILOU
// shortcut (fixed lists of the labels that may precede each label) must find the same best
// sequence. Random scores in steps of 0.01, fixed seed; ties are rare, and both sides break
// them the same way (the first, lowest predecessor label wins).
TEST(EntitiesModel, ViterbiMatchesAPlainDynamicProgram) {
  constexpr int L = ner::kNumLabels;
  uint64_t state = 42;
  auto random = [&state]() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<float>(static_cast<int64_t>(state >> 33) % 2000 - 1000) / 100.f;
  };
  for (int trial = 0; trial < 200; ++trial) {
    const size_t n = 1 + trial % 23;
    std::vector<float> emissions(n * L), start(L), transitions(L * L);
    for (float& v : emissions) v = random();
    for (float& v : start) v = random();
    for (float& v : transitions) v = random();
    std::vector<int> labels;
    ner::Viterbi(emissions, n, start.data(), transitions.data(), &labels);

    const float kNone = -1e30f;
    std::vector<float> best(n * L, kNone);
    std::vector<int> from(n * L, 0);
    for (int b = 0; b < L; ++b) {
      if (ner::TransitionAllowed(-1, b)) best[b] = start[b] + emissions[b];
    }
    for (size_t i = 1; i < n; ++i) {
      for (int b = 0; b < L; ++b) {
        for (int a = 0; a < L; ++a) {
          if (!ner::TransitionAllowed(a, b) || best[(i - 1) * L + a] == kNone) continue;
          const float s = best[(i - 1) * L + a] + transitions[a * L + b] + emissions[i * L + b];
          if (best[i * L + b] == kNone || s > best[i * L + b]) {
            best[i * L + b] = s;
            from[i * L + b] = a;
          }
        }
      }
    }
    int last = -1;
    for (int b = 0; b < L; ++b) {
      if (!ner::CanEnd(b) || best[(n - 1) * L + b] == kNone) continue;
      if (last < 0 || best[(n - 1) * L + b] > best[(n - 1) * L + last]) last = b;
    }
    ASSERT_GE(last, 0);
    std::vector<int> expected(n);
    for (size_t i = n; i-- > 0;) {
      expected[i] = last;
      last = from[i * L + last];
    }
    EXPECT_EQ(labels, expected) << "trial " << trial;
  }
}

TEST(EntitiesModel, RejectsBrokenBlobs) {
  ner::NerModel model;
  std::string error;
  EXPECT_FALSE(model.Load(nullptr, 0, &error));
  EXPECT_TRUE(model.empty());
  const std::vector<unsigned char> truncated(kNerModelData, kNerModelData + kNerModelSize / 2);
  EXPECT_FALSE(model.Load(truncated.data(), truncated.size(), &error));
  EXPECT_TRUE(model.empty());
}

// A model blob, as the trainer writes it, with the given feature ids (one weight each, on
// label 0) and no lexicon.
std::string BlobWithFeatures(const std::vector<uint32_t>& ids) {
  train::QuantizedModel model;
  model.top = 1.f;
  model.mu = 10.f;
  for (uint32_t id : ids) {
    std::array<int8_t, ner::kNumLabels> weights{};
    weights[0] = 100;
    model.rows.emplace_back(id, weights);
  }
  return train::SerializeModel(model, train::LexiconData());
}

// The feature table's lookups: ids that share a home slot, a crowd at the very end of the id
// range (which runs past the table's power of two), the largest id, and ids the model lacks.
TEST(EntitiesModel, FindsEveryFeatureAndNoOther) {
  std::vector<uint32_t> ids = {0, 1, 2, 3, 0x10000000, 0x10000001, 0x7FFFFFFF, 0x80000000};
  for (uint32_t k = 0; k < 40; ++k) ids.push_back(0xFFFFFF00u + 6 * k);
  ids.push_back(0xFFFFFFFFu);
  const std::string blob = BlobWithFeatures(ids);
  ner::NerModel model;
  std::string error;
  ASSERT_TRUE(model.Load(reinterpret_cast<const uint8_t*>(blob.data()), blob.size(), &error)) << error;
  ASSERT_EQ(model.features(), ids.size());
  for (size_t row = 0; row < ids.size(); ++row) EXPECT_EQ(model.Row(ids[row]), int32_t(row));
  for (uint32_t absent : {4u, 0x0FFFFFFFu, 0x10000002u, 0x7FFFFFFEu, 0x80000001u, 0xFFFFFEFFu,
                          0xFFFFFF01u, 0xFFFFFFFEu}) {
    EXPECT_EQ(model.Row(absent), -1) << absent;
  }
  // The compiled-in model: its ids are not at hand here, but an id it lacks must not be found
  // in a row, and the lookups must end (every walk stops at the table's last, empty slot).
  ASSERT_TRUE(model.Load(kNerModelData, kNerModelSize, &error)) << error;
  size_t found = 0;
  for (uint64_t id = 0; id <= 0xFFFFFFFFu; id += 0x1003) found += model.Row(uint32_t(id)) >= 0;
  EXPECT_LT(found, 100u);
}

TEST(EntitiesModel, RejectsFeaturesOutOfOrder) {
  ner::NerModel model;
  std::string error;
  const std::string repeated = BlobWithFeatures({5, 9, 9});
  EXPECT_FALSE(model.Load(reinterpret_cast<const uint8_t*>(repeated.data()), repeated.size(), &error));
  EXPECT_NE(error.find("increasing"), std::string::npos) << error;
  EXPECT_TRUE(model.empty());
  EXPECT_EQ(model.Row(5), -1);
}

// Tags a CoNLL document's tokens (no re-tokenization) and counts exact PER/LOC/ORG matches.
TEST(EntitiesModel, ConllDevF1) {
  const std::string path = std::string(LEDE_SHARED_DIR) + "/corpus/conll2003/dev.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no " << path;
  long tp = 0, fp = 0, fn = 0;
  std::string text, line;
  std::vector<Span> sentences;
  std::vector<Token> tokens;
  std::vector<std::string> tags;
  std::vector<std::pair<Span, std::string>> gold;
  auto close_sentence = [&] {
    if (!sentences.empty() && sentences.back().end == text.size()) return;
    const uint32_t start = sentences.empty() ? 0 : sentences.back().end + 1;
    if (text.size() <= start) return;
    sentences.push_back({start, static_cast<uint32_t>(text.size())});
    text.push_back('\n');
  };
  auto score_document = [&] {
    close_sentence();
    // Gold spans from IOB1 tags, tokens in order.
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tags[i] == "O") continue;
      const std::string type = tags[i].substr(2);
      const bool begins = tags[i][0] == 'B' || i == 0 || tags[i - 1] == "O" ||
                          tags[i - 1].substr(2) != type ||
                          tokens[i - 1].sentence != tokens[i].sentence;
      if (begins) {
        gold.push_back({{tokens[i].start, tokens[i].end}, type});
      } else {
        gold.back().first.end = tokens[i].end;
      }
    }
    long doc_tp = 0;
    for (const Entity& e : FindEntities(text, sentences, tokens, DefaultEntityModel())) {
      const std::string type = e.type == "PERSON" ? "PER" : e.type;
      if (type == "MISC") continue;
      bool hit = false;
      for (const auto& g : gold) {
        hit = hit || (g.first.start == e.span.start && g.first.end == e.span.end && g.second == type);
      }
      (hit ? doc_tp : fp)++;
    }
    for (const auto& g : gold) {
      if (g.second != "MISC") ++fn;
    }
    fn -= doc_tp;
    tp += doc_tp;
    text.clear();
    sentences.clear();
    tokens.clear();
    tags.clear();
    gold.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("-DOCSTART-", 0) == 0) {
      score_document();
      continue;
    }
    if (line.empty()) {
      close_sentence();
      continue;
    }
    const std::string word = line.substr(0, line.find(' '));
    const std::string tag = line.substr(line.rfind(' ') + 1);
    if (!text.empty() && text.back() != '\n') text.push_back(' ');
    const uint32_t start = static_cast<uint32_t>(text.size());
    text += word;
    tokens.push_back({start, static_cast<uint32_t>(text.size()),
                      static_cast<uint32_t>(sentences.size())});
    tags.push_back(tag);
  }
  score_document();
  const double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
  EXPECT_GE(f1, 0.90) << "tp " << tp << " fp " << fp << " fn " << fn;
}

}  // namespace
}  // namespace lede
