#pragma once
// Reading the CLI's input: a file or stdin, as bytes; decoding legacy charsets to UTF-8.

#include <cstddef>
#include <string>

#include "lede/options.h"
#include "lede/status.h"

namespace lede::cli {

// "-" reads stdin. Never writes anywhere. An input too large to be under max_input_bytes even
// once decoded (UTF-16) is refused (kInputTooLarge) without being read to its end.
lede::Status ReadInput(const std::string& path, size_t max_input_bytes, std::string* out);

// Honours a BOM or an HTML <meta charset> naming windows-1252 or ISO-8859-1 by decoding the
// bytes to UTF-8 in place; UTF-8 (and anything unknown) is left as it is, to be repaired.
void ApplyCharset(std::string* bytes, lede::Options* options);

// Re-indents a compact JSON text for people.
std::string Pretty(const std::string& json);

}  // namespace lede::cli
