// Analyzer::AnalyzeEach (a stage at a time over many inputs) against one input at a time.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/lede.h"
#include "test_files.h"

namespace lede {
namespace {

// What a result says, error or analysis, as one string to compare.
std::string Spell(const Result<Analysis>& r) {
  return r.ok() ? ToJson(r.value()) : ErrorToJson(r.status());
}

TEST(AnalyzeEach, GivesWhatEachInputGivesAlone) {
  const std::string seed = ReadFile(LEDE_SHARED_DIR "/seed/article.txt");
  if (seed.empty()) GTEST_SKIP() << "../shared/seed is not here";
  Options text;
  text.input = InputKind::kText;
  Options html;
  html.input = InputKind::kHtml;
  Options reader;
  reader.extract_only = true;
  Options no_clean;
  no_clean.clean = false;
  Options small_limit;
  small_limit.max_input_bytes = 100;
  Options short_summary;
  short_summary.summary_sentences = 1;
  const std::string page =
      "<html><head><title>Talks end</title></head><body><nav><a href=/>Home</a></nav><article>"
      "<p>The European Union imposed sanctions on two Russian officials on Monday, Brussels "
      "said.</p><p>Moscow called the measures illegal and threatened a response.</p></article>"
      "<footer>Copyright 2026</footer></body></html>";
  const std::vector<std::pair<std::string, Options>> cases = {
      {seed, {}},
      {page, html},
      {page, reader},
      {seed, no_clean},
      {"", {}},
      {seed, small_limit},  // an error between analyses
      {"Die Europäische Union hat am Montag neue Sanktionen gegen Russland beschlossen, "
       "teilte die Kommission in Brüssel mit. Die Maßnahmen treten sofort in Kraft.",
       text},  // not English: the entity, actor and event stages are skipped
      {std::string("bad \xff\xfe bytes and a NUL \0 here. The UN condemned it.", 52), text},
      {seed, short_summary},
      {seed.substr(0, 700), reader},
  };
  Analyzer analyzer;
  std::vector<std::string> inputs;
  std::vector<Options> options;
  std::vector<std::string> alone;
  for (const auto& [input, o] : cases) {
    inputs.push_back(input);
    options.push_back(o);
    alone.push_back(Spell(analyzer.Analyze(input, o)));
  }
  std::vector<Result<Analysis>> together = analyzer.AnalyzeEach(inputs, options);
  ASSERT_EQ(together.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(Spell(together[i]), alone[i]) << "input " << i;
  // The error is the one a single call gives, and the analyses around it are whole.
  EXPECT_FALSE(together[5].ok());
  EXPECT_EQ(together[5].status().code(), StatusCode::kInputTooLarge);
  EXPECT_FALSE(together[0].value().actors.empty());
  EXPECT_TRUE(together[2].value().actors.empty());  // reader mode
  EXPECT_TRUE(together[6].value().actors.empty());  // not English
  EXPECT_FALSE(together[6].value().warnings.empty());
}

TEST(AnalyzeEach, NoInputsGiveNoResults) {
  Analyzer analyzer;
  EXPECT_TRUE(analyzer.AnalyzeEach({}, {}).empty());
}

TEST(AnalyzeEach, OptionsThatDoNotPairWithTheInputsAreAnError) {
  Analyzer analyzer;
  std::vector<Result<Analysis>> r = analyzer.AnalyzeEach({"One.", "Two."}, {Options{}});
  ASSERT_EQ(r.size(), 2u);
  for (const auto& one : r) EXPECT_EQ(one.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lede
