#pragma once
// Decides per block what it is: title, body, heading, credit, date, caption, navigation,
// promo, footer or duplicate (sets Block::kind). Never edits a block's text.

#include <vector>

#include "input/block.h"

namespace lede {

// Blocks from HTML carry markup context; blocks from plain text only their text and order.
void ClassifyBlocks(std::vector<Block>* blocks, const PageMeta& meta, bool from_html);

}  // namespace lede
