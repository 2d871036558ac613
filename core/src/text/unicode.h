#pragma once
// Character classes the stages share (utf8proc categories behind them).

namespace lede {

bool IsSpace(char32_t c);
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsPunct(char32_t c);

// The Unicode-table halves of IsWordChar and ToLower.
bool IsWordCharNonAscii(char32_t c);
char32_t ToLowerNonAscii(char32_t c);

// Letter, digit, '_', combining mark. These two run for every character of every line the
// cleaner measures: ASCII, most characters, is answered inline.
inline bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
  return IsWordCharNonAscii(c);
}
inline char32_t ToLower(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  return ToLowerNonAscii(c);
}

}  // namespace lede
