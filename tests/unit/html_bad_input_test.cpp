// The HTML reader on hostile input: deep nesting, one huge line, unclosed comments and tags,
// binary junk, a large page. Each must finish fast (well under the bounds here, which leave
// room for sanitizer builds) with a sane result.
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <string>

#include "html/html_blocks.h"

namespace lede {
namespace {

double Seconds(const std::string& html, std::vector<Block>* out) {
  auto t0 = std::chrono::steady_clock::now();
  PageMeta meta;
  *out = HtmlToBlocks(html, &meta);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(HtmlBadInput, HundredThousandNestedDivs) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div class=d>";
  html += "deep";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>after</p>";
  std::vector<Block> b;
  EXPECT_LT(Seconds(html, &b), 2.0);
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].text, "deep");
  EXPECT_EQ(b[1].text, "after");
  EXPECT_EQ(b[1].path, "html body p");  // the stack unwound
}

TEST(HtmlBadInput, NestedDivsEachWithText) {
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<div>t";
  std::vector<Block> b;
  EXPECT_LT(Seconds(html, &b), 2.0);
  EXPECT_GT(b.size(), 100u);
  EXPECT_LT(b.back().path.size(), 2000u);  // paths stay bounded

  // Many blocks deep down: each costs a bounded path, not one as long as the stack.
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<div>";
  for (int i = 0; i < 100000; ++i) deep += "t<br>";
  EXPECT_LT(Seconds(deep, &b), 2.0);
  EXPECT_EQ(b.size(), 100000u);
  EXPECT_LE(b.back().path.size(), 64u * 4);
}

TEST(HtmlBadInput, TenMegabyteLine) {
  std::string html = "<p>";
  while (html.size() < (10u << 20)) html += "word &amp; <b>bold</b> ";
  std::vector<Block> b;
  EXPECT_LT(Seconds(html, &b), 2.0);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_GT(b[0].text.size(), 5u << 20);
}

TEST(HtmlBadInput, UnclosedConstructs) {
  for (const char* tail : {"<!-- never closed ", "<div class=\"never closed ", "<script>x<y ",
                           "<title>t ", "<![CDATA[ x", "<!DOCTYPE html PUBLIC \"x", "<a href=x",
                           "<svg><p>", "&#x1F600", "&", "<", "</"}) {
    std::string html = "<p>before</p>" + std::string(tail) + std::string(1 << 20, 'x');
    std::vector<Block> b;
    EXPECT_LT(Seconds(html, &b), 2.0) << tail;
    ASSERT_FALSE(b.empty()) << tail;
    EXPECT_EQ(b[0].text, "before") << tail;
  }
}

TEST(HtmlBadInput, BinaryJunk) {
  std::mt19937 rng(42);
  std::string junk(4u << 20, '\0');
  // Bytes biased towards markup characters, so every state gets visited.
  const char kMarkup[] = "<>/!-=\"'&#;[]?abcXYZ \n\t";
  for (char& c : junk) {
    uint32_t r = rng();
    c = (r & 1) ? kMarkup[(r >> 1) % (sizeof kMarkup - 1)] : static_cast<char>(r >> 8);
  }
  std::vector<Block> b;
  EXPECT_LT(Seconds(junk, &b), 4.0);
  for (const Block& block : b) {
    ASSERT_FALSE(block.text.empty());
    ASSERT_LE(block.start, block.end);
    ASSERT_LE(block.end, junk.size());
  }
}

TEST(HtmlBadInput, ManyAttributes) {
  std::string html = "<p";
  for (int i = 0; i < 200000; ++i) html += " a" + std::to_string(i % 50000) + "=1";
  html += ">text</p>";
  std::vector<Block> b;
  EXPECT_LT(Seconds(html, &b), 2.0);
  ASSERT_EQ(b.size(), 1u);
}

TEST(HtmlBadInput, FiftyMegabytePage) {
  std::string unit =
      "<div class=\"row item\"><h2><a href=\"/story/1\">A headline here</a></h2><p>Some text "
      "&mdash; with <em>inline</em> markup and a <a href=#>link</a>.</p><!-- c --></div>\n";
  std::string html = "<!DOCTYPE html><html><body>";
  while (html.size() < (50u << 20)) html += unit;
  std::vector<Block> b;
  EXPECT_LT(Seconds(html, &b), 10.0);
  EXPECT_GT(b.size(), 100000u);
}

}  // namespace
}  // namespace lede
