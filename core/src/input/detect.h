#pragma once
// Decides whether input of unknown kind is HTML or plain text.

#include <string_view>

namespace lede {

// True when the text opens (after blanks) with markup that only HTML pages start with, or is
// mostly tags in its first kilobytes.
bool LooksLikeHtml(std::string_view text);

}  // namespace lede
