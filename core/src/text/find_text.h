#pragma once
// Substring search for the cleaner's phrase tests (a line "contains any of" a list of
// phrases). std::string_view::find looks for the needle's first byte with memchr and compares
// at each one; in WASM that memchr reads four bytes a step and common first letters stop it
// every few bytes. Where the target has SIMD, sixteen positions are tested at once against
// the needle's first and last bytes, and only positions matching both are compared.

#include <cstddef>
#include <cstring>
#include <string_view>

#include "text/byte_vectors.h"

namespace lede {

#ifdef LEDE_BYTES16
// The first position of `needle` in `hay` at or after `from` (npos if none), as find gives,
// testing sixteen positions a step against the needle's first and last bytes.
inline size_t FindTextVector(std::string_view hay, std::string_view needle, size_t from = 0) {
  const size_t m = needle.size();
  if (m < 2 || from > hay.size()) return hay.find(needle, from);
  const Bytes16 first = Splat16(needle[0]);
  const Bytes16 last = Splat16(needle[m - 1]);
  size_t i = from;
  for (; i + m - 1 + 16 <= hay.size(); i += 16) {
    const Bytes16 starts = Equal16(Load16(hay.data() + i), first);
    const Bytes16 ends = Equal16(Load16(hay.data() + i + m - 1), last);
    for (uint32_t hits = Mask16(And16(starts, ends)); hits != 0; hits &= hits - 1) {
      const size_t at = i + static_cast<size_t>(__builtin_ctz(hits));
      if (std::memcmp(hay.data() + at + 1, needle.data() + 1, m - 2) == 0) return at;
    }
  }
  return hay.find(needle, i);
}
#endif

// find, the vector way in WASM (native memchr is already vectorized, and there the plain find
// measured faster).
inline size_t FindText(std::string_view hay, std::string_view needle, size_t from = 0) {
#if defined(LEDE_BYTES16) && defined(__wasm__)
  return FindTextVector(hay, needle, from);
#else
  return hay.find(needle, from);
#endif
}

}  // namespace lede
