#pragma once
// What the tagger knows about words beyond the training sentences: word clusters induced
// from unlabeled news (three nested granularities) and phrase lists (countries, cities,
// nationalities, organizations, first names, ...). Filled from the model blob at run time
// and by the trainer, so both see exactly the same lookups.

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "text/flat_map.h"
#include "text/fnv_hash.h"

namespace lede::ner {

// Phrase-list categories; the numbers are part of the model format.
enum LexCategory : uint8_t {
  kLexCountry = 0,
  kLexCity = 1,
  kLexRegion = 2,
  kLexNationality = 3,
  kLexOrganization = 4,
  kLexFirstName = 5,
  kLexPersonTitle = 6,
  kLexOrgWord = 7,
  kLexLanguage = 8,
  kLexCount = 9,
};

constexpr size_t kMaxPhraseTokens = 8;

inline uint64_t Mix(uint64_t a, uint64_t b) {
  uint64_t h = (a ^ (b + 0x9E3779B97F4A7C15ULL + (a << 6) + (a >> 2))) * 0xFF51AFD7ED558CCDULL;
  return h ^ (h >> 31);
}

struct Clusters {
  int fine = -1, mid = -1, coarse = -1;
};

class NerLexicon {
 public:
  NerLexicon() : generation_(NextGeneration()) {}
  NerLexicon(const NerLexicon&) = default;
  NerLexicon& operator=(const NerLexicon&) = default;
  // A moved-from lexicon is emptied: it gets a generation of its own.
  NerLexicon(NerLexicon&& other) noexcept { *this = std::move(other); }
  NerLexicon& operator=(NerLexicon&& other) noexcept {
    generation_ = other.generation_;
    words_ = std::move(other.words_);
    fine_to_mid_ = std::move(other.fine_to_mid_);
    mid_to_coarse_ = std::move(other.mid_to_coarse_);
    phrases_ = std::move(other.phrases_);
    phrase_count_ = other.phrase_count_;
    other.phrase_count_ = 0;
    other.generation_ = NextGeneration();
    return *this;
  }
  // Tells lexicons (and their contents) apart: a copy keeps it, any change renews it. What is
  // derived from a lexicon and kept (a thread's word types) is checked against it.
  uint64_t generation() const { return generation_; }

  // Room for this many words / phrases (a loader that knows the counts grows no table).
  void ReserveWords(size_t words);
  void ReservePhrases(size_t phrases);
  void AddWord(std::string_view word, int fine_cluster);
  void SetHierarchy(std::vector<uint16_t> fine_to_mid, std::vector<uint16_t> mid_to_coarse);
  // `phrase` holds tokens separated by single spaces; matching ignores ASCII case.
  void AddPhrase(LexCategory category, std::string_view phrase);

  Clusters Lookup(uint64_t word_hash) const;
  size_t words() const { return words_.size(); }
  size_t phrases() const { return phrase_count_; }
  const std::vector<uint16_t>& fine_to_mid() const { return fine_to_mid_; }
  const std::vector<uint16_t>& mid_to_coarse() const { return mid_to_coarse_; }

  // For each token (given its lower-case hash), the position (1 B, 2 I, 3 L, 4 U; 0 none) of
  // the longest phrase of each category covering it. Linear: at most kMaxPhraseTokens probes
  // per token, and only while a prefix matches.
  using Marks = std::array<uint8_t, kLexCount>;
  void Match(const std::vector<uint64_t>& lower_hashes, std::vector<Marks>* marks) const;

 private:
  static uint64_t NextGeneration();

  uint64_t generation_;
  FlatMap<uint16_t> words_;
  std::vector<uint16_t> fine_to_mid_, mid_to_coarse_;
  // Phrase-prefix hash -> bit per category that ends here; bit 15: a longer phrase continues.
  FlatMap<uint16_t> phrases_;
  size_t phrase_count_ = 0;
};

}  // namespace lede::ner
