#pragma once
// Cleaning for text copied out of a browser: one block per line, no markup. Decides from
// position, length, sentence shape, repetition, calls to action, label-like lines and
// closing boilerplate, in passes over the lines (each linear):
//   1. what a line is by itself (labels, calls to action, credits, dates, captions, consent);
//   2. repeats (later copies are duplicates; a repeated caption-like line is a caption);
//   3. promo boxes around calls to action;
//   4. where the story runs: its first paragraph (the main run of prose), its title (the
//      headline-like line just above), its last paragraph (before closing credits, a run of
//      topic tags, or the closing boilerplate);
//   5. related-story lists, pull quotes, headings inside the story, furniture above and below.

#include <vector>

#include "input/block.h"

namespace lede {

void ClassifyTextBlocks(std::vector<Block>* blocks);

}  // namespace lede
