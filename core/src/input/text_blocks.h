#pragma once
// Plain text (for example a page copied out of a browser) -> blocks: every non-blank line is
// one block, the way browsers copy one paragraph per line.

#include <string_view>
#include <vector>

#include "input/block.h"

namespace lede {

// `text` is normalized UTF-8; each block's [start, end) is its trimmed line within `text`.
std::vector<Block> SplitTextBlocks(std::string_view text);

}  // namespace lede
