// Any bytes as one line of the CLI's JSON lines mode: the answer is always one JSON object.
#include <rapidjson/document.h>

#include "cli/jsonl.h"
#include "result_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const lede::Analyzer analyzer;
  std::string line(reinterpret_cast<const char*>(data), size);
  std::string out = lede::cli::AnalyzeJsonLine(analyzer, lede::Options{}, line);
  rapidjson::Document doc;
  doc.Parse(out.c_str(), out.size());
  if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("id")) lede::fuzz::Fail("jsonl output");
  return 0;
}
