// A feature extractor kept across documents (as entities.cpp keeps one per thread) gives the
// features a fresh one gives, also after it has dropped its word types for lack of room.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "entities/ner_features.h"
#include "entities/ner_model.h"

namespace lede {

extern const unsigned char kNerModelData[];
extern const size_t kNerModelSize;

namespace {

// Documents of a few sentences: news words, and made-up words enough to fill the types.
std::vector<std::vector<std::vector<std::string>>> Documents() {
  std::vector<std::vector<std::vector<std::string>>> docs;
  const std::vector<std::string> news = {"The", "European", "Union", "imposed", "sanctions",
                                         "on", "Russia", ",", "officials", "in", "Moscow",
                                         "said", "on", "Monday", "."};
  for (int d = 0; d < 12; ++d) {
    std::vector<std::vector<std::string>> doc = {news};
    for (int s = 0; s < 40; ++s) {
      std::vector<std::string> sentence = {"Mr", "Tokaev" + std::to_string(d), "met"};
      for (int w = 0; w < 25; ++w) sentence.push_back("Word" + std::to_string(d * 1000 + s * 25 + w));
      sentence.push_back(".");
      doc.push_back(sentence);
    }
    docs.push_back(doc);
  }
  return docs;
}

TEST(NerFeatures, AKeptExtractorGivesAFreshOnesFeatures) {
  ner::NerModel model;
  std::string error;
  ASSERT_TRUE(model.Load(kNerModelData, kNerModelSize, &error)) << error;
  ner::FeatureExtractor kept(model.lexicon());
  ASSERT_TRUE(kept.FitsLexicon(model.lexicon()));
  size_t sentences = 0;
  for (const auto& doc : Documents()) {  // 12 x ~1,000 new types: the room (8,192) runs out
    std::vector<std::vector<std::string_view>> words;
    for (const auto& s : doc) words.emplace_back(s.begin(), s.end());
    ner::DocumentCase casing;
    for (const auto& w : words) casing.AddSentence(w);
    kept.StartDocument();
    ner::FeatureExtractor fresh(model.lexicon());
    ner::SentenceFeatures a, b;
    for (const auto& w : words) {
      kept.Extract(w, casing, &a);
      fresh.Extract(w, casing, &b);
      ASSERT_EQ(a.offsets, b.offsets);
      ASSERT_TRUE(std::equal(a.ids.begin(), a.ids.end(), b.ids.begin(), b.ids.end()));
      ++sentences;
    }
  }
  EXPECT_GT(sentences, 400u);
}

TEST(NerFeatures, AnotherLexiconNeedsAnotherExtractor) {
  ner::NerModel model;
  std::string error;
  ASSERT_TRUE(model.Load(kNerModelData, kNerModelSize, &error)) << error;
  ner::FeatureExtractor extractor(model.lexicon());
  ner::NerModel other;
  ASSERT_TRUE(other.Load(kNerModelData, kNerModelSize, &error)) << error;
  EXPECT_FALSE(extractor.FitsLexicon(other.lexicon()));
  ner::NerLexicon changed = model.lexicon();
  EXPECT_FALSE(extractor.FitsLexicon(changed));  // another object
  ner::FeatureExtractor on_changed(changed);
  EXPECT_TRUE(on_changed.FitsLexicon(changed));
  changed.AddWord("lede", 1);  // the same object, changed
  EXPECT_FALSE(on_changed.FitsLexicon(changed));
  ner::FeatureExtractor on_moved(changed);
  ner::NerLexicon taken = std::move(changed);  // the moved-from lexicon is another one now
  EXPECT_FALSE(on_moved.FitsLexicon(changed));
  EXPECT_EQ(taken.words(), model.lexicon().words() + 1);
}

}  // namespace
}  // namespace lede
