#pragma once
// The article's language from a compact character n-gram / stopword profile compiled in.

#include <string>
#include <string_view>

namespace lede {

// ISO 639-1 code ("en", "pt", "ru", ...), or "" when the text is too short or unclear.
std::string DetectLanguage(std::string_view text);

}  // namespace lede
