#pragma once
// Collects the page-level facts (title, byline, published date, language) from what the
// tokenizer sees: <html lang>, <title>, <meta> tags, JSON-LD scripts and <time datetime>.
// Each fact keeps its best source by rank, so the order of tags in the page does not matter.

#include <string>
#include <string_view>

#include "html/tokenizer.h"
#include "input/block.h"

namespace lede {

class PageMetaCollector {
 public:
  void OnHtmlTag(const HtmlTag& tag);   // <html lang>
  void OnMetaTag(const HtmlTag& tag);   // <meta name|property|itemprop content>
  void OnTimeTag(const HtmlTag& tag);   // <time datetime>, or any itemprop=datePublished
  void OnTitleText(std::string_view collapsed_title);
  void OnJsonLd(std::string_view json);
  void OnFirstHeading(std::string_view text);

  PageMeta Finish() const;

 private:
  struct Fact {
    std::string value;
    int rank = 1 << 20;  // lower wins; the first of equal ranks stays
    void Offer(std::string_view v, int r);
  };
  Fact title_, byline_, published_, language_;
  int json_ld_seen_ = 0;
};

// Collapses runs of ASCII whitespace to one space and trims: how titles and meta values read.
std::string CollapseSpaces(std::string_view s);

}  // namespace lede
