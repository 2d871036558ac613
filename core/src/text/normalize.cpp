#include "text/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>

#include "text/plain_ascii.h"

namespace lede {
namespace {

struct FreeWithFree {
  void operator()(void* p) const { std::free(p); }
};

constexpr char32_t kReplacement = 0xFFFD;
// A run longer than this is flushed at the next starter even in a script whose starters may
// compose with their neighbours: it bounds utf8proc's reordering work on junk input.
constexpr size_t kMaxRun = 1 << 16;
constexpr size_t kMaxNonStarters = 30;

// Decodes one code point of possibly invalid UTF-8. Returns the code point, or -1 for an
// invalid sequence, and sets *len to the bytes consumed (at least 1).
long DecodeChecked(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  *len = 1;
  if (c < 0x80) return c;
  int need;
  char32_t cp;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1, cp = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2, cp = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3, cp = c & 0x07, min = 0x10000;
  } else {
    return -1;
  }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) {
      *len = k;
      return -1;
    }
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      *len = k;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *len = need + 1;
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  return static_cast<long>(cp);
}

bool IsSpaceSeparator(char32_t c) {
  return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool IsLineBreak(char32_t c) { return c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029 || c == 0x85; }

bool IsDropped(char32_t c) {
  if (c < 0x20) return c != '\t' && c != '\n';  // CR and NUL are handled before
  if (c >= 0x7F && c < 0xA0) return true;       // DEL and C1 controls
  return c == 0xAD || c == 0x180E || c == 0x200B || c == 0x200E || c == 0x200F ||
         (c >= 0x202A && c <= 0x202E) || c == 0x2060 || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF;
}

// True when `c` never composes with the character before it under NFC, so a run may end
// before it. Composition seconds are combining marks and a few letters of Indic scripts,
// Hangul vowels and finals: none of them fall in these ranges.
bool StartsFreshRun(char32_t c) {
  return c < 0x300 || (c >= 0x370 && c < 0x483) || (c >= 0x48A && c < 0x591) ||
         (c >= 0x3040 && c < 0xA000 && c != 0x3099 && c != 0x309A) ||
         (c >= 0xAC00 && c <= 0xD7A3);
}

// True when NFC leaves the non-ASCII character as it is and it combines with neither
// neighbour: a starter without a canonical decomposition that never composes as the second
// of a pair (Hangul syllables recompose to themselves; their jamo are left to utf8proc). A run
// of such characters skips utf8proc_map: most non-ASCII text is already NFC (curly quotes,
// dashes, accented letters, Cyrillic, CJK), and utf8proc_map (a decode, an allocation, a
// re-encode) was most of this stage's time on such pages.
bool StaysComposed(char32_t cp, const utf8proc_property_t* p) {
  if (cp >= 0x1100 && cp <= 0x11FF) return false;
  if (p->combining_class != 0) return false;
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return false;
  if (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000) return false;
  return true;
}

class Normalizer {
 public:
  explicit Normalizer(std::string_view in) : in_(in) { out_.text.reserve(in.size()); }

  NormalizedText Run() {
    size_t i = 0;
    while (i < in_.size()) {
      // Fast path: a stretch of printable ASCII (and tabs, newlines) needs no decoding, no
      // mapping and no composition; it extends the current ASCII run as a whole.
      if (IsPlainAscii(in_[i])) {
        if (run_len_ > 0 && (!run_ascii_ || run_len_ >= kMaxRun)) FlushRun();
        if (run_len_ == 0) run_start_ = i;
        const size_t limit = std::min(in_.size(), run_start_ + kMaxRun);
        size_t j = EndOfPlainAscii(in_, i + 1, limit);
        run_len_ = j - run_start_;
        nonstarters_ = 0;
        i = j;
        continue;
      }
      size_t len;
      long cp = DecodeChecked(in_, i, &len);
      if (cp < 0) {
        // One U+FFFD for each maximal invalid stretch, as the WHATWG decoder does per error.
        Emit("\xEF\xBF\xBD", i, len);
        out_.invalid_bytes += len;
      } else if (cp == 0) {
        Emit("\xEF\xBF\xBD", i, len);
        ++out_.nul_bytes;
      } else if (cp == '\r') {
        if (i + 1 < in_.size() && in_[i + 1] == '\n') len = 2;
        Emit("\n", i, len);
      } else if (IsLineBreak(static_cast<char32_t>(cp))) {
        Emit("\n", i, len);
      } else if (IsSpaceSeparator(static_cast<char32_t>(cp))) {
        Emit(" ", i, len);
      } else if (IsDropped(static_cast<char32_t>(cp))) {
        Emit("", i, len);
        ++out_.dropped_chars;
      } else {
        char32_t c = static_cast<char32_t>(cp);
        const utf8proc_property_t* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(c));
        bool starter = c < 0x300 || property->combining_class == 0;
        nonstarters_ = starter ? 0 : nonstarters_ + 1;
        // Like the Stream-Safe Text Format, no more than 30 non-starters are reordered together:
        // that bounds utf8proc's insertion sort, which junk input would otherwise make quadratic.
        bool too_many_marks = nonstarters_ > kMaxNonStarters;
        if (too_many_marks) nonstarters_ = 1;
        // Only non-ASCII gets here (ASCII takes the fast path above or is a control handled
        // before). A mark after an ASCII run composes with its last letter alone: the rest of
        // the run stays one identity piece.
        if (run_len_ > 0 && (StartsFreshRun(c) || run_len_ >= kMaxRun || too_many_marks)) {
          FlushRun();
        } else if (run_ascii_ && run_len_ > 1) {
          run_len_ -= 1;
          FlushRun();
          run_start_ = i - 1;
          run_len_ = 1;
        }
        if (run_len_ == 0) run_start_ = i;
        run_len_ = i + len - run_start_;
        run_ascii_ = false;
        run_composed_ = run_composed_ && StaysComposed(c, property);
      }
      i += len;
    }
    FlushRun();
    return std::move(out_);
  }

 private:
  // Writes a replacement for input bytes [src, src + len) that is not an identity.
  void Emit(std::string_view replacement, size_t src, size_t len) {
    FlushRun();
    out_.map.Add(out_.text.size(), replacement.size(), src, len, false);
    out_.text.append(replacement);
  }

  void FlushRun() {
    if (run_len_ == 0) return;
    std::string_view run = in_.substr(run_start_, run_len_);
    size_t out = out_.text.size();
    if (run_ascii_ || run_composed_) {
      out_.text.append(run);
      out_.map.Add(out, run.size(), run_start_, run.size(), true);
    } else {
      utf8proc_uint8_t* mapped = nullptr;
      utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(run.data()),
                                        static_cast<utf8proc_ssize_t>(run.size()), &mapped,
                                        static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
      // utf8proc allocates with malloc; freed however the appends below end.
      const std::unique_ptr<utf8proc_uint8_t, FreeWithFree> owned(mapped);
      // As an allocation failing in the appends would: the analysis reports it (out_of_memory).
#if defined(__cpp_exceptions)
      if (n == UTF8PROC_ERROR_NOMEM) throw std::bad_alloc();
#else
      if (n == UTF8PROC_ERROR_NOMEM) std::abort();
#endif
      if (n < 0 || mapped == nullptr) {
        // The run is valid UTF-8 by construction; keep it as it is rather than lose text.
        out_.text.append(run);
        out_.map.Add(out, run.size(), run_start_, run.size(), true);
      } else {
        std::string_view nfc(reinterpret_cast<const char*>(mapped), static_cast<size_t>(n));
        out_.text.append(nfc);
        out_.map.Add(out, nfc.size(), run_start_, run.size(), nfc == run);
      }
    }
    run_len_ = 0;
    run_ascii_ = true;
    run_composed_ = true;
  }

  std::string_view in_;
  NormalizedText out_;
  size_t run_start_ = 0;
  size_t run_len_ = 0;
  bool run_ascii_ = true;
  bool run_composed_ = true;  // every non-ASCII character of the run StaysComposed
  size_t nonstarters_ = 0;
};

}  // namespace

NormalizedText Normalize(std::string_view input) { return Normalizer(input).Run(); }

char32_t DecodeUtf8(std::string_view s, size_t* i) {
  size_t len;
  long cp = DecodeChecked(s, *i, &len);
  *i += len;
  return cp < 0 ? kReplacement : static_cast<char32_t>(cp);
}

void AppendUtf8(char32_t cp, std::string* out) {
  char bytes[4];
  out->append(bytes, EncodeUtf8(cp, bytes));
}

}  // namespace lede
