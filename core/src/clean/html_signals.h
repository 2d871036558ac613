#pragma once
// What a block's text and its class/id words say, measured once per block for the HTML
// classifier: how much prose it holds (in any script) and which page furniture its markup names.

#include <string_view>

#include "lede/analysis.h"

namespace lede {

struct TextShape {
  int units = 0;          // letters and digits; wide-script (CJK, kana, hangul) ones count 2
  int words = 0;          // runs of letters/digits; a wide-script character is a word alone
  int sentence_ends = 0;  // . ! ? and their CJK, Arabic, Devanagari forms ending a sentence
  int commas = 0;         // , ; and their CJK/Arabic forms
  bool terminal = false;  // the text ends with sentence punctuation (closing quotes aside)
  bool has_digit = false;
};

TextShape MeasureText(std::string_view text);

// A short line that is mostly a date or time ("Updated 1:23 p.m.", "22 de outubro de 2010 às
// 20:13", "Nov 18, 2019"): a year (1900-2099) or a clock time, in any language.
bool LooksLikeDateLine(std::string_view text, const TextShape& shape);

// What class/id words say about an element, strongest first.
enum class AttrHint {
  kNone,
  kContent,     // article, content, entry, story, body, text (and a few other languages)
  kComment,     // comments, replies, discussion
  kShare,       // share, social, follow buttons
  kRelated,     // related, recommended, popular, more stories, read also
  kPromo,       // promo, newsletter, subscribe, ads, sponsor, banner
  kNavigation,  // nav, menu, breadcrumb, pagination, tags
  kFooter,      // footer, copyright
  kCaption,     // caption, photo credit, gallery
  kCredit,      // byline, author
  kDate,        // date, time, published
  kHidden,      // screen-reader-only, print-only, modal, cookie banners
  kSidebar,     // sidebar, widget, rail
};

// One lower-case class/id word (letters and digits; compound names arrive split or joined:
// "article-body" as "article" + "body", "articleBody" as "articlebody").
AttrHint ClassifyAttrWord(std::string_view word);

// The boilerplate kind an AttrHint stands for (kBody for kNone and kContent).
BlockKind KindForHint(AttrHint hint);

}  // namespace lede
