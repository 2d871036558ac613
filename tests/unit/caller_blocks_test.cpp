// Analyzer::AnalyzeBlocks: caller blocks in, spans mapped back into each block's own text.
#include <gtest/gtest.h>

#include "lede/lede.h"

namespace lede {
namespace {

TEST(AnalyzeBlocks, ParagraphsMapBackIntoTheCallersBlocks) {
  std::vector<InputBlock> blocks(3);
  blocks[0].text = "Home World";
  blocks[0].flags = kInNav;
  blocks[1].text = "  Caf\xC3\xA9 owners met officials.\xC2\xA0They left.";  // NBSP
  blocks[1].tag = "p";
  blocks[2].text = "\xF0\x9F\x98\x80 A second one.";
  blocks[2].tag = "p";
  Analyzer analyzer;
  Result<Analysis> r = analyzer.AnalyzeBlocks(blocks);
  ASSERT_TRUE(r.ok());
  const Analysis& a = r.value();
  ASSERT_EQ(a.paragraph_sources.size(), a.paragraphs.size());
  ASSERT_GE(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].block, 1u);  // the caller's index
  const std::vector<SourcePiece>& pieces = a.paragraph_sources[0];
  ASSERT_FALSE(pieces.empty());
  EXPECT_EQ(pieces.front().block_start, 2u);  // past the two leading spaces (UTF-16 units)
  EXPECT_EQ(pieces.back().text_end, a.paragraphs[0].span.end);
  // The emoji is 4 bytes of text but 2 UTF-16 units of the caller's block.
  const std::vector<SourcePiece>& second = a.paragraph_sources[1];
  EXPECT_EQ(second.back().block_end, 2u + 14u);
}

TEST(AnalyzeBlocks, EmptyAndOversizedInput) {
  Analyzer analyzer;
  ASSERT_TRUE(analyzer.AnalyzeBlocks({}).ok());
  Options options;
  options.max_input_bytes = 4;
  std::vector<InputBlock> blocks(1);
  blocks[0].text = "too long";
  EXPECT_EQ(analyzer.AnalyzeBlocks(blocks, options).status().code(), StatusCode::kInputTooLarge);
}

}  // namespace
}  // namespace lede
