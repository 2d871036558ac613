#pragma once
// Punctuation classes the sentence splitter and tokenizer share, and ASCII fast paths for the
// character functions of text/ (most news text is ASCII; the calls showed in profiles).

#include <string_view>

#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {

inline char32_t NextChar(std::string_view s, size_t* i) {
  unsigned char b = static_cast<unsigned char>(s[*i]);
  if (b < 0x80) {
    ++*i;
    return b;
  }
  return DecodeUtf8(s, i);
}

inline bool IsSpaceFast(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  return IsSpace(c);
}

inline bool IsWordCharFast(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }
  return IsWordChar(c);
}

// Sentence terminators: . ! ? … ‼ ‽ ⁇ ⁈ ⁉, Arabic and Urdu stops, danda, CJK stops.
inline bool IsTerminator(char32_t c) {
  switch (c) {
    case '.': case '!': case '?': case 0x2026: case 0x203C: case 0x203D: case 0x2047:
    case 0x2048: case 0x2049: case 0x061F: case 0x06D4: case 0x0964: case 0x0965:
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF61:
      return true;
    default:
      return false;
  }
}

// Stops of scripts written without spaces: they end a sentence whatever follows.
inline bool IsCjkStop(char32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF61;
}

// Closing quotes and brackets that stay with the sentence they end.
inline bool IsCloser(char32_t c) {
  switch (c) {
    case '"': case '\'': case ')': case ']': case '}': case 0x2019: case 0x201D: case 0xBB:
    case 0x203A: case 0x300D: case 0x300F: case 0x3011: case 0x300B: case 0x3009: case 0xFF09:
      return true;
    default:
      return false;
  }
}

// Opening quotes and brackets before a word.
inline bool IsOpener(char32_t c) {
  switch (c) {
    case '"': case '\'': case '(': case '[': case '{': case 0x2018: case 0x201C: case 0x201E:
    case 0xAB: case 0x2039: case 0x300C: case 0x300E: case 0x3010: case 0x300A: case 0x3008:
    case 0xFF08: case 0xBF: case 0xA1:
      return true;
    default:
      return false;
  }
}

// List bullets: • ‣ ⁃ ◦ ▪ ● ■ ∙ ➢ ►
inline bool IsBullet(char32_t c) {
  switch (c) {
    case 0x2022: case 0x2023: case 0x2043: case 0x25E6: case 0x25AA: case 0x25CF: case 0x25A0:
    case 0x2219: case 0x27A2: case 0x25BA:
      return true;
    default:
      return false;
  }
}

}  // namespace lede
