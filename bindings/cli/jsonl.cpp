#include "cli/jsonl.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <new>
#include <string>
#include <system_error>
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
// Lines analysed a stage at a time (Analyzer::AnalyzeEach) hold all their stages' results at
// once: a group of consecutive lines stops at this many bytes, and a longer line is a group
// of its own.
constexpr size_t kGroupBytes = 256 * 1024;

// A line taken apart for analysis: its id as JSON, its input and the options for it, or the
// error line it gets instead (`ok` false).
struct ParsedLine {
  bool ok = false;
  std::string id = "null";
  std::string input;
  lede::Options options;
  JsonLineOutput error;
};

// *out->id is set as soon as the line's id is known (kept for an out_of_memory line).
void ParseLine(const lede::Options& options, std::string line, ParsedLine* out) {
  // Parsed in place: the article's text is decoded inside `line` instead of into a copy.
  rapidjson::Document doc;
  doc.ParseInsitu(line.data());
  if (doc.HasParseError() || !doc.IsObject()) {
    out->error = {ErrorLine("null", lede::StatusCode::kInvalidArgument, "the line is not a JSON object"), ""};
    return;
  }
  auto id_it = doc.FindMember("id");
  out->id = id_it != doc.MemberEnd() ? ValueToJson(id_it->value) : "null";
  out->options = options;
  const rapidjson::Value* input = nullptr;
  auto text_it = doc.FindMember("text");
  auto html_it = doc.FindMember("html");
  if (text_it != doc.MemberEnd() && text_it->value.IsString()) {
    input = &text_it->value;
    if (out->options.input == lede::InputKind::kAuto) out->options.input = lede::InputKind::kText;
  } else if (html_it != doc.MemberEnd() && html_it->value.IsString()) {
    input = &html_it->value;
    out->options.input = lede::InputKind::kHtml;
  }
  if (input == nullptr) {
    out->error = {ErrorLine(out->id, lede::StatusCode::kInvalidArgument, "the line has no string \"text\" or \"html\""), ""};
    return;
  }
  // The decoded text moves to the front of `line`, which becomes the input (`doc` points
  // into `line`: it is not read after this).
  const size_t length = input->GetStringLength();
  std::memmove(line.data(), input->GetString(), length);
  line.resize(length);
  out->input = std::move(line);
  out->ok = true;
}

// The output line for an analysis; the analysis is freed before the output is written.
JsonLineOutput OutputLine(const std::string& id, lede::Result<lede::Analysis> result) {
  if (!result.ok()) return {ErrorLine(id, result.status().code(), result.status().message()), ""};
  std::string json = lede::ToJson(result.value());
  { lede::Result<lede::Analysis> gone = std::move(result); }
  // The id goes in front of the result's fields: {"id":..., "title":...}.
  json.erase(0, 1);
  return {"{\"id\":" + id + ",", std::move(json)};
}

// Memory ran out for this line: the writer spells out the error line around its id.
JsonLineOutput OutOfMemoryLine(std::string id) {
  JsonLineOutput out;
  out.head = std::move(id);
  out.out_of_memory = true;
  return out;
}

}  // namespace

JsonLineOutput AnalyzeJsonLineParts(const lede::Analyzer& analyzer, const lede::Options& options,
                                    std::string line) {
  // The analyzer reports memory running out itself; this is for the line's own JSON, parsed
  // or written, and for the error line itself. Nothing below allocates: the writer spells the
  // error line out around the id (WriteLine).
  ParsedLine parsed;
  try {
    ParseLine(options, std::move(line), &parsed);
    if (!parsed.ok) return std::move(parsed.error);
    // The analyzer takes the input and frees it once it has normalized it.
    return OutputLine(parsed.id, analyzer.AnalyzeOwned(std::move(parsed.input), parsed.options));
  } catch (const std::bad_alloc&) {
    return OutOfMemoryLine(std::move(parsed.id));
  }
}

