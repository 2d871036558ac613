// The whole pipeline through the public API, and its JSON.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lede/lede.h"
#include "test_files.h"

namespace lede {
namespace {

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  EXPECT_FALSE(doc.HasParseError()) << json.substr(0, 200);
  return doc;
}

TEST(Analyzer, EmptyInputGivesEmptyResultWithAllArrays) {
  Analyzer analyzer;
  Result<Analysis> r = analyzer.Analyze("");
  ASSERT_TRUE(r.ok());
  rapidjson::Document doc = Parse(ToJson(r.value()));
  for (const char* key : {"credits", "warnings", "removed", "sentences", "entities", "actors",
                          "events", "summary"}) {
    ASSERT_TRUE(doc.HasMember(key)) << key;
    EXPECT_TRUE(doc[key].IsArray()) << key;
  }
  EXPECT_STREQ(doc["text"].GetString(), "");
}

TEST(Analyzer, AnInputHandedOverGivesTheSameResult) {
  Analyzer analyzer;
  const std::string page =
      "<html><head><title>Talks end</title></head><body><article><p>The European Union "
      "imposed sanctions on Russia on Monday, officials in Brussels said.</p><p>Moscow "
      "called the move unlawful \xE2\x80\x94 and caf\x65\xCC\x81s closed.</p></article>"
      "<footer>\xFF Copyright</footer></body></html>";
  Result<Analysis> borrowed = analyzer.Analyze(page);
  Result<Analysis> owned = analyzer.AnalyzeOwned(page);
  ASSERT_TRUE(borrowed.ok());
  ASSERT_TRUE(owned.ok());
  EXPECT_EQ(ToJson(owned.value()), ToJson(borrowed.value()));
  Options options;
  options.max_input_bytes = 10;
  Result<Analysis> refused = analyzer.AnalyzeOwned(page, options);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), StatusCode::kInputTooLarge);
}

TEST(Analyzer, InputOverTheLimitIsRefused) {
  Analyzer analyzer;
  Options options;
  options.max_input_bytes = 10;
  Result<Analysis> r = analyzer.Analyze("0123456789A", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInputTooLarge);
  EXPECT_NE(ErrorToJson(r.status()).find("input_too_large"), std::string::npos);
}

