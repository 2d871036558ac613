#include "entities/ner_model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>

#if defined(__GNUC__) || defined(__clang__)
#define LEDE_PREFETCH(p) __builtin_prefetch(p)
#else
#define LEDE_PREFETCH(p) ((void)(p))
#endif

namespace lede::ner {
namespace {

class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : p_(data), end_(data + size) {}
  bool ok() const { return ok_; }
  bool Bytes(void* out, size_t n) {
    if (!ok_ || static_cast<size_t>(end_ - p_) < n) return ok_ = false;
    std::memcpy(out, p_, n);
    p_ += n;
    return true;
  }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ >= end_) break;
      const uint8_t b = *p_++;
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  std::string_view CString() {
    const uint8_t* z = static_cast<const uint8_t*>(std::memchr(p_, 0, end_ - p_));
    if (!ok_ || z == nullptr) {
      ok_ = false;
      return {};
    }
    std::string_view s(reinterpret_cast<const char*>(p_), z - p_);
    p_ = z + 1;
    return s;
  }
  template <typename T>
  T Get() {
    T v{};
    Bytes(&v, sizeof v);  // the format is little-endian, as are all our targets
    return v;
  }

 private:
  const uint8_t* p_;
  const uint8_t* end_;
  bool ok_ = true;
};

constexpr float kForbidden = -1e30f;

struct AllowedTable {
  bool start[kNumLabels];
  bool end[kNumLabels];
  // Labels that may precede each label (the BILOU rules leave 1 to 9 of 17).
  uint8_t prev[kNumLabels][kNumLabels];
  int prev_count[kNumLabels];
  AllowedTable() {
    for (int b = 0; b < kNumLabels; ++b) {
      start[b] = TransitionAllowed(-1, b);
      end[b] = CanEnd(b);
      prev_count[b] = 0;
      for (int a = 0; a < kNumLabels; ++a) {
        if (TransitionAllowed(a, b)) prev[b][prev_count[b]++] = static_cast<uint8_t>(a);
      }
    }
  }
};

const AllowedTable& Allowed() {
  static const AllowedTable table;
  return table;
}

// BILOU's shape, which the rules give: a span starts (O, B-x, U-x) only after O, L-x or U-x
// ("open" labels), and I-x, L-x follow only B-x or I-x. Decoding with these fixed lists reads
// the nine open scores once per token instead of once per start label.
constexpr int kOpenCount = 1 + 2 * kNumTypes;
struct BilouShape {
  int open[kOpenCount];   // O, L-x, U-x in label order (the order ties are broken in)
  int start[kOpenCount];  // O, B-x, U-x
  bool holds = true;      // the rules have this shape (else the general decoder runs)
  BilouShape() {
    open[0] = start[0] = kOutside;
    for (int t = 0; t < kNumTypes; ++t) {
      open[1 + 2 * t] = MakeLabel(t, kL);
      open[2 + 2 * t] = MakeLabel(t, kU);
      start[1 + 2 * t] = MakeLabel(t, kB);
      start[2 + 2 * t] = MakeLabel(t, kU);
    }
    const AllowedTable& allowed = Allowed();
    for (int b : start) {
      holds = holds && allowed.prev_count[b] == kOpenCount;
      for (int k = 0; holds && k < kOpenCount; ++k) holds = allowed.prev[b][k] == open[k];
    }
    for (int t = 0; t < kNumTypes; ++t) {
      for (int pos : {kI, kL}) {
        const int b = MakeLabel(t, pos);
        holds = holds && allowed.prev_count[b] == 2 && allowed.prev[b][0] == MakeLabel(t, kB) &&
                allowed.prev[b][1] == MakeLabel(t, kI);
      }
    }
  }
};

const BilouShape& Bilou() {
  static const BilouShape shape;
  return shape;
}

}  // namespace

