#include "segment/sentences.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "segment/tokens.h"

namespace lede {
namespace {

using Sentences = std::vector<std::string>;

Sentences Split(const std::string& text) {
  std::vector<Span> spans;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &spans);
  Sentences out;
  for (Span s : spans) out.push_back(text.substr(s.start, s.end - s.start));
  return out;
}

TEST(Sentences, SplitsAtTerminators) {
  EXPECT_EQ(Split("It rained. Then it stopped! Did it? Yes."),
            (Sentences{"It rained.", "Then it stopped!", "Did it?", "Yes."}));
}

TEST(Sentences, KeepsAbbreviationsDecimalsAndInitials) {
  EXPECT_EQ(Split("Mr. Smith paid $3.50 to J. K. Rowling in the U.S. on Jan. 5."),
            (Sentences{"Mr. Smith paid $3.50 to J. K. Rowling in the U.S. on Jan. 5."}));
  EXPECT_EQ(Split("Gov. Andrew Cuomo and Sen. Chuck Schumer met Gen. Mark Milley."),
            (Sentences{"Gov. Andrew Cuomo and Sen. Chuck Schumer met Gen. Mark Milley."}));
  EXPECT_EQ(Split("Shares of Acme Inc. rose. It sold Acme Corp. Rivals said so."),
            (Sentences{"Shares of Acme Inc. rose.", "It sold Acme Corp.", "Rivals said so."}));
  EXPECT_EQ(Split("Plessey Co. Plc shares and Pitt & Co. stock rose."),
            (Sentences{"Plessey Co. Plc shares and Pitt & Co. stock rose."}));
  EXPECT_EQ(Split("Prices rose 3.5% to No. 2 on p. 7. The end."),
            (Sentences{"Prices rose 3.5% to No. 2 on p. 7.", "The end."}));
}

TEST(Sentences, AbbreviationsCanEndSentences) {
  EXPECT_EQ(Split("He lives in Sacramento, Calif. The city is hot."),
            (Sentences{"He lives in Sacramento, Calif.", "The city is hot."}));
  EXPECT_EQ(Split("Talks resumed in the U.S. But they failed."),
            (Sentences{"Talks resumed in the U.S.", "But they failed."}));
  EXPECT_EQ(Split("Did he say no. No. He said yes."),
            (Sentences{"Did he say no.", "No.", "He said yes."}));
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(Split("He said \"no.\" She left."), (Sentences{"He said \"no.\"", "She left."}));
  EXPECT_EQ(Split("\u201CWe will act,\u201D he said. \u201CNow.\u201D"),
            (Sentences{"\u201CWe will act,\u201D he said.", "\u201CNow.\u201D"}));
  EXPECT_EQ(Split("He said 'no'. Then \"yes\". Then left."),
            (Sentences{"He said 'no'.", "Then \"yes\".", "Then left."}));
  EXPECT_EQ(Split("(This is an aside.) Then more."),
            (Sentences{"(This is an aside.)", "Then more."}));
}

TEST(Sentences, AddressesStayWhole) {
  EXPECT_EQ(Split("Write to jane.doe@example.com. Or visit www.example.org/a.html today."),
            (Sentences{"Write to jane.doe@example.com.", "Or visit www.example.org/a.html today."}));
}

TEST(Sentences, LostSpaceAfterStop) {
  EXPECT_EQ(Split("It ended.The talks failed."), (Sentences{"It ended.", "The talks failed."}));
  EXPECT_EQ(Split("Use ASP.NET or Node.js here."), (Sentences{"Use ASP.NET or Node.js here."}));
}

TEST(Sentences, Lists) {
  EXPECT_EQ(Split("1) Cut taxes 2) Raise spending 3) Wait"),
            (Sentences{"1) Cut taxes", "2) Raise spending", "3) Wait"}));
  EXPECT_EQ(Split("\u2022 One \u2022 Two"), (Sentences{"\u2022 One", "\u2022 Two"}));
  // Lines of a paragraph without a stop are items; with stops they are wrapped text.
  EXPECT_EQ(Split("Home\nWorld news\nSport"), (Sentences{"Home", "World news", "Sport"}));
  EXPECT_EQ(Split("A line wrapped\nin the middle."), (Sentences{"A line wrapped\nin the middle."}));
}

TEST(Sentences, Ellipses) {
  EXPECT_EQ(Split("Wait... What now?"), (Sentences{"Wait...", "What now?"}));
  EXPECT_EQ(Split("He paused \u2026 and went on."), (Sentences{"He paused \u2026 and went on."}));
  EXPECT_EQ(Split("He said. \"... A woman may go.\""),
            (Sentences{"He said.", "\"... A woman may go.\""}));
}

TEST(Sentences, HeadlineWithoutStopIsOneSentence) {
  EXPECT_EQ(Split("China, Russia In Show Of Unity"),
            (Sentences{"China, Russia In Show Of Unity"}));
}

TEST(Sentences, CjkFullStops) {
  EXPECT_EQ(Split("今天下雨。明天晴天！后天呢？"),
            (Sentences{"今天下雨。", "明天晴天！", "后天呢？"}));
  EXPECT_EQ(Split("「行こう。」と言った。"), (Sentences{"「行こう。」", "と言った。"}));
}

TEST(Sentences, OffsetsAreBytesAndSkipSpaces) {
  std::string text = "  Été chaud.  Hiver froid.  ";
  std::vector<Span> spans;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &spans);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, 2u);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "Hiver froid.");
}

TEST(Sentences, NeverCrossesParagraphs) {
  std::string text = "One Mr.\n\nTwo.";
  std::vector<Paragraph> paragraphs(2);
  paragraphs[0].span = {0, 7};
  paragraphs[1].span = {9, 13};
  std::vector<Span> spans = SplitSentences(text, paragraphs);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].end, 7u);
  EXPECT_EQ(spans[1].start, 9u);
}

TEST(Sentences, EmptyAndBlank) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split("   \n ").empty());
  EXPECT_EQ(Split("...").size(), 1u);
}

// Inputs built to trip quadratic behaviour: long chunks full of periods, brackets, dots.
TEST(Sentences, PathologicalInputsStayLinear) {
  auto repeat = [](const std::string& piece, size_t n) {
    std::string s;
    for (size_t i = 0; i < n; ++i) s += piece;
    return s;
  };
  for (const std::string& text :
       {repeat("a.Ab", 100000), repeat("(", 400000), repeat(". ", 200000), repeat("1. ", 130000),
        repeat("x.", 200000) + " Y", repeat("U.S. ", 80000), repeat("Mr. ", 100000),
        repeat("www.a.b/", 50000) + ". Next", repeat("\u2022 ", 100000),
        "x " + repeat("A.-", 200000) + "b", repeat("1,", 200000)}) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Span> spans;
    SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &spans);
    Tokenize(text, spans);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(seconds, 1.0) << text.substr(0, 20);
  }
}

}  // namespace
}  // namespace lede
