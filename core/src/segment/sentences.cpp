#include "segment/sentences.h"

#include <algorithm>
#include <string>

#include "segment/abbreviations.h"
#include "segment/chars.h"
#include "text/normalize.h"
#include "text/unicode.h"

// How a paragraph is split. The paragraph is cut into whitespace-separated chunks; a sentence
// can end
//  - after a chunk that ends in terminators (". ! ? …" and CJK stops) plus closing quotes or
//    brackets, when what follows does not continue the sentence: a lower-case word, the name
//    after a title ("Mr. Smith"), an initial ("J. Smith"), the number after "No." or "p.", a
//    non-opening word after an acronym or company suffix ("U.S. Government", "Co. at");
//  - inside a chunk, at a CJK stop, or where a space was lost ("world.Today");
//  - before a bullet or the next item of a numbered list that opened the sentence ("1. a 2. b");
//  - at line breaks inside a paragraph that has no terminator at all (a list of short lines).
// Spaced ellipses follow the standard rules: ". . ." leaves something out inside a sentence,
// ". . . ." ends it, and "word. . . . Next" ends the sentence at the word's own period.
// Every decision looks at a bounded neighbourhood, so the whole pass is linear.

namespace lede {
namespace {

struct Chunk {
  size_t b = 0;  // code point indices [b, e)
  size_t e = 0;
  bool newline_before = false;
};

enum class ListStyle { kNone, kDigitDot, kDigitParen, kDigitDotParen, kLowerDot, kLowerParen,
                       kUpperDot, kUpperParen, kParenDigit, kParenLower };

struct Marker {
  ListStyle style = ListStyle::kNone;
  int value = 0;
};

enum class NextKind { kNone, kLower, kUpper, kDigit, kOther };

class ParagraphSplitter {
 public:
  ParagraphSplitter(std::string_view text, Span paragraph, std::vector<Span>* out)
      : out_(out) {
    size_t i = paragraph.start;
    const size_t end = std::min<size_t>(paragraph.end, text.size());
    cp_.reserve(end > i ? end - i : 0);
    off_.reserve(end > i ? end - i + 1 : 1);
    while (i < end) {
      off_.push_back(static_cast<uint32_t>(i));
      cp_.push_back(NextChar(text, &i));
    }
    off_.push_back(static_cast<uint32_t>(end));
  }

  void Run();

 private:
  void CollectChunks();
  void Emit(size_t end, size_t next_start);
  Marker ParseMarker(const Chunk& c) const;
  bool StartsWithBullet(const Chunk& c) const { return IsBullet(cp_[c.b]); }
  bool IsBareBullet(const Chunk& c) const { return c.e == c.b + 1 && IsBullet(cp_[c.b]); }
  bool IsDotChunk(const Chunk& c, bool* closed) const;
  bool LooksLikeAddress(const Chunk& c) const;
  size_t SkipOpeners(size_t i, size_t e) const;
  NextKind Classify(size_t chunk, std::u32string* word) const;
  bool LostSpaceBoundary(const Chunk& c, size_t word_b, size_t k, size_t after) const;
  bool ShouldBreakAfterPeriod(size_t chunk, size_t word_b, size_t k, bool marker) const;
  bool FrontedAdverbial(size_t chunk) const;
  // Handles the terminators that end chunk `i`; returns the last chunk they consumed.
  size_t EndOfChunk(size_t i, size_t k, size_t r, bool marker);
  std::string Ascii(size_t b, size_t e) const;

