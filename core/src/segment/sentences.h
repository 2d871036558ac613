#pragma once
// Sentence boundaries within the clean text. A sentence never crosses a paragraph.

#include <string_view>
#include <vector>

#include "lede/analysis.h"

namespace lede {

std::vector<Span> SplitSentences(std::string_view text, const std::vector<Paragraph>& paragraphs);

// Splits one paragraph [start, end) of `text`, appending to `out`.
void SplitParagraph(std::string_view text, Span paragraph, std::vector<Span>* out);

}  // namespace lede
