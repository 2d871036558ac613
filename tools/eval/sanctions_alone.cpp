// The sanctions events stage measured on its own, for tools/eval/sanctions-score.mjs:
// reads the CLI's JSON lines ({"id", "text"} per line) and writes one result per line like
// `lede analyze --jsonl --no-clean`, and on stderr how long the events stage takes next to
// the whole analysis.
//   --alone   clear entities and actors before the events stage (its own gazetteer only)
//
// Not part of the build (the lead may hook it into tools/CMakeLists.txt); by hand:
//   g++ -O2 -std=c++17 -Icore/include -Icore/src -Ibuild/release/deps/rapidjson-include \
//     tools/eval/sanctions_alone.cpp build/release/core/liblede_core.a -lutf8proc \
//     -o build/release/sanctions-alone
//   LEDE_CLI=build/release/sanctions-alone node tools/eval/sanctions-score.mjs  (needs --alone:
//   run it through a two-line wrapper script, see eval/sanctions/README.md)
#include <rapidjson/document.h>

#include <chrono>
#include <cstring>
#include <iostream>
#include <string>

#include "events/sanctions.h"
#include "lede/lede.h"
#include "segment/tokens.h"

int main(int argc, char** argv) {
  bool alone = false;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--alone") == 0) alone = true;
  }
  using Clock = std::chrono::steady_clock;
  lede::Analyzer analyzer;
  lede::Options options;
  options.clean = false;
  options.input = lede::InputKind::kText;
  double analyze_s = 0, events_s = 0;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.empty()) continue;
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("text")) {
      std::cout << "{\"error\":{\"code\":\"invalid_argument\",\"message\":\"bad line\"}}\n";
      continue;
    }
    std::string text(doc["text"].GetString(), doc["text"].GetStringLength());
    auto t0 = Clock::now();
    lede::Result<lede::Analysis> r = analyzer.Analyze(text, options);
    auto t1 = Clock::now();
    if (!r.ok()) {
      std::cout << "{\"error\":" << lede::ErrorToJson(r.status()) << "}\n";
      continue;
    }
    lede::Analysis a = std::move(r).value();
    std::vector<lede::Token> tokens = lede::Tokenize(a.text, a.sentences);
    if (alone) {
      a.entities.clear();
      a.actors.clear();
    }
    auto t2 = Clock::now();
    a.events = lede::FindSanctionEvents(a, tokens);
    auto t3 = Clock::now();
    analyze_s += std::chrono::duration<double>(t1 - t0).count();
    events_s += std::chrono::duration<double>(t3 - t2).count();
    std::cout << lede::ToJson(a) << "\n";
  }
  std::cerr << "analysis " << analyze_s * 1000 << " ms, events stage " << events_s * 1000
            << " ms (" << (analyze_s > 0 ? 100 * events_s / analyze_s : 0)
            << "% of the analysis)\n";
  return 0;
}
