#pragma once
// Character references (&amp; &#233; &#x20AC;) as the WHATWG tokenizer decodes them: the full
// named table with the legacy semicolon-less names, the attribute-value exception, and the
// numeric replacement rules (C1 controls as windows-1252, surrogates and out-of-range to U+FFFD).

#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

// Decodes the reference that starts at in[pos] == '&'. On success appends its UTF-8 to *out and
// returns how many source bytes it took; returns 0 when the '&' is plain text (no match, "&#"
// without digits, or a semicolon-less legacy name followed by '=' or an alphanumeric inside an
// attribute value), in which case the caller keeps the source bytes as they are.
size_t DecodeCharRef(std::string_view in, size_t pos, bool in_attribute, std::string* out);


// The named reference for an exact table key ("amp;" or legacy "amp"), or nullptr.
const char* LookupNamedRef(std::string_view name);

}  // namespace lede
