#include "clean/html_classify.h"

namespace lede {

// First version: keep what the markup does not mark as page furniture.
void ClassifyHtmlBlocks(std::vector<Block>* blocks, const PageMeta& /*meta*/) {
  for (Block& b : *blocks) {
    if (b.flags & (kInNav | kInFooter | kHidden)) b.kind = BlockKind::kNavigation;
    else b.kind = (b.flags & kIsHeading) ? BlockKind::kHeading : BlockKind::kBody;
  }
}

}  // namespace lede
