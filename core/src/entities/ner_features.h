#pragma once
// Word-only features of the NER tagger, shared by the trainer (tools/train) and the run-time
// tagger so both hash exactly the same strings: word, lower case, shape, affixes, a +-2
// context window, word clusters, phrase-list matches, capitalization in context (sentence
// start, all-caps and title-case headlines) and document-level case evidence.

#include <cstdint>
#include <memory>
#include <new>
#include <string_view>
#include <utility>
#include <vector>

#include "entities/ner_lexicon.h"

namespace lede::ner {

// How the casing of a document's words behaves away from headlines and sentence starts:
// "Apple" mid-sentence versus "apple" elsewhere tells a name from a capitalized word.
class DocumentCase {
 public:
  // Call once per sentence of the document, before extracting features. Returns true for an
  // ALL-CAPS or Title Case sentence (a headline, where casing says little; it leaves no
  // evidence).
  bool AddSentence(const std::vector<std::string_view>& words);
  // Bit 0: seen lower-case; bit 1: seen capitalized inside a normal sentence.
  uint8_t Evidence(uint64_t lower_hash) const;

 private:
  FlatMap<uint8_t> seen_;
  std::vector<uint8_t> caps_;  // per sentence, reused
};

// An allocator whose resize() leaves new elements uninitialized: the extractor makes room
// for a sentence's most ids and writes the ones it has (zero-filling that room first was 2 %
// of the whole analysis).
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  UninitializedAllocator(const UninitializedAllocator<U>&) {}
  template <typename U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};

// Features of one sentence: token i owns ids[offsets[i] .. offsets[i+1]).
struct SentenceFeatures {
  std::vector<uint32_t, UninitializedAllocator<uint32_t>> ids;
  std::vector<uint32_t> offsets;
};

class FeatureExtractor {
 public:
  explicit FeatureExtractor(const NerLexicon& lexicon)
      : lexicon_(lexicon), generation_(lexicon.generation()) {}
  // Not thread-safe (scratch buffers); use one extractor per thread.
  void Extract(const std::vector<std::string_view>& words, const DocumentCase& doc,
               SentenceFeatures* out);

  // Word types depend on the word and the lexicon alone, so an extractor may be kept for
  // the documents that follow (entities.cpp keeps one per thread): the words of a short
  // document are then mostly known. Call before each document: the types made so far are
  // kept while there is room, and dropped once three quarters of kMaxWordTypes are kept (a
  // long batch thus keeps to the vocabulary of its recent documents).
  void StartDocument();
  // False when the lexicon changed since the extractor was made: make a new one.
  bool FitsLexicon(const NerLexicon& lexicon) const {
    return &lexicon == &lexicon_ && lexicon.generation() == generation_;
  }

 private:
  struct TokenInfo {
    uint64_t word = 0, lower = 0, shape = 0, short_shape = 0;
    Clusters clusters;
    uint8_t caps = 0;  // 0 no letters, 1 lower, 2 capitalized, 3 all caps
  };
  // What depends on the word alone: its TokenInfo and the ids of its word, lower-case, shape
  // and affix features, made once per word type (news text repeats a few thousand words over
  // and over), and kept across documents (StartDocument).
  static constexpr int kMaxWordIds = 12;
  struct WordType {
    TokenInfo info;
    uint32_t ids[kMaxWordIds];
    uint8_t count = 0;
  };
  // The first kMaxWordTypes types are kept (the frequent ones come early): a bound on the
  // memory a huge input, or a thread's batch of documents, can take here.
  static constexpr size_t kMaxWordTypes = 8192;
  // The index in types_ of the word's type, made if new; past the cap, the type is made in
  // overflow_ and -(its index + 1) returned.
  int32_t TypeOf(std::string_view word);
  const WordType& Type(int32_t index) const {
    return index >= 0 ? types_[index] : overflow_[-(index + 1)];
  }

  const NerLexicon& lexicon_;
  uint64_t generation_;           // the lexicon's when the extractor was made
  FlatMap<uint32_t> type_index_;  // word hash -> types_ index
  std::vector<WordType> types_;
  std::vector<WordType> overflow_;    // this sentence's types beyond the cap
  std::vector<int32_t> token_types_;  // per token of the sentence
  std::vector<TokenInfo> info_;
  std::vector<uint64_t> lower_;
  std::vector<uint8_t> caps_;
  std::vector<NerLexicon::Marks> marks_;
};

}  // namespace lede::ner
