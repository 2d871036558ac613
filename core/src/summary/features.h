#pragma once
// Per-sentence evidence for the summary: what a learned scorer weighs (position, length,
// centrality, overlap with the lead, salient names, quotes) and what the engine adds by hand
// (title overlap, main actors, sanctions events), plus the term vectors redundancy is judged by.
//
//   SummaryFeatures f = ComputeSummaryFeatures(analysis, tokens);
//   // f.candidates[i] is a sentence index; f.learned[i] its features; f.prior[i] a score bonus.

#include <array>
#include <cstdint>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

// The learned features, in the order of the generated weights (summary/summary_weights.h).
enum SummaryFeature : int {
  kFeatFirst = 0,      // first candidate sentence
  kFeatSecond,         // second
  kFeatThird,          // third
  kFeatEarly,          // fourth to sixth
  kFeatInvPosition,    // 1 / (1 + index among candidates)
  kFeatRelPosition,    // index / count
  kFeatParagraphLead,  // first sentence of its paragraph
  kFeatLogWords,       // log(1 + words)
  kFeatShort,          // fewer than 8 words
  kFeatLong,           // more than 45 words
  kFeatMidLength,      // 12 to 35 words, the length of a highlight-like sentence
  kFeatCentrality,     // mean cosine to the other sentences (degree centrality, exact, linear)
  kFeatLeadOverlap,    // share of the sentence's content terms found in the first sentence
  kFeatNameMax,        // the most frequent name it carries, relative to the document's top name
  kFeatNameCount,      // distinct names it carries, min(n, 5) / 5
  kFeatQuoteStart,     // opens with a quotation mark
  kFeatQuoteAny,       // holds a double quotation mark
  kFeatDigits,         // holds a number
  kFeatQuestion,       // ends with '?'
  kFeatDanglingStart,  // opens with a pronoun or connective that needs the sentence before
  kFeatDensity,        // mean in-document idf of its content terms, relative to the maximum
  kFeatEchoesEarlier,  // highest cosine to one of the 5 sentences before it (repeats, captions)
  kSummaryFeatureCount,
};

extern const char* const kSummaryFeatureNames[kSummaryFeatureCount];

// A sparse unit-length term vector (term ids ascending).
struct TermVector {
  std::vector<uint32_t> terms;
  std::vector<float> weights;
};

float Cosine(const TermVector& a, const TermVector& b);

struct SummaryFeatures {
  std::vector<uint32_t> candidates;  // indices into Analysis::sentences, in document order
  std::vector<std::array<float, kSummaryFeatureCount>> learned;
  std::vector<float> prior;  // hand-set evidence the training corpus cannot teach (see .cpp)
  std::vector<TermVector> vectors;
};

// Linear in the text: every pass is over tokens or candidates, never over pairs of sentences.
// Takes the tokens to free them after the one pass that reads them.
SummaryFeatures ComputeSummaryFeatures(const Analysis& analysis, std::vector<Token> tokens);

}  // namespace lede
