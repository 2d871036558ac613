#pragma once
// Blocks the caller already has (lede::InputBlock, e.g. from a DOM walk) -> Blocks. Each block
// is normalized on its own, and its OffsetMap kept, so spans can be mapped back into the
// caller's text.

#include <utility>
#include <vector>

#include "input/block.h"
#include "lede/lede.h"
#include "text/collapse.h"
#include "text/normalize.h"

namespace lede {

struct CallerBlocks {
  std::vector<Block> blocks;               // Block::start/end: into normalized[i].text
  // Parallel to the caller's blocks: blanks collapsed as a browser shows them, then normalized.
  std::vector<CollapsedText> collapsed;
  std::vector<NormalizedText> normalized;
  std::vector<uint32_t> caller_index;      // blocks[k] came from caller block caller_index[k]
  // blocks[k]'s start and end, kept apart: the pipeline frees the blocks once the text is
  // assembled, before the paragraphs are mapped back.
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t invalid_bytes = 0;
  size_t nul_bytes = 0;
};

CallerBlocks FromCallerBlocks(const std::vector<InputBlock>& input);

// For each kept paragraph: where its text is in the caller's block (UTF-16 units there).
void MapParagraphsToCallerBlocks(const CallerBlocks& blocks, const std::vector<InputBlock>& input,
                                 Analysis* result);

}  // namespace lede
