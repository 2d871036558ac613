#include "segment/abbreviations.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <unordered_set>

namespace lede {
namespace {

// Source: hand-written for this project from English newswire style (AP abbreviations of
// titles, months and U.S. states; company suffixes). Lower-case, without the final period.

// Before a name: these never end a sentence when a capital follows.
const char* const kTitles[] = {
    "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "profs",
    "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "cpl", "pvt", "brig",
    "lieut", "cdr", "spc", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "supt", "insp",
    "det", "atty", "amb", "hon", "rev", "revd", "fr", "msgr", "sra", "srta", "st", "ste", "mt", "ft",
    "gens", "ald", "assemb", "treas"};

// Before a number.
const char* const kBeforeNumber[] = {
    "no", "nos", "nr", "nº", "n°", "p", "pp", "fig", "figs", "vol", "vols", "art", "arts",
    "ch", "chap", "sec", "secs", "para", "op", "ca", "c", "tel", "ph", "ex", "pg", "rt", "hwy",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};

// May end a sentence.
const char* const kAmbiguous[] = {
    // Names.
    "jr", "sr", "esq", "assn", "assoc",
    "dept", "univ", "inst", "intl", "natl", "govt", "mfg", "div", "grp", "hq",
    // Places.
    "ave", "blvd", "rd", "ct", "sq", "hts", "pl", "ln", "pkwy", "mts",
    // U.S. states (AP style).
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo", "wva",
    // Measures and others.
    "etc", "vs", "approx", "est", "yr", "yrs", "mo", "mos",
    "wk", "wks", "hr", "hrs", "sq", "oz", "lb", "lbs", "kg", "km", "mi", "al", "seq", "ibid",
    "ed", "eds", "trans", "dist", "cert", "gal", "tr", "bbl", "cu", "dia"};

const char* const kCompanySuffixes[] = {"co", "cos", "corp", "inc", "ltd", "llc", "plc", "bros",
                                        "n.v", "l.p", "s.a", "ag", "gmbh", "pty", "bhd"};

const char* const kInner[] = {"e.g", "i.e", "cf", "viz", "eg", "ie", "vs", "v"};

const char* const kStarters[] = {
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he",
    "she", "we", "they", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and",
    "or", "so", "yet", "however", "meanwhile", "still", "also", "then", "now", "thus", "in",
    "on", "at", "for", "from", "with", "by", "as", "if", "when", "while", "after", "before",
    "since", "although", "though", "because", "what", "who", "whom", "whose", "why", "how",
    "where", "which", "some", "many", "most", "all", "both", "each", "every", "no", "not",
    "one", "two", "three", "such", "other", "another", "today", "yesterday", "tomorrow",
    "last", "next", "earlier", "later", "instead", "indeed", "further", "furthermore",
    "moreover", "nevertheless", "nonetheless", "otherwise", "once", "do", "does", "did", "is",
    "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "let",
    "please", "yes", "according", "under", "during", "despite", "among", "about", "over",
    // Titles open sentences about people ("... at 6 P.M. Mr. Smith then ...").
    "mr", "mrs", "ms", "dr", "prof"};

const char* const kPrepositions[] = {
    "at", "by", "in", "on", "from", "until", "till", "since", "before", "after", "around",
    "about", "near", "for", "of", "to", "with", "under", "over", "during", "through", "into",
    "between", "within", "without", "toward", "towards", "across", "past", "by"};

using WordSet = std::unordered_set<std::string_view>;

WordSet MakeSet(const char* const* begin, size_t n) {
  WordSet set;
  for (size_t i = 0; i < n; ++i) set.insert(begin[i]);
  return set;
}

#define LEDE_SET(array) MakeSet(array, sizeof(array) / sizeof(array[0]))

// ASCII lower-casing into a small buffer; non-ASCII bytes pass through (the lists hold "nº").
bool Lower(std::string_view word, std::string* out) {
  if (word.empty() || word.size() > 12) return false;
  out->assign(word.begin(), word.end());
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return true;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLowerAscii(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

AbbrevKind ClassifyAbbreviation(std::string_view word) {
  static const WordSet titles = LEDE_SET(kTitles);
  static const WordSet before_number = LEDE_SET(kBeforeNumber);
  static const WordSet ambiguous = LEDE_SET(kAmbiguous);
  static const WordSet inner = LEDE_SET(kInner);
  static const WordSet suffixes = LEDE_SET(kCompanySuffixes);
  std::string lower;
  if (!Lower(word, &lower)) return AbbrevKind::kNone;
  if (inner.count(lower)) return AbbrevKind::kInner;
  if (suffixes.count(lower)) return AbbrevKind::kCompanySuffix;
  // A title is written with a capital ("St. Michael's"); "5th st." is a street, "pt." a point.
  if (titles.count(lower) && IsUpperAscii(word[0])) return AbbrevKind::kTitle;
  if (before_number.count(lower)) return AbbrevKind::kBeforeNumber;
  if (ambiguous.count(lower) || titles.count(lower)) return AbbrevKind::kAmbiguous;
  // Acronyms and abbreviations written with inner periods: "U.S", "a.m", "Ph.D", "N.Y".
  bool letters_and_dots = word.size() >= 3;
  bool has_dot = false;
  for (size_t i = 0; i < word.size() && letters_and_dots; ++i) {
    char c = word[i];
    if (c == '.') {
      has_dot = true;
      letters_and_dots = i > 0 && word[i - 1] != '.';
    } else {
      letters_and_dots = IsUpperAscii(c) || IsLowerAscii(c);
    }
  }
  if (letters_and_dots && has_dot) {
    // Each piece between periods is short: "U.S.A", "Ph.D", not "example.com".
    size_t piece = 0;
    for (char c : word) {
      piece = c == '.' ? 0 : piece + 1;
      if (piece > 2) return AbbrevKind::kNone;
    }
    return AbbrevKind::kAmbiguous;
  }
  return AbbrevKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  static const WordSet starters = LEDE_SET(kStarters);
  std::string lower;
  return Lower(word, &lower) && starters.count(lower) > 0;
}

bool IsPreposition(std::string_view word) {
  static const WordSet prepositions = LEDE_SET(kPrepositions);
  std::string lower;
  return Lower(word, &lower) && prepositions.count(lower) > 0;
}

}  // namespace lede
