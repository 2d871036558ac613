#include "segment/tokens.h"

#include <string>

#include "segment/abbreviations.h"
#include "segment/chars.h"
#include "text/normalize.h"
#include "text/unicode.h"

// Tokens follow CoNLL-2003 / Penn Treebank habits, because the NER model learns from CoNLL:
//  - clitics split off: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't", "states'" ->
//    "states" "'"; names with an apostrophe stay whole ("O'Brien");
//  - abbreviations keep their period: "U.S.", "Mr.", "Inc.", "J." (an initial), "No." before a
//    number; a sentence's final period is its own token unless the word has inner periods;
//  - numbers keep their separators ("1,000", "3.5", "1996-08-22"); "$" and "%" are tokens of
//    their own, as in CoNLL ("$ 3.5 billion", "3.5 %"), except glued currency codes ("US$");
//  - hyphenated words stay whole ("Smoke-free"); "--", "...", "!!" and "?!" are one token;
//  - URLs and e-mail addresses are one token, without trailing punctuation;
//  - Han characters are one token each (no spaces to go by); emoji sequences stay whole.

namespace lede {
namespace {

bool IsHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x20000 && c <= 0x2FFFF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Joins an emoji's pieces: variation selectors, skin tones, keycaps, ZWJ sequences.
bool IsEmojiContinuation(char32_t c) {
  return c == 0xFE0F || c == 0xFE0E || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF) ||
         (c >= 0xE0020 && c <= 0xE007F);
}

class SentenceTokenizer {
 public:
  SentenceTokenizer(std::string_view text, Span sentence, uint32_t index, std::vector<Token>* out)
      : text_(text), end_(std::min<size_t>(sentence.end, text.size())), index_(index), out_(out) {
    pos_ = sentence.start;
  }
  void Run();

 private:
  char32_t Peek(size_t at, size_t* next = nullptr) const {
    size_t i = at;
    char32_t c = at < end_ ? NextChar(text_, &i) : 0;
    if (next) *next = i;
    return c;
  }
  void Emit(size_t b, size_t e) {
    if (e > b) out_->push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), index_});
  }
  size_t AddressEnd(size_t b) const;
  size_t Word(size_t b);
  size_t Piece(size_t b);
  size_t Clitic(size_t b) const;
  bool AttachPeriod(size_t b, size_t dot) const;
  size_t Punctuation(char32_t c, size_t next);

  std::string_view text_;
  size_t end_;
  uint32_t index_;
  std::vector<Token>* out_;
  size_t pos_ = 0;
  size_t address_begin_ = 0;  // the chunk's address, if it holds one
  size_t address_end_ = 0;
};

// At the start of a whitespace-separated chunk: the end of a URL or e-mail address, or 0.
size_t SentenceTokenizer::AddressEnd(size_t b) const {
  size_t e = b;
  while (e < end_ && !IsSpaceFast(Peek(e))) Peek(e, &e);
  std::string_view chunk = text_.substr(b, e - b);
  bool url = chunk.find("://") != std::string_view::npos ||
             (chunk.size() > 4 && (chunk.substr(0, 4) == "www." || chunk.substr(0, 4) == "WWW."));
  size_t at = chunk.find('@');
  bool email = at != std::string_view::npos && at > 0 &&
               chunk.find('.', at) != std::string_view::npos;
  if (!url && !email) return 0;
  // Drop trailing punctuation, and a closing bracket the address did not open.
  while (e > b) {
    char c = text_[e - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '"' ||
        c == '\'' || (c == ')' && chunk.find('(') == std::string_view::npos)) {
      --e;
    } else {
      break;
    }
  }
  return e;
}

// "'s", "'re", "'ll", "'ve", "'m", "'d" at b (an apostrophe), ending before a non-letter:
// returns the clitic's end, or 0.
size_t SentenceTokenizer::Clitic(size_t b) const {
  size_t i;
  Peek(b, &i);
  std::string letters;
  size_t e = i;
  while (e < end_ && letters.size() < 3) {
    size_t n;
    char32_t c = Peek(e, &n);
    if (!IsLetter(c)) break;
    letters.push_back(static_cast<char>(c < 0x80 ? (c | 0x20) : '?'));
    e = n;
  }
  if (e < end_ && IsWordCharFast(Peek(e))) return 0;
  if (letters == "s" || letters == "re" || letters == "ll" || letters == "ve" || letters == "m" ||
      letters == "d") {
    return e;
  }
  return 0;
}

// A period right after the word [b, dot): part of the token?
bool SentenceTokenizer::AttachPeriod(size_t b, size_t dot) const {
  std::string_view word = text_.substr(b, dot - b);
  bool inner_period = word.find('.') != std::string_view::npos;
  AbbrevKind kind = ClassifyAbbreviation(word);
  if (inner_period && kind != AbbrevKind::kNone) return true;  // "U.S.", "a.m."
  // What follows the period: the sentence's end, or the next character after spaces.
  size_t i = dot + 1;
  while (i < end_ && (IsCloser(Peek(i)) || IsSpaceFast(Peek(i)))) Peek(i, &i);
  if (i >= end_) return kind == AbbrevKind::kTitle;
  char32_t next = Peek(i);
  size_t n;
  char32_t first = Peek(b, &n);
  if (n == dot && IsLetter(first)) return IsUpper(first) || IsDigit(next);  // "J.", "p. 5"
  switch (kind) {
    case AbbrevKind::kTitle:
    case AbbrevKind::kAmbiguous:
    case AbbrevKind::kInner:
    case AbbrevKind::kCompanySuffix:
      return true;
    case AbbrevKind::kBeforeNumber:
      return IsDigit(next);
    case AbbrevKind::kNone:
      return false;
  }
  return false;
}

