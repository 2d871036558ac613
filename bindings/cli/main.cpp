// lede: the command line. One JSON object per article, or JSON lines for batch jobs.
#include <cstdio>
#include <cstring>
#include <iostream>
#include <new>
#include <string>
#include <vector>

#include "cli/args.h"
#include "cli/jsonl.h"
#include "cli/read_input.h"
#include "lede/lede.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

constexpr const char* kUsage =
    "usage: lede analyze [options] [FILE|-]\n"
    "\n"
    "Analyses a news article (HTML or text copied from a page) and prints one JSON object:\n"
    "the clean text, sentences, entities, actors, sanctions events and a summary.\n"
    "\n"
    "options:\n"
    "  --input auto|text|html  what the input is (default: auto)\n"
    "  --no-clean              the input is the article text already: keep all of it\n"
    "  --extract-only          reader mode: clean only (no sentences, entities, events, summary)\n"
    "  --summary N             summary length in sentences (default 3; 0 for none)\n"
    "  --summary-chars N       summary length as a character budget instead\n"
    "  --jsonl                 read JSON lines {\"id\":..., \"text\"|\"html\":...} from FILE or\n"
    "                          stdin, write one result line per input line, in order\n"
    "  --threads N             with --jsonl: analyse N lines at once (output stays in order)\n"
    "  --pretty                indent the JSON (not with --jsonl)\n"
    "  -h, --help              this text\n"
    "  --version               the version\n"
    "\n"
    "Exit codes: 0 analysed; 1 the input was refused (for example over the 32 MiB limit) or\n"
    "memory ran out; 2 bad usage; 3 the input could not be read. With --jsonl, a line that\n"
    "cannot be analysed gets an error line and the stream goes on.\n";

int Analyze(const lede::Analyzer& analyzer, const lede::cli::Args& args);

}  // namespace

int main(int argc, char** argv) {
  lede::cli::Args args;
  std::string error;
  if (!lede::cli::ParseArgs(argc, argv, &args, &error)) {
    std::fprintf(stderr, "lede: %s\n\n%s", error.c_str(), kUsage);
    return 2;
  }
  if (args.help) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (args.version) {
    std::puts("lede " LEDE_VERSION);
    return 0;
  }
#if defined(__GLIBC__)
  // Blocks of 1 MB and more (a large article's token, mention and entity arrays) are mapped
  // on their own and unmapped when freed. By default glibc raises this threshold after the
  // first such block is freed, and later ones stay resident inside the heap once freed: about
  // 6 MB more peak RSS on a 10 MB article.
  mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
  // The analyzer turns memory running out into an error value, and JSON lines mode into an
  // error line; this catches it in the rest: loading, reading one file, writing its JSON.
  try {
    lede::Analyzer analyzer;
    return Analyze(analyzer, args);
  } catch (const std::bad_alloc&) {
    if (!args.jsonl) std::fputs("{\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory\"}}\n", stdout);
    std::fflush(stdout);
    std::fputs("lede: out of memory\n", stderr);
    return 1;
  }
}

namespace {

// An input given up (too large, memory ran out): the reason on stderr, the error object on
// stdout, exit code 1.
int Refuse(const lede::Status& status) {
  std::fprintf(stderr, "lede: %s\n", status.message().c_str());
  std::cout << "{\"error\":" << lede::ErrorToJson(status) << "}\n";
  return 1;
}

int Analyze(const lede::Analyzer& analyzer, const lede::cli::Args& args) {
  if (args.jsonl) return lede::cli::RunJsonl(analyzer, args);

  std::string input;
  lede::Status read = lede::cli::ReadInput(args.file, args.options.max_input_bytes, &input);
  if (read.code() == lede::StatusCode::kInputTooLarge) return Refuse(read);
  if (!read.ok()) {
    std::fprintf(stderr, "lede: %s\n", read.message().c_str());
    return 3;
  }
  lede::Options options = args.options;
  lede::cli::ApplyCharset(&input, &options);
  std::string json;
  {
    // Handed over: the analyzer frees the input once normalized (10 MB of peak on a 10 MB input).
    lede::Result<lede::Analysis> result = analyzer.AnalyzeOwned(std::move(input), options);
    if (!result.ok()) return Refuse(result.status());
    json = lede::ToJson(result.value());
  }  // and is freed before the output is written
  if (args.pretty) json = lede::cli::Pretty(json);
  std::fwrite(json.data(), 1, json.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace
