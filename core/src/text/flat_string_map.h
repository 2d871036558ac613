#pragma once
// A FlatMap keyed by strings that outlive it (views of a page's words, of static lists): keyed
// by HashBytesFast of the string, which each entry keeps and compares, so only the same bytes
// match; two strings with one hash (they can be made on purpose) take consecutive keys.

#include <cstdint>
#include <string_view>
#include <utility>

#include "text/byte_vectors.h"
#include "text/flat_map.h"
#include "text/fnv_hash.h"

namespace lede {

template <typename V>
class FlatStringMap {
 public:
  // The value for `text` and whether it was added now (value-initialized).
  std::pair<V*, bool> Insert(std::string_view text) {
    for (uint64_t key = HashBytesFast(text);; ++key) {
      auto [entry, added] = entries_.Insert(key);
      if (added) entry->text = text;
      if (added || SameBytes(entry->text, text)) return {&entry->value, added};
    }
  }
  const V* Find(std::string_view text) const {
    for (uint64_t key = HashBytesFast(text);; ++key) {
      const Entry* entry = entries_.Find(key);
      if (entry == nullptr) return nullptr;
      if (SameBytes(entry->text, text)) return &entry->value;
    }
  }

 private:
  struct Entry {
    std::string_view text;
    V value{};
  };
  FlatMap<Entry> entries_;
};

}  // namespace lede