namespace {

constexpr const char* kOutOfMemoryError =
    ",\"error\":{\"code\":\"out_of_memory\",\"message\":\"out of memory reading, analysing or "
    "writing the line\"}}";

// The id of an out_of_memory line, as JSON: `head`, or null when the line was never parsed.
const char* OutOfMemoryId(const JsonLineOutput& o) { return o.head.empty() ? "null" : o.head.c_str(); }

// The line's output and its newline, written without allocating (an error line included).
void WriteLine(const JsonLineOutput& o, FILE* out) {
  if (o.out_of_memory) {
    std::fputs("{\"id\":", out);
    std::fputs(OutOfMemoryId(o), out);
    std::fputs(kOutOfMemoryError, out);
  } else {
    std::fwrite(o.head.data(), 1, o.head.size(), out);
    std::fwrite(o.body.data(), 1, o.body.size(), out);
  }
  std::fputc('\n', out);
}

}  // namespace

std::string AnalyzeJsonLine(const lede::Analyzer& analyzer, const lede::Options& options,
                            std::string line) {
  JsonLineOutput out = AnalyzeJsonLineParts(analyzer, options, std::move(line));
  if (out.out_of_memory) {
    return std::string("{\"id\":") + OutOfMemoryId(out) + kOutOfMemoryError;
  }
  return out.head + out.body;
}

namespace {

// What reading a line gave.
enum class LineFate : uint8_t {
  kRead,         // the line, in full
  kTooLong,      // longer than any input under the limit can be: skipped to its end
  kOutOfMemory,  // memory ran out holding it: skipped to its end
};

// Lines from a stream, read in large blocks: fgetc takes the stream's lock on every byte,
// which made reading a fifth of a batch run's time. A line longer than max_bytes, or one that
// memory cannot hold, is read no further (its rest is skipped): one line cannot end the run.
class LineReader {
 public:
  LineReader(FILE* in, size_t max_bytes) : in_(in), max_bytes_(max_bytes) {}

  // The next line without its '\n' (empty unless *fate is kRead); false at the end of the input.
  bool Next(std::string* line, LineFate* fate) {
    line->clear();
    *fate = LineFate::kRead;
    for (;;) {
      if (pos_ == end_) {
        end_ = done_ ? 0 : std::fread(buffer_, 1, sizeof buffer_, in_);
        pos_ = 0;
        if (end_ == 0) {
          done_ = true;
          return !line->empty() || *fate != LineFate::kRead;
        }
      }
      const char* start = buffer_ + pos_;
      const void* nl = std::memchr(start, '\n', end_ - pos_);
      const size_t n = nl != nullptr ? static_cast<const char*>(nl) - start : end_ - pos_;
      if (*fate == LineFate::kRead && line->size() + n > max_bytes_) Skip(line, fate, LineFate::kTooLong);
      if (*fate == LineFate::kRead) {
        try {
          line->append(start, n);
        } catch (const std::bad_alloc&) {
          Skip(line, fate, LineFate::kOutOfMemory);
        }
      }
      if (nl != nullptr) {
        pos_ += n + 1;
        return true;
      }
      pos_ = end_;
    }
  }

 private:
  static void Skip(std::string* line, LineFate* fate, LineFate why) {
    *fate = why;
    std::string().swap(*line);
  }

