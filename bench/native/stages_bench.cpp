// Per-stage and end-to-end benchmarks of the native core (Google Benchmark).
// The corpora come from folders the runner (bench/run.mjs) prepares from ../shared/corpus:
//   LEDE_BENCH_TEXT_DIR  clean news articles as .txt (CNN/DailyMail)
//   LEDE_BENCH_HTML_DIR  article pages as .html (the extraction benchmark)
//   LEDE_BENCH_SEED      the seed article (text copied from a page)
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actors/actors.h"
#include "clean/assemble.h"
#include "clean/classify.h"
#include "entities/entities.h"
#include "events/sanctions.h"
#include "html/html_blocks.h"
#include "input/text_blocks.h"
#include "lede/lede.h"
#include "segment/sentences.h"
#include "segment/tokens.h"
#include "summary/summarize.h"
#include "text/normalize.h"

namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> ReadDir(const char* env, const char* extension) {
  std::vector<std::string> out;
  const char* dir = std::getenv(env);
  if (dir == nullptr || !std::filesystem::is_directory(dir)) return out;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() == extension) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) out.push_back(ReadFile(p));
  return out;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = ReadDir("LEDE_BENCH_TEXT_DIR", ".txt");
  return texts;
}

const std::vector<std::string>& Pages() {
  static const std::vector<std::string> pages = ReadDir("LEDE_BENCH_HTML_DIR", ".html");
  return pages;
}

// A prepared article: the state each stage starts from.
struct Prepared {
  lede::Analysis analysis;
  std::vector<lede::Token> tokens;
};

const std::vector<Prepared>& PreparedTexts() {
  static const std::vector<Prepared> prepared = [] {
    std::vector<Prepared> out;
    lede::Analyzer analyzer;
    lede::Options options;
    options.clean = false;
    for (const std::string& t : Texts()) {
      Prepared p;
      p.analysis = analyzer.Analyze(t, options).value();
      p.tokens = lede::Tokenize(p.analysis.text, p.analysis.sentences);
      out.push_back(std::move(p));
    }
    return out;
  }();
  return prepared;
}

size_t TotalBytes(const std::vector<std::string>& v) {
  size_t n = 0;
  for (const auto& s : v) n += s.size();
  return n;
}

template <typename Fn>
void OverTexts(benchmark::State& state, const std::vector<std::string>& inputs, Fn fn) {
  if (inputs.empty()) {
    state.SkipWithError("no corpus: run through bench/run.mjs");
    return;
  }
  for (auto _ : state) {
    for (const std::string& s : inputs) fn(s);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(inputs)));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations() * inputs.size()),
                                                benchmark::Counter::kIsRate);
}

void BM_Normalize(benchmark::State& state) {
  OverTexts(state, Texts(), [](const std::string& s) { benchmark::DoNotOptimize(lede::Normalize(s)); });
}

void BM_HtmlToBlocks(benchmark::State& state) {
  OverTexts(state, Pages(), [](const std::string& s) {
    lede::PageMeta meta;
    lede::NormalizedText n = lede::Normalize(s);
    benchmark::DoNotOptimize(lede::HtmlToBlocks(n.text, &meta));
  });
}

void BM_CleanHtml(benchmark::State& state) {
  OverTexts(state, Pages(), [](const std::string& s) {
    lede::PageMeta meta;
    lede::NormalizedText n = lede::Normalize(s);
    std::vector<lede::Block> blocks = lede::HtmlToBlocks(n.text, &meta);
    lede::ClassifyBlocks(&blocks, meta, true);
    lede::Analysis a;
    lede::AssembleText(blocks, meta, &a);
    benchmark::DoNotOptimize(a);
  });
}

void BM_Segment(benchmark::State& state) {
  const auto& prepared = PreparedTexts();
  size_t tokens = 0;
  for (auto _ : state) {
    for (const Prepared& p : prepared) {
      auto sentences = lede::SplitSentences(p.analysis.text, p.analysis.paragraphs);
      auto t = lede::Tokenize(p.analysis.text, sentences);
      tokens += t.size();
      benchmark::DoNotOptimize(t);
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_Entities(benchmark::State& state) {
  const auto& prepared = PreparedTexts();
  const auto& model = lede::DefaultEntityModel();
  size_t tokens = 0;
  for (auto _ : state) {
    for (const Prepared& p : prepared) {
      benchmark::DoNotOptimize(lede::FindEntities(p.analysis.text, p.analysis.sentences, p.tokens, model));
      tokens += p.tokens.size();
    }
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

void BM_Actors(benchmark::State& state) {
  const auto& prepared = PreparedTexts();
  for (auto _ : state) {
    for (const Prepared& p : prepared) {
      std::vector<lede::Entity> entities = p.analysis.entities;
      std::vector<lede::Actor> actors;
      lede::ResolveActors(p.analysis.text, p.analysis.sentences, p.tokens, &entities, &actors);
      benchmark::DoNotOptimize(actors);
    }
  }
}

void BM_Events(benchmark::State& state) {
  const auto& prepared = PreparedTexts();
  for (auto _ : state) {
    for (const Prepared& p : prepared) benchmark::DoNotOptimize(lede::FindSanctionEvents(p.analysis, p.tokens));
  }
}

void BM_Summary(benchmark::State& state) {
  const auto& prepared = PreparedTexts();
  lede::Options options;
  for (auto _ : state) {
    for (const Prepared& p : prepared) benchmark::DoNotOptimize(lede::Summarize(p.analysis, p.tokens, options));
  }
}

void BM_EndToEndText(benchmark::State& state) {
  static const lede::Analyzer analyzer;
  lede::Options options;
  options.clean = false;
  OverTexts(state, Texts(), [&](const std::string& s) { benchmark::DoNotOptimize(analyzer.Analyze(s, options)); });
}

void BM_EndToEndHtml(benchmark::State& state) {
  static const lede::Analyzer analyzer;
  lede::Options options;
  options.input = lede::InputKind::kHtml;
  OverTexts(state, Pages(), [&](const std::string& s) { benchmark::DoNotOptimize(analyzer.Analyze(s, options)); });
}

void BM_Seed(benchmark::State& state) {
  static const lede::Analyzer analyzer;
  const char* path = std::getenv("LEDE_BENCH_SEED");
  static const std::vector<std::string> seed = {path ? ReadFile(path) : std::string()};
  if (seed[0].empty()) {
    state.SkipWithError("LEDE_BENCH_SEED not set");
    return;
  }
  OverTexts(state, seed, [&](const std::string& s) { benchmark::DoNotOptimize(analyzer.Analyze(s)); });
}

BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HtmlToBlocks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Actors)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Events)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Summary)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEndText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EndToEndHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Seed)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
