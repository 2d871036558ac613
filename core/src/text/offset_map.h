#pragma once
// Maps byte offsets of a transformed text back to the text it came from. Stored as segments,
// so an untouched stretch of any length costs one entry.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lede {

class OffsetMap {
 public:
  // Output bytes [out, out + len) came from source bytes [src, src + src_len).
  // identity: the bytes are equal, so offsets inside map one to one.
  void Add(size_t out, size_t len, size_t src, size_t src_len, bool identity);

  // The source offset of output offset `out`. Inside a changed segment, a start maps to the
  // segment's source start and an end (is_end) to its source end, so spans never shrink.
  size_t ToSource(size_t out, bool is_end = false) const;
  size_t source_size() const { return source_size_; }
  size_t size() const { return segments_.size(); }

 private:
  struct Segment {
    size_t out, len, src, src_len;
    bool identity;
  };
  std::vector<Segment> segments_;
  size_t source_size_ = 0;
};

}  // namespace lede
