#pragma once
// The runs of words with single spaces between them that the block builder copies from text
// between tags in one append (most text is such a run): where one ends, and how many spaces
// it passed. Sixteen bytes a step where the target has SIMD; EndOfWordRunBytewise is the byte
// loop both end with, kept apart so tests can hold the two to the same answers.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "html/tokenizer_chars.h"
#include "text/byte_vectors.h"
#include "text/byte_words.h"

namespace lede {

// Bytes that may end a word in text: white space, NUL, and the first byte of a no-break space.
inline constexpr ByteSet kWordBreak =
    MakeByteSet([](int c) { return IsTagSpace(c) || c == 0 || c == 0xC2; });

// From j (a word byte), the end of the run: a break byte ends it unless it is a single space
// before a word byte (counted in *spaces) or a 0xC2 that does not begin a no-break space.
inline size_t EndOfWordRunBytewise(std::string_view text, size_t j, size_t* spaces) {
  const size_t n = text.size();
  for (;;) {
    while (j < n && !kWordBreak(text[j])) ++j;
    if (j >= n) return j;
    if (text[j] == '\xC2' && !(j + 1 < n && text[j + 1] == '\xA0')) {
      ++j;  // a two-byte character, not a no-break space
      continue;
    }
    if (text[j] == ' ' && j + 1 < n && !kWordBreak(text[j + 1])) {
      ++*spaces;
      ++j;
      continue;
    }
    return j;
  }
}

#ifdef LEDE_BYTES16
// The IsTagSpace lanes of sixteen bytes.
inline Bytes16 TagSpaces16(Bytes16 x) {
  return Or16(Or16(Equal16(x, Splat16(' ')), Equal16(x, Splat16('\t'))),
              Or16(Or16(Equal16(x, Splat16('\n')), Equal16(x, Splat16('\r'))),
                   Equal16(x, Splat16('\f'))));
}

// The kWordBreak bytes of sixteen, as a mask (bit k: byte k).
inline uint32_t WordBreaks16(Bytes16 x) {
  const Bytes16 other = Or16(Equal16(x, Splat16('\0')), Equal16(x, Splat16('\xC2')));
  return Mask16(Or16(TagSpaces16(x), other));
}
#endif

// The same answer as EndOfWordRunBytewise.
inline size_t EndOfWordRun(std::string_view text, size_t j, size_t* spaces) {
#ifdef LEDE_BYTES16
  // Each step needs the byte after its sixteen (a space passes only before a word byte).
  while (j + 17 <= text.size()) {
    const Bytes16 x = Load16(text.data() + j);
    const uint32_t breaks = WordBreaks16(x);
    if (breaks == 0) {
      j += 16;
      continue;
    }
    const Bytes16 next = Load16(text.data() + j + 1);  // each byte's successor
    const uint32_t space = Mask16(Equal16(x, Splat16(' ')));
    const uint32_t lead = Mask16(Equal16(x, Splat16('\xC2')));
    const uint32_t nbsp_tail = Mask16(Equal16(next, Splat16('\xA0')));
    const uint32_t passed = (space & ~WordBreaks16(next)) | (lead & ~nbsp_tail);
    const uint32_t stop = breaks & ~passed;
    if (stop == 0) {
      *spaces += static_cast<size_t>(__builtin_popcount(space));
      j += 16;
      continue;
    }
    const unsigned at = static_cast<unsigned>(__builtin_ctz(stop));
    *spaces += static_cast<size_t>(__builtin_popcount(space & ((1u << at) - 1)));
    return j + at;
  }
#endif
  return EndOfWordRunBytewise(text, j, spaces);
}

// From i, the end of a run of white space (IsTagSpace bytes): pages indent their markup, and
// text between tags is often white space alone.
inline size_t EndOfTagSpacesBytewise(std::string_view text, size_t i) {
  while (i < text.size() && IsTagSpace(text[i])) ++i;
  return i;
}

// The same answer as EndOfTagSpacesBytewise.
inline size_t EndOfTagSpaces(std::string_view text, size_t i) {
#ifdef LEDE_BYTES16
  while (i + 16 <= text.size()) {
    const uint32_t other = ~Mask16(TagSpaces16(Load16(text.data() + i))) & 0xFFFFu;
    if (other != 0) return i + static_cast<size_t>(__builtin_ctz(other));
    i += 16;
  }
#endif
  return EndOfTagSpacesBytewise(text, i);
}

}  // namespace lede
