#include "cli/args.h"

#include <cstdlib>
#include <cstring>

namespace lede::cli {
namespace {

bool ParseCount(const char* s, long max, long* out) {
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (end == s || *end != '\0' || v < 0 || v > max) return false;
  *out = v;
  return true;
}

}  // namespace

bool ParseArgs(int argc, char** argv, Args* args, std::string* error) {
  int i = 1;
  if (i < argc && (std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help") == 0)) {
    args->help = true;
    return true;
  }
  if (i < argc && std::strcmp(argv[i], "--version") == 0) {
    args->version = true;
    return true;
  }
  if (i >= argc || std::strcmp(argv[i], "analyze") != 0) {
    *error = i >= argc ? "no command given" : std::string("unknown command '") + argv[i] + "'";
    return false;
  }
  bool have_file = false;
  for (++i; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const char* name) -> const char* {
      if (i + 1 >= argc) {
        *error = std::string(name) + " needs a value";
        return nullptr;
      }
      return argv[++i];
    };
    long n = 0;
    if (a == "-h" || a == "--help") {
      args->help = true;
    } else if (a == "--input") {
      const char* v = value("--input");
      if (!v) return false;
      std::string s = v;
      if (s == "auto") args->options.input = InputKind::kAuto;
      else if (s == "text") args->options.input = InputKind::kText;
      else if (s == "html") args->options.input = InputKind::kHtml;
      else {
        *error = "--input takes auto, text or html";
        return false;
      }
    } else if (a == "--extract-only") {
      args->options.extract_only = true;
    } else if (a == "--no-clean") {
      args->options.clean = false;
    } else if (a == "--summary" || a == "--summary-chars" || a == "--threads") {
      const char* v = value(a.c_str());
      if (!v) return false;
      if (!ParseCount(v, a == "--threads" ? 256 : 1000000, &n)) {
        *error = a + " takes a whole number";
        return false;
      }
      if (a == "--summary") args->options.summary_sentences = static_cast<uint32_t>(n);
      if (a == "--summary-chars") args->options.summary_chars = static_cast<uint32_t>(n);
      if (a == "--threads") args->threads = n < 1 ? 1 : static_cast<int>(n);
    } else if (a == "--jsonl") {
      args->jsonl = true;
    } else if (a == "--pretty") {
      args->pretty = true;
    } else if (a.size() > 1 && a[0] == '-') {
      *error = "unknown option '" + a + "'";
      return false;
    } else {
      if (have_file) {
        *error = "one input file at a time (use --jsonl for batches)";
        return false;
      }
      args->file = a;
      have_file = true;
    }
  }
  return true;
}

}  // namespace lede::cli