TEST(Analyzer, InvalidUtf8IsRepairedWithAWarning) {
  Analyzer analyzer;
  Result<Analysis> r = analyzer.Analyze("Caf\xE9 au lait.");
  ASSERT_TRUE(r.ok());
  EXPECT_NE(r.value().text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_FALSE(r.value().warnings.empty());
  EXPECT_NE(r.value().warnings[0].find("invalid UTF-8"), std::string::npos);
}

// JSON offsets are UTF-16 code units: check them against a hand count.
TEST(Analyzer, JsonOffsetsAreUtf16) {
  Analyzer analyzer;
  Options options;
  options.clean = false;
  // "😀 Zoë met 中国. Next one." : emoji = 2 units, ë = 1, 中国 = 2.
  Result<Analysis> r = analyzer.Analyze("\xF0\x9F\x98\x80 Zo\xC3\xAB met \xE4\xB8\xAD\xE5\x9B\xBD. Next one.", options);
  ASSERT_TRUE(r.ok());
  rapidjson::Document doc = Parse(ToJson(r.value()));
  const auto& sentences = doc["sentences"];
  ASSERT_EQ(sentences.Size(), 2u);
  EXPECT_EQ(sentences[0]["start"].GetUint(), 0u);
  EXPECT_EQ(sentences[0]["end"].GetUint(), 14u);  // 2 + 1 + 3 + 1 + 3 + 1 + 2 + 1
  EXPECT_EQ(sentences[1]["start"].GetUint(), 15u);
  EXPECT_EQ(sentences[1]["end"].GetUint(), 24u);
}

TEST(Analyzer, SeedArticleTextAndSentencesCoverTheArticle) {
  std::ifstream in(LEDE_SHARED_DIR "/seed/article.txt", std::ios::binary);
  if (!in) GTEST_SKIP() << "../shared/seed is not here";
  std::stringstream ss;
  ss << in.rdbuf();
  Analyzer analyzer;
  Result<Analysis> r = analyzer.Analyze(ss.str());
  ASSERT_TRUE(r.ok());
  const Analysis& a = r.value();
  EXPECT_NE(a.text.find("The foreign ministers of China and Russia have met"), std::string::npos);
  EXPECT_NE(a.text.find("description of him as a killer during a television interview."),
            std::string::npos);
  EXPECT_GE(a.sentences.size(), 18u);
  for (const Span& s : a.sentences) {
    ASSERT_LE(s.end, a.text.size());
    ASSERT_LT(s.start, s.end);
  }
  Parse(ToJson(a));
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

TEST(Analyzer, ExtractOnlyStopsAfterCleaning) {
  Analyzer analyzer;
  const std::string page =
      "<html><head><title>Norway sanctions officials</title></head><body><nav><a href=/>Home</a>"
      "</nav><article><h1>Norway sanctions officials</h1><p>Norway imposed sanctions on three "
      "Venezuelan officials on Friday over the crackdown on protesters, the foreign ministry said."
      "</p><p>The measures freeze their assets and ban their travel to Norway.</p></article>"
      "</body></html>";
  Options options;
  options.extract_only = true;
  Result<Analysis> only = analyzer.Analyze(page, options);
  Result<Analysis> full = analyzer.Analyze(page);
  ASSERT_TRUE(only.ok());
  ASSERT_TRUE(full.ok());
  // The same clean article as the full analysis, and nothing after cleaning.
  EXPECT_EQ(only.value().text, full.value().text);
  EXPECT_EQ(only.value().title, full.value().title);
  EXPECT_EQ(only.value().paragraphs.size(), full.value().paragraphs.size());
  EXPECT_EQ(only.value().language, "en");
  EXPECT_FALSE(full.value().entities.empty());
  EXPECT_TRUE(only.value().sentences.empty());
  EXPECT_TRUE(only.value().entities.empty());
  EXPECT_TRUE(only.value().events.empty());
  EXPECT_TRUE(only.value().summary.empty());
}

std::string SeedOrSample() {
  const std::string seed = ReadFile(LEDE_SHARED_DIR "/seed/article.txt");
  if (!seed.empty()) return seed;
  return "Norway imposed sanctions on three Venezuelan officials on Friday, the foreign "
         "ministry in Oslo said. Prime Minister Jonas Gahr Store said more could follow.";
}

// The warm-up is only about time: an analyzer warmed up or not gives the same result.
TEST(AnalyzerWarmUp, ChangesNoResult) {
  const std::string text = SeedOrSample();
  Analyzer cold;
  const std::string first = ToJson(cold.Analyze(text).value());
  Analyzer warmed;
  warmed.WarmUp();
  warmed.WarmUp();  // twice is harmless
  EXPECT_EQ(ToJson(warmed.Analyze(text).value()), first);
  EXPECT_EQ(ToJson(cold.Analyze(text).value()), first);
}

// Without a warm-up, the tables each stage builds on first use are built by whichever call
// comes first; calls from several threads at once must still agree. (ctest runs each test in
// a process of its own, so here those tables are new.)
TEST(AnalyzerWarmUp, FirstCallsFromSeveralThreadsAgree) {
  const std::string text = SeedOrSample();
  Analyzer analyzer;
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] { results[i] = ToJson(analyzer.Analyze(text).value()); });
  }
  for (std::thread& t : threads) t.join();
  const std::string expected = ToJson(analyzer.Analyze(text).value());
  for (const std::string& r : results) EXPECT_EQ(r, expected);
}

}  // namespace
}  // namespace lede
