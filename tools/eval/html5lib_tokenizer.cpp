// Runs the html5lib-tests tokenizer suite (../shared/corpus/html5lib-tests/tokenizer/*.test)
// through lede's HTML tokenizer and prints the passes per file and in total.
//
//   html5lib_tokenizer DIR [--min-pass N] [--show-failures]
//
// Every test runs once per initialState. Tokens are compared after merging adjacent character
// tokens (as the suite's format does); parse errors are not compared (the tokenizer recovers
// as the spec says but does not report errors). doubleEscaped tests are unescaped once more,
// lone surrogates becoming their 3-byte forms on both sides. The input is preprocessed as the
// spec's input stream is (CR LF and CR become LF). Exits 1 when fewer than N runs pass.
#include <rapidjson/document.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "html/char_refs.h"
#include "html/tokenizer.h"
#include "text/normalize.h"

namespace {

using lede::HtmlTokenizer;
using lede::TokenizerState;

// One token in a comparable form: its kind and fields joined by '\x1f'.
class Collector : public lede::HtmlTokenSink {
 public:
  std::vector<std::string> tokens;

  void OnText(std::string_view text, size_t, size_t) override {
    if (!tokens.empty() && tokens.back().rfind("Character\x1f", 0) == 0) {
      tokens.back().append(text);
    } else {
      tokens.push_back("Character\x1f" + std::string(text));
    }
  }
  void OnTag(const lede::HtmlTag& tag) override {
    if (tag.is_end) {
      tokens.push_back("EndTag\x1f" + tag.name);
      return;
    }
    std::vector<std::pair<std::string, std::string>> attrs;
    for (const auto& a : tag.attrs) attrs.emplace_back(a.name, a.value);
    tokens.push_back(StartTag(tag.name, std::move(attrs), tag.self_closing));
  }
  void OnComment(std::string_view data) override {
    tokens.push_back("Comment\x1f" + std::string(data));
  }
  void OnDoctype(const lede::HtmlDoctype& d) override {
    tokens.push_back(Doctype(d.has_name, d.name, d.has_public_id, d.public_id, d.has_system_id,
                             d.system_id, !d.force_quirks));
  }

  static std::string StartTag(const std::string& name,
                              std::vector<std::pair<std::string, std::string>> attrs,
                              bool self_closing) {
    std::sort(attrs.begin(), attrs.end());
    std::string t = "StartTag\x1f" + name;
    for (const auto& a : attrs) t += "\x1f" + a.first + "=" + a.second;
    if (self_closing) t += "\x1f/";
    return t;
  }
  static std::string Doctype(bool has_name, const std::string& name, bool has_pub,
                             const std::string& pub, bool has_sys, const std::string& sys,
                             bool correct) {
    std::string t = "DOCTYPE\x1f";
    t += has_name ? "s:" + name : "null";
    t += has_pub ? "\x1fs:" + pub : "\x1fnull";
    t += has_sys ? "\x1fs:" + sys : "\x1fnull";
    t += correct ? "\x1ftrue" : "\x1f" "false";
    return t;
  }
};

int Hex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The doubleEscaped round: \uHHHH -> UTF-8 (pairs joined, lone surrogates kept as 3 bytes).
std::string Unescape(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    auto unit_at = [&](size_t k) -> int {
      if (k + 6 > s.size() || s[k] != '\\' || s[k + 1] != 'u') return -1;
      int v = 0;
      for (size_t j = k + 2; j < k + 6; ++j) {
        int h = Hex(s[j]);
        if (h < 0) return -1;
        v = v * 16 + h;
      }
      return v;
    };
    int u = unit_at(i);
    if (u < 0) {
      out.push_back(s[i++]);
      continue;
    }
    i += 6;
    if (u >= 0xD800 && u <= 0xDBFF) {
      int low = unit_at(i);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        i += 6;
      }
    }
    lede::AppendUtf8(static_cast<char32_t>(u), &out);
  }
  return out;
}

std::string Str(const rapidjson::Value& v, bool double_escaped) {
  std::string s(v.GetString(), v.GetStringLength());
  return double_escaped ? Unescape(s) : s;
}

std::string Preprocess(const std::string& in) {
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
    } else {
      out.push_back(in[i]);
    }
  }
  return out;
}

