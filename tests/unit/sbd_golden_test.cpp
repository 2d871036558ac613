// The sentence-boundary Golden Rules (pySBD's English set and the original Pragmatic Segmenter
// list), read at run time from LEDE_SHARED_DIR/corpus/sbd-golden. A rule passes iff the
// stripped sentences equal `expected` exactly. Print the score with
//   ctest --test-dir build/<dir> -R SbdGolden -V
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "segment/sentences.h"
#include "text/normalize.h"

namespace lede {
namespace {

std::string Strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\n");
  return s.substr(b, e - b + 1);
}

// The whole text is one paragraph, as the rules intend.
std::vector<std::string> Segment(const std::string& input) {
  NormalizedText n = Normalize(input);
  std::vector<Span> spans;
  SplitParagraph(n.text, {0, static_cast<uint32_t>(n.text.size())}, &spans);
  std::vector<std::string> out;
  for (Span s : spans) {
    std::string piece = Strip(n.text.substr(s.start, s.end - s.start));
    if (!piece.empty()) out.push_back(piece);
  }
  return out;
}

// The Pragmatic Segmenter list was taken from a README that writes line breaks as "\n"; the
// expected sentences hold real ones. `unescape` turns the two characters into a line break.
int Score(const char* file, bool unescape, std::vector<std::string>* misses) {
  std::ifstream in(std::string(LEDE_SHARED_DIR) + "/corpus/sbd-golden/" + file);
  if (!in) return -1;
  std::stringstream buffer;
  buffer << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(buffer.str().c_str());
  if (doc.HasParseError() || !doc.IsArray()) return -1;
  int passed = 0;
  for (const auto& rule : doc.GetArray()) {
    std::string input = rule["input"].GetString();
    if (unescape) {
      for (size_t at; (at = input.find("\\n")) != std::string::npos;) input.replace(at, 2, "\n");
    }
    std::vector<std::string> expected;
    for (const auto& e : rule["expected"].GetArray()) expected.push_back(Strip(e.GetString()));
    std::vector<std::string> got = Segment(input);
    if (got == expected) {
      ++passed;
      continue;
    }
    std::string miss = "rule " + std::to_string(rule["rule"].GetInt()) + " (" +
                       rule["name"].GetString() + "):";
    for (const std::string& g : got) miss += "\n    got: [" + g + "]";
    for (const std::string& e : expected) miss += "\n    expected: [" + e + "]";
    misses->push_back(miss);
  }
  return passed;
}

void Report(const char* file, bool unescape, int size, int at_least) {
  std::vector<std::string> misses;
  int passed = Score(file, unescape, &misses);
  if (passed < 0) GTEST_SKIP() << file << " not found under " << LEDE_SHARED_DIR;
  std::printf("SBD Golden Rules %s%s: %d/%d\n", file, unescape ? " (\\n unescaped)" : "", passed,
              size);
  for (const std::string& m : misses) std::printf("  miss %s\n", m.c_str());
  EXPECT_GE(passed, at_least);
}

TEST(SbdGolden, English) { Report("en.json", false, 48, 48); }

// Rule 41 of this list expects the splitter to delete a line break inside a sentence ("cold
// \nnight" -> "cold night"); sentences here are spans of the text, so it cannot pass.
TEST(SbdGolden, PragmaticSegmenter) { Report("en_pragmatic_segmenter.json", true, 52, 51); }

// Read literally, the three "\n" rules hold a backslash and an n; they fail by construction.
TEST(SbdGolden, PragmaticSegmenterLiteral) {
  Report("en_pragmatic_segmenter.json", false, 52, 49);
}

}  // namespace
}  // namespace lede
