// Embind: the loaded analyzer as one class with one coarse call per article. The result
// crosses as the same JSON text the CLI prints (UTF-16 offsets), which the JS layer parses:
// one copy, no per-field marshalling, and the CLI and JS results cannot drift apart.
#include <emscripten/bind.h>

#include <string>

#include "lede/lede.h"

namespace {

class WasmAnalyzer {
 public:
  // input_kind: 0 auto, 1 text, 2 html. Returns the result JSON, or {"error":{...}}.
  std::string Analyze(const std::string& input, int input_kind, bool clean, int summary_sentences,
                      int summary_chars) const {
    lede::Options options;
    options.input = input_kind == 1   ? lede::InputKind::kText
                    : input_kind == 2 ? lede::InputKind::kHtml
                                      : lede::InputKind::kAuto;
    options.clean = clean;
    options.summary_sentences = summary_sentences < 0 ? 0 : static_cast<uint32_t>(summary_sentences);
    options.summary_chars = summary_chars < 0 ? 0 : static_cast<uint32_t>(summary_chars);
    lede::Result<lede::Analysis> result = analyzer_.Analyze(input, options);
    if (!result.ok()) return "{\"error\":" + lede::ErrorToJson(result.status()) + "}";
    return lede::ToJson(result.value());
  }

  std::string Version() const { return LEDE_VERSION; }

 private:
  lede::Analyzer analyzer_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("analyze", &WasmAnalyzer::Analyze)
      .function("version", &WasmAnalyzer::Version);
}
