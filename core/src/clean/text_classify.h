#pragma once
// Cleaning for text copied out of a browser: one block per line, no markup. Decides from
// position, length, sentence shape, repetition, calls to action, label-like lines and
// closing boilerplate.

#include <vector>

#include "input/block.h"

namespace lede {

void ClassifyTextBlocks(std::vector<Block>* blocks);

}  // namespace lede
