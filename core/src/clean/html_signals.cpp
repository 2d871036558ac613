#include "clean/html_signals.h"

#include <cstddef>

#include "text/ascii.h"
#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {
namespace {

// Scripts written without spaces between words, or with short syllable blocks: one character
// carries about as much as a short Latin word (CJK ideographs, kana, hangul).
bool IsWide(char32_t c) {
  return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
         (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7FF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF66 && c <= 0xFFDC) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

bool IsSentenceEnd(char32_t c) {
  switch (c) {
    case '.': case '!': case '?':
    case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E:  // CJK full stop, ! ?
    case 0x061F: case 0x06D4:                            // Arabic ? and full stop
    case 0x0964: case 0x0965:                            // Devanagari danda
    case 0x2026:                                         // ellipsis
      return true;
    default:
      return false;
  }
}

bool IsComma(char32_t c) {
  return c == ',' || c == ';' || c == 0x060C || c == 0x3001 || c == 0xFF0C || c == 0xFF1B;
}

// Closing quotes and brackets may follow a sentence's final stop.
bool IsCloser(char32_t c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x300D || c == 0x300F || c == 0xFF09;
}

enum class Match { kExact, kPrefix, kContains };

struct Lexeme {
  std::string_view text;  // its length known at compile time
  Match match;
  AttrHint hint;
};

// Class/id vocabulary of page furniture. Checked in order, so the boilerplate words come
// before the content words they may be joined with ("articlecomments" is comments). Words in
// a few languages besides English where sites name classes in their own (pt, es, it, fr, de,
// ru transliterated); short ones match exactly, stems anywhere in the word.
constexpr Lexeme kLexicon[] = {
    {"comment", Match::kContains, AttrHint::kComment},
    {"comentario", Match::kContains, AttrHint::kComment},
    {"commenti", Match::kContains, AttrHint::kComment},
    {"kommentar", Match::kContains, AttrHint::kComment},
    {"disqus", Match::kContains, AttrHint::kComment},
    {"respond", Match::kPrefix, AttrHint::kComment},
    {"reply", Match::kPrefix, AttrHint::kComment},
    {"share", Match::kContains, AttrHint::kShare},
    {"sharing", Match::kContains, AttrHint::kShare},
    {"social", Match::kContains, AttrHint::kShare},
    {"sociais", Match::kContains, AttrHint::kShare},
    {"compartilh", Match::kContains, AttrHint::kShare},
    {"compartir", Match::kContains, AttrHint::kShare},
    {"condivi", Match::kContains, AttrHint::kShare},
    {"partage", Match::kContains, AttrHint::kShare},
    {"addthis", Match::kContains, AttrHint::kShare},
    {"follow", Match::kPrefix, AttrHint::kShare},
    {"related", Match::kContains, AttrHint::kRelated},
    {"relacionad", Match::kContains, AttrHint::kRelated},
    {"correlat", Match::kContains, AttrHint::kRelated},
    {"recommend", Match::kContains, AttrHint::kRelated},
    {"recomend", Match::kContains, AttrHint::kRelated},
    {"popular", Match::kContains, AttrHint::kRelated},
    {"mostread", Match::kContains, AttrHint::kRelated},
    {"trending", Match::kContains, AttrHint::kRelated},
    {"outbrain", Match::kContains, AttrHint::kRelated},
    {"taboola", Match::kContains, AttrHint::kRelated},
    {"recirc", Match::kContains, AttrHint::kRelated},
    {"readmore", Match::kContains, AttrHint::kRelated},
    {"leiatambem", Match::kContains, AttrHint::kRelated},
    {"tambem", Match::kExact, AttrHint::kRelated},
    {"promo", Match::kContains, AttrHint::kPromo},
    {"newsletter", Match::kContains, AttrHint::kPromo},
    {"subscri", Match::kContains, AttrHint::kPromo},
    {"signup", Match::kContains, AttrHint::kPromo},
    {"sponsor", Match::kContains, AttrHint::kPromo},
    {"advert", Match::kContains, AttrHint::kPromo},
    {"adsense", Match::kContains, AttrHint::kPromo},
    {"adslot", Match::kContains, AttrHint::kPromo},
    {"adunit", Match::kContains, AttrHint::kPromo},
    {"ad", Match::kExact, AttrHint::kPromo},
    {"ads", Match::kExact, AttrHint::kPromo},
    {"dfp", Match::kExact, AttrHint::kPromo},
    {"cta", Match::kExact, AttrHint::kPromo},
    {"banner", Match::kContains, AttrHint::kPromo},
    {"paywall", Match::kContains, AttrHint::kPromo},
    {"donat", Match::kPrefix, AttrHint::kPromo},
    {"publicidad", Match::kContains, AttrHint::kPromo},
    {"pubblicit", Match::kContains, AttrHint::kPromo},
    {"publicite", Match::kContains, AttrHint::kPromo},
    {"werbung", Match::kContains, AttrHint::kPromo},
    {"anzeige", Match::kContains, AttrHint::kPromo},
    {"reklam", Match::kContains, AttrHint::kPromo},
    {"breadcrumb", Match::kContains, AttrHint::kNavigation},
    {"pagination", Match::kContains, AttrHint::kNavigation},
    {"pager", Match::kExact, AttrHint::kNavigation},
    {"navbar", Match::kContains, AttrHint::kNavigation},
    {"navigation", Match::kContains, AttrHint::kNavigation},
    {"nav", Match::kExact, AttrHint::kNavigation},
    {"menu", Match::kPrefix, AttrHint::kNavigation},
    {"masthead", Match::kContains, AttrHint::kNavigation},
    {"tags", Match::kExact, AttrHint::kNavigation},
    {"tag", Match::kExact, AttrHint::kNavigation},
    {"tagcloud", Match::kContains, AttrHint::kNavigation},
    {"taglist", Match::kContains, AttrHint::kNavigation},
    {"topics", Match::kExact, AttrHint::kNavigation},
    {"keywords", Match::kExact, AttrHint::kNavigation},
    {"footer", Match::kContains, AttrHint::kFooter},
    {"copyright", Match::kContains, AttrHint::kFooter},
    {"colophon", Match::kContains, AttrHint::kFooter},
    {"rodape", Match::kContains, AttrHint::kFooter},
    {"caption", Match::kContains, AttrHint::kCaption},
    {"legenda", Match::kContains, AttrHint::kCaption},
    {"didascalia", Match::kContains, AttrHint::kCaption},
    {"gallery", Match::kContains, AttrHint::kCaption},
    {"slideshow", Match::kContains, AttrHint::kCaption},
    {"credit", Match::kContains, AttrHint::kCaption},
    {"photo", Match::kContains, AttrHint::kCaption},
    {"image", Match::kExact, AttrHint::kCaption},
    {"img", Match::kExact, AttrHint::kCaption},
    {"imagem", Match::kExact, AttrHint::kCaption},
    {"immagine", Match::kExact, AttrHint::kCaption},
    {"foto", Match::kPrefix, AttrHint::kCaption},
    {"byline", Match::kContains, AttrHint::kCredit},
    {"author", Match::kContains, AttrHint::kCredit},
    {"autor", Match::kPrefix, AttrHint::kCredit},
    {"writer", Match::kContains, AttrHint::kCredit},
    {"dateline", Match::kContains, AttrHint::kDate},
    {"timestamp", Match::kContains, AttrHint::kDate},
    {"pubdate", Match::kContains, AttrHint::kDate},
    {"published", Match::kContains, AttrHint::kDate},
    {"date", Match::kExact, AttrHint::kDate},
    {"time", Match::kExact, AttrHint::kDate},
    {"datetime", Match::kExact, AttrHint::kDate},
    {"fecha", Match::kExact, AttrHint::kDate},
    {"datum", Match::kExact, AttrHint::kDate},
    {"sronly", Match::kExact, AttrHint::kHidden},
    {"sr", Match::kExact, AttrHint::kHidden},
    {"screenreader", Match::kContains, AttrHint::kHidden},
    {"visuallyhidden", Match::kContains, AttrHint::kHidden},
    {"offscreen", Match::kContains, AttrHint::kHidden},
    {"cookie", Match::kContains, AttrHint::kHidden},
    {"consent", Match::kContains, AttrHint::kHidden},
    {"gdpr", Match::kContains, AttrHint::kHidden},
    {"modal", Match::kContains, AttrHint::kHidden},
    {"popup", Match::kContains, AttrHint::kHidden},
    {"sidebar", Match::kContains, AttrHint::kSidebar},
    {"widget", Match::kContains, AttrHint::kSidebar},
    {"rail", Match::kExact, AttrHint::kSidebar},
    {"aside", Match::kExact, AttrHint::kSidebar},
    {"article", Match::kContains, AttrHint::kContent},
    {"content", Match::kContains, AttrHint::kContent},
    {"entry", Match::kContains, AttrHint::kContent},
    {"story", Match::kContains, AttrHint::kContent},
    {"body", Match::kExact, AttrHint::kContent},
    {"text", Match::kExact, AttrHint::kContent},
    {"post", Match::kPrefix, AttrHint::kContent},
    {"materia", Match::kPrefix, AttrHint::kContent},
    {"noticia", Match::kPrefix, AttrHint::kContent},
    {"conteudo", Match::kContains, AttrHint::kContent},
    {"texto", Match::kExact, AttrHint::kContent},
    {"testo", Match::kExact, AttrHint::kContent},
    {"articolo", Match::kContains, AttrHint::kContent},
    {"contenuto", Match::kContains, AttrHint::kContent},
    {"statya", Match::kContains, AttrHint::kContent},
};

bool Matches(std::string_view word, const Lexeme& l) {
  std::string_view t(l.text);
  switch (l.match) {
    case Match::kExact:
      return word == t;
    case Match::kPrefix:
      return word.substr(0, t.size()) == t;
    case Match::kContains:
      return word.find(t) != std::string_view::npos;
  }
  return false;
}

}  // namespace

TextShape MeasureText(std::string_view text) {
  TextShape s;
  bool in_word = false;
  // A stop ends a sentence when a space or the end follows it (closing quotes between are
  // fine); one between letters or digits ("U.S.", "3.5", a URL) ends nothing. CJK stops need
  // no space after them.
  bool pending_end = false;
  char32_t last_real = 0;  // last character that is not a space, closing quote or bracket
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char u = static_cast<unsigned char>(text[i]);
    char32_t c;
    if (u < 0x80) {  // most characters: no decoding, no Unicode tables
      if (IsAsciiAlnum(u)) {
        // A run of ASCII letters and digits at once.
        size_t j = i + 1;
        bool digit = IsAsciiDigit(u);
        while (j < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[j]))) {
          digit |= IsAsciiDigit(static_cast<unsigned char>(text[j]));
          ++j;
        }
        s.units += static_cast<int>(j - i);
        if (digit) s.has_digit = true;
        if (!in_word) {
          ++s.words;
          in_word = true;
        }
        pending_end = false;
        last_real = static_cast<unsigned char>(text[j - 1]);
        i = j;
        continue;
      }
      ++i;
      c = u;
      // Any other ASCII byte is neither a letter nor a digit: straight to the marks below.
    } else {
      c = DecodeUtf8(text, &i);
      if (IsLetter(c) || IsDigit(c)) {
        bool wide = IsWide(c);
        s.units += wide ? 2 : 1;
        if (IsDigit(c)) s.has_digit = true;
        if (wide) {
          ++s.words;
          in_word = false;
        } else if (!in_word) {
          ++s.words;
          in_word = true;
        }
        pending_end = false;
        last_real = c;
        continue;
      }
    }
    in_word = false;
    if (IsSentenceEnd(c)) {
      if (c >= 0x3000) {
        ++s.sentence_ends;
      } else {
        pending_end = true;
      }
    } else if (c == ' ' || IsSpace(c)) {
      if (pending_end) ++s.sentence_ends;
      pending_end = false;
      continue;
    } else if (!IsCloser(c)) {
      pending_end = false;
    }
    if (IsComma(c)) ++s.commas;
    if (!IsCloser(c)) last_real = c;
  }
  if (pending_end) ++s.sentence_ends;
  s.terminal = IsSentenceEnd(last_real);
  return s;
}

