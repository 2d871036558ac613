#include "clean/classify.h"

#include "clean/html_classify.h"
#include "clean/text_classify.h"

namespace lede {

void ClassifyBlocks(std::vector<Block>* blocks, const PageMeta& meta, bool from_html) {
  if (from_html) {
    ClassifyHtmlBlocks(blocks, meta);
  } else {
    ClassifyTextBlocks(blocks);
  }
}

}  // namespace lede
