// Embind: the loaded analyzer as one class with one coarse call per article. The result
// crosses as the same JSON text the CLI prints (UTF-16 offsets), which the JS layer parses:
// one copy, no per-field marshalling, and the CLI and JS results cannot drift apart.
//
// Bytes cross through buffers the analyzer owns, not as Embind std::string arguments and
// results: Embind 3.1.6 copies a Uint8Array into a std::string, and scans a returned string for
// NUL, one byte at a time in JS (a sixth of reader mode's time on a page went there). The JS
// layer encodes a string straight into inputBuffer() (TextEncoder.encodeInto) or copies bytes
// there with one TypedArray.set, and decodes the output with one TextDecoder call.
#include <emscripten/bind.h>
#include <rapidjson/document.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "lede/lede.h"

namespace {

class WasmAnalyzer {
 public:
  // The address of `capacity` writable bytes where the caller puts the next input (left
  // uninitialized: a string is encoded into up to three bytes a character of room).
  uintptr_t InputBuffer(size_t capacity) {
    if (capacity == 0) capacity = 1;
    if (capacity > input_capacity_) {
      input_.reset(new char[capacity]);
      input_capacity_ = capacity;
    }
    return reinterpret_cast<uintptr_t>(input_.get());
  }

  // Analyses the first `length` bytes of the input buffer. input_kind: 0 auto, 1 text, 2 html.
  // Returns the length of the result JSON (or {"error":{...}}) at OutputData().
  size_t Analyze(size_t length, int input_kind, bool clean, int summary_sentences,
                 int summary_chars, bool extract_only) {
    lede::Options options = MakeOptions(clean, summary_sentences, summary_chars, extract_only);
    options.input = input_kind == 1   ? lede::InputKind::kText
                    : input_kind == 2 ? lede::InputKind::kHtml
                                      : lede::InputKind::kAuto;
    return Finish(Report(analyzer_.Analyze(Input(length), options)));
  }

  // The input buffer holds blocks as JSON: [{"text", "tag", "attrs", "linkShare", "flags",
  // "heading"}...] (web/src builds it from the caller's objects).
  size_t AnalyzeBlocks(size_t length, bool clean, int summary_sentences, int summary_chars,
                       bool extract_only) {
    return Finish(BlocksReport(Input(length), clean, summary_sentences, summary_chars,
                               extract_only));
  }

  uintptr_t OutputData() const { return reinterpret_cast<uintptr_t>(output_.data()); }

  // See lede::Analyzer::WarmUp; web/src/analyzer.js decides when (options.warmUp).
  void WarmUp() const { analyzer_.WarmUp(); }

  std::string Version() const { return LEDE_VERSION; }

 private:
  std::string_view Input(size_t length) const {
    return std::string_view(input_.get(), length < input_capacity_ ? length : input_capacity_);
  }

  std::string BlocksReport(std::string_view json, bool clean, int summary_sentences,
                           int summary_chars, bool extract_only) const {
    rapidjson::Document doc;
    doc.Parse(json.data(), json.size());
    if (doc.HasParseError() || !doc.IsArray()) {
      return Report(lede::Status(lede::StatusCode::kInvalidArgument, "blocks must be an array"));
    }
    std::vector<lede::InputBlock> blocks;
    blocks.reserve(doc.Size());
    for (const auto& v : doc.GetArray()) {
      if (!v.IsObject() || !v.HasMember("text") || !v["text"].IsString()) {
        return Report(lede::Status(lede::StatusCode::kInvalidArgument,
                                   "every block needs a string \"text\""));
      }
      lede::InputBlock b;
      b.text.assign(v["text"].GetString(), v["text"].GetStringLength());
      if (v.HasMember("tag") && v["tag"].IsString()) b.tag = v["tag"].GetString();
      if (v.HasMember("path") && v["path"].IsString()) b.path = v["path"].GetString();
      if (v.HasMember("attrs") && v["attrs"].IsString()) b.attr_words = v["attrs"].GetString();
      if (v.HasMember("linkShare") && v["linkShare"].IsNumber()) b.link_share = v["linkShare"].GetFloat();
      if (v.HasMember("flags") && v["flags"].IsUint()) b.flags = v["flags"].GetUint();
      if (v.HasMember("heading") && v["heading"].IsInt()) b.heading_level = v["heading"].GetInt();
      blocks.push_back(std::move(b));
    }
    return Report(analyzer_.AnalyzeBlocks(
        blocks, MakeOptions(clean, summary_sentences, summary_chars, extract_only)));
  }

  // Keeps the result for the caller to read, and lets a large input's buffer go: memory
  // never shrinks in WASM, but the allocator can reuse it for the next analysis.
  size_t Finish(std::string json) {
    output_ = std::move(json);
    if (input_capacity_ > kKeptBufferBytes) {
      input_.reset();
      input_capacity_ = 0;
    }
    return output_.size();
  }

  static constexpr size_t kKeptBufferBytes = 1 << 20;

  static lede::Options MakeOptions(bool clean, int summary_sentences, int summary_chars,
                                   bool extract_only) {
    lede::Options options;
    options.clean = clean;
    options.extract_only = extract_only;
    options.summary_sentences =
        summary_sentences < 0 ? 0 : static_cast<uint32_t>(summary_sentences);
    options.summary_chars = summary_chars < 0 ? 0 : static_cast<uint32_t>(summary_chars);
    return options;
  }

  template <typename R>
  static std::string Report(const R& result) {
    if constexpr (std::is_same_v<R, lede::Status>) {
      return "{\"error\":" + lede::ErrorToJson(result) + "}";
    } else {
      if (!result.ok()) return "{\"error\":" + lede::ErrorToJson(result.status()) + "}";
      return lede::ToJson(result.value());
    }
  }

  lede::Analyzer analyzer_;
  std::unique_ptr<char[]> input_;
  size_t input_capacity_ = 0;
  std::string output_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(lede) {
  emscripten::class_<WasmAnalyzer>("Analyzer")
      .constructor<>()
      .function("inputBuffer", &WasmAnalyzer::InputBuffer)
      .function("analyze", &WasmAnalyzer::Analyze)
      .function("analyzeBlocks", &WasmAnalyzer::AnalyzeBlocks)
      .function("outputData", &WasmAnalyzer::OutputData)
      .function("warmUp", &WasmAnalyzer::WarmUp)
      .function("version", &WasmAnalyzer::Version);
}
