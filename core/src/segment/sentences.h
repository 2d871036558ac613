#pragma once
// Sentence boundaries within the clean text. A sentence never crosses a paragraph; spans are
// byte offsets, trimmed of spaces. Handles abbreviations, initials, decimals, quotes and
// brackets, ellipses, URLs and e-mail addresses, numbered and bulleted lists, headlines without
// a stop and CJK stops (how: the comment at the top of sentences.cpp). Scored on the Golden
// Rules by tests/unit/sbd_golden_test.cpp (tools/eval/sbd_golden.sh prints the score).

#include <string_view>
#include <vector>

#include "lede/analysis.h"

namespace lede {

std::vector<Span> SplitSentences(std::string_view text, const std::vector<Paragraph>& paragraphs);

// Splits one paragraph [start, end) of `text`, appending to `out`.
void SplitParagraph(std::string_view text, Span paragraph, std::vector<Span>* out);

}  // namespace lede
