#include "segment/sentences.h"

#include <string>

#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {
namespace {

// Words that end in a period without ending a sentence when a capital follows.
bool IsAbbreviation(std::string_view word) {
  static const char* const kAbbreviations[] = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "gov",
      "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "corp", "co", "ltd",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mt", "ft", "fig", "approx", "dept", "est", "pres", "hon", "messrs", "u.s", "u.k", "u.n",
      "e.g", "i.e", "a.m", "p.m"};
  std::string lower;
  for (char c : word) lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  for (const char* a : kAbbreviations) {
    if (lower == a) return true;
  }
  // Single initials ("J. K. Rowling").
  return word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z';
}

bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0xBB;
}

}  // namespace

void SplitParagraph(std::string_view text, Span paragraph, std::vector<Span>* out) {
  size_t sentence_start = paragraph.start;
  size_t i = paragraph.start;
  const size_t end = paragraph.end;
  size_t word_start = i;
  while (i < end) {
    size_t at = i;
    char32_t c = DecodeUtf8(text, &i);
    if (IsSpace(c)) {
      word_start = i;
      continue;
    }
    if (c != '.' && c != '!' && c != '?' && c != 0x2026 && c != 0x3002 && c != 0xFF01 &&
        c != 0xFF1F) {
      continue;
    }
    // Run over further terminators and closing quotes/brackets.
    size_t j = i;
    while (j < end) {
      size_t k = j;
      char32_t d = DecodeUtf8(text, &k);
      if (d == '.' || d == '!' || d == '?' || IsCloser(d)) {
        j = k;
      } else {
        break;
      }
    }
    bool cjk_stop = c == 0x3002 || c == 0xFF01 || c == 0xFF1F;
    if (j < end && !cjk_stop) {
      size_t k = j;
      char32_t next = DecodeUtf8(text, &k);
      if (!IsSpace(next)) continue;  // "3.5", "U.S.", "example.com"
      // The first non-space character after the break.
      while (k < end) {
        size_t m = k;
        char32_t d = DecodeUtf8(text, &m);
        if (!IsSpace(d)) break;
        k = m;
      }
      size_t m = k;
      char32_t first = k < end ? DecodeUtf8(text, &m) : U' ';
      if (IsLower(first)) continue;
      if (c == '.' && IsAbbreviation(text.substr(word_start, at - word_start))) continue;
    }
    out->push_back({static_cast<uint32_t>(sentence_start), static_cast<uint32_t>(j)});
    // Skip the spaces to the next sentence.
    size_t k = j;
    while (k < end) {
      size_t m = k;
      if (!IsSpace(DecodeUtf8(text, &m))) break;
      k = m;
    }
    sentence_start = k;
    i = k;
    word_start = k;
  }
  if (sentence_start < end) {
    out->push_back({static_cast<uint32_t>(sentence_start), static_cast<uint32_t>(end)});
  }
}

std::vector<Span> SplitSentences(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<Span> sentences;
  for (const Paragraph& p : paragraphs) SplitParagraph(text, p.span, &sentences);
  return sentences;
}

}  // namespace lede
