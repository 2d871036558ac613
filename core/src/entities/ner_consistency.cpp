#include "entities/ner_consistency.h"

#include <array>

#include "entities/ner_flat_map.h"
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

// Votes per type for a lower-cased token sequence; the winner needs a strict majority.
using Votes = std::array<uint16_t, kNumTypes>;

int Winner(const Votes& v) {
  int total = 0, best = -1;
  for (int t = 0; t < kNumTypes; ++t) {
    total += v[t];
    if (best < 0 || v[t] > v[best]) best = t;
  }
  return total > 0 && v[best] * 2 > total ? best : -1;
}

}  // namespace

void HarmonizeHeadlines(std::vector<TaggedSentence>* sentences) {
  FlatMap<Votes> body;
  for (const TaggedSentence& s : *sentences) {
    if (s.headline) continue;
    for (const LabeledSpan& span : s.spans) {
      if (span.end - span.begin > kMaxNameTokens) continue;
      Votes& v = body[SequenceHash(s.words, span.begin, span.end)];
      if (v[span.type] < 0xFFFF) ++v[span.type];
      // Headlines name people by surname: "Vladimir Putin" also reads "Putin".
      if (span.type == kPer && span.end - span.begin > 1) {
        Votes& last = body[SequenceHash(s.words, span.end - 1, span.end)];
        if (last[kPer] < 0xFFFF) ++last[kPer];
      }
    }
  }
  if (body.empty()) return;
  for (TaggedSentence& s : *sentences) {
    if (!s.headline) continue;
    const size_t n = s.words.size();
    std::vector<int> labels = LabelsFromSpans(s.spans, n);
    std::vector<LabeledSpan> out;
    size_t i = 0;
    size_t next_span = 0;
    while (i < n) {
      // The longest body name starting here, outside the tagger's spans.
      size_t best_len = 0;
      int best_type = -1;
      for (size_t len = 1; len <= kMaxNameTokens && i + len <= n; ++len) {
        const Votes* v = body.Find(SequenceHash(s.words, i, i + len));
        const int type = v ? Winner(*v) : -1;
        if (type >= 0) {
          best_len = len;
          best_type = type;
        }
      }
      while (next_span < s.spans.size() && s.spans[next_span].end <= i) ++next_span;
      const bool in_span = next_span < s.spans.size() && s.spans[next_span].begin <= i;
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
      if (in_span && s.spans[next_span].begin == i) {
        LabeledSpan span = s.spans[next_span];
        const Votes* v = body.Find(SequenceHash(s.words, span.begin, span.end));
        if (v != nullptr && Winner(*v) >= 0 && (*v)[Winner(*v)] >= kMinRetypeVotes) {
          span.type = Winner(*v);
        }
        out.push_back(span);
        i = s.spans[next_span].end;
        continue;
      }
      ++i;
    }
    s.spans.swap(out);
  }
}

}  // namespace lede::ner
