// ReadLongLine, the classifier's shortcut for long paragraphs, gives the answer of the checks it
// stands in for (consent text, call to action, labelled link, caption cues), on lines made of
// words that trip each of them, in several scripts and with the characters that lower-case
// into "cookie" (İ, the Kelvin sign).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "clean/text_lexicon.h"
#include "clean/text_lines.h"

namespace lede {
namespace {

std::string RandomLine(std::mt19937* rng, int words) {
  static const char* const kWords[] = {
      "the",       "minister",  "said",          "on",           "Tuesday,",     "sanctions",
      "Reuters",   "“quoted”",  "it’s",          "U.S.",         "3.5%",         "café",
      "Москва",    "заявил",    "北京",          "subscribe",    "newsletter",   "Sign",
      "up",        "here.",     "accept",        "Read",         "more:",        "Photograph:",
      "Jane/Reuters", "Getty",  "Images",        "AFP",          "via",          "—",
      "(left)",    "你好",      "1,200",         "e-mail"};
  static const char* const kCookies[] = {"cookie", "Cookies", "COOK\xC4\xB0" "E",
                                         "coo\xE2\x84\xAA" "ie", "куки", "Куки"};
  std::uniform_int_distribution<size_t> pick(0, std::size(kWords) - 1);
  const int cookie_at = (*rng)() % 4 == 0 ? static_cast<int>((*rng)() % words) : -1;
  std::string line;
  if ((*rng)() % 8 == 0) line = "Image caption, ";
  for (int i = 0; i < words; ++i) {
    if (i > 0) line += ' ';
    line += i == cookie_at ? kCookies[(*rng)() % std::size(kCookies)] : kWords[pick(*rng)];
  }
  if ((*rng)() % 8 == 0) line += " Photograph: Jane Doe/AFP via Getty Images";
  return line;
}

TEST(LongLine, AgreesWithTheChecksItSkips) {
  std::mt19937 rng(3);
  int verdicts[3] = {};
  for (int round = 0; round < 4000; ++round) {
    const std::string line = RandomLine(&rng, 20 + round % 60);
    const LongLineVerdict verdict = ReadLongLine(line);
    ++verdicts[static_cast<int>(verdict)];
    if (verdict == LongLineVerdict::kMeasure) continue;
    const TextLine l = MeasureLine(line);
    ASSERT_GT(l.word_count, kMaxPromoLineWords) << line;
    ASSERT_FALSE(IsConsentText(l)) << line;
    ASSERT_FALSE(IsCallToAction(l)) << line;
    ASSERT_FALSE(IsLabelledLink(l)) << line;
    ASSERT_EQ(IsCaptionLine(l) || EndsWithPhotoCredit(l), verdict == LongLineVerdict::kCaption)
        << line;
  }
  // Every verdict occurs, so the agreement above is tested both ways.
  EXPECT_GT(verdicts[static_cast<int>(LongLineVerdict::kMeasure)], 100);
  EXPECT_GT(verdicts[static_cast<int>(LongLineVerdict::kCaption)], 20);
  EXPECT_GT(verdicts[static_cast<int>(LongLineVerdict::kPlain)], 20);
}

std::string Words(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += i ? " word" : "Word";
  return s;
}

TEST(LongLine, ShortLinesAndCookiesAreMeasured) {
  EXPECT_EQ(ReadLongLine(Words(40) + "."), LongLineVerdict::kMeasure);
  EXPECT_EQ(ReadLongLine(Words(41) + "."), LongLineVerdict::kPlain);
  EXPECT_EQ(ReadLongLine(Words(60) + " COOKIES."), LongLineVerdict::kMeasure);
  EXPECT_EQ(ReadLongLine(Words(60) + " COOK\xC4\xB0" "ES."), LongLineVerdict::kMeasure);
  EXPECT_EQ(ReadLongLine(Words(60) + " coo\xE2\x84\xAA" "ies."), LongLineVerdict::kMeasure);
  EXPECT_EQ(ReadLongLine(Words(60) + " КУКИ."), LongLineVerdict::kMeasure);
}

TEST(LongLine, CaptionCuesAtEitherEnd) {
  EXPECT_EQ(ReadLongLine("Image caption, " + Words(60)), LongLineVerdict::kCaption);
  EXPECT_EQ(ReadLongLine("IMAGE CAPTION, " + Words(60)), LongLineVerdict::kCaption);
  EXPECT_EQ(ReadLongLine(Words(60) + " Photograph: Jane Doe/Reuters"), LongLineVerdict::kCaption);
  EXPECT_EQ(ReadLongLine(Words(60) + " (Photograph: Jane Doe/Reuters) and more words after it"),
            LongLineVerdict::kCaption);
  EXPECT_EQ(ReadLongLine(Words(30) + " Photograph: Jane Doe " + Words(30)), LongLineVerdict::kPlain);
}

}  // namespace
}  // namespace lede
