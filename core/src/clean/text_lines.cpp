#include "clean/text_lines.h"

#include <algorithm>
#include <string_view>

#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {
namespace {

// Han, Kana and CJK punctuation-free ideographs: scripts written without spaces.
bool IsUnspacedScript(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool IsClosing(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 || c == 0xBB ||
         c == 0x300D || c == 0x300F || c == 0xFF09 || c == ' ' || c == '*';
}

bool IsBulletGlyph(char32_t c) {
  return c == 0x2022 || c == 0xB7 || c == 0x25AA || c == 0x25E6 || c == 0x2023 || c == 0x2013 ||
         c == 0x2014 || c == '-' || c == '*' || c == 0x25BA || c == 0x25B8 || c == 0x25CF ||
         c == 0x25A0;
}

// Writes into room made in advance, through a pointer: a checked push_back per character (a
// call each in WASM) was most of measuring a line. No input byte yields more than three output
// bytes (lower-casing grows a valid character by at most half, U+023A -> U+2C65; an invalid
// byte reads as U+FFFD), so three times the line's bytes is always room enough.
class Writer {
 public:
  Writer(std::string* s, size_t room) : s_(s) {
    s_->resize(room);
    begin_ = &(*s_)[0];
    p_ = begin_;
  }
  void Put(char32_t c) { p_ += EncodeUtf8(c, p_); }
  size_t size() const { return p_ - begin_; }
  std::string_view view() const { return std::string_view(begin_, p_ - begin_); }
  void Finish() { s_->resize(p_ - begin_); }

 private:
  std::string* s_;
  char* begin_;
  char* p_;
};

}  // namespace

std::string LowerLikeMeasureLine(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 4);
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t c = b;
    if (b < 0x80) {
      ++i;
    } else {
      c = DecodeUtf8(text, &i);
    }
    if (c == 0x2019) c = U'\'';
    char utf8[4];
    out.append(utf8, EncodeUtf8(ToLower(c), utf8));
  }
  return out;
}

TextLine MeasureLine(const std::string& text) {
  TextLine l;
  LineScratch scratch;
  MeasureLine(text, &l, &scratch);
  // Every line of the input is kept: no slack.
  l.lower.shrink_to_fit();
  l.key.shrink_to_fit();
  l.words.shrink_to_fit();
  return l;
}

namespace {

// A line's code points for MeasureCodePoints: an all-ASCII line is read as it is; any other is
// decoded once into the scratch vector.
struct AsciiCodePoints {
  std::string_view s;
  size_t size() const { return s.size(); }
  bool empty() const { return s.empty(); }
  char32_t operator[](size_t k) const { return static_cast<unsigned char>(s[k]); }
};

template <typename CodePoints>
void MeasureCodePoints(const std::string& text, const CodePoints& cps, bool all, TextLine& l) {
  const size_t room = 3 * text.size() + 4;
  Writer lower(&l.lower, room);
  Writer key(&l.key, all ? room : 0);
  // A word is a stretch of `lower`: everything a word takes is also written there, in order
  // (an inner apostrophe or dot lower-cases to itself).
  size_t word_begin = 0;
  size_t word_end = 0;

  int unspaced = 0;
  bool in_quote = false;  // double quotes only: a single quote is too often an apostrophe
  bool in_word = false;
  auto finish_word = [&]() {
    if (!in_word) return;
    std::string_view w = lower.view().substr(word_begin, word_end - word_begin);
    while (!w.empty() && (w.back() == '\'' || w.back() == '.')) w.remove_suffix(1);
    l.words.push_back(w);
    in_word = false;
  };
  for (size_t k = 0; k < cps.size(); ++k) {
    char32_t c = cps[k] == 0x2019 ? U'\'' : cps[k];
    char32_t low = ToLower(c);
    const size_t before = lower.size();
    lower.Put(low);
    if (IsUnspacedScript(c)) {
      finish_word();
      ++unspaced;
      if (all) key.Put(c);
      continue;
    }
    if (IsWordChar(c)) {
      const bool starts = !in_word;
      if (starts) {
        in_word = true;
        word_begin = before;
      }
      if (starts && all) {
        char shape = 'n';
        if (IsUpper(c)) {
          ++l.capitalized;
          shape = 'U';
        } else if (IsLower(c)) {
          ++l.lowercase;
          shape = 'l';
        }
        l.shape.push_back(shape);
        l.quoted.push_back(in_quote ? 'q' : '-');
        // Title case is judged on words of 4+ characters: short function words are often
        // lower case even in title-case headlines.
        size_t n = 0;
        while (k + n < cps.size() && IsWordChar(cps[k + n])) ++n;
        if (n >= 4) {
          ++l.long_words;
          if (IsUpper(c)) ++l.long_capitalized;
        }
      }
      word_end = lower.size();
      if (all) key.Put(low);
      continue;
    }
    // An apostrophe or a dot between word characters stays inside the word (it's, U.S).
    bool inner = in_word && (c == '\'' || c == '.') && k + 1 < cps.size() && IsWordChar(cps[k + 1]);
    if (inner) {
      word_end = lower.size();
      continue;
    }
    finish_word();
    if (!all) continue;
    if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x3001 ||
        c == 0x3002 || c == 0xFF0C || c == 0xFF01 || c == 0xFF1F) {
      ++l.marks;
    }
    if (c == '"') {
      in_quote = !in_quote;
    } else if (c == 0x201C || c == 0xAB || c == 0x201E) {
      in_quote = true;
    } else if (c == 0x201D || c == 0xBB) {
      in_quote = false;
    }
  }
  finish_word();
  lower.Finish();
  key.Finish();
  l.word_count = static_cast<int>(l.words.size()) + (unspaced + 1) / 2;

