#include "text/utf16.h"

#include <gtest/gtest.h>

#include <string>

namespace lede {
namespace {

TEST(Utf16Index, CountsUnitsForEveryWidth) {
  // a (1 byte, 1 unit), é (2, 1), 中 (3, 1), 😀 (4, 2), e + U+0301 (1+2, 2)
  std::string s = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80" "e\xCC\x81";
  Utf16Index idx(s);
  EXPECT_EQ(idx.ToUtf16(0), 0u);
  EXPECT_EQ(idx.ToUtf16(1), 1u);
  EXPECT_EQ(idx.ToUtf16(3), 2u);
  EXPECT_EQ(idx.ToUtf16(6), 3u);
  EXPECT_EQ(idx.ToUtf16(10), 5u);
  EXPECT_EQ(idx.ToUtf16(11), 6u);
  EXPECT_EQ(idx.ToUtf16(13), 7u);
}

TEST(Utf16Index, AcrossCheckpoints) {
  std::string s;
  for (int i = 0; i < 100; ++i) s += "\xF0\x9F\x98\x80x";  // 5 bytes, 3 units each
  Utf16Index idx(s);
  for (size_t k = 0; k <= 100; ++k) EXPECT_EQ(idx.ToUtf16(k * 5), k * 3);
  EXPECT_EQ(Utf16Index("").ToUtf16(0), 0u);
}

}  // namespace
}  // namespace lede