// A run of letters, digits and inner joiners starting at b.
size_t SentenceTokenizer::Word(size_t b) {
  size_t i = b;
  {
    size_t n;
    if (IsHan(Peek(i, &n))) return n;
  }
  // Pieces joined by "-" after an abbreviation's period ("U.S.-led") are one word; a loop, not
  // recursion, so long chains cannot exhaust the stack.
  for (;;) {
    size_t piece = Piece(b);
    if (piece < end_ && text_[piece] == '.' && AttachPeriod(b, piece)) {
      ++piece;
      if (piece + 1 < end_ && text_[piece] == '-' && IsWordCharFast(Peek(piece + 1)) &&
          !IsHan(Peek(piece + 1))) {
        b = piece + 1;
        continue;
      }
    }
    return piece;
  }
}

// A run of letters, digits and inner joiners starting at b, without a final period.
size_t SentenceTokenizer::Piece(size_t b) {
  size_t i = b;
  size_t last_start = b;  // start of the current alphanumeric piece
  while (i < end_) {
    size_t n;
    char32_t c = Peek(i, &n);
    if (IsWordCharFast(c) && !IsHan(c)) {
      i = n;
      continue;
    }
    if (IsApostrophe(c)) {
      if (Clitic(i) != 0) return i;  // "Russia|'s"
      size_t m;
      char32_t d = Peek(n, &m);
      if ((d == 't' || d == 'T') && i > b + 1 && (text_[i - 1] | 0x20) == 'n' &&
          (m >= end_ || !IsWordCharFast(Peek(m)))) {
        return i - 1;  // "do|n't"
      }
      if (IsLetter(d)) {  // "O'Brien"
        i = m;
        continue;
      }
      return i;
    }
    size_t m;
    char32_t d = Peek(n, &m);
    bool joins = false;
    if (c == '.' || c == '-' || c == 0x2011) {
      joins = IsWordCharFast(d) && !IsHan(d);
    } else if (c == ',' || c == '/' || c == ':') {
      // "1,000" (groups of three), "24/7", "10:30".
      bool digits_before = i > last_start && text_[i - 1] >= '0' && text_[i - 1] <= '9';
      joins = digits_before && IsDigit(d);
      if (joins && c == ',') {
        size_t k = n, count = 0;
        while (k < end_ && IsDigit(Peek(k))) {
          Peek(k, &k);
          ++count;
        }
        joins = count == 3;
      }
    } else if (c == '$' && i > b) {
      // "US$", "HK$": a currency code glued to its sign.
      bool code = true;
      for (size_t k = b; k < i; ++k) code = code && text_[k] >= 'A' && text_[k] <= 'Z';
      if (code && i - b <= 3) return n;
    }
    if (!joins) break;
    i = n;
    last_start = n;
  }
  return i;
}

size_t SentenceTokenizer::Punctuation(char32_t c, size_t next) {
  size_t e = next;
  if (c == '.' || c == '-' || c == '!' || c == '?' || c == '*' || c == '=' || c == '_') {
    // "...", "--", "!!", "?!", "***"
    while (e < end_) {
      size_t n;
      char32_t d = Peek(e, &n);
      bool same_run = d == c || ((c == '!' || c == '?') && (d == '!' || d == '?'));
      if (!same_run) break;
      e = n;
    }
    return e;
  }
  // Emoji sequences and flags.
  if (c >= 0x1F1E6 && c <= 0x1F1FF) {
    size_t n;
    char32_t d = Peek(e, &n);
    if (d >= 0x1F1E6 && d <= 0x1F1FF) return n;
  }
  while (e < end_) {
    size_t n;
    char32_t d = Peek(e, &n);
    if (IsEmojiContinuation(d)) {
      e = n;
    } else if (d == 0x200D && n < end_) {
      Peek(n, &e);
    } else {
      break;
    }
  }
  return e;
}

void SentenceTokenizer::Run() {
  bool chunk_start = true;
  while (pos_ < end_) {
    size_t next;
    char32_t c = Peek(pos_, &next);
    if (IsSpaceFast(c)) {
      pos_ = next;
      chunk_start = true;
      continue;
    }
    size_t b = pos_;
    size_t e = 0;
    if (chunk_start) {
      // An address may follow opening brackets or quotes: "(www.example.com)".
      address_begin_ = b;
      while (address_begin_ < end_ && text_[address_begin_] != '\'' &&
             IsOpener(static_cast<unsigned char>(text_[address_begin_]))) {
        ++address_begin_;
      }
      address_end_ = AddressEnd(address_begin_);
      chunk_start = false;
    }
    if (b == address_begin_ && address_end_ > b) e = address_end_;
    if (e == 0 && IsApostrophe(c)) e = Clitic(b);
    if (e == 0 && IsWordCharFast(c)) e = Word(b);
    if (e == 0) e = Punctuation(c, next);
    // "n't" after "do": the word stopped before the n.
    if (e < end_ && text_[e] == 'n' && e > b && IsWordCharFast(c)) {
      size_t a = e + 1;
      char32_t ap = Peek(a, &a);
      if (IsApostrophe(ap)) {
        size_t t;
        char32_t tc = Peek(a, &t);
        if (tc == 't' || tc == 'T') {
          Emit(b, e);
          Emit(e, t);
          pos_ = t;
          continue;
        }
      }
    }
    Emit(b, e);
    pos_ = e;
  }
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, const std::vector<Span>& sentences) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    SentenceTokenizer(text, sentences[si], si, &tokens).Run();
  }
  return tokens;
}

}  // namespace lede
