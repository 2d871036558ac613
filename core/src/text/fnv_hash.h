#pragma once
// 64-bit FNV-1a hashes of byte strings, with a final shift that spreads the high bits down.
// The NER model's feature ids are built from these (changing them needs retraining); the
// summary keys its terms by them too. HashBytesFast, at the end, is for per-document keys.

#include <cstdint>
#include <cstring>
#include <string_view>

namespace lede {

inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ULL;
  return h ^ (h >> 29);
}

// HashLower of a string fed piece by piece: Value() after Add(a), Add(b) is HashLower(a + b).
class LowerHasher {
 public:
  void Add(std::string_view s) {
    for (unsigned char c : s) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
      h_ = (h_ ^ c) * 0x100000001B3ULL;
    }
  }
  uint64_t Value() const { return h_ ^ (h_ >> 29); }

 private:
  uint64_t h_ = 0xCBF29CE484222325ULL;
};

// Hash of the ASCII-lower-cased bytes (other bytes unchanged).
inline uint64_t HashLower(std::string_view s) {
  LowerHasher h;
  h.Add(s);
  return h.Value();
}

// A 64-bit hash of a byte string read eight bytes a step, for keys that live only while a
// document is analysed (a page's class words and ancestor-word strings): several times faster
// than HashBytes on long strings. Not for anything stored or trained: its values are not FNV's.
inline uint64_t HashBytesFast(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x243F6A8885A308D3ULL ^ (n * kMul);
  auto mix = [&](uint64_t w) {
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  };
  auto load8 = [](const char* q) {
    uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  if (n >= 8) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) mix(load8(p + i));
    if (i < n) mix(load8(p + n - 8));  // the last bytes, overlapping the previous word
  } else if (n >= 4) {
    uint32_t a, b;  // two overlapping halves: short words (most class words) in two loads
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    mix(a | (static_cast<uint64_t>(b) << 32));
  } else if (n > 0) {
    const auto byte = [&](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
    mix((byte(0) << 16) | (byte(n >> 1) << 8) | byte(n - 1));
  }
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}

}  // namespace lede
