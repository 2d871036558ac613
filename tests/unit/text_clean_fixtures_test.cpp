// Cleaning copied pages nobody tuned on: invented articles in the style of copies from
// several sites and languages (tests/golden/text_clean/*.txt), each with a hand-made
// annotation (*.json: title, credits, every removed line with its reason, headings, body).
// Also checks the offset contract: every kept paragraph is its block's bytes of the
// normalized input.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "input/text_blocks.h"
#include "lede/lede.h"
#include "text/normalize.h"
#include "test_files.h"

namespace lede {
namespace {

std::string GoldenDir() { return std::string(LEDE_SOURCE_DIR) + "/tests/golden/text_clean/"; }

std::vector<std::string> Strings(const rapidjson::Value& array) {
  std::vector<std::string> out;
  for (const auto& v : array.GetArray()) out.push_back(v.GetString());
  return out;
}

using Lines = std::vector<std::pair<std::string, std::string>>;

// The lines one list has and the other lacks, one per row: readable where EXPECT_EQ's dump of
// two long vectors is not.
std::string RemovedDiff(const Lines& got, const Lines& want) {
  std::string out;
  for (const auto& g : got) {
    if (std::find(want.begin(), want.end(), g) == want.end()) {
      out += "  removed, not expected: [" + g.second + "] " + g.first + "\n";
    }
  }
  for (const auto& w : want) {
    if (std::find(got.begin(), got.end(), w) == got.end()) {
      out += "  expected, not removed: [" + w.second + "] " + w.first + "\n";
    }
  }
  return out;
}

class TextCleanFixture : public ::testing::TestWithParam<const char*> {};

TEST_P(TextCleanFixture, MatchesAnnotation) {
  std::string page = ReadFile(GoldenDir() + GetParam() + ".txt");
  std::string json = ReadFile(GoldenDir() + GetParam() + ".json");
  ASSERT_FALSE(page.empty());
  rapidjson::Document want;
  want.Parse(json.c_str(), json.size());
  ASSERT_FALSE(want.HasParseError());

  Analyzer analyzer;
  Options options;
  options.input = InputKind::kText;
  Result<Analysis> r = analyzer.Analyze(page, options);
  ASSERT_TRUE(r.ok());
  const Analysis& a = r.value();

  EXPECT_EQ(a.title, want["title"].GetString());
  EXPECT_EQ(a.credits, Strings(want["credits"]));
  std::vector<std::pair<std::string, std::string>> want_removed, got_removed;
  for (const auto& x : want["removed"].GetArray()) {
    want_removed.emplace_back(x["text"].GetString(), x["reason"].GetString());
  }
  for (const Removed& x : a.removed) got_removed.emplace_back(x.text, BlockKindName(x.reason));
  EXPECT_EQ(got_removed, want_removed) << RemovedDiff(got_removed, want_removed);

  std::vector<std::string> body, headings;
  for (const Paragraph& p : a.paragraphs) {
    std::string text = a.text.substr(p.span.start, p.span.end - p.span.start);
    (p.kind == BlockKind::kHeading ? headings : body).push_back(text);
  }
  EXPECT_EQ(headings, Strings(want["headings"]));
  EXPECT_EQ(static_cast<int>(body.size()), want["body_paragraph_count"].GetInt());
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), want["body_first_paragraph"].GetString());
  EXPECT_EQ(body.back(), want["body_last_paragraph"].GetString());
}

INSTANTIATE_TEST_SUITE_P(Pages, TextCleanFixture,
                         ::testing::Values("bbc_style", "reuters_style", "blog", "related_list",
                                           "cookie_consent", "portuguese", "russian",
                                           "guardian_style"));

// Offsets are a contract: Paragraph::block names the block, and the block's [start, end) in
// the normalized input holds exactly the paragraph's text. Checked on the fixtures, the seed
// and text with accents, CJK, emoji, combining marks, CR LF and no-break spaces.
void ExpectParagraphsMapToSource(const std::string& input) {
  Analyzer analyzer;
  Options options;
  options.input = InputKind::kText;
  Result<Analysis> r = analyzer.Analyze(input, options);
  ASSERT_TRUE(r.ok());
  const Analysis& a = r.value();
  NormalizedText norm = Normalize(input);
  std::vector<Block> blocks = SplitTextBlocks(norm.text);
  ASSERT_FALSE(a.paragraphs.empty());
  for (const Paragraph& p : a.paragraphs) {
    ASSERT_LT(p.block, blocks.size());
    const Block& b = blocks[p.block];
    EXPECT_EQ(a.text.substr(p.span.start, p.span.end - p.span.start),
              norm.text.substr(b.start, b.end - b.start));
  }
}

TEST(TextCleanOffsets, FixturesMapBackToTheirSource) {
  for (const char* name : {"bbc_style", "portuguese", "russian", "guardian_style"}) {
    SCOPED_TRACE(name);
    ExpectParagraphsMapToSource(ReadFile(GoldenDir() + name + ".txt"));
  }
}

TEST(TextCleanOffsets, SeedMapsBackToItsSource) {
  std::string seed = ReadFile(std::string(LEDE_SHARED_DIR) + "/seed/article.txt");
  if (seed.empty()) GTEST_SKIP() << "no seed";
  ExpectParagraphsMapToSource(seed);
}

TEST(TextCleanOffsets, UnicodeAndLineEndingsMapBack) {
  std::string page =
      "Home\r\nWorld\r\n"
      "Zo\xC3\xAB and Jos\x65\xCC\x81 meet in \xE4\xB8\xAD\xE5\x9B\xBD\xC2\xA0today\r\n"
      "\xC2\xA0 Zo\xC3\xAB Dupont said the meeting in \xE5\x8C\x97\xE4\xBA\xAC went well "
      "\xF0\x9F\x98\x80 and that both sides agreed to meet again next month.\r\n"
      "Jos\x65\xCC\x81 Garc\xC3\xAD\x61 said the talks had been long but useful for everyone "
      "who took part in them.\r\n"
      "Share\r\n";
  ExpectParagraphsMapToSource(page);
}

}  // namespace
}  // namespace lede