  size_t e = cps.size();
  while (e > 0 && IsClosing(cps[e - 1])) --e;
  if (e > 0) {
    char32_t last = cps[e - 1];
    l.ends_period = last == '.' || last == 0x2026 || last == 0x3002 || last == 0xFF0E;
    l.terminal = l.ends_period || last == '!' || last == '?' || last == 0xFF01 || last == 0xFF1F;
    l.ends_colon = last == ':' || last == 0xFF1A;
    l.ends_comma = last == ',' || last == ';' || last == 0x3001 || last == 0xFF0C;
  }
  if (all && !cps.empty()) l.bullet = IsBulletGlyph(cps[0]) && (cps.size() == 1 || cps[1] == ' ');
}

}  // namespace

void MeasureLine(const std::string& text, TextLine* out, LineScratch* scratch,
                 LineDetail detail) {
  const bool all = detail == LineDetail::kAll;
  TextLine& l = *out;
  l.words.clear();
  l.shape.clear();
  l.quoted.clear();
  l.word_count = l.capitalized = l.lowercase = l.long_words = l.long_capitalized = l.marks = 0;
  l.terminal = l.ends_period = l.ends_colon = l.ends_comma = l.bullet = false;
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    MeasureCodePoints(text, AsciiCodePoints{text}, all, l);
    return;
  }
  // Code points, decoded once: the loop below looks ahead and the end checks look back.
  std::vector<char32_t>& cps = scratch->code_points;
  cps.clear();
  cps.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      cps.push_back(b);
      ++i;
    } else {
      cps.push_back(DecodeUtf8(text, &i));
    }
  }
  MeasureCodePoints(text, cps, all, l);
}

bool IsTitleCase(const TextLine& l) {
  return l.long_words >= 1 && l.long_capitalized * 10 >= l.long_words * 7;
}

namespace {
// Scripts without letter case (Arabic, Hebrew, CJK, Thai...) give no case signal.
bool Caseless(const TextLine& l) { return (l.capitalized + l.lowercase) * 2 < l.word_count; }
}  // namespace

bool IsProse(const TextLine& l) {
  if (l.word_count >= 8 && (l.ends_period || (l.terminal && !IsTitleCase(l)))) return true;
  // Without a final stop, a long line is prose only if punctuated like sentences: a tag
  // cloud or a run of link words has no commas.
  return l.word_count >= 20 && (Caseless(l) || l.lowercase * 2 >= l.word_count) &&
         l.marks * 25 >= l.word_count;
}

bool IsSentence(const TextLine& l) {
  if (IsProse(l)) return true;
  return l.terminal && l.word_count >= 3 && (l.lowercase >= 1 || Caseless(l)) &&
         !(IsTitleCase(l) && !l.ends_period);
}

bool IsHeadlineLike(const TextLine& l) {
  return !l.ends_period && !l.ends_comma && !l.ends_colon && l.word_count >= 2 &&
         l.word_count <= 30 && !l.key.empty();
}

}  // namespace lede
