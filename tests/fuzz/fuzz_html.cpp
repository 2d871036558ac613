// Any bytes as HTML (tokenizer, blocks, main-content extraction).
#include "result_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const lede::Analyzer analyzer;
  lede::Options options;
  options.input = lede::InputKind::kHtml;
  lede::Result<lede::Analysis> r =
      analyzer.Analyze(std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (!r.ok()) lede::fuzz::Fail("html analysis returned an error");
  lede::fuzz::CheckAnalysis(r.value());
  return 0;
}
