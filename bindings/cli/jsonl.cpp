#include "cli/jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <new>
#include <string>
#include <thread>
#include <vector>

namespace lede::cli {
namespace {

std::string ValueToJson(const rapidjson::Value& v) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  v.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string ErrorLine(const std::string& id_json, lede::StatusCode code, const std::string& message) {
  return "{\"id\":" + id_json + ",\"error\":" + lede::ErrorToJson(lede::Status(code, message)) + "}";
}

// How many lines are read and analysed together; output leaves in input order after each batch.
constexpr size_t kBatch = 64;

JsonLineOutput AnalyzeLine(const lede::Analyzer& analyzer, const lede::Options& options,
                           std::string line) {
  // Parsed in place: the article's text is decoded inside `line` instead of into a copy, and
  // `line` is freed before the result is written (on a 10 MB line each copy is 10 MB of peak).
  rapidjson::Document doc;
  doc.ParseInsitu(line.data());
  if (doc.HasParseError() || !doc.IsObject()) {
    return {ErrorLine("null", lede::StatusCode::kInvalidArgument, "the line is not a JSON object"), ""};
  }
  std::string id = "null";
  auto id_it = doc.FindMember("id");
  if (id_it != doc.MemberEnd()) id = ValueToJson(id_it->value);
  lede::Options opts = options;
  const rapidjson::Value* input = nullptr;
  auto text_it = doc.FindMember("text");
  auto html_it = doc.FindMember("html");
  if (text_it != doc.MemberEnd() && text_it->value.IsString()) {
    input = &text_it->value;
    if (opts.input == lede::InputKind::kAuto) opts.input = lede::InputKind::kText;
  } else if (html_it != doc.MemberEnd() && html_it->value.IsString()) {
    input = &html_it->value;
    opts.input = lede::InputKind::kHtml;
  }
  if (input == nullptr) {
    return {ErrorLine(id, lede::StatusCode::kInvalidArgument, "the line has no string \"text\" or \"html\""), ""};
  }
  // The decoded text moves to the front of `line`, which the analyzer then takes and frees
  // once it has normalized it (`doc` points into `line`: it is not read after this).
  const size_t length = input->GetStringLength();
  std::memmove(line.data(), input->GetString(), length);
  line.resize(length);
  std::string json;
  {
    lede::Result<lede::Analysis> result = analyzer.AnalyzeOwned(std::move(line), opts);
    if (!result.ok()) return {ErrorLine(id, result.status().code(), result.status().message()), ""};
    json = lede::ToJson(result.value());
  }  // the analysis is freed before the output is written
  // The id goes in front of the result's fields: {"id":..., "title":...}.
  json.erase(0, 1);
  return {"{\"id\":" + id + ",", std::move(json)};
}

}  // namespace

JsonLineOutput AnalyzeJsonLineParts(const lede::Analyzer& analyzer, const lede::Options& options,
                                    std::string line) {
  // The analyzer reports memory running out itself (with the line's id); this is for the
  // line's own JSON, read or written. The stream goes on with the next line either way.
  try {
    return AnalyzeLine(analyzer, options, std::move(line));
  } catch (const std::bad_alloc&) {
    return {ErrorLine("null", lede::StatusCode::kOutOfMemory, "out of memory reading or writing the line"), ""};
  }
}

std::string AnalyzeJsonLine(const lede::Analyzer& analyzer, const lede::Options& options,
                            std::string line) {
  JsonLineOutput out = AnalyzeJsonLineParts(analyzer, options, std::move(line));
  return out.head + out.body;
}

// Lines from a stream, read in large blocks: fgetc takes the stream's lock on every byte,
// which made reading a fifth of a batch run's time. A line longer than max_bytes is read no
// further than that (its rest is skipped): no input line can make the reader hold more.
class LineReader {
 public:
  LineReader(FILE* in, size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

  // The next line without its '\n'; false at the end of the input. *too_long: the line was
  // longer than max_bytes, and `line` is empty.
  bool Next(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    for (;;) {
      if (pos_ == end_) {
        if (done_) return !line->empty() || *too_long;
        end_ = std::fread(buffer_, 1, sizeof buffer_, in_);
        pos_ = 0;
        if (end_ == 0) {
          done_ = true;
          return !line->empty() || *too_long;
        }
      }
      const char* start = buffer_ + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      const size_t n = nl != nullptr ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (!*too_long && line->size() + n > max_bytes_) {
        *too_long = true;
        std::string().swap(*line);
      }
      if (!*too_long) line->append(start, n);
      if (nl != nullptr) {
        pos_ += n + 1;
        return true;
      }
      pos_ = end_;
    }
  }

 private:
  FILE* in_;
  size_t max_bytes_;
  char buffer_[1 << 16];
  size_t pos_ = 0;
  size_t end_ = 0;
  bool done_ = false;
};

int RunJsonl(const lede::Analyzer& analyzer, const Args& args) {
  FILE* in = args.file == "-" ? stdin : std::fopen(args.file.c_str(), "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "lede: cannot read '%s'\n", args.file.c_str());
    return 3;
  }
  std::ios::sync_with_stdio(false);
  // The longest line that can hold an input under the limit: JSON escapes a byte in at most
  // six ("\u001f"), and the id and keys take a little more. A longer line is answered with
  // input_too_large without being held.
  const size_t max_line_bytes = args.options.max_input_bytes * 6 + (1 << 20);
  std::vector<std::string> lines;
  std::vector<bool> too_long;
  std::vector<JsonLineOutput> out;
  auto reader = std::make_unique<LineReader>(in, max_line_bytes);
  std::string line;
  bool eof = false;
  auto analyze = [&](size_t i) {
    if (too_long[i]) {
      return JsonLineOutput{ErrorLine("null", lede::StatusCode::kInputTooLarge,
                                      "the line is over " + std::to_string(max_line_bytes) +
                                          " bytes, more than any input under the limit (" +
                                          std::to_string(args.options.max_input_bytes) + " bytes) takes"),
                            ""};
    }
    return AnalyzeJsonLineParts(analyzer, args.options, std::move(lines[i]));
  };
  while (!eof) {
    lines.clear();
    too_long.clear();
    while (lines.size() < kBatch * static_cast<size_t>(args.threads)) {
      bool over = false;
      if (!reader->Next(&line, &over)) {
        eof = true;
        break;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() || over) {
        // `line` grew by doubling: keep an exact copy, not up to twice the line's size.
        lines.push_back(std::move(line));
        lines.back().shrink_to_fit();
        too_long.push_back(over);
        line = std::string();
      }
    }
    out.assign(lines.size(), JsonLineOutput());
    if (args.threads <= 1 || lines.size() < 2) {
      for (size_t i = 0; i < lines.size(); ++i) out[i] = analyze(i);
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> workers;
      for (int t = 0; t < args.threads; ++t) {
        workers.emplace_back([&] {
          for (size_t i; (i = next.fetch_add(1)) < lines.size();) out[i] = analyze(i);
        });
      }
      for (std::thread& w : workers) w.join();
    }
    for (JsonLineOutput& o : out) {
      std::fwrite(o.head.data(), 1, o.head.size(), stdout);
      std::fwrite(o.body.data(), 1, o.body.size(), stdout);
      std::fputc('\n', stdout);
      o = JsonLineOutput();
    }
    std::fflush(stdout);
  }
  if (in != stdin) std::fclose(in);
  return 0;
}

}  // namespace lede::cli
