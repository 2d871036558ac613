#pragma once
// What the blocks builder needs to know about an element name: does it break the text into
// blocks, is it void, which implied end tags and scopes it takes part in, is its content
// invisible, and which context flag it gives the blocks inside it.

#include <cstdint>
#include <string_view>

namespace lede {

enum ElementProp : uint32_t {
  kElBlock = 1u << 0,      // starts and ends a block of text (p, div, li, td, h1, br ...)
  kElVoid = 1u << 1,       // never has content (br, img, meta ...)
  kElClosesP = 1u << 2,    // its start tag closes an open <p> (in button scope)
  kElSpecial = 1u << 3,    // an inline end tag does not close past it
  kElScope = 1u << 4,      // a scope boundary (html, table, td, th, caption, template ...)
  kElSkip = 1u << 5,       // content not shown as text (svg, math, template, select ...)
  kElForeign = 1u << 6,    // svg, math: self-closing tags count, CDATA sections exist
  kElRawtext = 1u << 7,    // the tokenizer reads its content as RAWTEXT
  kElRcdata = 1u << 8,     // ... as RCDATA (title, textarea)
  kElScript = 1u << 9,     // ... as script data
  kElPlaintext = 1u << 10, // ... as PLAINTEXT, to the end of the input
  kElHeadOnly = 1u << 11,  // may appear in <head> without ending it
  kElTableCell = 1u << 12, // td, th
  kElTableRow = 1u << 13,  // tr
  kElTableSection = 1u << 14,  // thead, tbody, tfoot
  kElListItem = 1u << 15,  // li
  kElDefItem = 1u << 16,   // dd, dt
  kElList = 1u << 17,      // ul, ol, menu, dl: the scope of list items
  kElItemScopeTransparent = 1u << 18,  // div, p, address: <li> still closes an <li> past them
};

struct ElementInfo {
  int id = 0;  // 1 + the element's index in the table; 0 for names it does not know
  uint32_t props = 0;
  uint32_t flags = 0;  // lede::BlockFlag given to the blocks inside
  int heading_level = 0;
};

// Properties for a lower-case tag name; unknown names (custom elements) are inline.
ElementInfo LookupElement(std::string_view name);

}  // namespace lede
