#pragma once
// Word tokens with byte offsets into the clean text, cut the way CoNLL-2003 (the NER training
// data) cuts them: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't", "U.S." and "Mr." whole,
// "$" and "%" apart from their numbers, "1,000" and "3.5" whole, hyphenated words whole, URLs
// and e-mail addresses whole. The full list of conventions is at the top of tokens.cpp.

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