  std::vector<Span>* out_;
  std::vector<char32_t> cp_;
  std::vector<uint32_t> off_;
  std::vector<Chunk> chunks_;
  bool has_terminator_ = false;
  size_t sent_start_ = 0;
  size_t sent_chunk_ = 0;  // the chunk the current sentence starts in
  Marker list_;
  mutable const Chunk* address_chunk_ = nullptr;
  mutable bool is_address_ = false;
};

void ParagraphSplitter::CollectChunks() {
  bool newline = false;
  size_t i = 0;
  while (i < cp_.size()) {
    if (IsSpaceFast(cp_[i])) {
      newline = newline || cp_[i] == '\n';
      ++i;
      continue;
    }
    Chunk c;
    c.b = i;
    c.newline_before = newline;
    while (i < cp_.size() && !IsSpaceFast(cp_[i])) {
      has_terminator_ = has_terminator_ || IsTerminator(cp_[i]);
      ++i;
    }
    c.e = i;
    chunks_.push_back(c);
    newline = false;
  }
}

void ParagraphSplitter::Emit(size_t end, size_t next_start) {
  if (end > sent_start_) out_->push_back({off_[sent_start_], off_[end]});
  sent_start_ = next_start;
}

std::string ParagraphSplitter::Ascii(size_t b, size_t e) const {
  std::string s;
  for (size_t i = b; i < e; ++i) AppendUtf8(cp_[i], &s);
  return s;
}

// "1." "2)" "3.)" "a." "b)" "(4)" "(c)", optionally after a bullet ("⁃9.").
Marker ParagraphSplitter::ParseMarker(const Chunk& c) const {
  Marker m;
  if (c.e - c.b > 6) return m;
  size_t i = c.b;
  while (i < c.e && IsBullet(cp_[i])) ++i;
  bool paren_open = i < c.e && cp_[i] == '(';
  if (paren_open) ++i;
  size_t digits_b = i;
  int value = 0;
  while (i < c.e && cp_[i] >= '0' && cp_[i] <= '9' && i - digits_b < 3) {
    value = value * 10 + static_cast<int>(cp_[i] - '0');
    ++i;
  }
  bool digits = i > digits_b;
  char32_t letter = 0;
  if (!digits && i < c.e && cp_[i] < 0x80 && IsLetter(cp_[i])) letter = cp_[i++];
  if (!digits && letter == 0) return m;
  if (c.e - i > 2) return m;
  std::u32string rest(cp_.begin() + i, cp_.begin() + c.e);
  bool lower = letter >= 'a' && letter <= 'z';
  if (paren_open) {
    if (rest != U")" || (!digits && !lower)) return m;
    m.style = digits ? ListStyle::kParenDigit : ListStyle::kParenLower;
  } else if (rest == U".") {
    m.style = digits ? ListStyle::kDigitDot : lower ? ListStyle::kLowerDot : ListStyle::kUpperDot;
  } else if (rest == U")") {
    m.style = digits ? ListStyle::kDigitParen : lower ? ListStyle::kLowerParen
                                                      : ListStyle::kUpperParen;
  } else if (rest == U".)" && digits) {
    m.style = ListStyle::kDigitDotParen;
  } else {
    return m;
  }
  m.value = digits ? value : static_cast<int>(letter | 0x20) - 'a' + 1;
  return m;
}

// A piece of a spaced ellipsis: only periods (the last may carry closing quotes).
bool ParagraphSplitter::IsDotChunk(const Chunk& c, bool* closed) const {
  size_t i = c.b;
  while (i < c.e && (cp_[i] == '.' || cp_[i] == 0x2026)) ++i;
  if (i == c.b) return false;
  *closed = i < c.e;
  while (i < c.e && IsCloser(cp_[i])) ++i;
  return i == c.e;
}

bool ParagraphSplitter::LooksLikeAddress(const Chunk& c) const {
  for (size_t i = c.b; i < c.e; ++i) {
    if (cp_[i] == '@' || cp_[i] == '/') return true;
  }
  return c.e - c.b > 4 && (cp_[c.b] | 0x20) == 'w' && (cp_[c.b + 1] | 0x20) == 'w' &&
         (cp_[c.b + 2] | 0x20) == 'w' && cp_[c.b + 3] == '.';
}

size_t ParagraphSplitter::SkipOpeners(size_t i, size_t e) const {
  while (i < e && (IsOpener(cp_[i]) || IsBullet(cp_[i]))) ++i;
  return i;
}

// What the chunk after a candidate boundary starts with, and its leading word.
NextKind ParagraphSplitter::Classify(size_t chunk, std::u32string* word) const {
  if (chunk >= chunks_.size()) return NextKind::kNone;
  const Chunk& c = chunks_[chunk];
  size_t i = SkipOpeners(c.b, c.e);
  if (i == c.e) return NextKind::kOther;
  size_t w = i;
  while (w < c.e && IsLetter(cp_[w])) ++w;
  if (word) word->assign(cp_.begin() + i, cp_.begin() + w);
  char32_t first = cp_[i];
  if (IsLower(first)) return NextKind::kLower;
  if (IsDigit(first) || first == '$' || first == 0x20AC || first == 0xA3 || first == '#') {
    return NextKind::kDigit;
  }
  if (IsLetter(first)) return NextKind::kUpper;  // upper case or a script without case
  return NextKind::kOther;
}

// "world.Today", "Tuesday.Mr.", "1,000.That": a space lost after a terminator. Only when the
// word before reads like the end of a sentence (lower-case letters or a number) and the word
// after like the start of one (a capital then lower case); never inside addresses.
bool ParagraphSplitter::LostSpaceBoundary(const Chunk& c, size_t word_b, size_t k,
                                          size_t after) const {
  if (after + 1 >= c.e || !IsUpper(cp_[after]) || !IsLower(cp_[after + 1])) return false;
  if (address_chunk_ != &c) {
    address_chunk_ = &c;
    is_address_ = LooksLikeAddress(c);  // once per chunk, keeping the pass linear
  }
  if (is_address_) return false;
  size_t b = k;
  while (b > word_b && cp_[b - 1] != '.' && !IsTerminator(cp_[b - 1])) --b;
  if (k - b < 2) return false;
  bool number = true;
  for (size_t i = b; i < k; ++i) number = number && (IsDigit(cp_[i]) || cp_[i] == ',');
  bool word_end = IsLower(cp_[k - 1]) && IsLower(cp_[k - 2]);
  if (!number && !word_end) return false;
  return k - b > 12 || ClassifyAbbreviation(Ascii(b, k)) == AbbrevKind::kNone;
}

// "At 5 a.m. Mr. Smith went": a short opening prepositional phrase is not a sentence.
bool ParagraphSplitter::FrontedAdverbial(size_t chunk) const {
  if (chunk - sent_chunk_ > 3) return false;
  const Chunk& first = chunks_[sent_chunk_];
  size_t b = std::max(first.b, sent_start_);
  size_t i = SkipOpeners(b, first.e);
  size_t w = i;
  while (w < first.e && IsLetter(cp_[w])) ++w;
  return w > i && w - i <= 12 && IsPreposition(Ascii(i, w));
}

// A single period ends chunk `chunk` at index k; the word before it starts at word_b.
bool ParagraphSplitter::ShouldBreakAfterPeriod(size_t chunk, size_t word_b, size_t k,
                                               bool marker) const {
  std::u32string next_word;
  NextKind next = Classify(chunk + 1, &next_word);
  if (next == NextKind::kLower) return false;
  if (marker) return false;  // "1. The first item"
  // One letter: an initial ("Jonas E. Smith"), unless it is the pronoun ("you and I. Did").
  if (k == word_b + 1 && IsLetter(cp_[word_b])) {
    if (IsUpper(cp_[word_b])) {
      bool pronoun = false;
      if (cp_[word_b] == 'I') {
        pronoun = true;
        if (chunk > sent_chunk_) {
          const Chunk& prev = chunks_[chunk - 1];
          size_t p = SkipOpeners(prev.b, prev.e);
          pronoun = p == prev.e || !IsUpper(cp_[p]) || !IsLetter(cp_[prev.e - 1]);
        }
      }
      if (!pronoun) return false;
      return true;
    }
    return next != NextKind::kDigit;  // "p. 55"
  }
  // Abbreviations are short; a long word is a word.
  AbbrevKind kind = k - word_b > 12 ? AbbrevKind::kNone : ClassifyAbbreviation(Ascii(word_b, k));
  if (next == NextKind::kDigit) return kind == AbbrevKind::kNone;
  switch (kind) {
    case AbbrevKind::kNone:
      return true;
    case AbbrevKind::kTitle:
    case AbbrevKind::kInner:
      return false;
    case AbbrevKind::kCompanySuffix: {
      std::string w;
      for (char32_t c : next_word) AppendUtf8(c, &w);
      return ClassifyAbbreviation(w) != AbbrevKind::kCompanySuffix;
    }
    case AbbrevKind::kBeforeNumber:
      if (k == word_b + 2 && (cp_[word_b] | 0x20) == 'n' && cp_[word_b + 1] == 'o') return true;
      [[fallthrough]];
    case AbbrevKind::kAmbiguous: {
      std::string w;
      for (char32_t c : next_word) AppendUtf8(c, &w);
      if (!IsSentenceStarter(w)) return false;
      if (ClassifyAbbreviation(w) == AbbrevKind::kTitle && FrontedAdverbial(chunk)) return false;
      return true;
    }
  }
  return true;
}

size_t ParagraphSplitter::EndOfChunk(size_t i, size_t k, size_t r, bool marker) {
  const Chunk& c = chunks_[i];
  const size_t word_b = SkipOpeners(std::max(c.b, sent_start_), k);
  bool cjk = false, only_dots = true;
  size_t dots = 0;
  for (size_t x = k; x < r; ++x) {
    cjk = cjk || IsCjkStop(cp_[x]);
    only_dots = only_dots && cp_[x] == '.';
    dots += cp_[x] == '.' ? 1 : cp_[x] == 0x2026 ? 3 : 0;
  }
  const bool closers = r < c.e;
  if (cjk) {
    Emit(c.e, i + 1 < chunks_.size() ? chunks_[i + 1].b : c.e);
    return i;
  }
  // A spaced ellipsis continuing in the next chunks.
  size_t j = i;
  size_t spaced = 0;
  bool closed = closers;
  while (!closed && j + 1 < chunks_.size() && IsDotChunk(chunks_[j + 1], &closed)) {
    ++j;
    for (size_t x = chunks_[j].b; x < chunks_[j].e; ++x) {
      spaced += cp_[x] == '.' ? 1 : cp_[x] == 0x2026 ? 3 : 0;
    }
  }
  NextKind next = Classify(j + 1, nullptr);
  if (next == NextKind::kNone) return j;  // the paragraph's end closes the sentence
  auto emit_after = [&](size_t last) { Emit(chunks_[last].e, chunks_[last + 1].b); };
  if (spaced > 0) {
    if (word_b < k && only_dots && dots == 1 && spaced >= 3 && !closers) {
      // "compounds. . . . The": the word's period ends it, the ellipsis opens the next one.
      if (next == NextKind::kUpper) emit_after(i);
      return next == NextKind::kUpper ? i : j;
    }
    // ". . ." leaves words out; ". . . ." also ends the sentence.
    if ((only_dots ? dots : 0) + spaced >= 4 && next != NextKind::kLower) emit_after(j);
    return j;
  }
  // "[...]" and "(...)": an omission inside a quotation; '"...' opens a quotation.
  if (word_b == k && k > std::max(c.b, sent_start_)) return i;  // only openers before the dots
  if (next == NextKind::kLower) return i;
  bool single_period = only_dots && dots == 1;
  if (!single_period || closers) {
    if (!(single_period && marker)) emit_after(i);
    return i;
  }
  if (ShouldBreakAfterPeriod(i, word_b, k, marker)) emit_after(i);
  return i;
}

void ParagraphSplitter::Run() {
  CollectChunks();
  if (chunks_.empty()) return;
  sent_start_ = chunks_[0].b;
  sent_chunk_ = 0;
  for (size_t i = 0; i < chunks_.size(); ++i) {
    const Chunk& c = chunks_[i];
    const bool after_bullet =
        i > 0 && sent_start_ == chunks_[i - 1].b && IsBareBullet(chunks_[i - 1]);
    if (sent_start_ < c.b && !after_bullet) {
      // Breaks before the chunk: bullets, the next list item, lines of a list.
      Marker m;
      if (list_.style != ListStyle::kNone || c.newline_before) m = ParseMarker(c);
      bool next_item = list_.style != ListStyle::kNone && m.style == list_.style &&
                       m.value == list_.value + 1;
      if (StartsWithBullet(c) || next_item ||
          (c.newline_before && (!has_terminator_ || m.style != ListStyle::kNone))) {
        Emit(chunks_[i - 1].e, c.b);
      }
    }
    if (sent_start_ == c.b) sent_chunk_ = i;
    // A list marker opening the sentence (after an optional bullet) starts or continues a list.
    bool at_start = sent_start_ == c.b || after_bullet;
    bool marker = false;
    if (at_start) {
      Marker m = ParseMarker(c);
      // Lettered lists start at "a"; "A." and "J." are more often initials than items.
      bool letters = m.style == ListStyle::kLowerDot || m.style == ListStyle::kLowerParen ||
                     m.style == ListStyle::kUpperParen || m.style == ListStyle::kParenLower;
      if (m.style == ListStyle::kUpperDot || (letters && m.value != 1 && m.style != list_.style)) {
        m.style = ListStyle::kNone;
      }
      if (m.style != ListStyle::kNone) {
        list_ = m;
        marker = true;
      }
    }
    // Terminators inside the chunk, then at its end.
    size_t k = c.b;
    size_t last = i;
    while (k < c.e) {
      if (!IsTerminator(cp_[k])) {
        ++k;
        continue;
      }
      size_t r = k;
      while (r < c.e && IsTerminator(cp_[r])) ++r;
      size_t after = r;
      while (after < c.e && IsCloser(cp_[after])) ++after;
      if (after == c.e) {
        last = EndOfChunk(i, k, r, marker);
        break;
      }
      bool cjk = false;
      for (size_t x = k; x < r; ++x) cjk = cjk || IsCjkStop(cp_[x]);
      size_t word_b = SkipOpeners(std::max(c.b, sent_start_), k);
      if (cjk || LostSpaceBoundary(c, word_b, k, after)) {
        Emit(after, after);
        sent_chunk_ = i;
      }
      k = after;
    }
    i = last;
  }
  if (sent_start_ < chunks_.back().e) Emit(chunks_.back().e, chunks_.back().e);
}

}  // namespace

void SplitParagraph(std::string_view text, Span paragraph, std::vector<Span>* out) {
  ParagraphSplitter splitter(text, paragraph, out);
  splitter.Run();
}

std::vector<Span> SplitSentences(std::string_view text, const std::vector<Paragraph>& paragraphs) {
  std::vector<Span> sentences;
  for (const Paragraph& p : paragraphs) SplitParagraph(text, p.span, &sentences);
  return sentences;
}

}  // namespace lede
