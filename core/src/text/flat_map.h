#pragma once
// A small open-addressing hash map from 64-bit hashes to values, built once and then mostly
// read: one contiguous array, so a lookup costs about one cache miss (the NER tagger does ~60
// lookups per token, and std::unordered_map's node chasing was most of its time; the summary
// keeps its terms in one too).

#include <cstdint>
#include <utility>
#include <vector>

namespace lede {

template <typename V>
class FlatMap {
 public:
  // Inserts or returns the existing value for `key`.
  V& operator[](uint64_t key) { return *Insert(key).first; }
  // The value for `key` and whether it was added now (value-initialized).
  std::pair<V*, bool> Insert(uint64_t key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot* s = Probe(key);
    const bool added = !s->used;
    if (added) {
      s->used = true;
      s->key = key;
      s->value = V{};
      ++size_;
    }
    return {&s->value, added};
  }
  const V* Find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Start(key, mask);; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Forgets every key and keeps the room.
  void Clear() {
    for (Slot& s : slots_) s.used = false;
    size_ = 0;
  }
  // Room for `n` keys without growing (loading a model: one allocation, no rehashing).
  void Reserve(size_t n) {
    size_t cap = slots_.empty() ? 64 : slots_.size();
    while (cap < (n + 1) * 2) cap <<= 1;
    if (cap > slots_.size()) Rehash(cap);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    V value{};
    bool used = false;
  };
  static size_t Start(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 32) & mask;
  }
  Slot* Probe(uint64_t key) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Start(key, mask);; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!s.used || s.key == key) return &s;
    }
  }
  void Grow() { Rehash(slots_.empty() ? 64 : slots_.size() * 2); }
  void Rehash(size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.used) (*this)[s.key] = s.value;
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace lede
