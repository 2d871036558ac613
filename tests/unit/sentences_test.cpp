#include "segment/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede {
namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<Span> spans;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &spans);
  std::vector<std::string> out;
  for (Span s : spans) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(Sentences, SplitsAtTerminators) {
  EXPECT_EQ(Split("It rained. Then it stopped! Did it? Yes."),
            (std::vector<std::string>{"It rained.", "Then it stopped!", "Did it?", "Yes."}));
}

TEST(Sentences, KeepsAbbreviationsDecimalsAndInitials) {
  EXPECT_EQ(Split("Mr. Smith paid $3.50 to J. K. Rowling in the U.S. on Jan. 5."),
            (std::vector<std::string>{"Mr. Smith paid $3.50 to J. K. Rowling in the U.S. on Jan. 5."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Split("He said \"no.\" She left."),
            (std::vector<std::string>{"He said \"no.\"", "She left."}));
}

TEST(Sentences, HeadlineWithoutStopIsOneSentence) {
  EXPECT_EQ(Split("China, Russia In Show Of Unity"),
            (std::vector<std::string>{"China, Russia In Show Of Unity"}));
}

TEST(Sentences, CjkFullStops) {
  EXPECT_EQ(Split("\xE4\xBB\x8A\xE5\xA4\xA9\xE3\x80\x82\xE6\x98\x8E\xE5\xA4\xA9\xE3\x80\x82").size(), 2u);
}

}  // namespace
}  // namespace lede
