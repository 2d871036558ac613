#pragma once
// Repeated lines in copied text: a photo caption copied with its alt text, a pull quote, a
// headline shown twice. Exact repeats and near ones (same opening or same ending, about the
// same length) after folding case, spacing and punctuation.

#include <string>
#include <vector>

#include "clean/text_lines.h"

namespace lede {

// For each line, the index of the earlier line it repeats, or -1. Short lines (fewer than five
// words) are left to the label and position rules: "Share" twice is not a duplicate story.
std::vector<int> FindRepeats(const std::vector<TextLine>& lines);

// Whether `needle` occurs in `hay`, in O(|hay| + |needle|) whatever the text (a rolling hash,
// each hit confirmed): the pull-quote search must stay linear on repetitive input.
bool ContainsText(const std::string& hay, const std::string& needle);

}  // namespace lede
