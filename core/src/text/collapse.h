#pragma once
// Collapses runs of blanks (space, tab, newline) into one space, the way a browser renders
// DOM text, keeping an OffsetMap back to the original.

#include <string>
#include <string_view>

#include "text/offset_map.h"

namespace lede {

struct CollapsedText {
  std::string text;
  OffsetMap map;  // text offsets -> input offsets
};

CollapsedText CollapseBlanks(std::string_view input);

}  // namespace lede
