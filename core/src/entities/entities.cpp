#include "entities/entities.h"

#include <cstdint>
#include <deque>
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
  // Sentences as runs of tokens, each with its words. A word is a view into the text, or
  // into `forms` when its punctuation was rewritten (few are: a deque keeps them in place
  // and costs nothing per unchanged word; memory per token matters on 10 MB inputs).
  std::vector<std::pair<size_t, size_t>> runs;
  std::vector<ner::TaggedSentence> tagged;
  std::deque<std::string> forms;
  std::string scratch;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const uint32_t end = t.end <= text.size() ? t.end : static_cast<uint32_t>(text.size());
    const uint32_t start = t.start <= end ? t.start : end;
    std::string_view word = AsciiPunctuation(text.substr(start, end - start), &scratch);
    if (word.data() == scratch.data()) word = forms.emplace_back(scratch);
    if (i == 0 || tokens[i].sentence != tokens[i - 1].sentence) {
      runs.push_back({i, i});
      tagged.emplace_back();
    }
    runs.back().second = i + 1;
    tagged.back().words.push_back(word);
  }
  ner::DocumentCase doc;
  for (const ner::TaggedSentence& t : tagged) doc.AddSentence(t.words);
  ner::FeatureExtractor extractor(model.tagger.lexicon());
  ner::SentenceFeatures features;
  std::vector<int> labels;
  for (size_t r = 0; r < runs.size(); ++r) {
    ner::TaggedSentence& t = tagged[r];
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
