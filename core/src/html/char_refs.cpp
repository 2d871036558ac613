#include "html/char_refs.h"

#include "text/ascii.h"
#include "text/normalize.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace lede {
namespace {

struct NamedRef {
  const char* name;
  const char* value;
};

// Sorted by byte order; made by scripts/gen_html_entities.mjs.
constexpr NamedRef kNamedRefs[] = {
#include "html/named_refs_table.inc"
};

// The longest key ("CounterClockwiseContourIntegral;") and the longest legacy name ("frac12").
constexpr size_t kMaxNameLength = 32;
constexpr size_t kMaxLegacyLength = 6;

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The spec's table for numeric references to C1 controls (0x80-0x9F read as windows-1252);
// 0 where the code point stays as it is.
constexpr uint16_t kC1Replacements[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

size_t DecodeNumeric(std::string_view in, size_t pos, std::string* out) {
  size_t i = pos + 2;  // past "&#"
  bool hex = false;
  if (i < in.size() && (in[i] == 'x' || in[i] == 'X')) {
    hex = true;
    ++i;
  }
  const size_t digits_start = i;
  uint32_t value = 0;
  for (; i < in.size(); ++i) {
    int d = hex ? HexValue(in[i]) : (in[i] >= '0' && in[i] <= '9' ? in[i] - '0' : -1);
    if (d < 0) break;
    // Saturate: any value past the Unicode range becomes U+FFFD, however many digits follow.
    value = value > 0x10FFFF ? 0x110000 : value * (hex ? 16 : 10) + static_cast<uint32_t>(d);
  }
  if (i == digits_start) return 0;  // "&#" or "&#x" without digits: plain text
  if (i < in.size() && in[i] == ';') ++i;
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
    value = 0xFFFD;
  } else if (value >= 0x80 && value <= 0x9F && kC1Replacements[value - 0x80] != 0) {
    value = kC1Replacements[value - 0x80];
  }
  AppendUtf8(static_cast<char32_t>(value), out);
  return i - pos;
}

}  // namespace

const char* LookupNamedRef(std::string_view name) {
  auto it = std::lower_bound(std::begin(kNamedRefs), std::end(kNamedRefs), name,
                             [](const NamedRef& r, std::string_view n) { return r.name < n; });
  if (it == std::end(kNamedRefs) || std::string_view(it->name) != name) return nullptr;
  return it->value;
}

size_t DecodeCharRef(std::string_view in, size_t pos, bool in_attribute, std::string* out) {
  if (pos + 1 >= in.size()) return 0;
  if (in[pos + 1] == '#') return DecodeNumeric(in, pos, out);
  // The alphanumeric run after '&' (no key is longer than kMaxNameLength).
  size_t run = 0;
  while (pos + 1 + run < in.size() && run <= kMaxNameLength && IsAsciiAlnum(in[pos + 1 + run])) {
    ++run;
  }
  if (run == 0) return 0;
  const std::string_view name = in.substr(pos + 1, run);
  // A key with its semicolon can only be the whole run followed by ';'.
  const size_t semi = pos + 1 + run;
  if (run < kMaxNameLength + 1 && semi < in.size() && in[semi] == ';') {
    char key[kMaxNameLength + 2];
    std::memcpy(key, name.data(), run);
    key[run] = ';';
    if (const char* v = LookupNamedRef(std::string_view(key, run + 1))) {
      out->append(v);
      return run + 2;
    }
  }
  // Otherwise the longest legacy name that prefixes the run ("&notit;" reads as "¬it;").
  for (size_t len = std::min(run, kMaxLegacyLength); len >= 2; --len) {
    const char* v = LookupNamedRef(name.substr(0, len));
    if (v == nullptr) continue;
    if (in_attribute) {
      // Historical: "?a=1&copy=2" in a URL must stay as written.
      const size_t next = pos + 1 + len;
      if (next < in.size() && (in[next] == '=' || IsAsciiAlnum(in[next]))) return 0;
    }
    out->append(v);
    return len + 1;
  }
  return 0;
}

}  // namespace lede
