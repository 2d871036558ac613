// The result of analysing one article: plain data, offsets in bytes into `text`.
// The JSON writer (lede/json.h) converts offsets to UTF-16 code units for JSON and JS.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lede {

// A half-open byte range [start, end) into Analysis::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
};

// What cleaning decided about a block of the input.
enum class BlockKind {
  kTitle,
  kBody,
  kHeading,
  kCredit,
  kDate,
  kCaption,
  kNavigation,
  kPromo,
  kFooter,
  kDuplicate,
  kOther,
};
const char* BlockKindName(BlockKind kind);

// A block of the input that cleaning removed, and why.
struct Removed {
  std::string text;
  BlockKind reason = BlockKind::kOther;
  uint32_t block = 0;  // index of the block in the input
};

// What the markup says about a block (bits of Block::flags and InputBlock::flags).
enum BlockFlag : uint32_t {
  kInArticle = 1u << 0,
  kInMain = 1u << 1,
  kInNav = 1u << 2,
  kInHeader = 1u << 3,
  kInFooter = 1u << 4,
  kInAside = 1u << 5,
  kInFigure = 1u << 6,  // inside <figure>
  kIsFigcaption = 1u << 7,
  kInList = 1u << 8,
  kInTable = 1u << 9,
  kHidden = 1u << 10,  // hidden, aria-hidden, display:none
  kInForm = 1u << 11,
  kIsHeading = 1u << 12,  // h1-h6 (or a heading role)
  kInBlockquote = 1u << 13,
  kIsPre = 1u << 14,
};

// A block kept in the clean text (a body paragraph or a heading).
struct Paragraph {
  Span span;
  BlockKind kind = BlockKind::kBody;
  uint32_t block = 0;  // index of the block in the input
};

// Blocks mode: a stretch of a paragraph and where it is in the caller's block. text_* are
// bytes into Analysis::text; block_* are UTF-16 code units into the caller's block text (what
// a DOM Text node's offsets count). Inside a piece whose lengths agree, offsets map one to one.
struct SourcePiece {
  uint32_t text_start = 0;
  uint32_t text_end = 0;
  uint32_t block_start = 0;
  uint32_t block_end = 0;
};

struct Entity {
  Span span;
  std::string text;
  std::string type;  // PERSON, ORG, GPE, LOC, NORP, LAW, ...
  int actor = -1;    // index into Analysis::actors, -1 when unresolved
};

struct Actor {
  std::string id;       // stable within one result: "a0", "a1", ...
  std::string name;     // canonical: the fullest form
  std::string type;     // PERSON, ORG, GPE, LOC, NORP
  std::string role;     // "Foreign Minister", may be empty
  std::string country;  // ISO 3166-1 alpha-3, "EU", or empty
  std::vector<std::string> aliases;
  uint32_t mentions = 0;
};

struct EventTarget {
  int actor = -1;       // index into Analysis::actors, -1 for a span that names no actor
  std::string country;  // the target's country where the text gives it
  Span span;
  std::string name;     // who the span stands for when it is not its own words: the actor's
                        // name, a pronoun's antecedent, "the West" for "Western"; may be empty
};

struct Event {
  std::string action;  // impose, threaten, call, lift, oppose
  std::string code;    // CAMEO code
  std::string plover;  // PLOVER event type
  Span trigger;
  Span sentence;
  std::vector<int> imposers;  // indices into Analysis::actors
  std::vector<EventTarget> targets;
  std::vector<EventTarget> imposer_spans;  // every imposer's words, named actor or not
  Span reason;        // empty when none
  Span date;          // empty when none
  int speaker = -1;   // for calls and opposition
  bool counter = false;
  int group = 0;      // events that repeat one another share a group
};

// One short line per sanctions event group ("European Union → two Chechen officials: impose,
// over rights abuses in Chechnya"): what the group's sentences say, merged.
struct KeyFact {
  int group = 0;
  std::string text;
  std::vector<int> events;  // indices into Analysis::events, in document order
};

struct Analysis {
  std::string title;
  std::vector<std::string> credits;
  std::string byline;
  std::string published;
  std::string language;  // ISO 639-1, "" when unknown
  std::string text;      // the clean article; paragraphs separated by a blank line
  std::vector<std::string> warnings;
  std::vector<Removed> removed;
  std::vector<Paragraph> paragraphs;
  std::vector<Span> sentences;
  std::vector<Entity> entities;
  std::vector<Actor> actors;
  std::vector<Event> events;
  std::vector<Span> summary;
  std::vector<KeyFact> key_facts;
  // Blocks mode only (Analyzer::AnalyzeBlocks): parallel to `paragraphs`.
  std::vector<std::vector<SourcePiece>> paragraph_sources;
};

}  // namespace lede
