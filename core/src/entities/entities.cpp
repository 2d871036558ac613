#include "entities/entities.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <memory>
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

// One feature extractor per thread, kept across documents: a word's features depend on the
// word and the lexicon alone, so a short document's words are then mostly known (per byte, a
// 1 KB article cost about a third more than a long one, which repeats its words). A new
// lexicon (another model) gets a new extractor.
thread_local std::unique_ptr<ner::FeatureExtractor> thread_extractor;

ner::FeatureExtractor& ThreadExtractor(const ner::NerLexicon& lexicon) {
  std::unique_ptr<ner::FeatureExtractor>& extractor = thread_extractor;
  if (!extractor || !extractor->FitsLexicon(lexicon)) {
    extractor = std::make_unique<ner::FeatureExtractor>(lexicon);
  }
  extractor->StartDocument();
  return *extractor;
}

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

void DropThreadCaches() { thread_extractor.reset(); }

std::vector<Entity> FindEntities(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<Token>& tokens, const EntityModel& model) {
  std::vector<Entity> out;
  if (model.tagger.empty() || tokens.empty()) return out;
  // Sentences as runs of tokens. A sentence's words are views into the text, made again for
  // each pass over the sentences: kept for all of them they were 16 bytes a token plus each
  // vector's slack (40 MB on a 10 MB input). The few words whose punctuation is rewritten are
  // made once, in `forms` (a deque keeps them in place), by token index.
  std::vector<std::pair<size_t, size_t>> runs;
  std::vector<std::pair<size_t, std::string_view>> rewritten;  // token -> word, in token order
  std::deque<std::string> forms;
  std::string scratch;
  // A token's text, clamped to the text (tokens past its end read as empty).
  auto token_text = [&](const Token& t) {
    const uint32_t end = t.end <= text.size() ? t.end : static_cast<uint32_t>(text.size());
    const uint32_t start = t.start <= end ? t.start : end;
    return text.substr(start, end - start);
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    std::string_view word = AsciiPunctuation(token_text(tokens[i]), &scratch);
    if (word.data() == scratch.data()) rewritten.emplace_back(i, forms.emplace_back(scratch));
    if (i == 0 || tokens[i].sentence != tokens[i - 1].sentence) runs.push_back({i, i});
    runs.back().second = i + 1;
  }
  auto words_of = [&](const std::pair<size_t, size_t>& run, std::vector<std::string_view>* words) {
    words->clear();
    size_t next_rewritten = static_cast<size_t>(
        std::lower_bound(rewritten.begin(), rewritten.end(), run.first,
                         [](const auto& w, size_t token) { return w.first < token; }) -
        rewritten.begin());
    for (size_t i = run.first; i < run.second; ++i) {
      if (next_rewritten < rewritten.size() && rewritten[next_rewritten].first == i) {
        words->push_back(rewritten[next_rewritten++].second);
        continue;
      }
      words->push_back(token_text(tokens[i]));
    }
  };
  std::vector<std::string_view> words;
  ner::DocumentCase doc;
  std::vector<bool> headline(runs.size());
  for (size_t r = 0; r < runs.size(); ++r) {
    words_of(runs[r], &words);
    headline[r] = doc.AddSentence(words);
  }
  // Tag each sentence; body sentences leave their names' votes, headlines are harmonized with
  // them at the end (so only headlines keep their words).
  ner::FeatureExtractor& extractor = ThreadExtractor(model.tagger.lexicon());
  ner::SentenceFeatures features;
  std::vector<int> labels;
  ner::TagScratch tag_buffers;  // the tagger's buffers, allocated once for the document
  std::vector<std::vector<ner::LabeledSpan>> spans(runs.size());
  std::vector<std::pair<size_t, std::vector<std::string_view>>> headlines;  // run, words
  ner::HeadlineHarmonizer harmonizer;
  for (size_t r = 0; r < runs.size(); ++r) {
    words_of(runs[r], &words);
    extractor.Extract(words, doc, &features);
    model.tagger.Tag(features, &labels, &tag_buffers);
    spans[r] = ner::SpansFromLabels(labels);
    if (headline[r]) {
      headlines.emplace_back(r, words);
    } else {
      harmonizer.AddBody(words, spans[r]);
    }
  }
  for (const auto& [r, headline_words] : headlines) harmonizer.Apply(headline_words, &spans[r]);
  for (size_t r = 0; r < runs.size(); ++r) {
    for (const ner::LabeledSpan& s : spans[r]) {
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
