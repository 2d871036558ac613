#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

#include "cli/read_input.h"

namespace lede::cli {
namespace {

// windows-1252 bytes 0x80-0x9F; the rest of the range is Latin-1 (= the code point).
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool IsValidUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int need;
    if (c < 0x80) need = 0;
    else if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) need = 2;
    else if (c >= 0xF0 && c <= 0xF4) need = 3;
    else return false;
    for (int k = 1; k <= need; ++k) {
      if (i + k >= s.size() || (static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += need + 1;
  }
  return true;
}

std::string DecodeCp1252(const std::string& bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (unsigned char c : bytes) {
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else if (c < 0xA0) Append(kCp1252High[c - 0x80], &out);
    else Append(c, &out);
  }
  return out;
}

std::string DecodeUtf16(const std::string& bytes, bool little_endian) {
  std::string out;
  size_t i = 2;  // past the BOM
  auto unit = [&](size_t k) -> char16_t {
    unsigned char a = static_cast<unsigned char>(bytes[k]);
    unsigned char b = static_cast<unsigned char>(bytes[k + 1]);
    return little_endian ? static_cast<char16_t>(a | (b << 8)) : static_cast<char16_t>((a << 8) | b);
  };
  while (i + 1 < bytes.size()) {
    char32_t u = unit(i);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < bytes.size()) {
      char32_t v = unit(i);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        i += 2;
      } else {
        u = 0xFFFD;
      }
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      u = 0xFFFD;
    }
    Append(u, &out);
  }
  return out;
}

// The charset a page declares in its first kilobytes ("" when none).
std::string DeclaredCharset(const std::string& bytes) {
  std::string head;
  for (size_t i = 0; i < bytes.size() && i < 4096; ++i) {
    char c = bytes[i];
    head.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  size_t at = head.find("charset");
  if (at == std::string::npos) return "";
  at += 7;
  while (at < head.size() && (head[at] == ' ' || head[at] == '=' || head[at] == '"' || head[at] == '\'')) ++at;
  std::string name;
  while (at < head.size() && (std::isalnum(static_cast<unsigned char>(head[at])) || head[at] == '-' || head[at] == '_')) {
    name.push_back(head[at++]);
  }
  return name;
}

}  // namespace

lede::Status ReadInput(const std::string& path, size_t max_input_bytes, std::string* out) {
  FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    return lede::Status(lede::StatusCode::kIoError, "cannot read '" + path + "': " + std::strerror(errno));
  }
  // UTF-16 takes at most twice the bytes of its UTF-8 (ASCII), so past this (and a BOM and an
  // odd last byte) no input is under the limit: reading stops there instead of holding all of
  // a huge file (or /dev/zero).
  const size_t max_read = max_input_bytes * 2 + 4;
  char buffer[1 << 16];
  size_t n;
  while (out->size() <= max_read && (n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    out->append(buffer, n);
  }
  bool failed = std::ferror(f) != 0;
  int err = errno;
  if (f != stdin) std::fclose(f);
  if (failed) {
    return lede::Status(lede::StatusCode::kIoError, "cannot read '" + path + "': " + std::strerror(err));
  }
  if (out->size() > max_read) {
    std::string().swap(*out);
    return lede::Status(lede::StatusCode::kInputTooLarge,
                        "input is over " + std::to_string(max_read) + " bytes (read no further); the limit is " +
                            std::to_string(max_input_bytes));
  }
  out->shrink_to_fit();  // appending doubled the capacity: up to twice the input stays held
  return lede::Status::Ok();
}

void ApplyCharset(std::string* bytes, lede::Options* /*options*/) {
  if (bytes->size() >= 2) {
    unsigned char a = static_cast<unsigned char>((*bytes)[0]);
    unsigned char b = static_cast<unsigned char>((*bytes)[1]);
    if (a == 0xFF && b == 0xFE) {
      *bytes = DecodeUtf16(*bytes, true);
      return;
    }
    if (a == 0xFE && b == 0xFF) {
      *bytes = DecodeUtf16(*bytes, false);
      return;
    }
  }
  if (bytes->size() >= 3 && bytes->compare(0, 3, "\xEF\xBB\xBF") == 0) return;  // UTF-8 BOM
  std::string charset = DeclaredCharset(*bytes);
  bool legacy = charset == "windows-1252" || charset == "iso-8859-1" || charset == "latin1" ||
                charset == "iso8859-1" || charset == "cp1252" || charset == "us-ascii" ||
                charset == "ascii" || charset == "iso-8859-15" || charset == "l1";
  // Pages saved again as UTF-8 often keep their old declaration: valid UTF-8 wins.
  if (legacy && !IsValidUtf8(*bytes)) *bytes = DecodeCp1252(*bytes);
}

std::string Pretty(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError()) return json;
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  doc.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace lede::cli
