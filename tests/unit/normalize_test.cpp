#include "text/normalize.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(Normalize, AsciiIsUntouchedAndMapsOneToOne) {
  NormalizedText n = Normalize("Hello, world.\nSecond line.");
  EXPECT_EQ(n.text, "Hello, world.\nSecond line.");
  EXPECT_EQ(n.map.ToSource(7), 7u);
  EXPECT_EQ(n.map.size(), 1u);
}

TEST(Normalize, ComposesToNfc) {
  // "e" + combining acute -> "é" (U+00E9); "Å" decomposed -> composed.
  NormalizedText n = Normalize("Cafe\xCC\x81 A\xCC\x8A!");
  EXPECT_EQ(n.text, "Caf\xC3\xA9 \xC3\x85!");
}

TEST(Normalize, SpacesAndInvisiblesAndLineBreaks) {
  // NBSP, narrow NBSP, ideographic space -> ' '; ZWSP, soft hyphen, BOM dropped; CRLF -> LF.
  NormalizedText n = Normalize("a\xC2\xA0" "b\xE2\x80\xAF" "c\xE3\x80\x80" "d\xE2\x80\x8B" "e\xC2\xAD" "f\xEF\xBB\xBFg\r\nh\ri");
  EXPECT_EQ(n.text, "a b c def" "g\nh\ni");
  EXPECT_EQ(n.dropped_chars, 3u);
}

TEST(Normalize, KeepsZeroWidthJoinerInEmoji) {
  std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";  // man ZWJ woman
  EXPECT_EQ(Normalize(family).text, family);
}

TEST(Normalize, RepairsInvalidUtf8WithReplacementCharacter) {
  // A stray continuation byte, an overlong '/', a surrogate, a truncated sequence.
  NormalizedText n = Normalize("a\x80" "b\xC0\xAF" "c\xED\xA0\x80" "d\xE2\x82");
  EXPECT_EQ(n.text.find("a\xEF\xBF\xBD" "b"), 0u);
  EXPECT_GT(n.invalid_bytes, 0u);
  // Every output character is valid UTF-8 and no letter is lost.
  for (char c : std::string("abcd")) EXPECT_NE(n.text.find(c), std::string::npos);
}

TEST(Normalize, NulBecomesReplacementAndIsCounted) {
  NormalizedText n = Normalize(std::string("a\0b", 3));
  EXPECT_EQ(n.text, "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(n.nul_bytes, 1u);
}

TEST(Normalize, OffsetsMapBackThroughChangedStretches) {
  std::string in = "x\xC2\xA0" "Cafe\xCC\x81 Zo\xC3\xAB";
  NormalizedText n = Normalize(in);
  ASSERT_EQ(n.text, "x Caf\xC3\xA9 Zo\xC3\xAB");
  // "Zoë" is unchanged: exact mapping.
  size_t zo = n.text.find("Zo");
  EXPECT_EQ(n.map.ToSource(zo), in.find("Zo"));
  // The composed "Café" maps to a range that covers its source.
  size_t cafe = n.text.find("Caf");
  EXPECT_EQ(n.map.ToSource(cafe), in.find("Caf"));
  EXPECT_EQ(n.map.ToSource(cafe + 5, true), in.find(" Zo"));
}

TEST(Normalize, LongRunsStayLinear) {
  std::string junk;
  for (int i = 0; i < 200000; ++i) junk += "\xCC\x81\xCC\xA3";  // alternating combining classes
  NormalizedText n = Normalize("a" + junk);
  EXPECT_FALSE(n.text.empty());
}

}  // namespace
}  // namespace lede
