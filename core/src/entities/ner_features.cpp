#include "entities/ner_features.h"

#include <string>

#include "text/normalize.h"

namespace lede::ner {
namespace {

// Feature templates; the numbers are part of the model (changing one needs retraining).
enum Template : uint64_t {
  kBias = 1, kWord, kLower, kShape, kShortShape, kPrefix, kSuffix, kLowerPrev, kLowerNext,
  kLowerPrev2, kLowerNext2, kShapePrevCur, kShapeCurNext, kShapeTri, kBigramPrev, kBigramNext,
  kFine, kMid, kCoarse, kFinePrev, kFineNext, kMidPrev, kMidNext, kCoarsePrev2, kCoarseNext2,
  kContextShape, kContextLower, kGazetteer, kGazetteerPrev, kGazetteerNext, kDocCase,
  kLength, kPrevLowerShape, kFineContext, kCaseTri,
};

// Sentence context: casing is informative only in normal sentences, away from the start.
enum Context : uint64_t { kNormal = 0, kInitial = 1, kAllCaps = 2, kTitleCase = 3 };

inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// A word's casing from whether it has ASCII capitals and lower-case letters: 3 all caps,
// 2 capitalized, 1 lower case, 0 no letters.
uint8_t Caps(std::string_view w, bool upper, bool lower) {
  if (upper && !lower) return 3;
  if (!w.empty() && IsUpper(static_cast<unsigned char>(w[0]))) return 2;
  return lower || upper ? 1 : 0;
}

// "Xxxx" long shape (runs capped at 4) and "Xx" short shape (runs collapsed); bytes of
// non-ASCII letters count as lower-case letters ('x'), so "Zürich" reads as "Xxxxx".
void Shapes(std::string_view w, uint64_t* shape, uint64_t* short_shape, uint8_t* caps) {
  // Fixed buffers: shapes of very long tokens are cut at kMax marks (no allocation).
  constexpr size_t kMax = 48;
  char longs[kMax], shorts[kMax];
  size_t nl = 0, ns = 0;
  char last = 0;
  int run = 0;
  bool upper = false, lower = false;
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    char s;
    if (IsUpper(c)) {
      s = 'X';
      upper = true;
    } else if (IsLower(c) || c >= 0x80) {
      s = 'x';
      if (c < 0x80) lower = true;
      if ((c & 0xC0) == 0x80) continue;  // one mark per code point
    } else if (IsDigit(c)) {
      s = 'd';
    } else {
      s = static_cast<char>(c);
    }
    run = s == last ? run + 1 : 1;
    if (run <= 4 && nl < kMax) longs[nl++] = s;
    if (run == 1 && ns < kMax) shorts[ns++] = s;
    last = s;
  }
  const std::string_view longs_view(longs, nl), shorts_view(shorts, ns);
  *shape = HashBytes(longs_view);
  *short_shape = HashBytes(shorts_view);
  *caps = Caps(w, upper, lower);
}

// The `caps` Shapes gives, without the shapes.
uint8_t CapsOf(std::string_view w) {
  bool upper = false, lower = false;
  for (unsigned char c : w) {
    upper |= IsUpper(c);
    lower |= IsLower(c);
  }
  return Caps(w, upper, lower);
}

inline uint32_t Id(uint64_t tmpl, uint64_t value) {
  return static_cast<uint32_t>(Mix(tmpl * 0x9E3779B97F4A7C15ULL, value));
}
inline uint32_t Id(uint64_t tmpl, uint64_t a, uint64_t b) { return Id(tmpl, Mix(a, b)); }

const uint64_t kStart = HashBytes("<s>");
const uint64_t kEnd = HashBytes("</s>");

Context SentenceContext(const std::vector<uint8_t>& caps) {
  int letters = 0, all = 0, capitalized = 0;
  for (uint8_t c : caps) {
    if (c == 0) continue;
    ++letters;
    if (c == 3) ++all;
    if (c >= 2) ++capitalized;
  }
  if (letters >= 2 && all * 10 >= letters * 8) return kAllCaps;
  if (letters >= 4 && capitalized * 10 >= letters * 8) return kTitleCase;
  return kNormal;
}

}  // namespace

bool DocumentCase::AddSentence(const std::vector<std::string_view>& words) {
  std::vector<uint8_t>& caps = caps_;
  caps.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) caps[i] = CapsOf(words[i]);
  if (SentenceContext(caps) != kNormal) return true;
  for (size_t i = 0; i < words.size(); ++i) {
    if (caps[i] == 1) seen_[HashLower(words[i])] |= 1;
    if (caps[i] == 2 && i > 0) seen_[HashLower(words[i])] |= 2;
  }
  return false;
}

