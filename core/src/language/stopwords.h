#pragma once
// Function-word profiles for telling languages of one script apart. The lists are hand-written
// for this project (no external source): the most frequent function words of each language
// (articles, pronouns, prepositions, conjunctions, auxiliaries), chosen so that each list is
// distinctive. Words shared by several languages count for each of them.

#include <cstdint>
#include <string_view>

namespace lede {

// Languages with a function-word profile, in bit order.
inline constexpr const char* kProfileLanguages[] = {
    // Latin script.
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "sv", "da", "no", "fi", "ro", "cs",
    "id", "hu", "vi",
    // Cyrillic script.
    "ru", "uk", "bg", "sr"};
inline constexpr int kProfileCount = sizeof(kProfileLanguages) / sizeof(kProfileLanguages[0]);
inline constexpr int kFirstCyrillicProfile = 18;

// Bit i set: `word` (lower-case UTF-8) is a function word of kProfileLanguages[i].
uint32_t FunctionWordLanguages(std::string_view word);

// No function word is longer (a test checks): longer words need no lookup.
inline constexpr size_t kMaxFunctionWordBytes = 32;
// The longest function word's bytes.
size_t LongestFunctionWord();

}  // namespace lede
