#include "conll_data.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace lede::train {

std::vector<ner::LabeledSpan> SpansFromIob(const std::vector<std::string>& tags) {
  std::vector<ner::LabeledSpan> spans;
  int open = -1;  // type of the open span
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    const int type = tag.size() > 2 ? ner::TypeFromName(tag.substr(2)) : -1;
    const bool begins = type >= 0 && (tag[0] == 'B' || type != open);
    if (open >= 0 && (type < 0 || begins)) {
      spans.back().end = i;
      open = -1;
    }
    if (type >= 0 && begins) {
      spans.push_back({i, i + 1, type});
      open = type;
    }
  }
  if (open >= 0) spans.back().end = static_cast<uint32_t>(tags.size());
  return spans;
}

std::vector<ConllDocument> ReadConll(const std::string& path, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return {};
  }
  std::vector<ConllDocument> docs(1);
  ConllSentence sentence;
  std::vector<std::string> tags;
  auto flush = [&] {
    if (sentence.words.empty()) return;
    sentence.spans = SpansFromIob(tags);
    docs.back().push_back(std::move(sentence));
    sentence = ConllSentence();
    tags.clear();
  };
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    std::istringstream fields(line);
    std::string word, pos, chunk, tag;
    fields >> word >> pos >> chunk >> tag;
    if (word == "-DOCSTART-") {
      flush();
      if (!docs.back().empty()) docs.emplace_back();
      continue;
    }
    sentence.words.push_back(word);
    tags.push_back(tag);
  }
  flush();
  if (docs.back().empty()) docs.pop_back();
  return docs;
}

std::vector<ConllDocument> ReadGmb(const std::string& path, int max_sentences,
                                   const std::vector<std::string>& title_words,
                                   std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot read " + path;
    return {};
  }
  std::vector<ConllDocument> docs;
  ConllSentence sentence;
  std::vector<std::string> tags;
  int sentences = 0;
  auto flush = [&] {
    if (sentence.words.empty()) return;
    sentence.spans = SpansFromIob(tags);
    for (ner::LabeledSpan& span : sentence.spans) {
      while (span.type == ner::kPer && span.end - span.begin > 1 &&
             std::find(title_words.begin(), title_words.end(), sentence.words[span.begin]) !=
                 title_words.end()) {
        ++span.begin;
      }
    }
    docs.push_back({std::move(sentence)});
    sentence = ConllSentence();
    tags.clear();
  };
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    // Sentence #,Word,POS,Tag -- the word itself may hold commas, so split from both ends.
    const size_t first = line.find(',');
    const size_t last = line.rfind(',');
    const size_t pos = last == std::string::npos ? last : line.rfind(',', last - 1);
    if (first == std::string::npos || pos == std::string::npos || pos <= first) continue;
    if (line.rfind("Sentence:", 0) == 0) {
      flush();
      if (++sentences > max_sentences) break;
    }
    const std::string word = line.substr(first + 1, pos - first - 1);
    std::string tag = line.substr(last + 1);
    if (tag.size() > 2) {
      const std::string t = tag.substr(2);
      const char bio = tag[0];
      const char* mapped = t == "geo" ? "LOC" : t == "per" ? "PER" : t == "org" ? "ORG"
                           : t == "tim" ? nullptr : "MISC";
      tag = mapped ? std::string(1, bio) + "-" + mapped : "O";
    }
    sentence.words.push_back(word);
    tags.push_back(tag);
  }
  flush();
  return docs;
}

void EntityScore::Add(const std::vector<ner::LabeledSpan>& gold,
                      const std::vector<ner::LabeledSpan>& pred) {
  auto same = [](const ner::LabeledSpan& a, const ner::LabeledSpan& b) {
    return a.begin == b.begin && a.end == b.end && a.type == b.type;
  };
  for (const auto& p : pred) {
    const bool hit = std::any_of(gold.begin(), gold.end(), [&](const auto& g) { return same(g, p); });
    (hit ? tp_ : fp_)[p.type]++;
  }
  for (const auto& g : gold) {
    const bool hit = std::any_of(pred.begin(), pred.end(), [&](const auto& p) { return same(g, p); });
    if (!hit) fn_[g.type]++;
  }
}

double EntityScore::F1(unsigned types) const {
  long tp = 0, fp = 0, fn = 0;
  for (int t = 0; t < ner::kNumTypes; ++t) {
    if (!(types & (1u << t))) continue;
    tp += tp_[t];
    fp += fp_[t];
    fn += fn_[t];
  }
  return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
}

std::string EntityScore::Report() const {
  std::string out;
  char line[160];
  auto row = [&](const char* name, unsigned types) {
    long tp = 0, fp = 0, fn = 0;
    for (int t = 0; t < ner::kNumTypes; ++t) {
      if (!(types & (1u << t))) continue;
      tp += tp_[t];
      fp += fp_[t];
      fn += fn_[t];
    }
    const double p = tp + fp ? double(tp) / (tp + fp) : 0, r = tp + fn ? double(tp) / (tp + fn) : 0;
    std::snprintf(line, sizeof line, "%-14s P %.4f  R %.4f  F1 %.4f  (gold %ld, predicted %ld)\n",
                  name, p, r, F1(types), tp + fn, tp + fp);
    out += line;
  };
  for (int t = 0; t < ner::kNumTypes; ++t) row(std::string(ner::TypeName(t)).c_str(), 1u << t);
  row("PER+LOC+ORG", kPerLocOrg);
  row("all 4 types", kAllTypes);
  return out;
}

}  // namespace lede::train
