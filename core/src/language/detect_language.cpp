#include "language/detect_language.h"

#include <cstddef>
#include <string>

#include "language/stopwords.h"
#include "text/ascii.h"
#include "text/normalize.h"
#include "text/unicode.h"

// Two steps, one pass over the text:
//  1. Scripts: letters are counted per script. A script that stands for one language here
//     decides alone (Hangul -> ko, kana -> ja, Han -> zh, Greek -> el, Hebrew -> he, Thai -> th,
//     Devanagari -> hi, Georgian -> ka, Armenian -> hy; Arabic script -> ar, or fa / ur by
//     their own letters).
//  2. Latin and Cyrillic texts: each lower-cased word votes for the languages whose
//     function-word list holds it (language/stopwords.cpp), a shared word splitting its vote;
//     letters only one language uses (ß, ñ, ã, ł, ğ, і, ы, ...) add a small vote.
// The sample is capped so the cost stays bounded on huge inputs.

namespace lede {
namespace {

constexpr size_t kMaxSampleBytes = 256 * 1024;
constexpr size_t kMinLetters = 20;

enum Script { kLatin, kCyrillic, kArabic, kHan, kKana, kHangul, kGreek, kHebrew, kThai,
              kDevanagari, kGeorgian, kArmenian, kOtherScript, kScriptCount };

Script ScriptOf(char32_t c) {
  if (c < 0x250) return kLatin;
  if (c >= 0x1E00 && c <= 0x1EFF) return kLatin;  // Latin Extended Additional (Vietnamese)
  if (c >= 0x370 && c <= 0x3FF) return kGreek;
  if (c >= 0x400 && c <= 0x52F) return kCyrillic;
  if (c >= 0x530 && c <= 0x58F) return kArmenian;
  if (c >= 0x590 && c <= 0x5FF) return kHebrew;
  if ((c >= 0x600 && c <= 0x6FF) || (c >= 0x750 && c <= 0x77F) || (c >= 0xFB50 && c <= 0xFDFF) ||
      (c >= 0xFE70 && c <= 0xFEFF)) {
    return kArabic;
  }
  if (c >= 0x900 && c <= 0x97F) return kDevanagari;
  if (c >= 0xE00 && c <= 0xE7F) return kThai;
  if (c >= 0x10A0 && c <= 0x10FF) return kGeorgian;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xAC00 && c <= 0xD7AF)) {
    return kHangul;
  }
  if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
    return kKana;
  }
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x2FFFF)) {
    return kHan;
  }
  return kOtherScript;
}

int ProfileIndex(const char* code) {
  for (int i = 0; i < kProfileCount; ++i) {
    if (std::string_view(kProfileLanguages[i]) == code) return i;
  }
  return -1;
}

// Letters one profiled language uses and its neighbours do not: a small vote each.
void VoteForLetter(char32_t c, double* votes) {
  static const int de = ProfileIndex("de"), es = ProfileIndex("es"), pt = ProfileIndex("pt"),
                   pl = ProfileIndex("pl"), tr = ProfileIndex("tr"), ro = ProfileIndex("ro"),
                   cs = ProfileIndex("cs"), hu = ProfileIndex("hu"), vi = ProfileIndex("vi"),
                   ru = ProfileIndex("ru"), uk = ProfileIndex("uk"), sr = ProfileIndex("sr"),
                   fr = ProfileIndex("fr"), it = ProfileIndex("it"), da = ProfileIndex("da"),
                   no = ProfileIndex("no"), sv = ProfileIndex("sv");
  constexpr double kVote = 0.05;
  int lang = -1;
  switch (c) {
    case 0xDF: lang = de; break;                                    // ß
    case 0xF1: lang = es; break;                                    // ñ
    case 0xE3: case 0xF5: lang = pt; break;                         // ã õ
    case 0x142: case 0x105: case 0x119: case 0x15B: case 0x17A: case 0x17C: case 0x144:
      lang = pl; break;                                             // ł ą ę ś ź ż ń
    case 0x11F: case 0x131: case 0x15F: lang = tr; break;           // ğ ı ş
    case 0x103: case 0x21B: case 0x219: case 0x163: lang = ro; break;  // ă ț ș ţ
    case 0x159: case 0x11B: case 0x16F: lang = cs; break;           // ř ě ů
    case 0x151: case 0x171: lang = hu; break;                       // ő ű
    case 0x1A1: case 0x1B0: case 0x111: lang = vi; break;           // ơ ư đ
    case 0xEA: case 0xE8: case 0x153: lang = fr; break;             // ê è œ
    case 0xF2: case 0xEC: lang = it; break;                         // ò ì
    case 0xE6: case 0xF8: votes[da] += kVote; lang = no; break;     // æ ø
    case 0xE4: votes[de] += kVote; lang = sv; break;                // ä
    case 0x44B: case 0x44D: case 0x451: case 0x44A: lang = ru; break;  // ы э ё ъ
    case 0x456: case 0x457: case 0x454: case 0x491: lang = uk; break;  // і ї є ґ
    case 0x458: case 0x45A: case 0x459: case 0x45B: case 0x45F: case 0x452:
      lang = sr; break;                                             // ј њ љ ћ џ ђ
    default: break;
  }
  if (lang >= 0) votes[lang] += kVote;
}

std::string ArabicScriptLanguage(size_t persian, size_t urdu, size_t letters) {
  if (urdu * 100 > letters) return "ur";       // ٹ ڈ ڑ ں ے
  if (persian * 50 > letters) return "fa";     // پ چ ژ گ ک ی
  return "ar";
}

}  // namespace

