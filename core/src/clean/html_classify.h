#pragma once
// Main-content extraction over blocks from HTML: keeps the article's paragraphs and headings,
// drops navigation, promos, captions, credits, footers and duplicates.

#include <vector>

#include "input/block.h"

namespace lede {

void ClassifyHtmlBlocks(std::vector<Block>* blocks, const PageMeta& meta);

}  // namespace lede
