#include "cli/jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <cstdio>
#include <iostream>
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

}  // namespace

JsonLineOutput AnalyzeJsonLineParts(const lede::Analyzer& analyzer, const lede::Options& options,
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
  std::string json;
  {
    lede::Result<lede::Analysis> result =
        analyzer.Analyze(std::string_view(input->GetString(), input->GetStringLength()), opts);
    std::string().swap(line);  // `doc` points into it: not read after this
    if (!result.ok()) return {ErrorLine(id, result.status().code(), result.status().message()), ""};
    json = lede::ToJson(result.value());
  }  // the analysis is freed before the output is written
  // The id goes in front of the result's fields: {"id":..., "title":...}.
  json.erase(0, 1);
  return {"{\"id\":" + id + ",", std::move(json)};
}

std::string AnalyzeJsonLine(const lede::Analyzer& analyzer, const lede::Options& options,
                            std::string line) {
  JsonLineOutput out = AnalyzeJsonLineParts(analyzer, options, std::move(line));
  return out.head + out.body;
}

int RunJsonl(const lede::Analyzer& analyzer, const Args& args) {
  FILE* in = args.file == "-" ? stdin : std::fopen(args.file.c_str(), "rb");
  if (in == nullptr) {
    std::fprintf(stderr, "lede: cannot read '%s'\n", args.file.c_str());
    return 3;
  }
  std::ios::sync_with_stdio(false);
  std::vector<std::string> lines;
  std::vector<JsonLineOutput> out;
  std::string line;
  int c;
  bool eof = false;
  while (!eof) {
    lines.clear();
    while (lines.size() < kBatch * static_cast<size_t>(args.threads)) {
      line.clear();
      while ((c = std::fgetc(in)) != EOF && c != '\n') line.push_back(static_cast<char>(c));
      if (c == EOF) eof = true;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) {
        // `line` grew by doubling: keep an exact copy, not up to twice the line's size.
        lines.push_back(std::move(line));
        lines.back().shrink_to_fit();
        line = std::string();
      }
      if (eof) break;
    }
    out.assign(lines.size(), JsonLineOutput());
    if (args.threads <= 1 || lines.size() < 2) {
      for (size_t i = 0; i < lines.size(); ++i) {
        out[i] = AnalyzeJsonLineParts(analyzer, args.options, std::move(lines[i]));
      }
    } else {
      std::atomic<size_t> next{0};
      std::vector<std::thread> workers;
      for (int t = 0; t < args.threads; ++t) {
        workers.emplace_back([&] {
          for (size_t i; (i = next.fetch_add(1)) < lines.size();) {
            out[i] = AnalyzeJsonLineParts(analyzer, args.options, std::move(lines[i]));
          }
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
