#pragma once
// Sixteen bytes a step, where the target has 128-bit SIMD: SSE2 (every x86-64) or WASM SIMD
// (the package's default build). LEDE_BYTES16 is then defined and the byte scanners (the HTML
// tokenizer's text and attribute-value runs, Normalize's ASCII runs, the block builder's word
// runs, FindText) test a vector a step before falling back to eight-byte words (byte_words.h)
// or a byte loop for the tail, or for the whole run in the WASM build without SIMD. Only
// comparisons and a mask of their results are needed.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#define LEDE_BYTES16 1
#elif defined(__wasm_simd128__)
#include <wasm_simd128.h>
#define LEDE_BYTES16 1
#endif

namespace lede {

#if defined(__SSE2__)

using Bytes16 = __m128i;
inline Bytes16 Load16(const char* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); }
inline Bytes16 Splat16(char b) { return _mm_set1_epi8(b); }
inline Bytes16 Equal16(Bytes16 a, Bytes16 b) { return _mm_cmpeq_epi8(a, b); }
// Lanes compared as signed bytes (0x80..0xFF are below every ASCII byte).
inline Bytes16 LessSigned16(Bytes16 a, Bytes16 b) { return _mm_cmplt_epi8(a, b); }
inline Bytes16 Or16(Bytes16 a, Bytes16 b) { return _mm_or_si128(a, b); }
inline Bytes16 And16(Bytes16 a, Bytes16 b) { return _mm_and_si128(a, b); }
// Bit i set when lane i of a comparison result is set; the lowest bit is the first byte.
inline uint32_t Mask16(Bytes16 m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); }

#elif defined(__wasm_simd128__)

using Bytes16 = v128_t;
inline Bytes16 Load16(const char* p) { return wasm_v128_load(p); }
inline Bytes16 Splat16(char b) { return wasm_i8x16_splat(b); }
inline Bytes16 Equal16(Bytes16 a, Bytes16 b) { return wasm_i8x16_eq(a, b); }
inline Bytes16 LessSigned16(Bytes16 a, Bytes16 b) { return wasm_i8x16_lt(a, b); }
inline Bytes16 Or16(Bytes16 a, Bytes16 b) { return wasm_v128_or(a, b); }
inline Bytes16 And16(Bytes16 a, Bytes16 b) { return wasm_v128_and(a, b); }
inline uint32_t Mask16(Bytes16 m) { return static_cast<uint32_t>(wasm_i8x16_bitmask(m)); }

#endif

// Whether a and b hold the same bytes, compared sixteen (or eight) at a time. For the hot
// comparisons of names and class-word strings: in WASM, memcmp (behind string_view's ==) is
// a byte loop behind a call.
inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  size_t i = 0;
#ifdef LEDE_BYTES16
  for (; i + 16 <= n; i += 16) {
    if (Mask16(Equal16(Load16(a.data() + i), Load16(b.data() + i))) != 0xFFFF) return false;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    std::memcpy(&x, a.data() + i, 8);
    std::memcpy(&y, b.data() + i, 8);
    if (x != y) return false;
  }
  for (; i < n; ++i) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace lede
