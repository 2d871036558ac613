#pragma once
// Normalize's fast path: the stretches of plain ASCII it copies as they are. In a header of
// their own so that tests can hold the vector and word steps to the byte loop.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/byte_vectors.h"
#include "text/byte_words.h"

namespace lede {

// Printable ASCII, tab or newline: kept as it is by every rule of Normalize.
inline bool IsPlainAscii(char b) { return (b >= 0x20 && b < 0x7F) || b == '\n' || b == '\t'; }

// The end of the stretch of plain ASCII that starts at `from` (at most `limit`). Eight bytes
// at a time while every byte is printable (0x20-0x7E): pages are mostly that, and a byte loop
// made this a tenth of reader mode's time. Tabs and newlines take the byte loop (not the
// sixteen-byte step, which passes them).
inline size_t EndOfPlainAscii(std::string_view s, size_t from, size_t limit) {
  size_t j = from;
  while (true) {
#ifdef LEDE_BYTES16
    // Sixteen bytes a step where the target has SIMD, tabs and newlines included (markup is
    // indented): as signed bytes, 0x80..0xFF and the controls are below ' ', and DEL is the
    // one byte above '~'.
    const Bytes16 space = Splat16(' '), del = Splat16(0x7F), lf = Splat16('\n'), tab = Splat16('\t');
    while (j + 16 <= limit) {
      const Bytes16 x = Load16(s.data() + j);
      const uint32_t below = Mask16(LessSigned16(x, space));
      const uint32_t kept = Mask16(Or16(Equal16(x, lf), Equal16(x, tab)));
      if (((below & ~kept) | Mask16(Equal16(x, del))) != 0) break;
      j += 16;
    }
#endif
    while (j + 8 <= limit) {
      const uint64_t x = LoadWord(s.data() + j);
      // A byte >= 0x80, a byte < 0x20 or 0x7F ends the word's fast step.
      if ((x & kHighBits) | BytesBelow(x, 0x20) | BytesEqual(x, 0x7F)) break;
      j += 8;
    }
    if (j >= limit || !IsPlainAscii(s[j])) return j;
    ++j;  // one tab or newline (or the plain bytes before the word's first other byte)
  }
}

// The same answer, a byte at a time.
inline size_t EndOfPlainAsciiBytewise(std::string_view s, size_t from, size_t limit) {
  size_t j = from;
  while (j < limit && IsPlainAscii(s[j])) ++j;
  return j;
}

}  // namespace lede
