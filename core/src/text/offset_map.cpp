#include "text/offset_map.h"

#include <algorithm>

namespace lede {

void OffsetMap::Add(size_t out, size_t len, size_t src, size_t src_len, bool identity) {
  source_size_ = std::max(source_size_, src + src_len);
  if (!segments_.empty()) {
    Segment& last = segments_.back();
    // Adjacent identity stretches merge, which keeps the map small for ordinary text.
    if (identity && last.identity && last.out + last.len == out && last.src + last.src_len == src) {
      last.len += len;
      last.src_len += src_len;
      return;
    }
  }
  segments_.push_back({out, len, src, src_len, identity});
}

size_t OffsetMap::ToSource(size_t out, bool is_end) const {
  if (segments_.empty()) return out;
  // The last segment starting at or before `out` (for an end, strictly before).
  auto it = std::upper_bound(segments_.begin(), segments_.end(), out,
                             [is_end](size_t value, const Segment& s) {
                               return is_end ? value <= s.out : value < s.out;
                             });
  if (it == segments_.begin()) return segments_.front().src;
  const Segment& s = *(it - 1);
  size_t inside = out - s.out;
  if (inside >= s.len) return s.src + s.src_len;
  if (s.identity) return s.src + inside;
  return is_end ? s.src + s.src_len : s.src;
}

}  // namespace lede
