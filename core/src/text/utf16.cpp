#include "text/utf16.h"

namespace lede {
namespace {

// UTF-16 units contributed by the code point whose lead byte is `b`; continuation bytes add 0.
inline uint32_t UnitsForByte(unsigned char b) {
  if ((b & 0xC0) == 0x80) return 0;
  return b >= 0xF0 ? 2 : 1;
}

}  // namespace

Utf16Index::Utf16Index(std::string_view utf8) : text_(utf8) {
  checkpoints_.reserve(utf8.size() / kStride + 1);
  uint32_t units = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    if (i % kStride == 0) checkpoints_.push_back(units);
    units += UnitsForByte(static_cast<unsigned char>(utf8[i]));
  }
  if (utf8.size() % kStride == 0) checkpoints_.push_back(units);
}

uint32_t Utf16Index::ToUtf16(size_t byte) const {
  if (byte > text_.size()) byte = text_.size();
  size_t k = byte / kStride;
  uint32_t units = checkpoints_[k];
  for (size_t i = k * kStride; i < byte; ++i) {
    units += UnitsForByte(static_cast<unsigned char>(text_[i]));
  }
  return units;
}

}  // namespace lede