void Viterbi(const std::vector<float>& emissions, size_t n, const float* start,
             const float* transitions, std::vector<int>* labels) {
  TagScratch scratch;
  Viterbi(emissions, n, start, transitions, labels, &scratch);
}

void Viterbi(const std::vector<float>& emissions, size_t n, const float* start,
             const float* transitions, std::vector<int>* labels, TagScratch* scratch) {
  constexpr int L = kNumLabels;
  labels->assign(n, kOutside);
  if (n == 0) return;
  const AllowedTable& allowed = Allowed();
  // Every cell is written before it is read (row 0 of `back` is read once, into a value that
  // is not used): no clearing needed.
  std::vector<float>& score = scratch->score;
  std::vector<uint8_t>& back = scratch->back;
  score.resize(n * L);
  back.resize(n * L);
  for (int b = 0; b < L; ++b) {
    score[b] = allowed.start[b] ? start[b] + emissions[b] : kForbidden;
  }
  // The allowed transitions' scores, gathered once per call: the inner loop then reads two
  // contiguous arrays (it runs ~70 times a token and was the tagger's main compute cost).
  float trans[L][L];
  for (int b = 0; b < L; ++b) {
    for (int k = 0; k < allowed.prev_count[b]; ++k) {
      trans[b][k] = transitions[allowed.prev[b][k] * L + b];
    }
  }
  const BilouShape& bilou = Bilou();
  // For the start labels, the transitions from each open label side by side (padded to a
  // multiple of four): the loop over the start labels below is then one the compiler turns
  // into vector adds, compares and selects. Each start label still sees the open labels in the
  // same order, so sums, comparisons and ties are as in the general loop.
  constexpr int kStartLanes = (kOpenCount + 3) / 4 * 4;
  float from_open[kOpenCount][kStartLanes] = {};
  for (int k = 0; k < kOpenCount; ++k) {
    for (int j = 0; j < kOpenCount; ++j) from_open[k][j] = trans[bilou.start[j]][k];
  }
  for (size_t i = 1; i < n && bilou.holds; ++i) {
    const float* prev = &score[(i - 1) * L];
    float best[kStartLanes];
    int32_t arg[kStartLanes];
    for (int j = 0; j < kStartLanes; ++j) {
      best[j] = kForbidden;
      arg[j] = 0;
    }
    for (int k = 0; k < kOpenCount; ++k) {
      const float open = prev[bilou.open[k]];
      const int32_t label = bilou.open[k];
      for (int j = 0; j < kStartLanes; ++j) {
        const float s = open + from_open[k][j];
        const bool better = s > best[j];
        best[j] = better ? s : best[j];
        arg[j] = better ? label : arg[j];
      }
    }
    for (int j = 0; j < kOpenCount; ++j) {
      const int b = bilou.start[j];
      score[i * L + b] = best[j] + emissions[i * L + b];
      back[i * L + b] = static_cast<uint8_t>(arg[j]);
    }
    for (int type = 0; type < kNumTypes; ++type) {
      const int from_b = MakeLabel(type, kB);
      const int from_i = MakeLabel(type, kI);
      for (int b : {MakeLabel(type, kI), MakeLabel(type, kL)}) {
        float best = kForbidden;
        int arg = 0;
        const float s0 = prev[from_b] + trans[b][0];
        if (s0 > best) {
          best = s0;
          arg = from_b;
        }
        const float s1 = prev[from_i] + trans[b][1];
        if (s1 > best) {
          best = s1;
          arg = from_i;
        }
        score[i * L + b] = best + emissions[i * L + b];
        back[i * L + b] = static_cast<uint8_t>(arg);
      }
    }
  }
  for (size_t i = 1; i < n && !bilou.holds; ++i) {
    const float* prev = &score[(i - 1) * L];
    for (int b = 0; b < L; ++b) {
      float best = kForbidden;
      int arg = 0;
      const uint8_t* from = allowed.prev[b];
      const float* t = trans[b];
      for (int k = 0; k < allowed.prev_count[b]; ++k) {
        const float s = prev[from[k]] + t[k];
        // Strictly greater, in the same order as before: ties keep the first label.
        const bool better = s > best;
        best = better ? s : best;
        arg = better ? from[k] : arg;
      }
      score[i * L + b] = best + emissions[i * L + b];
      back[i * L + b] = static_cast<uint8_t>(arg);
    }
  }
  float best = std::numeric_limits<float>::lowest();
  int arg = 0;
  for (int b = 0; b < L; ++b) {
    const float s = allowed.end[b] ? score[(n - 1) * L + b] : kForbidden;
    if (s > best) {
      best = s;
      arg = b;
    }
  }
  for (size_t i = n; i-- > 0;) {
    (*labels)[i] = arg;
    arg = back[i * L + arg];
  }
}

