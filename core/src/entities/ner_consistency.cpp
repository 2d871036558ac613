#include "entities/ner_consistency.h"

#include "entities/ner_lexicon.h"

namespace lede::ner {
namespace {

constexpr size_t kMaxNameTokens = 4;
constexpr int kMinRetypeVotes = 3;  // tuned on CoNLL dev (1: -0.4 F1, 2: -0.02, 3: +0.02)
constexpr uint64_t kSeed = 0x2545F4914F6CDD1DULL;

uint64_t SequenceHash(const std::vector<std::string_view>& words, size_t begin, size_t end) {
  uint64_t h = kSeed;
  for (size_t i = begin; i < end; ++i) h = Mix(h, HashLower(words[i]));
  return h;
}

int Winner(const std::array<uint16_t, kNumTypes>& v) {
  int total = 0, best = -1;
  for (int t = 0; t < kNumTypes; ++t) {
    total += v[t];
    if (best < 0 || v[t] > v[best]) best = t;
  }
  return total > 0 && v[best] * 2 > total ? best : -1;
}

}  // namespace

void HeadlineHarmonizer::AddBody(const std::vector<std::string_view>& words,
                                 const std::vector<LabeledSpan>& spans) {
  for (const LabeledSpan& span : spans) {
    if (span.end - span.begin > kMaxNameTokens) continue;
    Votes& v = body_[SequenceHash(words, span.begin, span.end)];
    if (v[span.type] < 0xFFFF) ++v[span.type];
    // Headlines name people by surname: "Vladimir Putin" also reads "Putin".
    if (span.type == kPer && span.end - span.begin > 1) {
      Votes& last = body_[SequenceHash(words, span.end - 1, span.end)];
      if (last[kPer] < 0xFFFF) ++last[kPer];
    }
  }
}

void HeadlineHarmonizer::Apply(const std::vector<std::string_view>& words,
                               std::vector<LabeledSpan>* spans) const {
  if (body_.empty()) return;
  const size_t n = words.size();
  std::vector<int> labels = LabelsFromSpans(*spans, n);
  std::vector<LabeledSpan> out;
  size_t i = 0;
  size_t next_span = 0;
  while (i < n) {
    // The longest body name starting here, outside the tagger's spans.
    size_t best_len = 0;
    int best_type = -1;
    for (size_t len = 1; len <= kMaxNameTokens && i + len <= n; ++len) {
      const Votes* v = body_.Find(SequenceHash(words, i, i + len));
      const int type = v ? Winner(*v) : -1;
      if (type >= 0) {
        best_len = len;
        best_type = type;
      }
    }
    while (next_span < spans->size() && (*spans)[next_span].end <= i) ++next_span;
    const bool in_span = next_span < spans->size() && (*spans)[next_span].begin <= i;
    if (best_len > 0) {
      // Only outside the tagger's spans, and without cutting the next one in two.
      const size_t end = i + best_len;
      const bool clean_end = end == n || labels[end] == kOutside ||
                             LabelPosition(labels[end]) == kB || LabelPosition(labels[end]) == kU;
      const bool clean_start = !in_span;
      if (clean_end && clean_start) {
        out.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end), best_type});
        i = end;
        continue;
      }
    }
    if (in_span && (*spans)[next_span].begin == i) {
      LabeledSpan span = (*spans)[next_span];
      const Votes* v = body_.Find(SequenceHash(words, span.begin, span.end));
      if (v != nullptr && Winner(*v) >= 0 && (*v)[Winner(*v)] >= kMinRetypeVotes) {
        span.type = Winner(*v);
      }
      out.push_back(span);
      i = (*spans)[next_span].end;
      continue;
    }
    ++i;
  }
  spans->swap(out);
}

}  // namespace lede::ner
