#pragma once
// Byte offsets into UTF-8 text -> UTF-16 code unit offsets (what JS String.slice takes).
// Checkpoints every 64 bytes keep memory at 1/16 of the text and each lookup O(64).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace lede {

class Utf16Index {
 public:
  explicit Utf16Index(std::string_view utf8);
  // `byte` must lie on a code point boundary (every offset lede produces does).
  uint32_t ToUtf16(size_t byte) const;

 private:
  static constexpr size_t kStride = 64;
  std::string_view text_;
  std::vector<uint32_t> checkpoints_;  // UTF-16 offset at byte k * kStride (or the next boundary)
};

}  // namespace lede