float DecodeWeight(int code, float top, float mu) {
  const float magnitude = top * (std::pow(1.f + mu, std::abs(code) / 127.f) - 1.f) / mu;
  return code < 0 ? -magnitude : magnitude;
}

bool NerModel::Load(const uint8_t* data, size_t size, std::string* error) {
  *this = NerModel();
  Reader r(data, size);
  char magic[4];
  r.Bytes(magic, 4);
  const uint32_t version = r.Get<uint32_t>();
  const uint32_t labels = r.Get<uint32_t>();
  if (!r.ok() || std::memcmp(magic, "LNER", 4) != 0 || version != kModelVersion ||
      labels != kNumLabels) {
    *error = "ner model: bad header";
    return false;
  }
  const float top = r.Get<float>();
  const float mu = r.Get<float>();
  if (!r.ok() || !(top > 0) || !(mu > 0)) {
    *error = "ner model: bad quantization";
    return false;
  }
  unit_ = top / kUnits;
  int16_t codebook[256];
  for (int c = -128; c < 128; ++c) {
    codebook[c + 128] = static_cast<int16_t>(std::lround(DecodeWeight(c, top, mu) / unit_));
  }
  for (float& v : start_) v = r.Get<float>();
  for (float& v : transitions_) v = r.Get<float>();
  const uint64_t n = r.Varint();
  if (!r.ok() || n > size) {
    *error = "ner model: bad feature count";
    return false;
  }
  size_t cap = 16;
  while (cap < n * 2) cap <<= 1;
  home_shift_ = 32 - __builtin_ctzll(cap);  // a home slot is an id's top log2(cap) bits
  // The blob lists features by increasing id, so each goes in the first free slot at or after
  // its home, which is always after the previous feature's: the table is written front to
  // back in one pass. (Hashed inserts, a random write and a probe each, were a quarter of the
  // construction while a page waited for it, on WebAssembly's baseline code.) A few slots
  // past `cap` take the last homes' overflow, and one empty slot ends the table.
  slots_.assign(cap + 1, Slot{});
  weights_.assign(n * kNumLabels, 0);
  uint64_t id = 0;
  size_t next_slot = 0;
  for (uint64_t row = 0; row < n && r.ok(); ++row) {
    const uint64_t delta = r.Varint();
    id += delta;
    if ((row > 0 && delta == 0) || id > 0xFFFFFFFFu) {
      *this = NerModel();
      *error = "ner model: feature ids are not increasing 32-bit values";
      return false;
    }
    // Only the set bits (two or three of the 17 on most rows): this loop runs for every
    // feature of the model while a page waits for the analyzer.
    uint64_t labels_set = r.Varint() & ((1ULL << kNumLabels) - 1);
    for (; labels_set != 0; labels_set &= labels_set - 1) {
      const int l = __builtin_ctzll(labels_set);
      weights_[row * kNumLabels + l] = codebook[r.Get<int8_t>() + 128];
    }
    const uint32_t key = static_cast<uint32_t>(id);
    const size_t slot = std::max(HomeOf(key), next_slot);
    if (slot + 1 >= slots_.size()) slots_.resize(slot + 2);
    slots_[slot] = {key, static_cast<int32_t>(row)};
    next_slot = slot + 1;
  }
  const uint64_t fine = r.Varint();
  std::vector<uint16_t> fine_to_mid(r.ok() && fine <= size ? fine : 0);
  for (uint16_t& v : fine_to_mid) v = r.Get<uint16_t>();
  const uint64_t mid = r.Varint();
  std::vector<uint16_t> mid_to_coarse(r.ok() && mid <= size ? mid : 0);
  for (uint16_t& v : mid_to_coarse) v = r.Get<uint16_t>();
  lexicon_.SetHierarchy(std::move(fine_to_mid), std::move(mid_to_coarse));
  const uint64_t words = r.Varint();
  if (r.ok() && words <= size) lexicon_.ReserveWords(words);
  for (uint64_t i = 0; i < words && r.ok() && words <= size; ++i) {
    const uint64_t c = r.Varint();
    lexicon_.AddWord(r.CString(), static_cast<int>(c));
  }
  const uint64_t phrases = r.Varint();
  if (r.ok() && phrases <= size) lexicon_.ReservePhrases(phrases);
  for (uint64_t i = 0; i < phrases && r.ok() && phrases <= size; ++i) {
    const uint8_t c = r.Get<uint8_t>();
    lexicon_.AddPhrase(static_cast<LexCategory>(c), r.CString());
  }
  if (!r.ok()) {
    *this = NerModel();
    *error = "ner model: truncated";
    return false;
  }
  rows_ = n;
  return true;
}

