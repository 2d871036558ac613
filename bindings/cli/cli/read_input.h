#pragma once
// Reading the CLI's input: a file or stdin, as bytes; decoding legacy charsets to UTF-8.

#include <string>

#include "lede/options.h"
#include "lede/status.h"

namespace lede::cli {

// "-" reads stdin. Never writes anywhere.
lede::Status ReadInput(const std::string& path, std::string* out);

// Honours a BOM or an HTML <meta charset> naming windows-1252 or ISO-8859-1 by decoding the
// bytes to UTF-8 in place; UTF-8 (and anything unknown) is left as it is, to be repaired.
void ApplyCharset(std::string* bytes, lede::Options* options);

// Re-indents a compact JSON text for people.
std::string Pretty(const std::string& json);

}  // namespace lede::cli
