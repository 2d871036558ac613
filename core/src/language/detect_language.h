#pragma once
// The article's language: the script of its letters, then, for Latin and Cyrillic text,
// hand-written function-word profiles compiled in (language/stopwords.cpp). One linear pass
// over at most the first 256 KB.
//
//   DetectLanguage("Die Regierung hat am Montag neue Sanktionen beschlossen.");  // "de"
//   DetectLanguage("Hello");                                                     // ""

#include <string>
#include <string_view>

namespace lede {

// ISO 639-1 code ("en", "pt", "ru", ...), or "" when the text is too short (< 20 letters) or
// unclear (too few function words, or two languages too close to call).
std::string DetectLanguage(std::string_view text);

}  // namespace lede