uint8_t DocumentCase::Evidence(uint64_t lower_hash) const {
  const uint8_t* bits = seen_.Find(lower_hash);
  return bits == nullptr ? 0 : *bits;
}

// Types are told apart by the word's 64-bit hash, as the model's word feature already does
// (two words sharing a hash, about 1 in 10^12 for a document's few thousand types, would share
// their word-only features).
int32_t FeatureExtractor::TypeOf(std::string_view w) {
  const uint64_t word = HashBytes(w);
  if (const uint32_t* index = type_index_.Find(word)) return static_cast<int32_t>(*index);
  const bool kept = types_.size() < kMaxWordTypes;
  WordType& type = kept ? types_.emplace_back() : overflow_.emplace_back();
  TokenInfo& t = type.info;
  t.word = word;
  t.lower = HashLower(w);
  Shapes(w, &t.shape, &t.short_shape, &t.caps);
  t.clusters = lexicon_.Lookup(t.word);
  // Headline capitals hide the usual form: look up "Japan" for "JAPAN", then "japan".
  if (t.clusters.fine < 0 && t.caps == 3 && w.size() > 1) {
    std::string title(w);
    for (size_t k = 1; k < title.size(); ++k) {
      if (IsUpper(static_cast<unsigned char>(title[k]))) title[k] = static_cast<char>(title[k] + 32);
    }
    t.clusters = lexicon_.Lookup(HashBytes(title));
  }
  if (t.clusters.fine < 0 && t.caps >= 2) t.clusters = lexicon_.Lookup(t.lower);
  type.count = 0;
  type.ids[type.count++] = Id(kWord, t.word);
  type.ids[type.count++] = Id(kLower, t.lower);
  type.ids[type.count++] = Id(kShape, t.shape);
  type.ids[type.count++] = Id(kShortShape, t.short_shape);
  // Affixes of up to 4 code points, lower-cased. A prefix's hash continues the shorter one's
  // (HashLower of each prefix, without hashing its first bytes again).
  size_t p = 0;
  LowerHasher prefix;
  for (int k = 1; k <= 4 && p < w.size(); ++k) {
    const size_t next = NextCodePoint(w, p);
    prefix.Add(w.substr(p, next - p));
    p = next;
    type.ids[type.count++] = Id(kPrefix, prefix.Value());
  }
  size_t s = w.size();
  for (int k = 1; k <= 4 && s > 0; ++k) {
    s = PreviousCodePoint(w, s);
    type.ids[type.count++] = Id(kSuffix, HashLower(w.substr(s)));
  }
  if (!kept) return -static_cast<int32_t>(overflow_.size());
  const int32_t index = static_cast<int32_t>(types_.size() - 1);
  type_index_[word] = static_cast<uint32_t>(index);
  return index;
}

void FeatureExtractor::StartDocument() {
  // Dropped when a quarter of the room is left, so that a long document finds room for its
  // own words (past the cap they are made again for every sentence).
  if (types_.size() < kMaxWordTypes - kMaxWordTypes / 4) return;
  types_.clear();
  type_index_.Clear();
}

