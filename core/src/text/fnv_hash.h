#pragma once
// 64-bit FNV-1a hashes of byte strings, with a final shift that spreads the high bits down.
// The NER model's feature ids are built from these (changing them needs retraining); the
// summary keys its terms by them too.

#include <cstdint>
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

}  // namespace lede
