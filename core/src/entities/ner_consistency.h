#pragma once
// One name, one type per document: headlines (ALL CAPS or Title Case) give the tagger little
// to go on, while the body usually names the same people and places in normal case. This pass
// adds headline mentions the tagger missed of names the body found ("PUTIN" after "Vladimir
// Putin"), typed as the body's majority reading, and re-types a headline span only when the body
// reads the same words one way at least 3 times (re-typing on any body evidence cost 0.4 F1 on
// CoNLL dev; adding missed mentions gained 0.1).

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/flat_map.h"
#include "entities/ner_labels.h"

namespace lede::ner {

// Fed sentence by sentence as the tagger goes, so no sentence's words need be kept: body
// sentences leave only their names' votes; headline sentences are harmonized at the end.
// Linear in the document's tokens.
class HeadlineHarmonizer {
 public:
  // A body sentence's words and the tagger's spans in it.
  void AddBody(const std::vector<std::string_view>& words, const std::vector<LabeledSpan>& spans);
  // Adds spans to a headline sentence (after every body sentence was added).
  void Apply(const std::vector<std::string_view>& words, std::vector<LabeledSpan>* spans) const;

 private:
  // Votes per type for a lower-cased token sequence; the winner needs a strict majority.
  using Votes = std::array<uint16_t, kNumTypes>;
  FlatMap<Votes> body_;
};

}  // namespace lede::ner
