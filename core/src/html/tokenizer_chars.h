#pragma once
// Character classes shared by the tokenizer's files.

namespace lede {

constexpr int kEof = -1;
constexpr char kReplacementChar[] = "\xEF\xBF\xBD";  // U+FFFD

inline bool IsAsciiAlpha(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiUpper(int c) { return c >= 'A' && c <= 'Z'; }
inline char ToAsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }
// Tab, LF, FF, space, and CR (the spec normalizes CR away before tokenizing; we keep the
// caller's bytes for offsets, so CR must read as the LF it would have become).
inline bool IsTagSpace(int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// A byte that continues a tag or attribute name as it is (not whitespace, '/', '>', NUL).
inline bool IsNamePart(int c) {
  return c > 0 && !IsTagSpace(c) && c != '/' && c != '>';
}

// A byte that an unquoted attribute value keeps as it is.
inline bool IsUnquotedValuePart(int c) {
  return c > 0 && !IsTagSpace(c) && c != '>' && c != '&';
}

}  // namespace lede
