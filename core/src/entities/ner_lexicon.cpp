#include "entities/ner_lexicon.h"

#include <atomic>
#include <utility>

namespace lede::ner {
namespace {

constexpr uint16_t kContinues = 0x8000;
constexpr uint64_t kPhraseSeed = 0x51ED270B27A3B1C5ULL;

}  // namespace

uint64_t NerLexicon::NextGeneration() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void NerLexicon::ReserveWords(size_t words) { words_.Reserve(words); }

void NerLexicon::ReservePhrases(size_t phrases) {
  // A phrase adds one entry per token prefix: two on average in the shipped lists.
  phrases_.Reserve(phrases * 2);
}

void NerLexicon::AddWord(std::string_view word, int fine_cluster) {
  generation_ = NextGeneration();
  words_[HashBytes(word)] = static_cast<uint16_t>(fine_cluster);
}

void NerLexicon::SetHierarchy(std::vector<uint16_t> fine_to_mid,
                              std::vector<uint16_t> mid_to_coarse) {
  generation_ = NextGeneration();
  fine_to_mid_ = std::move(fine_to_mid);
  mid_to_coarse_ = std::move(mid_to_coarse);
}

void NerLexicon::AddPhrase(LexCategory category, std::string_view phrase) {
  if (category >= kLexCount) return;
  generation_ = NextGeneration();
  uint64_t h = kPhraseSeed;
  size_t tokens = 0;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) {
      if (tokens > 0) phrases_[h] |= kContinues;
      h = Mix(h, HashLower(phrase.substr(i, j - i)));
      if (++tokens > kMaxPhraseTokens) return;
    }
    i = j + 1;
  }
  if (tokens == 0) return;
  phrases_[h] |= static_cast<uint16_t>(1u << category);
  ++phrase_count_;
}

Clusters NerLexicon::Lookup(uint64_t word_hash) const {
  Clusters c;
  const uint16_t* fine = words_.Find(word_hash);
  if (fine == nullptr) return c;
  c.fine = *fine;
  if (c.fine < static_cast<int>(fine_to_mid_.size())) c.mid = fine_to_mid_[c.fine];
  if (c.mid >= 0 && c.mid < static_cast<int>(mid_to_coarse_.size())) {
    c.coarse = mid_to_coarse_[c.mid];
  }
  return c;
}

void NerLexicon::Match(const std::vector<uint64_t>& lower_hashes,
                       std::vector<Marks>* marks) const {
  const size_t n = lower_hashes.size();
  marks->assign(n, Marks{});
  if (phrases_.empty()) return;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = kPhraseSeed;
    std::array<uint8_t, kLexCount> longest{};  // phrase length per category from i
    for (size_t len = 1; len <= kMaxPhraseTokens && i + len <= n; ++len) {
      h = Mix(h, lower_hashes[i + len - 1]);
      const uint16_t* bits = phrases_.Find(h);
      if (bits == nullptr) break;
      for (int c = 0; c < kLexCount; ++c) {
        if (*bits & (1u << c)) longest[c] = static_cast<uint8_t>(len);
      }
      if (!(*bits & kContinues)) break;
    }
    for (int c = 0; c < kLexCount; ++c) {
      const size_t len = longest[c];
      if (len == 0) continue;
      // An earlier, longer match keeps its marks: only fill tokens not yet covered.
      if ((*marks)[i][c] != 0) continue;
      if (len == 1) {
        (*marks)[i][c] = 4;
        continue;
      }
      for (size_t k = 0; k < len; ++k) {
        (*marks)[i + k][c] = k == 0 ? 1 : (k + 1 == len ? 3 : 2);
      }
    }
  }
}

}  // namespace lede::ner
