#pragma once
// ASCII character classes for byte loops that need no Unicode tables (a byte of 0x80 or above,
// or a negative char, is in none of them). One copy for the tokenizer, the cleaner, language
// detection and the summary.

namespace lede {

constexpr bool IsAsciiDigit(int c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiUpper(int c) { return c >= 'A' && c <= 'Z'; }
constexpr bool IsAsciiAlpha(int c) { return (c >= 'a' && c <= 'z') || IsAsciiUpper(c); }
constexpr bool IsAsciiAlnum(int c) { return IsAsciiDigit(c) || IsAsciiAlpha(c); }
constexpr char ToAsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

}  // namespace lede
