#include "input/text_blocks.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(TextBlocks, OneBlockPerNonBlankLineTrimmed) {
  std::string text = "Title\n\n  First paragraph.  \n\t\nSecond \xE4\xB8\xAD.\n";
  std::vector<Block> blocks = SplitTextBlocks(text);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "Title");
  EXPECT_EQ(blocks[1].text, "First paragraph.");
  EXPECT_EQ(text.substr(blocks[1].start, blocks[1].end - blocks[1].start), blocks[1].text);
  EXPECT_EQ(blocks[2].text, "Second \xE4\xB8\xAD.");
}

TEST(TextBlocks, EmptyAndBlankInputGiveNoBlocks) {
  EXPECT_TRUE(SplitTextBlocks("").empty());
  EXPECT_TRUE(SplitTextBlocks(" \n\t\n\n").empty());
}

}  // namespace
}  // namespace lede
