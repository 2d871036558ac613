#pragma once
// Character classes the stages share (utf8proc categories behind them).

namespace lede {

bool IsSpace(char32_t c);
bool IsLetter(char32_t c);
bool IsDigit(char32_t c);
bool IsUpper(char32_t c);
bool IsLower(char32_t c);
bool IsWordChar(char32_t c);  // letter, digit, combining mark
bool IsPunct(char32_t c);
char32_t ToLower(char32_t c);

}  // namespace lede