void NerModel::Tag(const SentenceFeatures& features, std::vector<int>* labels) const {
  TagScratch scratch;
  Tag(features, labels, &scratch);
}

void NerModel::Tag(const SentenceFeatures& features, std::vector<int>* labels,
                   TagScratch* scratch) const {
  const size_t n = features.offsets.empty() ? 0 : features.offsets.size() - 1;
  if (rows_ == 0) {
    labels->assign(n, kOutside);
    return;
  }
  // Resolve every feature to its weight row first, prefetching the hash slots and then the
  // rows: the table is larger than the caches, so hiding those misses is most of the speed.
  const auto& ids = features.ids;
  std::vector<int32_t>& rows = scratch->rows;
  rows.resize(ids.size());  // every entry is written below
  constexpr size_t kAhead = 16;
  for (size_t k = 0; k < ids.size(); ++k) {
    if (k + kAhead < ids.size()) LEDE_PREFETCH(&slots_[HomeOf(ids[k + kAhead])]);
    rows[k] = RowOf(ids[k]);
  }
  std::vector<float>& emissions = scratch->emissions;
  emissions.resize(n * kNumLabels);  // every entry is written below
  // The first rows' prefetches; each feature then asks for the row kAhead features on.
  for (size_t k = 0; k < kAhead && k < rows.size(); ++k) {
    if (rows[k] >= 0) LEDE_PREFETCH(&weights_[size_t(rows[k]) * kNumLabels]);
  }
  for (size_t i = 0; i < n; ++i) {
    int32_t sum[kNumLabels] = {};
    for (uint32_t k = features.offsets[i]; k < features.offsets[i + 1]; ++k) {
      if (k + kAhead < rows.size() && rows[k + kAhead] >= 0) {
        LEDE_PREFETCH(&weights_[size_t(rows[k + kAhead]) * kNumLabels]);
      }
      if (rows[k] < 0) continue;
      const int16_t* w = &weights_[static_cast<size_t>(rows[k]) * kNumLabels];
      for (int l = 0; l < kNumLabels; ++l) sum[l] += w[l];
    }
    for (int l = 0; l < kNumLabels; ++l) emissions[i * kNumLabels + l] = sum[l] * unit_;
  }
  Viterbi(emissions, n, start_, transitions_, labels, scratch);
}

}  // namespace lede::ner
