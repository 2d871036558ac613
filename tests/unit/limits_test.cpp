// Bad and extreme input through the public API: every case gives a result or a clear error,
// in time proportional to its size (checked as ratios, not absolute times: CI machines are
// noisy and sanitizer builds slow).
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

double Seconds(const Analyzer& analyzer, const std::string& input, const Options& options) {
  auto t0 = std::chrono::steady_clock::now();
  Result<Analysis> r = analyzer.Analyze(input, options);
  auto t1 = std::chrono::steady_clock::now();
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::chrono::duration<double>(t1 - t0).count();
}

// Analyses `make(n)` and `make(10 n)`; the larger must not cost more than ~10x (+ slack).
template <typename Make>
void ExpectLinear(const Make& make, size_t n, InputKind kind) {
  Analyzer analyzer;
  Options options;
  options.input = kind;
  std::string small = make(n);
  std::string large = make(10 * n);
  Seconds(analyzer, small, options);  // warm up
  double a = Seconds(analyzer, small, options) + 1e-3;
  double b = Seconds(analyzer, large, options);
  EXPECT_LT(b / a, 25.0) << "small " << a << " s, large " << b << " s";
}

TEST(Limits, LongLineWithoutSpaces) {
  ExpectLinear([](size_t n) { return std::string(n, 'a'); }, 1 << 20, InputKind::kText);
}

TEST(Limits, ManySentences) {
  ExpectLinear([](size_t n) {
    std::string s;
    while (s.size() < n) s += "The minister said the talks would resume. ";
    return s;
  }, 400000, InputKind::kText);
}

TEST(Limits, ManyCapitalizedNames) {
  // Dense name-like tokens: the worst case for entities and actors.
  ExpectLinear([](size_t n) {
    std::string s;
    for (size_t i = 0; s.size() < n; ++i) s += "Paris Berlin Moscow Beijing John Smith Acme Corp EU. ";
    return s;
  }, 200000, InputKind::kText);
}

TEST(Limits, DeeplyNestedTags) {
  ExpectLinear([](size_t n) {
    std::string s;
    for (size_t i = 0; s.size() < n / 2; ++i) s += "<div>";
    s += "<p>Deep text here.</p>";
    return s;
  }, 1 << 20, InputKind::kHtml);
}

TEST(Limits, UnclosedCommentAndBinaryJunk) {
  Analyzer analyzer;
  Options html;
  html.input = InputKind::kHtml;
  std::string junk;
  for (int i = 0; i < 1 << 20; ++i) junk.push_back(static_cast<char>((i * 2654435761u) >> 24));
  EXPECT_TRUE(analyzer.Analyze("<p>before</p><!-- never closed " + junk, html).ok());
  Result<Analysis> r = analyzer.Analyze(junk);
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.value().warnings.empty());  // the repairs are reported
}

TEST(Limits, EmptyWhitespaceAndMarkupOnlyGiveEmptyResults) {
  Analyzer analyzer;
  Options html;
  html.input = InputKind::kHtml;
  for (const char* input : {"", "   \n\t  \n", "\xEF\xBB\xBF"}) {
    Result<Analysis> r = analyzer.Analyze(input);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.value().text.empty());
    EXPECT_TRUE(r.value().sentences.empty());
  }
  Result<Analysis> r = analyzer.Analyze("<html><head><script>var x = 1;</script></head><body></body></html>", html);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r.value().text.empty());
}

TEST(Limits, OverTheSizeLimitIsRefusedWithNothingPartial) {
  Analyzer analyzer;
  std::string big((size_t{32} << 20) + 1, 'a');
  Result<Analysis> r = analyzer.Analyze(big);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInputTooLarge);
  EXPECT_TRUE(r.value().text.empty());
}

TEST(Limits, SurrogatesOverlongsAndNulAreRepairedNotLost) {
  Analyzer analyzer;
  Options options;
  options.clean = false;
  std::string input = std::string("Alpha \xED\xA0\x80 Beta \xC0\x80 Gamma ", 24) + std::string(1, '\0') + "Delta.";
  Result<Analysis> r = analyzer.Analyze(input, options);
  ASSERT_TRUE(r.ok());
  for (const char* word : {"Alpha", "Beta", "Gamma", "Delta"}) {
    EXPECT_NE(r.value().text.find(word), std::string::npos) << word;
  }
  EXPECT_GE(r.value().warnings.size(), 2u);  // invalid bytes and NUL
}

}  // namespace
}  // namespace lede
