#pragma once
// Word classes the sentence splitter (and the tokenizer) consult: what a word ending in a period
// is, and whether a capitalized word typically opens a sentence. The lists are hand-written
// (English newswire usage); see abbreviations.cpp.

#include <string_view>

namespace lede {

enum class AbbrevKind {
  kNone,
  // Stands before a name and never ends a sentence before a capital: "Mr.", "Gen.", "Mt.".
  kTitle,
  // Stands before a number: "No. 5", "p. 55", "Fig. 3", "Jan. 5". Before a capital it behaves
  // like kAmbiguous.
  kBeforeNumber,
  // May end a sentence: "Co.", "Inc.", "Jr.", "Calif.", "a.m.", "U.S.". Ends one before a word
  // that typically opens a sentence ("It", "The", "Mr.").
  kAmbiguous,
  // Never ends a sentence: "e.g.", "i.e.", "cf.", "viz."
  kInner,
  // A company suffix: "Inc.", "Corp.", "Ltd.", "Co.". Mid-sentence it is followed by a comma or
  // a lower-case word ("Inc., the maker", "Co. at noon"); before a capital it ends the
  // sentence ("... Aluminium Corp. Comalco said"), unless another suffix follows ("Co. Plc").
  kCompanySuffix,
};

// `word` is the text before the final period, e.g. "Mr", "U.S", "a.m", "Calif". Case matters
// for a few ("St" the saint vs "st" the street; "No" vs "no").
AbbrevKind ClassifyAbbreviation(std::string_view word);

// Closed-class words that often open a sentence: "The", "It", "He", "How", "But", ...
// `word` is compared case-insensitively; ASCII letters only.
bool IsSentenceStarter(std::string_view word);

// Prepositions that open a fronted adverbial ("At 5 a.m. Mr. Smith went ...").
bool IsPreposition(std::string_view word);

}  // namespace lede
