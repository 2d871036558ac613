#pragma once
// The tagger's label set: BILOU over CoNLL's four types, and the hard transition rules
// that keep every decoded sequence a well-formed set of spans.

#include <cstdint>
#include <string_view>
#include <vector>

namespace lede::ner {

enum NerType : int { kPer = 0, kOrg = 1, kLoc = 2, kMisc = 3, kNumTypes = 4 };
enum Position : int { kB = 0, kI = 1, kL = 2, kU = 3 };

constexpr int kNumLabels = 1 + 4 * kNumTypes;  // O plus B/I/L/U per type
constexpr int kOutside = 0;

constexpr int MakeLabel(int type, int pos) { return 1 + 4 * type + pos; }
constexpr int LabelType(int label) { return label == kOutside ? -1 : (label - 1) / 4; }
constexpr int LabelPosition(int label) { return label == kOutside ? -1 : (label - 1) % 4; }

// True when `label` may follow `prev` (prev < 0 means the sentence start).
bool TransitionAllowed(int prev, int label);
// True when a sentence may end after `label`.
bool CanEnd(int label);

// "PER", "ORG", "LOC", "MISC".
std::string_view TypeName(int type);
int TypeFromName(std::string_view name);  // -1 when unknown

struct LabeledSpan {
  uint32_t begin = 0;  // token index
  uint32_t end = 0;    // one past the last token
  int type = 0;
};

// Spans of a well-formed BILOU sequence (a stray I/L opens a span, so any input is safe).
std::vector<LabeledSpan> SpansFromLabels(const std::vector<int>& labels);
// BILOU labels for `spans` over `n` tokens.
std::vector<int> LabelsFromSpans(const std::vector<LabeledSpan>& spans, size_t n);

}  // namespace lede::ner
