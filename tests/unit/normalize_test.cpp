#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

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

TEST(Normalize, ComposedTextPassesAndWhatComposesStillDoes) {
  // Already NFC (curly quotes, Cyrillic, Hangul syllables, a compatibility character): kept
  // byte for byte without utf8proc.
  const std::string composed =
      "\xE2\x80\x9C\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\xE2\x80\x9D "
      "\xED\x95\x9C\xEA\xB5\xAD \xEF\xAC\x81";
  EXPECT_EQ(Normalize(composed).text, composed);
  // A Hangul LV syllable followed by a trailing jamo composes into one LVT syllable (가 + ᆨ
  // -> 각); a Cyrillic letter followed by a combining breve composes (и + ̆ -> й);
  // a decomposed character (U+212B ANGSTROM SIGN) becomes its canonical form.
  EXPECT_EQ(Normalize("\xEA\xB0\x80\xE1\x86\xA8").text, "\xEA\xB0\x81");
  EXPECT_EQ(Normalize("\xD0\xB8\xCC\x86").text, "\xD0\xB9");
  EXPECT_EQ(Normalize("\xE2\x84\xAB").text, "\xC3\x85");
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
