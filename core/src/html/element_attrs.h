#pragma once
// What an element's attributes say for the blocks inside it: class/id/itemprop words, whether
// it is hidden (hidden, aria-hidden, display:none), and the flags its ARIA role stands for.

#include <cstdint>
#include <string>
#include <string_view>

#include "html/tokenizer.h"

namespace lede {

struct AttrSignals {
  std::string words;       // lower-case words, space-separated, capped in length
  uint32_t flags = 0;      // lede::BlockFlag from the role (navigation -> kInNav ...)
  bool hidden = false;
  int heading_level = 0;   // role=heading (aria-level, default 2)
};

// True for the attributes whose values reading a page into blocks uses: these signals, the
// block builder's (script type) and the page metadata's (html lang, meta content and its keys,
// time datetime, itemprop). The tokenizer keeps only their values (HtmlTokenizer::KeepValuesOf);
// a reader of another attribute's value must add it here.
bool IsAttributeRead(std::string_view name);

// Fills *out (its words string is reused, so a caller reading many tags allocates once).
void ReadAttrSignals(const HtmlTag& tag, AttrSignals* out);

}  // namespace lede
