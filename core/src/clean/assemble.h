#pragma once
// Joins the kept blocks into the clean text (paragraphs separated by a blank line) and lists
// the removed ones with their reasons, the title and the credits.

#include <vector>

#include "input/block.h"
#include "lede/analysis.h"

namespace lede {

void AssembleText(const std::vector<Block>& blocks, const PageMeta& meta, Analysis* out);

}  // namespace lede
