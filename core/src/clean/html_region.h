#pragma once
// Finds the page's main content region: rebuilds the element tree the blocks came from (from
// their tag paths), scores every container by the prose it holds, as Readability and
// trafilatura do, and picks the best one with the sibling containers that continue it.

#include <cstdint>
#include <vector>

#include "clean/html_signals.h"
#include "input/block.h"

namespace lede {

struct RegionResult {
  std::vector<bool> in_region;  // per block
  std::vector<float> prose;     // per block: how much running text it is (0: none)
  bool found = false;           // false when the page holds no prose at all
};

RegionResult FindMainRegion(const std::vector<Block>& blocks, const std::vector<TextShape>& shapes);

// How much running text a block is by itself (0 for page furniture, headings, link lists).
float ProseScore(const Block& b, const TextShape& s);

}  // namespace lede
