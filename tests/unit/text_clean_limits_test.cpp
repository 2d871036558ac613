// The text cleaner on input nobody would write by hand: it must stay linear and keep every
// byte accounted for. Each case runs against a generous wall-clock bound (the point is to
// catch quadratic passes, which take minutes at these sizes, not to benchmark).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "clean/text_classify.h"
#include "clean/text_lines.h"
#include "input/text_blocks.h"
#include "text/normalize.h"

namespace lede {
namespace {

double ClassifySeconds(const std::string& input, std::vector<Block>* out) {
  auto t0 = std::chrono::steady_clock::now();
  NormalizedText norm = Normalize(input);
  *out = SplitTextBlocks(norm.text);
  ClassifyTextBlocks(out);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// MeasureLine writes into room it makes in advance: a line it is handed without normalizing
// (invalid bytes read as U+FFFD, three bytes each) must still fit, in both detail levels.
TEST(TextCleanLimits, MeasureLineOnInvalidUtf8) {
  const std::string junk(1000, '\xFF');
  TextLine all = MeasureLine(junk);
  EXPECT_EQ(all.lower.size(), 3000u);
  TextLine words;
  LineScratch scratch;
  MeasureLine(junk + " Word", &words, &scratch, LineDetail::kWords);
  EXPECT_EQ(words.lower.size(), 3005u);
  ASSERT_EQ(words.words.size(), 1u);
  EXPECT_EQ(words.words[0], "word");
}

TEST(TextCleanLimits, EmptyAndBlankInputs) {
  std::vector<Block> blocks;
  ClassifySeconds("", &blocks);
  EXPECT_TRUE(blocks.empty());
  ClassifySeconds("\n\n   \n\t\n", &blocks);
  EXPECT_TRUE(blocks.empty());
  ClassifySeconds("One line only.", &blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kBody);
}

TEST(TextCleanLimits, ManyShortAndRepeatedLines) {
  std::string input;
  for (int i = 0; i < 40000; ++i) {
    input += "Home\nRelated stories\nSubscribe to our newsletter\n";
    input += "The council said the road would reopen next week after repairs, officials said.\n";
    input += "Where they go, life follows and so on\n";
  }
  std::vector<Block> blocks;
  double s = ClassifySeconds(input, &blocks);
  EXPECT_EQ(blocks.size(), 200000u);
  EXPECT_LT(s, 20.0);
}

TEST(TextCleanLimits, TenMegabyteSingleLine) {
  std::string input;
  while (input.size() < 10u << 20) input += "aaaa aaaa aaaa, aaaa. ";
  std::vector<Block> blocks;
  double s = ClassifySeconds(input, &blocks);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kBody);
  EXPECT_LT(s, 20.0);
}

// Pull-quote search on repetitive text: short lines beside long lines of the same letter.
TEST(TextCleanLimits, RepetitiveLinesStayLinear) {
  std::string longline(8000, 'a');
  longline += ".";
  std::string input = "A title of a page here\n" + longline + "\n" + longline + "b\n";
  for (int i = 0; i < 2000; ++i) {
    input += "aaaa aaaa aaaa aaaa aaaa b\n" + std::string(4000 + i % 7, 'a') + " aa aa aa.\n";
  }
  std::vector<Block> blocks;
  double s = ClassifySeconds(input, &blocks);
  EXPECT_LT(s, 20.0);
}

TEST(TextCleanLimits, BinaryJunkFinishes) {
  std::string input;
  for (unsigned i = 0; i < 300000; ++i) {
    input.push_back(static_cast<char>((i * 7919u) % 256u));
  }
  std::vector<Block> blocks;
  double s = ClassifySeconds(input, &blocks);
  EXPECT_LT(s, 20.0);
  for (const Block& b : blocks) EXPECT_FALSE(b.text.empty());
}

}  // namespace
}  // namespace lede
