// Cleaning copied text must not eat real articles: the BBC News Summary articles
// (../shared/corpus/summ-bbc/articles, read at run time) are clean text, title first. Run as
// copies, at least 99% of their body lines must stay in each category (98% in sport), and the first
// line must come out as the title in almost every article.
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clean/text_classify.h"
#include "input/text_blocks.h"
#include "text/normalize.h"
#include "test_files.h"

namespace lede {
namespace {

std::vector<std::string> ListTxt(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return out;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") out.push_back(dir + "/" + name);
  }
  closedir(d);
  std::sort(out.begin(), out.end());
  return out;
}

class BbcKeepRate : public ::testing::TestWithParam<const char*> {};

TEST_P(BbcKeepRate, KeepsNearlyEveryBodyLine) {
  std::string dir = std::string(LEDE_SHARED_DIR) + "/corpus/summ-bbc/articles/" + GetParam();
  std::vector<std::string> files = ListTxt(dir);
  if (files.empty()) GTEST_SKIP() << "no corpus at " << dir;
  size_t body_lines = 0, kept = 0, titles = 0;
  std::string lost;  // a few examples for the failure message
  for (const std::string& f : files) {
    NormalizedText norm = Normalize(ReadFile(f));
    std::vector<Block> blocks = SplitTextBlocks(norm.text);
    if (blocks.empty()) continue;
    ClassifyTextBlocks(&blocks);
    if (blocks[0].kind == BlockKind::kTitle) ++titles;
    for (size_t i = 1; i < blocks.size(); ++i) {
      ++body_lines;
      BlockKind k = blocks[i].kind;
      if (k == BlockKind::kBody || k == BlockKind::kHeading) {
        ++kept;
      } else if (lost.size() < 2000) {
        lost += std::string(BlockKindName(k)) + " | " + f.substr(f.size() - 7) + " | " +
                blocks[i].text.substr(0, 100) + "\n";
      }
    }
  }
  double rate = static_cast<double>(kept) / static_cast<double>(body_lines);
  std::printf("[ bbc %-13s ] %zu articles, body lines kept %zu/%zu = %.4f, titles %zu\n",
              GetParam(), files.size(), kept, body_lines, rate, titles);
  // Sport match previews open on a fixture box (venue, kick-off date and time, referee) that
  // reads like page furniture, and is taken for it: that category gets a 98% floor.
  double floor = std::string(GetParam()) == "sport" ? 0.98 : 0.99;
  EXPECT_GE(rate, floor) << lost;
  EXPECT_GE(titles * 100, files.size() * 97) << "first line not taken as the title";
}

INSTANTIATE_TEST_SUITE_P(Categories, BbcKeepRate,
                         ::testing::Values("business", "entertainment", "politics", "sport",
                                           "tech"));

}  // namespace
}  // namespace lede
