#pragma once
// Word tokens with byte offsets into the clean text.

#include <cstdint>
#include <string_view>
#include <vector>

#include "lede/analysis.h"

namespace lede {

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t sentence = 0;  // index into Analysis::sentences
};

// Splits `text` within each sentence into words, numbers and punctuation marks.
std::vector<Token> Tokenize(std::string_view text, const std::vector<Span>& sentences);

}  // namespace lede