  FILE* in_;
  size_t max_bytes_;
  char buffer_[1 << 16];
  size_t pos_ = 0;
  size_t end_ = 0;
  bool done_ = false;
};

// One line of a batch: read, analysed, written, in that order.
struct BatchLine {
  std::string text;
  LineFate fate = LineFate::kRead;
  JsonLineOutput out;
};

void WriteBatchLine(const BatchLine& line, size_t max_line_bytes, size_t max_input_bytes) {
  switch (line.fate) {
    case LineFate::kRead:
      WriteLine(line.out, stdout);
      return;
    case LineFate::kTooLong:
      // Never parsed, so without its id.
      std::fprintf(stdout,
                   "{\"id\":null,\"error\":{\"code\":\"input_too_large\",\"message\":\"the line is "
                   "over %zu bytes, more than any input under the limit (%zu bytes) takes\"}}\n",
                   max_line_bytes, max_input_bytes);
      return;
    case LineFate::kOutOfMemory: {
      JsonLineOutput out;
      out.out_of_memory = true;
      WriteLine(out, stdout);
      return;
    }
  }
}

// Analyses lines[0, n) (one group of a batch) and fills their `out`: a stage at a time over
// the group when it has more than one line. Memory running out costs the lines it hits.
void AnalyzeGroup(const lede::Analyzer& analyzer, const lede::Options& options, BatchLine* lines,
                  size_t n) {
  std::vector<ParsedLine> parsed;
  std::vector<std::string> inputs;
  std::vector<lede::Options> input_options;
  std::vector<size_t> analysed;  // the lines whose inputs go to the analyzer, in order
  if (n > 1) {
    try {
      parsed.resize(n);
      inputs.reserve(n);
      input_options.reserve(n);
      analysed.reserve(n);
    } catch (const std::bad_alloc&) {
      parsed.clear();  // no room for the group's lists: one line at a time, below
    }
  }
  if (parsed.empty()) {  // one line, or no room for more
    for (size_t i = 0; i < n; ++i) {
      if (lines[i].fate == LineFate::kRead) {
        lines[i].out = AnalyzeJsonLineParts(analyzer, options, std::move(lines[i].text));
      }
    }
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    if (lines[i].fate != LineFate::kRead) continue;
    try {
      ParseLine(options, std::move(lines[i].text), &parsed[i]);
    } catch (const std::bad_alloc&) {
      lines[i].out = OutOfMemoryLine(std::move(parsed[i].id));
      continue;
    }
    if (!parsed[i].ok) {
      lines[i].out = std::move(parsed[i].error);
      continue;
    }
    inputs.push_back(std::move(parsed[i].input));  // within the reserved room: no allocation
    input_options.push_back(parsed[i].options);
    analysed.push_back(i);
  }
  std::vector<lede::Result<lede::Analysis>> results;
  try {
    results = analyzer.AnalyzeEach(std::move(inputs), input_options);
  } catch (const std::bad_alloc&) {
    for (size_t i : analysed) lines[i].out = OutOfMemoryLine(std::move(parsed[i].id));
    return;
  }
  for (size_t k = 0; k < analysed.size(); ++k) {
    const size_t i = analysed[k];
    try {
      lines[i].out = OutputLine(parsed[i].id, std::move(results[k]));
    } catch (const std::bad_alloc&) {
      lines[i].out = OutOfMemoryLine(std::move(parsed[i].id));
    }
  }
}

}  // namespace

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
  const size_t threads = static_cast<size_t>(args.threads > 1 ? args.threads : 1);
  // Everything a batch needs is allocated here, once: running out of memory later costs the
  // lines it hits, not the run.
  std::vector<BatchLine> batch(kBatch * threads);
  std::vector<size_t> groups;  // where each group of the batch starts, then its end
  groups.reserve(batch.size() + 1);
  std::vector<std::thread> workers;
  workers.reserve(threads - 1);
  auto reader = std::make_unique<LineReader>(in, max_line_bytes);
  bool eof = false;
  while (!eof) {
    size_t count = 0;
    while (count < batch.size()) {
      BatchLine& line = batch[count];
      if (!reader->Next(&line.text, &line.fate)) {
        eof = true;
        break;
      }
      if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
      if (line.text.empty() && line.fate == LineFate::kRead) continue;  // a blank line
      // `text` grew by doubling: keep an exact copy, not up to twice the line's size (a copy
      // that memory cannot hold leaves the line as it is).
      line.text.shrink_to_fit();
      ++count;
    }
    // Consecutive lines in groups of at most kBatch lines and kGroupBytes (a longer line
    // alone), so that each thread has groups to take.
    groups.clear();
    size_t group_bytes = 0;
    for (size_t i = 0; i < count; ++i) {
      const size_t bytes = batch[i].text.size();
      if (i == 0 || i - groups.back() == kBatch || group_bytes + bytes > kGroupBytes) {
        groups.push_back(i);
        group_bytes = 0;
      }
      group_bytes += bytes;
    }
    groups.push_back(count);
    const size_t group_count = groups.size() - 1;
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t g; (g = next.fetch_add(1)) < group_count;) {
        AnalyzeGroup(analyzer, args.options, &batch[groups[g]], groups[g + 1] - groups[g]);
      }
    };
    // This thread takes groups too; a worker the system will not start leaves its share to
    // the others.
    for (size_t t = 1; t < threads && group_count > 1; ++t) {
      try {
        workers.emplace_back(work);
      } catch (const std::system_error&) {
        break;
      }
    }
    work();
    for (std::thread& w : workers) w.join();
    workers.clear();
    for (size_t i = 0; i < count; ++i) {
      WriteBatchLine(batch[i], max_line_bytes, args.options.max_input_bytes);
      batch[i] = BatchLine();
    }
    std::fflush(stdout);
  }
  if (in != stdin) std::fclose(in);
  return 0;
}

}  // namespace lede::cli
