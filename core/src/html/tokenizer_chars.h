#pragma once
// Character classes shared by the tokenizer's files.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/ascii.h"
#include "text/byte_vectors.h"
#include "text/byte_words.h"

namespace lede {

constexpr int kEof = -1;
constexpr char kReplacementChar[] = "\xEF\xBF\xBD";  // U+FFFD

// Tab, LF, FF, space, and CR (the spec normalizes CR away before tokenizing; we keep the
// caller's bytes for offsets, so CR must read as the LF it would have become).
constexpr bool IsTagSpace(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// A byte that continues a tag or attribute name as it is (not whitespace, '/', '>', NUL).
constexpr bool IsNamePart(int c) {
  return c > 0 && !IsTagSpace(c) && c != '/' && c != '>';
}

// IsNamePart and not '=': the bytes AppendName takes.
inline constexpr ByteSet kNameByte = MakeByteSet([](int c) { return IsNamePart(c) && c != '='; });

// A byte that an unquoted attribute value keeps as it is.
inline bool IsUnquotedValuePart(int c) {
  return c > 0 && !IsTagSpace(c) && c != '>' && c != '&';
}

// The first position at or after `from` holding byte a, b or c (s.size() if none). Text and
// script runs are most of a page's bytes and end only at a few bytes: this tests eight bytes
// a step (the "has a zero byte" trick on x ^ pattern; the lowest flagged byte is exact, and
// both x86 and WebAssembly are little-endian), where a byte loop was a tenth of cleaning.
// Where the target has 128-bit SIMD, sixteen bytes a step first (byte_vectors.h).
inline size_t FindAnyOf3(std::string_view s, size_t from, char a, char b, char c) {
  const auto ua = static_cast<unsigned char>(a);
  const auto ub = static_cast<unsigned char>(b);
  const auto uc = static_cast<unsigned char>(c);
  size_t i = from;
#ifdef LEDE_BYTES16
  const Bytes16 va = Splat16(a), vb = Splat16(b), vc = Splat16(c);
  for (; i + 16 <= s.size(); i += 16) {
    const Bytes16 x = Load16(s.data() + i);
    const uint32_t hit = Mask16(Or16(Or16(Equal16(x, va), Equal16(x, vb)), Equal16(x, vc)));
    if (hit != 0) return i + static_cast<size_t>(__builtin_ctz(hit));
  }
#endif
  for (; i + 8 <= s.size(); i += 8) {
    const uint64_t x = LoadWord(s.data() + i);
    const uint64_t hit = BytesEqual(x, ua) | BytesEqual(x, ub) | BytesEqual(x, uc);
    if (hit != 0) return i + static_cast<size_t>(__builtin_ctzll(hit) >> 3);
  }
  for (; i < s.size(); ++i) {
    if (s[i] == a || s[i] == b || s[i] == c) return i;
  }
  return s.size();
}

}  // namespace lede