std::vector<std::string> Expected(const rapidjson::Value& output, bool de) {
  std::vector<std::string> tokens;
  for (const auto& t : output.GetArray()) {
    const std::string kind = t[0].GetString();
    if (kind == "Character") {
      std::string data = Str(t[1], de);
      if (!tokens.empty() && tokens.back().rfind("Character\x1f", 0) == 0) {
        tokens.back() += data;
      } else {
        tokens.push_back("Character\x1f" + data);
      }
    } else if (kind == "StartTag") {
      std::vector<std::pair<std::string, std::string>> attrs;
      for (const auto& m : t[2].GetObject()) attrs.emplace_back(Str(m.name, de), Str(m.value, de));
      const bool self_closing = t.Size() > 3 && t[3].IsBool() && t[3].GetBool();
      tokens.push_back(Collector::StartTag(Str(t[1], de), std::move(attrs), self_closing));
    } else if (kind == "EndTag") {
      tokens.push_back("EndTag\x1f" + Str(t[1], de));
    } else if (kind == "Comment") {
      tokens.push_back("Comment\x1f" + Str(t[1], de));
    } else if (kind == "DOCTYPE") {
      auto opt = [&](const rapidjson::Value& v, bool* has) {
        *has = !v.IsNull();
        return *has ? Str(v, de) : std::string();
      };
      bool hn, hp, hs;
      std::string name = opt(t[1], &hn), pub = opt(t[2], &hp), sys = opt(t[3], &hs);
      tokens.push_back(Collector::Doctype(hn, name, hp, pub, hs, sys, t[4].GetBool()));
    }
  }
  return tokens;
}

bool ParseState(const std::string& name, TokenizerState* state) {
  static const std::pair<const char*, TokenizerState> kStates[] = {
      {"Data state", TokenizerState::kData},
      {"PLAINTEXT state", TokenizerState::kPlaintext},
      {"RCDATA state", TokenizerState::kRcdata},
      {"RAWTEXT state", TokenizerState::kRawtext},
      {"Script data state", TokenizerState::kScriptData},
      {"CDATA section state", TokenizerState::kCdataSection}};
  for (const auto& s : kStates) {
    if (name == s.first) {
      *state = s.second;
      return true;
    }
  }
  return false;
}

std::string Printable(const std::vector<std::string>& tokens) {
  std::string out;
  for (const std::string& t : tokens) {
    out += "  [";
    for (char c : t) {
      if (c == '\x1f') {
        out += " | ";
      } else if (static_cast<unsigned char>(c) < 0x20) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out.push_back(c);
      }
    }
    out += "]\n";
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: html5lib_tokenizer DIR [--min-pass N] [--show-failures]\n");
    return 2;
  }
  const std::string dir = argv[1];
  long min_pass = -1;
  bool show = false;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--min-pass") == 0 && i + 1 < argc) {
      min_pass = std::strtol(argv[++i], nullptr, 10);
    } else if (std::strcmp(argv[i], "--show-failures") == 0) {
      show = true;
    }
  }
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 5 && n.compare(n.size() - 5, 5, ".test") == 0) files.push_back(n);
    }
    closedir(d);
  }
  if (files.empty()) {
    std::fprintf(stderr, "no .test files in %s\n", dir.c_str());
    return 2;
  }
  std::sort(files.begin(), files.end());
  long total = 0, passed = 0;
  for (const std::string& file : files) {
    std::ifstream f(dir + "/" + file, std::ios::binary);
    std::stringstream buf;
    buf << f.rdbuf();
    rapidjson::Document doc;
    doc.Parse(buf.str().c_str(), buf.str().size());
    if (doc.HasParseError() || !doc.IsObject()) {
      std::fprintf(stderr, "%s: cannot parse\n", file.c_str());
      return 2;
    }
    const char* key = doc.HasMember("tests") ? "tests" : "xmlViolationTests";
    if (!doc.HasMember(key)) continue;
    long file_total = 0, file_passed = 0;
    for (const auto& test : doc[key].GetArray()) {
      const bool de = test.HasMember("doubleEscaped") && test["doubleEscaped"].GetBool();
      const std::string input = Preprocess(Str(test["input"], de));
      const std::vector<std::string> expected = Expected(test["output"], de);
      std::vector<std::string> states;
      if (test.HasMember("initialStates")) {
        for (const auto& s : test["initialStates"].GetArray()) states.push_back(s.GetString());
      } else {
        states.push_back("Data state");
      }
      for (const std::string& state_name : states) {
        TokenizerState state;
        ++file_total;
        if (!ParseState(state_name, &state)) continue;
        Collector c;
        HtmlTokenizer tokenizer(input, &c);
        tokenizer.SetState(state);
        if (test.HasMember("lastStartTag")) {
          tokenizer.SetLastStartTag(test["lastStartTag"].GetString());
        }
        tokenizer.Run();
        if (c.tokens == expected) {
          ++file_passed;
        } else if (show) {
          std::printf("FAIL %s: %s (%s)\nexpected:\n%sgot:\n%s", file.c_str(),
                      test["description"].GetString(), state_name.c_str(),
                      Printable(expected).c_str(), Printable(c.tokens).c_str());
        }
      }
    }
    std::printf("%-32s %6ld / %-6ld\n", file.c_str(), file_passed, file_total);
    total += file_total;
    passed += file_passed;
  }
  std::printf("%-32s %6ld / %-6ld\n", "total", passed, total);
  if (min_pass >= 0 && passed < min_pass) {
    std::fprintf(stderr, "FAIL: %ld passes, fewer than the floor of %ld\n", passed, min_pass);
    return 1;
  }
  return 0;
}
