// The seed article (../shared/seed/article.txt) through the whole pipeline: its cleaning must
// match ../shared/seed/expected.json exactly (title, credits, every removed line with its
// reason, the body's first and last paragraph, the paragraph count and the heading).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "test_files.h"

namespace lede {
namespace {

class SeedClean : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string dir = std::string(LEDE_SHARED_DIR) + "/seed/";
    article_ = ReadFile(dir + "article.txt");
    std::string expected = ReadFile(dir + "expected.json");
    if (article_.empty() || expected.empty()) GTEST_SKIP() << "no seed in " << dir;
    expected_.Parse(expected.c_str(), expected.size());
    ASSERT_FALSE(expected_.HasParseError());
    Result<Analysis> r = analyzer_.Analyze(article_);
    ASSERT_TRUE(r.ok()) << r.status().message();
    analysis_ = r.value();
  }

  std::string Paragraph(size_t i) const {
    const Span& s = analysis_.paragraphs[i].span;
    return analysis_.text.substr(s.start, s.end - s.start);
  }

  Analyzer analyzer_;
  std::string article_;
  rapidjson::Document expected_;
  Analysis analysis_;
};

TEST_F(SeedClean, Title) { EXPECT_EQ(analysis_.title, expected_["title"].GetString()); }

TEST_F(SeedClean, Credits) {
  std::vector<std::string> want;
  for (const auto& c : expected_["credits"].GetArray()) want.push_back(c.GetString());
  EXPECT_EQ(analysis_.credits, want);
}

// Every removed line, in order, with its reason; nothing else removed. The seed's reason
// names are ours (BlockKindName) already: caption, navigation, promo, footer, duplicate.
TEST_F(SeedClean, RemovedLinesAndReasons) {
  std::vector<std::pair<std::string, std::string>> want;
  for (const auto& r : expected_["removed"].GetArray()) {
    want.emplace_back(r["text"].GetString(), r["reason"].GetString());
  }
  std::vector<std::pair<std::string, std::string>> got;
  for (const Removed& r : analysis_.removed) got.emplace_back(r.text, BlockKindName(r.reason));
  EXPECT_EQ(got, want);
}

TEST_F(SeedClean, BodyParagraphsAndHeading) {
  std::vector<std::string> body;
  std::vector<std::string> headings;
  for (size_t i = 0; i < analysis_.paragraphs.size(); ++i) {
    (analysis_.paragraphs[i].kind == BlockKind::kHeading ? headings : body).push_back(Paragraph(i));
  }
  EXPECT_EQ(static_cast<int>(body.size()), expected_["body_paragraph_count"].GetInt());
  ASSERT_FALSE(body.empty());
  EXPECT_EQ(body.front(), expected_["body_first_paragraph"].GetString());
  EXPECT_EQ(body.back(), expected_["body_last_paragraph"].GetString());
  std::vector<std::string> want_headings;
  for (const auto& h : expected_["body_headings"].GetArray())
    want_headings.push_back(h.GetString());
  EXPECT_EQ(headings, want_headings);
  EXPECT_EQ(analysis_.paragraphs.size(), body.size() + want_headings.size());
}

// Every line of the page is accounted for exactly once: title, credit, kept or removed.
TEST_F(SeedClean, EveryLineAccountedFor) {
  size_t lines = 0;
  std::istringstream in(article_);
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++lines;
  }
  size_t title = analysis_.title.empty() ? 0 : 1;
  EXPECT_EQ(lines, title + analysis_.credits.size() + analysis_.paragraphs.size() +
                       analysis_.removed.size());
}

// Nothing cleaning removed shows up in the summary.
TEST_F(SeedClean, SummaryHoldsNoRemovedText) {
  for (const Span& s : analysis_.summary) {
    std::string sentence = analysis_.text.substr(s.start, s.end - s.start);
    for (const Removed& r : analysis_.removed) {
      EXPECT_EQ(sentence.find(r.text), std::string::npos) << r.text;
    }
  }
}

}  // namespace
}  // namespace lede
