#pragma once
// One sentence seen by the events stage: its words (lower-cased, with asides marked) and the
// parties they name (entity/actor mentions, places of the small gazetteer, pronouns).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {
namespace events {

struct Word {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string lower;        // ASCII lower-cased, possessive "'s" stripped
  bool cap = false;         // starts with an upper-case letter
  bool possessive = false;  // "China's", "countries'"
  bool aside = false;       // inside a dash or bracket aside
  int party = -1;           // index into SentenceView::parties
};

struct Party {
  uint32_t first = 0;  // word indices, inclusive
  uint32_t last = 0;
  int actor = -1;        // index into Analysis::actors
  std::string country;   // ISO 3166-1 alpha-3, "EU", "UN", or ""
  std::string name;      // canonical ("the West" for "Western")
  std::string type;      // PERSON, ORG, GPE, NORP, LOC, PRON
  bool pronoun = false;  // it, its, they, them, their
  bool plural = false;   // they, them, their
  bool demonym = false;  // an adjective ("Chinese"): names a country inside a target span
};

struct SentenceView {
  Span span;
  uint32_t index = 0;
  std::vector<Word> words;
  std::vector<Party> parties;
};

// Builds the view of sentence `index` from its tokens [token_begin, token_end) and the
// entities [entity_begin, entity_end) that may overlap it.
SentenceView BuildView(const Analysis& analysis, const std::vector<Token>& tokens,
                       size_t token_begin, size_t token_end, uint32_t index,
                       size_t entity_begin, size_t entity_end);

// The parties coordinated with party `p` ("the United States and the European Union"), in
// order of the text.
std::vector<int> Coordinated(const SentenceView& view, int p);

bool IsAcronym(std::string_view raw);  // "EU", "U.S.": capitals only
bool IsDigitWord(const std::string& lower);
bool IsPreposition(const std::string& lower);
bool IsConnector(const std::string& lower);  // ",", "and", "the", "both"
bool IsPunct(const std::string& lower);      // sentence punctuation

// True for words that are a word's punctuation only (",", "“", "-").
bool IsPunctWord(const Word& w);
bool IsQuoteWord(const Word& w);

}  // namespace events
}  // namespace lede