bool LooksLikeDateLine(std::string_view text, const TextShape& shape) {
  if (!shape.has_digit || shape.words > 12) return false;
  bool year = false;
  bool clock = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto digit = [&](size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    size_t j = i;
    while (digit(j)) ++j;
    size_t len = j - i;
    if (len == 4 && (text.compare(i, 2, "19") == 0 || text.compare(i, 2, "20") == 0)) year = true;
    if ((len == 1 || len == 2) && j < text.size() && text[j] == ':' && digit(j + 1) &&
        digit(j + 2) && !digit(j + 3)) {
      clock = true;
    }
  }
  // A short sentence may mention a year ("Sales fell in 2019."); a date line does not end
  // like one.
  return clock || (year && !shape.terminal && shape.words <= 6);
}

AttrHint ClassifyAttrWord(std::string_view word) {
  if (word.size() < 2) return AttrHint::kNone;
  for (const Lexeme& l : kLexicon) {
    if (Matches(word, l)) return l.hint;
  }
  return AttrHint::kNone;
}

BlockKind KindForHint(AttrHint hint) {
  switch (hint) {
    case AttrHint::kComment:
    case AttrHint::kHidden:
      return BlockKind::kOther;
    case AttrHint::kShare:
    case AttrHint::kNavigation:
      return BlockKind::kNavigation;
    case AttrHint::kRelated:
    case AttrHint::kPromo:
    case AttrHint::kSidebar:
      return BlockKind::kPromo;
    case AttrHint::kFooter:
      return BlockKind::kFooter;
    case AttrHint::kCaption:
      return BlockKind::kCaption;
    case AttrHint::kCredit:
      return BlockKind::kCredit;
    case AttrHint::kDate:
      return BlockKind::kDate;
    case AttrHint::kNone:
    case AttrHint::kContent:
      break;
  }
  return BlockKind::kBody;
}

}  // namespace lede
