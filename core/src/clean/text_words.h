#pragma once
// Small matching helpers the text lexicon shares: word sets, phrases indexed by their first
// word, prefix and substring tests, number shapes.

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/text_lines.h"

namespace lede {

using WordSet = std::unordered_set<std::string_view>;  // views of string literals
WordSet MakeSet(std::initializer_list<const char*> words);

// Phrases indexed by their first word, so a line is matched in one pass over its words. The
// words are views of the phrase literals, so a line's words are looked up without a copy.
struct Phrases {
  std::unordered_map<std::string_view, std::vector<std::vector<std::string_view>>> by_first;
  std::vector<std::string> sentence_starts;  // ". phrase": the phrase opening a sentence
};
Phrases MakePhrases(std::initializer_list<const char*> phrases);

// Position of the first phrase found at word index <= max_start, or -1.
int FindPhrase(const WordList& words, const Phrases& phrases, size_t max_start);
bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes);
bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> needles);
bool HasWord(const TextLine& l, const WordSet& set);
// Numbers and media sizes: "12", "16x9", "4k", "1080p".
bool IsNumberish(std::string_view w);
// A year (1900-2099) or a numeric date (23.03.2021, 3/23/21): a bare number such as an
// attendance figure is no date.
bool LooksLikeYearOrDate(std::string_view w);

}  // namespace lede
