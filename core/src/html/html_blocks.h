#pragma once
// HTML -> blocks: tokenizes the page (WHATWG tokenizer states), tracks the open elements, and
// emits one block per paragraph-like element with the context the markup gives (tag path,
// class/id words, link share, article/main/nav/footer/aside/figure, hidden), plus the page's
// title, byline, date and language.

#include <string_view>
#include <vector>

#include "input/block.h"

namespace lede {

// `html` is normalized UTF-8. Block::start/end are offsets into `html` of the block's first
// and last text (source positions); Block::text is the block's visible text, whitespace (and
// no-break spaces) collapsed. Block::path names at most the 64 innermost elements, and
// elements nested deeper than 256 are not tracked (their text joins the enclosing block), so
// time and memory stay linear on any nesting. attr_words holds class, id and itemprop words
// of the block's element, its ancestors (not <html>/<body>) and the inline elements around
// its first text, innermost kept when over ~400 bytes.
std::vector<Block> HtmlToBlocks(std::string_view html, PageMeta* meta);

}  // namespace lede
