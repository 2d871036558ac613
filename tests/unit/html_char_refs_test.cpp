// Character references: the full named table, legacy names without ';', the attribute-value
// exception and the numeric replacement rules.
#include <gtest/gtest.h>

#include <string>

#include "html/char_refs.h"

namespace lede {
namespace {

std::string Decode(const std::string& s, bool attr = false, size_t* used = nullptr) {
  std::string out;
  size_t n = DecodeCharRef(s, 0, attr, &out);
  if (used != nullptr) *used = n;
  return n == 0 ? "<none>" : out;
}

TEST(HtmlCharRefs, Named) {
  EXPECT_EQ(Decode("&amp;"), "&");
  EXPECT_EQ(Decode("&eacute;"), "\xC3\xA9");
  EXPECT_EQ(Decode("&CounterClockwiseContourIntegral;"), "\xE2\x88\xB3");
  EXPECT_EQ(Decode("&NotEqualTilde;"), "\xE2\x89\x82\xCC\xB8");  // two code points
  EXPECT_EQ(Decode("&bogus;"), "<none>");
  EXPECT_EQ(Decode("&"), "<none>");
  EXPECT_EQ(Decode("& x"), "<none>");
}

TEST(HtmlCharRefs, TableIsCompleteAndSorted) {
  // 2,231 entries: spot-check both ends and a legacy pair.
  EXPECT_NE(LookupNamedRef("AElig"), nullptr);
  EXPECT_NE(LookupNamedRef("AElig;"), nullptr);
  EXPECT_NE(LookupNamedRef("zwnj;"), nullptr);
  EXPECT_EQ(LookupNamedRef("zwnj"), nullptr);  // not a legacy name
  EXPECT_NE(LookupNamedRef("frac12"), nullptr);
}

TEST(HtmlCharRefs, LegacyWithoutSemicolon) {
  size_t used = 0;
  EXPECT_EQ(Decode("&copy 2024", false, &used), "\xC2\xA9");
  EXPECT_EQ(used, 5u);
  EXPECT_EQ(Decode("&notit;", false, &used), "\xC2\xAC");  // "&not" + "it;"
  EXPECT_EQ(used, 4u);
  EXPECT_EQ(Decode("&notin;"), "\xE2\x88\x89");
  EXPECT_EQ(Decode("&zwnj"), "<none>");
}

TEST(HtmlCharRefs, AttributeValueException) {
  EXPECT_EQ(Decode("&copy=2", true), "<none>");
  EXPECT_EQ(Decode("&copyx", true), "<none>");
  EXPECT_EQ(Decode("&copy;x", true), "\xC2\xA9");
  EXPECT_EQ(Decode("&copy x", true), "\xC2\xA9");
  EXPECT_EQ(Decode("&copy=2", false), "\xC2\xA9");
}

TEST(HtmlCharRefs, Numeric) {
  EXPECT_EQ(Decode("&#65;"), "A");
  EXPECT_EQ(Decode("&#x41"), "A");
  EXPECT_EQ(Decode("&#X1F600;"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(Decode("&#0;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#xD800;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#x110000;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#99999999999999999999;"), "\xEF\xBF\xBD");
  EXPECT_EQ(Decode("&#x80;"), "\xE2\x82\xAC");   // windows-1252 euro
  EXPECT_EQ(Decode("&#150;"), "\xE2\x80\x93");   // en dash
  EXPECT_EQ(Decode("&#x81;"), "\xC2\x81");       // not in the table: kept
  EXPECT_EQ(Decode("&#;"), "<none>");
  EXPECT_EQ(Decode("&#x;"), "<none>");
}

}  // namespace
}  // namespace lede
