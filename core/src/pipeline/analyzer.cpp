// The pipeline: input -> blocks -> clean -> segment -> entities -> actors -> events (and their
// key facts) -> summary.
// Each stage is a pure function of its input and the read-only resources loaded once here.
#include <new>
#include <string>
#include <utility>

#include "actors/actors.h"
#include "clean/assemble.h"
#include "clean/classify.h"
#include "entities/entities.h"
#include "entities/gazetteer.h"
#include "events/sanctions.h"
#include "html/html_blocks.h"
#include "input/block.h"
#include "input/caller_blocks.h"
#include "input/detect.h"
#include "input/text_blocks.h"
#include "language/detect_language.h"
#include "lede/lede.h"
#include "pipeline/release_memory.h"
#include "segment/sentences.h"
#include "segment/tokens.h"
#include "summary/key_facts.h"
#include "summary/summarize.h"
#include "text/normalize.h"

namespace lede {

struct Analyzer::Resources {
  const EntityModel& entities = DefaultEntityModel();
  // Loaded here, not at the first call; the actor and event stages reach it through
  // Gazetteer::Default().
  const Gazetteer& gazetteer = Gazetteer::Default();
};

// Loading is separate from the warm-up so that a caller (the WASM binding's JS) can have the
// analyzer ready sooner and warm it up when it chooses: in a browser the two are separate
// tasks, and a call that comes first makes the warm-up unnecessary.
Analyzer::Analyzer() : resources_(new Resources()) {}

void Analyzer::WarmUp() const {
  Analyze("Warm-up: the European Union imposed sanctions on Russia, officials in Moscow said.");
}

Analyzer::~Analyzer() { delete resources_; }

namespace {

void WarnAboutRepairs(size_t invalid_bytes, size_t nul_bytes, std::vector<std::string>* warnings) {
  if (invalid_bytes > 0) {
    warnings->push_back("invalid UTF-8: " + std::to_string(invalid_bytes) +
                        " byte(s) replaced with U+FFFD");
  }
  if (nul_bytes > 0) {
    warnings->push_back("NUL: " + std::to_string(nul_bytes) + " byte(s) replaced with U+FFFD");
  }
}

// Memory can run out inside any stage (a huge input under a memory limit, a batch job beside
// others): the analysis is then given up as an error value, not an abort, and the thread's
// caches, which may be half-updated, are dropped, so the next input is analysed as usual. In
// builds without exceptions (WASM) a failed allocation aborts; the JS then resets the module.
template <typename Analyze>
Result<Analysis> GiveUpWhenOutOfMemory(size_t input_bytes, Analyze analyze) {
#if defined(__cpp_exceptions)
  try {
    return analyze();
  } catch (const std::bad_alloc&) {
    DropThreadCaches();
    try {
      return Status(StatusCode::kOutOfMemory,
                    "out of memory analysing " + std::to_string(input_bytes) + " bytes");
    } catch (const std::bad_alloc&) {
      return Status(StatusCode::kOutOfMemory, std::string());  // not even for the message
    }
  }
#else
  return analyze();
#endif
}

}  // namespace

Result<Analysis> Analyzer::Analyze(std::string_view input, const Options& options) const {
  return GiveUpWhenOutOfMemory(input.size(),
                               [&] { return AnalyzeInput(input, nullptr, options); });
}

Result<Analysis> Analyzer::AnalyzeOwned(std::string input, const Options& options) const {
  const size_t bytes = input.size();
  return GiveUpWhenOutOfMemory(bytes, [&] { return AnalyzeInput(input, &input, options); });
}

Result<Analysis> Analyzer::AnalyzeInput(std::string_view input, std::string* owned,
                                        const Options& options) const {
  if (input.size() > options.max_input_bytes) {
    return Status(StatusCode::kInputTooLarge,
                  "input is " + std::to_string(input.size()) + " bytes; the limit is " +
                      std::to_string(options.max_input_bytes));
  }
  Analysis result;
  PageMeta meta;
  std::vector<Block> blocks;
  bool html = false;
  {
    // The blocks copy what they keep of the normalized text, which then goes (it is as large
    // as the input).
    NormalizedText normalized = Normalize(input);
    if (owned != nullptr) std::string().swap(*owned);  // `input` is not read after this
    WarnAboutRepairs(normalized.invalid_bytes, normalized.nul_bytes, &result.warnings);

    InputKind kind = options.input;
    if (kind == InputKind::kAuto) {
      kind = LooksLikeHtml(normalized.text) ? InputKind::kHtml : InputKind::kText;
    }
    html = kind == InputKind::kHtml;
    blocks = html ? HtmlToBlocks(normalized.text, &meta) : SplitTextBlocks(normalized.text);
  }
  RunStages(&blocks, meta, html, options, &result);
  return result;
}

Result<Analysis> Analyzer::AnalyzeBlocks(const std::vector<InputBlock>& input,
                                         const Options& options) const {
  size_t total = 0;
  for (const InputBlock& b : input) total += b.text.size();
  return GiveUpWhenOutOfMemory(total, [&] { return AnalyzeCallerBlocks(input, total, options); });
}

Result<Analysis> Analyzer::AnalyzeCallerBlocks(const std::vector<InputBlock>& input, size_t total,
                                               const Options& options) const {
  if (total > options.max_input_bytes) {
    return Status(StatusCode::kInputTooLarge,
                  "blocks hold " + std::to_string(total) + " bytes; the limit is " +
                      std::to_string(options.max_input_bytes));
  }
  Analysis result;
  CallerBlocks blocks = FromCallerBlocks(input);
  WarnAboutRepairs(blocks.invalid_bytes, blocks.nul_bytes, &result.warnings);
  PageMeta meta;
  RunStages(&blocks.blocks, meta, /*markup=*/true, options, &result);
  MapParagraphsToCallerBlocks(blocks, input, &result);
  return result;
}

// Everything after the blocks: one code path for text, HTML and caller blocks.
void Analyzer::RunStages(std::vector<Block>* blocks, const PageMeta& meta, bool markup,
                         const Options& options, Analysis* result) const {
  // Clean.
  if (options.clean) {
    ClassifyBlocks(blocks, meta, markup);
  } else {
    for (Block& b : *blocks) b.kind = (b.flags & kIsHeading) ? BlockKind::kHeading : BlockKind::kBody;
  }
  AssembleText(*blocks, meta, result);
  // The later stages read only the assembled text: the blocks (a copy of the whole input) go
  // now. AnalyzeBlocks kept their offsets apart (CallerBlocks::ranges).
  std::vector<Block>().swap(*blocks);
  ReleaseFreedMemory(result->text.size());
  result->language = DetectLanguage(result->text);
  if (options.extract_only) return;

  // Segment.
  result->sentences = SplitSentences(result->text, result->paragraphs);
  std::vector<Token> tokens = Tokenize(result->text, result->sentences);

  // Entities, actors, events: the English-trained stages run on English (or unknown) text.
  if (result->language.empty() || result->language == "en") {
    result->entities = FindEntities(result->text, result->sentences, tokens, resources_->entities);
    ReleaseFreedMemory(result->text.size());
    ResolveActors(result->text, result->sentences, tokens, &result->entities, &result->actors);
    ReleaseFreedMemory(result->text.size());
    result->events = FindSanctionEvents(*result, tokens);
    result->key_facts = MakeKeyFacts(*result);
  } else {
    result->warnings.push_back("language '" + result->language +
                               "': entities, actors and events are English-only and were skipped");
  }

  // Summary.
  result->summary = Summarize(*result, std::move(tokens), options);
  ReleaseFreedMemory(result->text.size());  // the caller writes its output next
}

}  // namespace lede
