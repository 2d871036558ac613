#pragma once
// A Block is where every input meets: a run of text a page shows as one unit, with what the
// source tells about it. Plain text, HTML and the live DOM (the JS blocks API) all become
// blocks; everything after this point is one code path.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lede/analysis.h"

namespace lede {

// Context flags: lede::BlockFlag in lede/analysis.h.

struct Block {
  std::string text;  // normalized, trimmed; never empty
  // Where the block's text is in the normalized input; for plain text the block's bytes are
  // exactly input_text[start, end), so offsets map through without loss.
  size_t start = 0;
  size_t end = 0;
  // What the markup says (HTML and DOM blocks).
  std::string tag;         // "p", "li", "h2", ...; "" for a line of plain text
  std::string path;        // ancestor tags, outermost first: "html body article div p"
  std::string attr_words;  // lower-case class and id words of the block and its ancestors
  float link_share = 0;    // share of the text inside links
  uint32_t flags = 0;
  int heading_level = 0;   // 1-6 for h1-h6
  // What cleaning decided.
  BlockKind kind = BlockKind::kBody;
};

// The page-level facts an HTML page gives beside its blocks.
struct PageMeta {
  std::string title;      // og:title, else <title>, else the first h1
  std::string byline;     // meta author / JSON-LD author
  std::string published;  // meta article:published_time / JSON-LD datePublished
  std::string language;   // <html lang>
};

}  // namespace lede