void FeatureExtractor::Extract(const std::vector<std::string_view>& words,
                               const DocumentCase& doc, SentenceFeatures* out) {
  const size_t n = words.size();
  out->offsets.assign(1, 0);
  info_.resize(n);
  lower_.resize(n);
  std::vector<uint8_t>& caps = caps_;
  caps.resize(n);
  token_types_.resize(n);
  overflow_.clear();
  for (size_t i = 0; i < n; ++i) token_types_[i] = TypeOf(words[i]);
  for (size_t i = 0; i < n; ++i) {
    const TokenInfo& t = Type(token_types_[i]).info;
    info_[i] = t;
    lower_[i] = t.lower;
    caps[i] = t.caps;
  }
  lexicon_.Match(lower_, &marks_);
  const Context sentence = SentenceContext(caps);
  auto lower_at = [&](long i) {
    return i < 0 ? kStart : (i >= static_cast<long>(n) ? kEnd : info_[i].lower);
  };
  auto shape_at = [&](long i) {
    return i < 0 ? kStart : (i >= static_cast<long>(n) ? kEnd : info_[i].short_shape);
  };
  auto cluster_at = [&](long i, int level) -> uint64_t {
    if (i < 0) return 0xFFFF0;
    if (i >= static_cast<long>(n)) return 0xFFFF1;
    const Clusters& c = info_[i].clusters;
    const int v = level == 0 ? c.fine : (level == 1 ? c.mid : c.coarse);
    return static_cast<uint64_t>(v + 1);
  };
  auto caps_at = [&](long i) -> uint64_t {
    return i < 0 ? 5 : (i >= static_cast<long>(n) ? 6 : info_[i].caps);
  };
  // Ids are written through a pointer into room for the most a token can have (a checked
  // push_back per feature was a good part of extracting them in WASM); trimmed at the end.
  // 37 always (5 word ids, 4 + 4 affixes, 24 context and cluster ids), up to 3 per phrase
  // category, 1 document-case id.
  constexpr size_t kMaxPerToken = 37 + 3 * kLexCount + 1;
  auto& ids = out->ids;
  ids.resize(n * kMaxPerToken);
  out->offsets.resize(n + 1);
  struct Writer {
    uint32_t* p;
    void push_back(uint32_t id) { *p++ = id; }
  } f{ids.data()};
  for (size_t ui = 0; ui < n; ++ui) {
    const long i = static_cast<long>(ui);
    const TokenInfo& t = info_[ui];
    const std::string_view w = words[ui];
    const Context ctx = sentence != kNormal ? sentence : (ui == 0 ? kInitial : kNormal);
    f.push_back(Id(kBias, 0));
    const WordType& type = Type(token_types_[ui]);
    for (int k = 0; k < type.count; ++k) f.push_back(type.ids[k]);
    f.push_back(Id(kLowerPrev, lower_at(i - 1)));
    f.push_back(Id(kLowerNext, lower_at(i + 1)));
    f.push_back(Id(kLowerPrev2, lower_at(i - 2)));
    f.push_back(Id(kLowerNext2, lower_at(i + 2)));
    f.push_back(Id(kShapePrevCur, shape_at(i - 1), t.short_shape));
    f.push_back(Id(kShapeCurNext, t.short_shape, shape_at(i + 1)));
    f.push_back(Id(kShapeTri, Mix(shape_at(i - 1), t.short_shape), shape_at(i + 1)));
    f.push_back(Id(kBigramPrev, lower_at(i - 1), t.lower));
    f.push_back(Id(kBigramNext, t.lower, lower_at(i + 1)));
    f.push_back(Id(kPrevLowerShape, lower_at(i - 1), t.short_shape));
    f.push_back(Id(kCaseTri, Mix(caps_at(i - 1), caps_at(i)), Mix(caps_at(i + 1), ctx)));
    f.push_back(Id(kFine, cluster_at(i, 0)));
    f.push_back(Id(kMid, cluster_at(i, 1)));
    f.push_back(Id(kCoarse, cluster_at(i, 2)));
    f.push_back(Id(kFinePrev, cluster_at(i - 1, 0)));
    f.push_back(Id(kFineNext, cluster_at(i + 1, 0)));
    f.push_back(Id(kMidPrev, cluster_at(i - 1, 1)));
    f.push_back(Id(kMidNext, cluster_at(i + 1, 1)));
    f.push_back(Id(kCoarsePrev2, cluster_at(i - 2, 2)));
    f.push_back(Id(kCoarseNext2, cluster_at(i + 2, 2)));
    f.push_back(Id(kFineContext, cluster_at(i, 0), Mix(ctx, t.caps)));
    f.push_back(Id(kContextShape, ctx, t.short_shape));
    f.push_back(Id(kContextLower, ctx, t.lower));
    f.push_back(Id(kLength, ctx, w.size() > 6 ? 6 : w.size()));
    for (int c = 0; c < kLexCount; ++c) {
      const uint64_t cased = t.caps >= 2 ? 1 : 0;
      if (marks_[ui][c]) f.push_back(Id(kGazetteer, Mix(c, marks_[ui][c]), cased));
      if (ui > 0 && marks_[ui - 1][c]) f.push_back(Id(kGazetteerPrev, c, marks_[ui - 1][c]));
      if (ui + 1 < n && marks_[ui + 1][c]) f.push_back(Id(kGazetteerNext, c, marks_[ui + 1][c]));
    }
    if (t.caps >= 2) f.push_back(Id(kDocCase, Mix(doc.Evidence(t.lower), ctx), t.caps));
    out->offsets[ui + 1] = static_cast<uint32_t>(f.p - ids.data());
  }
  ids.resize(out->offsets[n]);
}

}  // namespace lede::ner
