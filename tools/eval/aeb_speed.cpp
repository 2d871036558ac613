// Cleaning speed over article pages, natively: reads JSON lines {"id", "html"} on stdin (what
// `node tools/eval/aeb-score.mjs --speed` pipes in) and times the cleaning stages alone
// (normalize, HTML -> blocks, classify, assemble) and the whole analysis, each page repeated
// until the round takes long enough to measure. Prints pages/s and MB/s of HTML.
//   aeb_speed [--rounds N] < pages.jsonl
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "clean/assemble.h"
#include "clean/classify.h"
#include "html/html_blocks.h"
#include "lede/lede.h"
#include "text/normalize.h"

namespace {

using Clock = std::chrono::steady_clock;

// Keeps the optimizer from dropping work whose result is unused.
size_t g_sink = 0;

size_t CleanOnce(const std::string& html) {
  lede::NormalizedText normalized = lede::Normalize(html);
  lede::PageMeta meta;
  std::vector<lede::Block> blocks = lede::HtmlToBlocks(normalized.text, &meta);
  lede::ClassifyBlocks(&blocks, meta, /*from_html=*/true);
  lede::Analysis out;
  lede::AssembleText(blocks, meta, &out);
  return out.text.size();
}

size_t AnalyzeOnce(const lede::Analyzer& analyzer, const std::string& html) {
  lede::Options options;
  options.input = lede::InputKind::kHtml;
  lede::Result<lede::Analysis> r = analyzer.Analyze(html, options);
  return r.ok() ? r.value().text.size() : 0;
}

// Median over rounds of one pass over every page, in seconds.
template <typename Fn>
double MedianPass(const std::vector<std::string>& pages, int rounds, Fn fn) {
  std::vector<double> seconds;
  for (int r = 0; r < rounds; ++r) {
    auto start = Clock::now();
    for (const std::string& p : pages) g_sink += fn(p);
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  return seconds[seconds.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int rounds = 5;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::max(1, std::atoi(argv[++i]));
    } else {
      std::fprintf(stderr, "usage: aeb_speed [--rounds N] < pages.jsonl\n");
      return 2;
    }
  }
  std::vector<std::string> pages;
  std::string line;
  size_t bytes = 0;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("html") || !doc["html"].IsString()) {
      std::fprintf(stderr, "aeb_speed: skipping a line without a string \"html\"\n");
      continue;
    }
    pages.emplace_back(doc["html"].GetString(), doc["html"].GetStringLength());
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "aeb_speed: no pages on stdin\n");
    return 2;
  }
  lede::Analyzer analyzer;
  MedianPass(pages, 1, CleanOnce);  // warm-up
  double clean = MedianPass(pages, rounds, CleanOnce);
  double full = MedianPass(pages, rounds, [&](const std::string& p) { return AnalyzeOnce(analyzer, p); });
  double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%zu pages, %.1f MB of HTML, median of %d rounds, one thread\n", pages.size(), mb, rounds);
  std::printf("cleaning (normalize, blocks, classify, assemble): %.1f pages/s, %.1f MB/s, %.2f ms/page\n",
              pages.size() / clean, mb / clean, 1000.0 * clean / pages.size());
  std::printf("whole analysis (--input html):                    %.1f pages/s, %.1f MB/s, %.2f ms/page\n",
              pages.size() / full, mb / full, 1000.0 * full / pages.size());
  return g_sink == 0 ? 1 : 0;
}
