#pragma once
// CoNLL-2003 files (`word POS chunk NER` per line, IOB1 tags, -DOCSTART- between documents)
// and conlleval's entity-level exact-match scoring.

#include <array>
#include <string>
#include <vector>

#include "entities/ner_labels.h"

namespace lede::train {

struct ConllSentence {
  std::vector<std::string> words;
  std::vector<ner::LabeledSpan> spans;
};
using ConllDocument = std::vector<ConllSentence>;

// Reads a CoNLL-2003 file; IOB1 and IOB2 tags both decode correctly. Empty on error.
std::vector<ConllDocument> ReadConll(const std::string& path, std::string* error);

// Reads the GMB NER CSV (`Sentence #,Word,POS,Tag`, IOB2; sentences 1..max_sentences), mapping
// its tags to CoNLL's: geo -> LOC, per -> PER, org -> ORG, gpe/nat/eve/art -> MISC (GMB's gpe
// is mostly nationality adjectives), tim -> O. GMB puts titles inside person spans
// ("President Bush"), CoNLL does not: title words are cut from the front of PER spans. Each
// sentence becomes its own document (GMB has no document boundaries here).
std::vector<ConllDocument> ReadGmb(const std::string& path, int max_sentences,
                                   const std::vector<std::string>& title_words,
                                   std::string* error);

// Decodes one sentence's IOB1/IOB2 tags ("I-PER", "B-LOC", "O") into spans.
std::vector<ner::LabeledSpan> SpansFromIob(const std::vector<std::string>& tags);

// conlleval counting: a predicted span is correct iff a gold span has the same tokens and type.
class EntityScore {
 public:
  void Add(const std::vector<ner::LabeledSpan>& gold, const std::vector<ner::LabeledSpan>& pred);
  // F1 over the types whose bit is set in `types` (bit t for ner type t).
  double F1(unsigned types) const;
  // Per-type and overall P/R/F1 lines.
  std::string Report() const;

 private:
  std::array<long, ner::kNumTypes> tp_{}, fp_{}, fn_{};
};

constexpr unsigned kPerLocOrg = (1u << ner::kPer) | (1u << ner::kLoc) | (1u << ner::kOrg);
constexpr unsigned kAllTypes = kPerLocOrg | (1u << ner::kMisc);

}  // namespace lede::train
