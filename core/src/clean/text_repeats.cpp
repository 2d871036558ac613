#include "clean/text_repeats.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace lede {
namespace {

constexpr size_t kNearEdge = 48;    // bytes of the key compared at each end
constexpr size_t kNearMinKey = 64;  // shorter keys must match exactly

bool SimilarLength(size_t a, size_t b) {
  size_t lo = a < b ? a : b;
  size_t hi = a < b ? b : a;
  return lo * 5 >= hi * 4;  // within 20%
}

}  // namespace

// Whether `needle` occurs in `hay`, in O(|hay| + |needle|) whatever the text (a rolling
// hash, each hit confirmed): the pull-quote search must stay linear on repetitive input.
bool ContainsText(const std::string& hay, const std::string& needle) {
  const size_t m = needle.size();
  if (m == 0 || m > hay.size()) return m == 0;
  constexpr uint64_t kBase = 1099511628211ull;
  uint64_t target = 0, window = 0, top = 1;
  for (size_t i = 0; i < m; ++i) {
    target = target * kBase + static_cast<unsigned char>(needle[i]);
    window = window * kBase + static_cast<unsigned char>(hay[i]);
    if (i > 0) top *= kBase;
  }
  for (size_t i = 0;; ++i) {
    if (window == target && hay.compare(i, m, needle) == 0) return true;
    if (i + m >= hay.size()) return false;
    window = (window - top * static_cast<unsigned char>(hay[i])) * kBase +
             static_cast<unsigned char>(hay[i + m]);
  }
}

std::vector<int> FindRepeats(const std::vector<TextLine>& lines) {
  std::vector<int> repeat_of(lines.size(), -1);
  std::unordered_map<std::string, int> exact;
  std::unordered_map<std::string, int> heads;
  std::unordered_map<std::string, int> tails;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& key = lines[i].key;
    if (lines[i].word_count < 5 || key.size() < 16) continue;
    int me = static_cast<int>(i);
    auto [it, fresh] = exact.try_emplace(key, me);
    if (!fresh) {
      repeat_of[i] = it->second;
      continue;
    }
    if (key.size() < kNearMinKey) continue;
    std::string head = key.substr(0, kNearEdge);
    std::string tail = key.substr(key.size() - kNearEdge);
    auto h = heads.find(head);
    if (h != heads.end() && SimilarLength(lines[h->second].key.size(), key.size())) {
      repeat_of[i] = h->second;
      continue;
    }
    auto t = tails.find(tail);
    if (t != tails.end() && SimilarLength(lines[t->second].key.size(), key.size())) {
      repeat_of[i] = t->second;
      continue;
    }
    heads.try_emplace(std::move(head), me);
    tails.try_emplace(std::move(tail), me);
  }
  return repeat_of;
}

}  // namespace lede