std::string DetectLanguage(std::string_view text) {
  if (text.size() > kMaxSampleBytes) {
    size_t cut = kMaxSampleBytes;
    while (cut > 0 && IsUtf8Continuation(text[cut])) --cut;
    text = text.substr(0, cut);
  }
  size_t scripts[kScriptCount] = {};
  size_t letters = 0, persian = 0, urdu = 0;
  double votes[kProfileCount] = {};
  int hits[kProfileCount] = {};
  // The current word, lower-cased, in a fixed buffer: a word longer than any function word
  // is only marked long (no lookup could match it), so no append is checked or allocates.
  char word_bytes[kMaxFunctionWordBytes + 4];
  size_t word_size = 0;
  bool word_long = false;
  auto in_word = [&]() { return word_size > 0 || word_long; };
  auto append = [&](char32_t c) {
    char utf8[4];
    const size_t n = EncodeUtf8(c, utf8);
    if (word_long || word_size + n > kMaxFunctionWordBytes) {
      word_long = true;
      return;
    }
    for (size_t k = 0; k < n; ++k) word_bytes[word_size++] = utf8[k];
  };
  auto vote_word = [&]() {
    if (!in_word()) return;
    const bool was_long = word_long;
    const std::string_view word(word_bytes, word_size);
    word_size = 0;
    word_long = false;
    if (was_long) return;
    uint32_t langs = FunctionWordLanguages(word);
    if (langs != 0) {
      // A shared word splits its vote; only its languages' bits are visited.
      const double share = 1.0 / __builtin_popcount(langs);
      for (; langs != 0; langs &= langs - 1) {
        const int i = __builtin_ctz(langs);
        votes[i] += share;
        ++hits[i];
      }
    }
  };
  size_t i = 0;
  while (i < text.size()) {
    // ASCII, most of most pages, the short way: what the general path below does with it.
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      if (IsAsciiAlpha(b)) {
        // A run of ASCII letters at once: counted, and lower-cased into the word unless
        // the word grows too long to be a function word.
        size_t j = i + 1;
        while (j < text.size() && IsAsciiAlpha(static_cast<unsigned char>(text[j]))) ++j;
        const size_t n = j - i;
        letters += n;
        scripts[kLatin] += n;
        if (word_long || word_size + n > kMaxFunctionWordBytes) {
          word_long = true;
        } else {
          for (size_t k = i; k < j; ++k) word_bytes[word_size++] = ToAsciiLower(text[k]);
        }
        i = j;
        continue;
      }
      ++i;
      if (b == '_' && in_word()) {
        append('_');
      } else {
        vote_word();
      }
      continue;
    }
    char32_t c = DecodeUtf8(text, &i);
    if (!IsLetter(c)) {
      // Combining marks stay inside words (decomposed Vietnamese, Devanagari vowel signs).
      if (IsWordChar(c) && !IsDigit(c) && in_word()) append(c);
      else vote_word();
      continue;
    }
    ++letters;
    Script s = ScriptOf(c);
    ++scripts[s];
    if (s == kArabic) {
      if (c == 0x67E || c == 0x686 || c == 0x698 || c == 0x6AF || c == 0x6A9 || c == 0x6CC) ++persian;
      if (c == 0x679 || c == 0x688 || c == 0x691 || c == 0x6BA || c == 0x6D2) ++urdu;
    }
    if (s == kLatin || s == kCyrillic) {
      c = ToLower(c);
      VoteForLetter(c, votes);
      append(c);
    } else {
      vote_word();
    }
  }
  vote_word();
  if (letters < kMinLetters) return "";

  // The script most letters are in; Han and kana count together (Japanese mixes them).
  size_t cjk = scripts[kHan] + scripts[kKana];
  if (scripts[kHangul] * 2 > letters) return "ko";
  if (cjk * 2 > letters || (cjk > scripts[kLatin] && cjk > scripts[kCyrillic] && cjk * 3 > letters)) {
    return scripts[kKana] * 10 > cjk ? "ja" : "zh";
  }
  if (scripts[kArabic] * 2 > letters) return ArabicScriptLanguage(persian, urdu, scripts[kArabic]);
  static const std::pair<Script, const char*> kSingle[] = {
      {kGreek, "el"}, {kHebrew, "he"}, {kThai, "th"}, {kDevanagari, "hi"}, {kGeorgian, "ka"},
      {kArmenian, "hy"}};
  for (const auto& [script, code] : kSingle) {
    if (scripts[script] * 2 > letters) return code;
  }
  bool cyrillic = scripts[kCyrillic] > scripts[kLatin];
  if (!cyrillic && scripts[kLatin] * 2 <= letters) return "";
  int begin = cyrillic ? kFirstCyrillicProfile : 0;
  int end = cyrillic ? kProfileCount : kFirstCyrillicProfile;
  int best = -1;
  double best_votes = 0, second = 0;
  for (int l = begin; l < end; ++l) {
    if (votes[l] > best_votes) {
      second = best_votes;
      best_votes = votes[l];
      best = l;
    } else if (votes[l] > second) {
      second = votes[l];
    }
  }
  // Too little evidence (a headline, a list of names): say nothing rather than guess.
  if (best < 0 || hits[best] < 2 || best_votes < 1.0 || best_votes < second * 1.15) return "";
  return kProfileLanguages[best];
}

}  // namespace lede
