#include "html/html_blocks.h"

namespace lede {

// Placeholder until the HTML reader lands (cleaning issue): no blocks, so HTML gives an empty
// article rather than markup read as prose.
std::vector<Block> HtmlToBlocks(std::string_view /*html*/, PageMeta* /*meta*/) { return {}; }

}  // namespace lede
