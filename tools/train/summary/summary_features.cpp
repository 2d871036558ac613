// Reads JSON lines {"id":..., "text":...} on stdin, analyses each text as clean article text
// (the CLI's --no-clean) and prints one line per article:
//   {"id":..., "sentences":[candidate sentence texts], "features":[[...]], "prior":[...],
//    "summary":[candidate indices the model picks, ascending]}
// Options: --weights w0,...,wK,bias (a model to try instead of the compiled one),
//          --redundancy X, --summary N, --clean (run cleaning too),
//          --time (print only the time of the analysis without a summary and of Summarize
//          itself, in process, summed over the articles).
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "lede/lede.h"
#include "segment/sentences.h"
#include "segment/tokens.h"
#include "summary/features.h"
#include "summary/select.h"
#include "summary/summarize.h"

namespace {

bool ParseFloats(const std::string& s, std::vector<float>* out) {
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) {
    char* end = nullptr;
    out->push_back(std::strtof(item.c_str(), &end));
    if (end == item.c_str()) return false;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  lede::Options options;
  options.clean = false;
  options.input = lede::InputKind::kText;
  lede::SummaryModel model = lede::DefaultSummaryModel();
  std::vector<float> weights;
  bool time = false;
  double analysis_seconds = 0;
  double summary_seconds = 0;
  size_t articles = 0;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--weights") {
      if (!ParseFloats(value(), &weights) || weights.size() != lede::kSummaryFeatureCount + 1) {
        std::cerr << "--weights takes " << lede::kSummaryFeatureCount + 1 << " numbers\n";
        return 2;
      }
      model.weights = weights.data();
      model.bias = weights.back();
    } else if (a == "--redundancy") {
      model.redundancy = std::strtof(value().c_str(), nullptr);
    } else if (a == "--summary") {
      options.summary_sentences = static_cast<uint32_t>(std::atoi(value().c_str()));
    } else if (a == "--clean") {
      options.clean = true;
      options.input = lede::InputKind::kAuto;
    } else if (a == "--time") {
      time = true;
    } else if (a == "--names") {
      for (const char* name : lede::kSummaryFeatureNames) std::cout << name << "\n";
      return 0;
    } else {
      std::cerr << "unknown option " << a << "\n";
      return 2;
    }
  }
  lede::Analyzer analyzer;
  std::string line;
  while (std::getline(std::cin, line)) {
    rapidjson::Document doc;
    doc.Parse(line.c_str(), line.size());
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("text") ||
        !doc["text"].IsString()) {
      std::cerr << "skipping a line that is not {\"id\", \"text\"}\n";
      continue;
    }
    if (time) {
      using Clock = std::chrono::steady_clock;
      lede::Options off = options;
      off.summary_sentences = 0;
      off.summary_chars = 0;
      auto t0 = Clock::now();
      lede::Result<lede::Analysis> r = analyzer.Analyze(doc["text"].GetString(), off);
      auto t1 = Clock::now();
      if (!r.ok()) continue;
      std::vector<lede::Token> tokens = lede::Tokenize(r.value().text, r.value().sentences);
      auto t2 = Clock::now();
      std::vector<lede::Span> summary = lede::Summarize(r.value(), tokens, options);
      auto t3 = Clock::now();
      analysis_seconds += std::chrono::duration<double>(t1 - t0).count();
      summary_seconds += std::chrono::duration<double>(t3 - t2).count();
      ++articles;
      continue;
    }
    lede::Result<lede::Analysis> r = analyzer.Analyze(doc["text"].GetString(), options);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      continue;
    }
    const lede::Analysis& a = r.value();
    // The same tokens the pipeline made (a pure function of text and sentences).
    std::vector<lede::Token> tokens = lede::Tokenize(a.text, a.sentences);
    lede::SummaryFeatures f = lede::ComputeSummaryFeatures(a, tokens);
    std::vector<float> scores = lede::ScoreCandidates(f, model);
    std::vector<uint32_t> picked = lede::SelectSummary(f, scores, a, options, model.redundancy);

    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.StartObject();
    w.Key("id");
    if (doc.HasMember("id")) {
      doc["id"].Accept(w);
    } else {
      w.Null();
    }
    w.Key("sentences");
    w.StartArray();
    for (uint32_t s : f.candidates) {
      const lede::Span& sp = a.sentences[s];
      w.String(a.text.data() + sp.start, sp.end - sp.start);
    }
    w.EndArray();
    w.Key("features");
    w.StartArray();
    for (const auto& row : f.learned) {
      w.StartArray();
      for (float x : row) w.Double(x);
      w.EndArray();
    }
    w.EndArray();
    w.Key("prior");
    w.StartArray();
    for (float x : f.prior) w.Double(x);
    w.EndArray();
    w.Key("summary");
    w.StartArray();
    for (uint32_t s : picked) {
      w.Uint(static_cast<unsigned>(
          std::lower_bound(f.candidates.begin(), f.candidates.end(), s) - f.candidates.begin()));
    }
    w.EndArray();
    w.EndObject();
    std::cout << buffer.GetString() << "\n";
  }
  if (time && articles > 0) {
    std::cout << "articles " << articles << ", analysis without summary "
              << 1000 * analysis_seconds / articles << " ms/article, Summarize "
              << 1000 * summary_seconds / articles << " ms/article ("
              << 100 * summary_seconds / analysis_seconds << "%)\n";
  }
  return 0;
}
