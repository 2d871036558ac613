#pragma once
// Reads the string fields of one flat JSON object per line (the unlabeled corpus): enough
// JSON for {"id": 1, "title": "...", "text": "..."} records, with \uXXXX escapes decoded.

#include <string>
#include <string_view>

namespace lede::train {

// The decoded value of string field `key` in `line`, or "" when absent.
std::string JsonStringField(std::string_view line, std::string_view key);

}  // namespace lede::train
