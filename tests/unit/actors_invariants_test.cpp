// Invariants of the actors stage on real news text nobody here wrote (read at run time from
// ../shared/corpus/cnndm-dev, never copied): spans inside the text on character boundaries,
// sorted and disjoint; actor references valid; ids in order; counts that match.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <fstream>
#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

bool IsBoundary(const std::string& s, uint32_t i) {
  return i == s.size() || (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80);
}

TEST(ActorsInvariants, HoldOnNewsArticles) {
  std::ifstream in(std::string(LEDE_SHARED_DIR) + "/corpus/cnndm-dev/articles.jsonl");
  if (!in) GTEST_SKIP() << "no cnndm-dev corpus";
  Analyzer analyzer;
  Options options;
  options.clean = false;
  std::string line;
  int articles = 0;
  size_t actors = 0;
  while (articles < 150 && std::getline(in, line)) {
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.HasMember("article")) continue;
    Result<Analysis> r = analyzer.Analyze(doc["article"].GetString(), options);
    ASSERT_TRUE(r.ok());
    const Analysis& a = r.value();
    ++articles;
    actors += a.actors.size();
    std::vector<uint32_t> counts(a.actors.size(), 0);
    uint32_t last_end = 0;
    for (const Entity& e : a.entities) {
      ASSERT_LT(e.span.start, e.span.end);
      ASSERT_LE(e.span.end, a.text.size());
      EXPECT_TRUE(IsBoundary(a.text, e.span.start) && IsBoundary(a.text, e.span.end));
      EXPECT_GE(e.span.start, last_end) << e.text;  // sorted, no overlaps
      last_end = e.span.end;
      EXPECT_EQ(e.text, a.text.substr(e.span.start, e.span.end - e.span.start));
      ASSERT_GE(e.actor, -1);
      ASSERT_LT(e.actor, static_cast<int>(a.actors.size()));
      if (e.actor >= 0) ++counts[e.actor];
    }
    for (size_t i = 0; i < a.actors.size(); ++i) {
      EXPECT_EQ(a.actors[i].id, "a" + std::to_string(i));
      EXPECT_EQ(a.actors[i].mentions, counts[i]) << a.actors[i].name;
      EXPECT_GT(counts[i], 0u);
      EXPECT_FALSE(a.actors[i].name.empty());
    }
  }
  EXPECT_GT(articles, 0);
  EXPECT_GT(actors, static_cast<size_t>(articles));  // news names more than one actor a story
}

}  // namespace
}  // namespace lede
