#pragma once
// Eight bytes a step: the word tricks the byte scanners share (Normalize's ASCII run, the HTML
// tokenizer's text, script and attribute scans). Words are read little-endian, as on x86 and
// WebAssembly, so the lowest flagged byte is the first in the text.

#include <cstdint>
#include <cstring>

namespace lede {

constexpr uint64_t kEveryByte = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The eight bytes at `p`.
inline uint64_t LoadWord(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

// The high bit of every byte of `x` below `n` (n <= 0x80): nonzero when any is. The lowest
// flag is exact; a borrow may flag bytes after it. With n = 1: the zero bytes.
inline uint64_t BytesBelow(uint64_t x, unsigned n) { return (x - kEveryByte * n) & ~x & kHighBits; }

// The same for bytes equal to `b`.
inline uint64_t BytesEqual(uint64_t x, unsigned char b) { return BytesBelow(x ^ (kEveryByte * b), 1); }

// A set of byte values as a 256-entry table, made at compile time from a predicate on 0..255:
// the byte loops that test several values a byte (name bytes, word breaks) load one entry.
struct ByteSet {
  bool is[256] = {};
  constexpr bool operator()(char c) const { return is[static_cast<unsigned char>(c)]; }
};
template <typename Predicate>
constexpr ByteSet MakeByteSet(Predicate member) {
  ByteSet set;
  for (int b = 0; b < 256; ++b) set.is[b] = member(b);
  return set;
}

}  // namespace lede
