#pragma once
// Turns raw input bytes into the valid, normalized UTF-8 every later stage reads:
//  - invalid UTF-8 (bad bytes, overlong forms, surrogates, > U+10FFFF, truncation) and NUL
//    become U+FFFD, counted so the caller can warn;
//  - NFC (utf8proc);
//  - no-break and other space separators become ' '; CR LF, CR, U+2028/2029, FF, VT become '\n';
//  - zero-width space, word joiner, BOM, soft hyphen, bidi marks and other C0/C1 controls are
//    dropped (ZWJ/ZWNJ stay: emoji sequences and several scripts need them).
// Runs in linear time; the OffsetMap leads every output byte back to its input byte.

#include <cstddef>
#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace lede {

struct NormalizedText {
  std::string text;
  OffsetMap map;             // text offsets -> input offsets
  size_t invalid_bytes = 0;  // input bytes that were not valid UTF-8 (each run became U+FFFD)
  size_t nul_bytes = 0;
  size_t dropped_chars = 0;  // invisible characters removed
};

NormalizedText Normalize(std::string_view input);

// A byte inside a UTF-8 sequence, not the first of one.
inline bool IsUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// The start of the code point after the one at `i` (i < s.size()), or s.size().
inline size_t NextCodePoint(std::string_view s, size_t i) {
  ++i;
  while (i < s.size() && IsUtf8Continuation(s[i])) ++i;
  return i;
}
// The start of the code point before `i` (0 < i <= s.size()).
inline size_t PreviousCodePoint(std::string_view s, size_t i) {
  --i;
  while (i > 0 && IsUtf8Continuation(s[i])) --i;
  return i;
}

// Decodes one code point at `i` of valid UTF-8 (as produced by Normalize) and advances `i`.
char32_t DecodeUtf8(std::string_view s, size_t* i);
void AppendUtf8(char32_t cp, std::string* out);

// Writes the UTF-8 bytes of `cp` at `out` (room for four) and returns how many: for callers
// that write through a pointer into room they made (AppendUtf8 appends the same bytes).
inline size_t EncodeUtf8(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

}  // namespace lede
