#include "entities/entities.h"

#include <cstdint>
#include <string>

#include "entities/ner_consistency.h"
#include "entities/ner_features.h"
#include "entities/ner_labels.h"
#include "entities/ner_model.h"

namespace lede {

// Generated from core/data/ner/ner.bin by core/data/ner.cmake.
extern const unsigned char kNerModelData[];
extern const size_t kNerModelSize;

class EntityModel {
 public:
  ner::NerModel tagger;
  std::string error;
};

const EntityModel& DefaultEntityModel() {
  static const EntityModel* model = [] {
    auto* m = new EntityModel();
    m->tagger.Load(kNerModelData, kNerModelSize, &m->error);
    return m;
  }();
  return *model;
}

namespace {

std::string_view OutputType(int type) {
  switch (type) {
    case ner::kPer: return "PERSON";
    case ner::kOrg: return "ORG";
    case ner::kLoc: return "LOC";
    default: return "MISC";
  }
}

// The tagger learned from ASCII newswire: typographic quotes and dashes read as their ASCII
// forms ("Putin’s" -> "Putin's"). Returns `word` itself when nothing changes.
std::string_view AsciiPunctuation(std::string_view word, std::string* scratch) {
  if (word.find('\xE2') == std::string_view::npos) return word;
  scratch->clear();
  for (size_t i = 0; i < word.size(); ++i) {
    if (static_cast<unsigned char>(word[i]) == 0xE2 && i + 2 < word.size() &&
        static_cast<unsigned char>(word[i + 1]) == 0x80) {
      const unsigned char c = static_cast<unsigned char>(word[i + 2]);
      char ascii = 0;
      if (c == 0x98 || c == 0x99) ascii = '\'';
      if (c == 0x9C || c == 0x9D) ascii = '"';
      if (c == 0x93 || c == 0x94) ascii = '-';
      if (ascii) {
        scratch->push_back(ascii);
        i += 2;
        continue;
      }
    }
    scratch->push_back(word[i]);
  }
  return *scratch;
}

}  // namespace

std::vector<Entity> FindEntities(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<Token>& tokens, const EntityModel& model) {
  std::vector<Entity> out;
  if (model.tagger.empty() || tokens.empty()) return out;
  // Sentences as runs of tokens; normalized word forms live in `forms` (stable storage).
  std::vector<std::pair<size_t, size_t>> runs;
  std::vector<std::string> forms(tokens.size());
  std::vector<std::string_view> all_words(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const uint32_t end = t.end <= text.size() ? t.end : static_cast<uint32_t>(text.size());
    const uint32_t start = t.start <= end ? t.start : end;
    all_words[i] = AsciiPunctuation(text.substr(start, end - start), &forms[i]);
    if (i == 0 || tokens[i].sentence != tokens[i - 1].sentence) runs.push_back({i, i});
    runs.back().second = i + 1;
  }
  ner::DocumentCase doc;
  std::vector<std::string_view> words;
  for (const auto& run : runs) {
    words.assign(all_words.begin() + run.first, all_words.begin() + run.second);
    doc.AddSentence(words);
  }
  ner::FeatureExtractor extractor(model.tagger.lexicon());
  ner::SentenceFeatures features;
  std::vector<int> labels;
  std::vector<ner::TaggedSentence> tagged(runs.size());
  for (size_t r = 0; r < runs.size(); ++r) {
    ner::TaggedSentence& t = tagged[r];
    t.words.assign(all_words.begin() + runs[r].first, all_words.begin() + runs[r].second);
    t.headline = ner::IsHeadlineCase(t.words);
    extractor.Extract(t.words, doc, &features);
    model.tagger.Tag(features, &labels);
    t.spans = ner::SpansFromLabels(labels);
  }
  ner::HarmonizeHeadlines(&tagged);
  for (size_t r = 0; r < runs.size(); ++r) {
    for (const ner::LabeledSpan& s : tagged[r].spans) {
      const Token& first = tokens[runs[r].first + s.begin];
      const Token& last = tokens[runs[r].first + s.end - 1];
      if (last.end > text.size() || first.start >= last.end) continue;
      Entity e;
      e.span = {first.start, last.end};
      e.text = std::string(text.substr(first.start, last.end - first.start));
      e.type = std::string(OutputType(s.type));
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace lede
