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

// A document between stages: what the next stage reads.
struct Analyzer::Staged {
  enum State : uint8_t { kRunning, kDone, kFailed };
  State state = kRunning;
  Status error;  // why, when kFailed
  Analysis result;
  std::vector<Block> blocks;  // until cleaning has assembled the text
  PageMeta meta;
  bool markup = false;  // HTML or caller blocks: cleaning reads their tags
  std::vector<Token> tokens;
};

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

// The entity, actor and event stages are trained on English: they run on English text and on
// text whose language is unknown.
bool RunsEnglishStages(const Analysis& result) {
  return result.language.empty() || result.language == "en";
}

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
// `analyze` returns a Result<Analysis> (one call) or a Status (one stage of AnalyzeEach).
template <typename Analyze>
auto GiveUpWhenOutOfMemory(size_t input_bytes, Analyze analyze) -> decltype(analyze()) {
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

// Input to blocks: the size check, normalizing, and the split into blocks (HTML or text).
Status Analyzer::ToBlocks(std::string_view input, std::string* owned, const Options& options,
                          Staged* doc) const {
  if (input.size() > options.max_input_bytes) {
    return Status(StatusCode::kInputTooLarge,
                  "input is " + std::to_string(input.size()) + " bytes; the limit is " +
                      std::to_string(options.max_input_bytes));
  }
  // The blocks copy what they keep of the normalized text, which then goes (it is as large
  // as the input).
  NormalizedText normalized = Normalize(input);
  if (owned != nullptr) std::string().swap(*owned);  // `input` is not read after this
  WarnAboutRepairs(normalized.invalid_bytes, normalized.nul_bytes, &doc->result.warnings);

  InputKind kind = options.input;
  if (kind == InputKind::kAuto) {
    kind = LooksLikeHtml(normalized.text) ? InputKind::kHtml : InputKind::kText;
  }
  doc->markup = kind == InputKind::kHtml;
  doc->blocks = doc->markup ? HtmlToBlocks(normalized.text, &doc->meta) : SplitTextBlocks(normalized.text);
  return Status::Ok();
}

Result<Analysis> Analyzer::AnalyzeInput(std::string_view input, std::string* owned,
                                        const Options& options) const {
  Staged doc;
  Status status = ToBlocks(input, owned, options, &doc);
  if (!status.ok()) return status;
  RunStages(&doc, options);
  return std::move(doc.result);
}

std::vector<Result<Analysis>> Analyzer::AnalyzeEach(std::vector<std::string> inputs,
                                                    const std::vector<Options>& options) const {
  const size_t n = inputs.size();
  if (options.size() != n) {
    return std::vector<Result<Analysis>>(
        n, Status(StatusCode::kInvalidArgument, "AnalyzeEach needs one Options per input"));
  }
  std::vector<size_t> bytes(n);  // for an out_of_memory message after the input has gone
  for (size_t i = 0; i < n; ++i) bytes[i] = inputs[i].size();
  std::vector<Staged> docs(n);
  // A failed document keeps only why; the later stages pass it by.
  auto fail = [](Staged* doc, Status why) {
    *doc = Staged();
    doc->state = Staged::kFailed;
    doc->error = std::move(why);
  };
  // Runs one stage on document i unless it has failed or finished; memory running out fails
  // that document alone, as GiveUpWhenOutOfMemory fails one Analyze call.
  auto step = [&](size_t i, auto stage) {
    if (docs[i].state != Staged::kRunning) return;
    Status status = GiveUpWhenOutOfMemory(bytes[i], [&] {
      stage(&docs[i]);
      return Status::Ok();
    });
    if (!status.ok()) fail(&docs[i], std::move(status));
  };
  for (size_t i = 0; i < n; ++i) {
    step(i, [&](Staged* doc) {
      Status status = ToBlocks(inputs[i], &inputs[i], options[i], doc);
      if (status.ok()) {
        CleanAndSegment(doc, options[i]);
      } else {
        fail(doc, std::move(status));
      }
    });
  }
  for (size_t i = 0; i < n; ++i) step(i, [&](Staged* doc) { FindEntitiesIn(doc); });
  for (size_t i = 0; i < n; ++i) step(i, [&](Staged* doc) { ResolveActorsAndEvents(doc); });
  for (size_t i = 0; i < n; ++i) step(i, [&](Staged* doc) { SummarizeIn(doc, options[i]); });
  std::vector<Result<Analysis>> out;
  out.reserve(n);
  for (Staged& doc : docs) {
    if (doc.state == Staged::kFailed) {
      out.emplace_back(std::move(doc.error));
    } else {
      out.emplace_back(std::move(doc.result));
    }
    doc = Staged();  // each analysis freed once it has been handed over
  }
  return out;
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
  Staged doc;
  CallerBlocks blocks = FromCallerBlocks(input);
  WarnAboutRepairs(blocks.invalid_bytes, blocks.nul_bytes, &doc.result.warnings);
  doc.blocks = std::move(blocks.blocks);
  doc.markup = true;
  RunStages(&doc, options);
  MapParagraphsToCallerBlocks(blocks, input, &doc.result);
  return std::move(doc.result);
}

// Everything after the blocks: one code path for text, HTML and caller blocks, and the same
// stages AnalyzeEach runs one at a time over many documents.
void Analyzer::RunStages(Staged* doc, const Options& options) const {
  CleanAndSegment(doc, options);
  if (doc->state != Staged::kRunning) return;  // reader mode ends after cleaning
  FindEntitiesIn(doc);
  ResolveActorsAndEvents(doc);
  SummarizeIn(doc, options);
}

void Analyzer::CleanAndSegment(Staged* doc, const Options& options) const {
  Analysis* result = &doc->result;
  std::vector<Block>* blocks = &doc->blocks;
  // Clean.
  if (options.clean) {
    ClassifyBlocks(blocks, doc->meta, doc->markup);
  } else {
    for (Block& b : *blocks) b.kind = (b.flags & kIsHeading) ? BlockKind::kHeading : BlockKind::kBody;
  }
  AssembleText(*blocks, doc->meta, result);
  // The later stages read only the assembled text: the blocks (a copy of the whole input) go
  // now. AnalyzeBlocks kept their offsets apart (CallerBlocks::ranges).
  std::vector<Block>().swap(*blocks);
  ReleaseFreedMemory(result->text.size());
  result->language = DetectLanguage(result->text);
  if (options.extract_only) {
    doc->state = Staged::kDone;
    return;
  }
  // Segment.
  result->sentences = SplitSentences(result->text, result->paragraphs);
  doc->tokens = Tokenize(result->text, result->sentences);
  if (!RunsEnglishStages(*result)) {
    result->warnings.push_back("language '" + result->language +
                               "': entities, actors and events are English-only and were skipped");
  }
}

void Analyzer::FindEntitiesIn(Staged* doc) const {
  if (!RunsEnglishStages(doc->result)) return;
  Analysis* result = &doc->result;
  result->entities = FindEntities(result->text, result->sentences, doc->tokens, resources_->entities);
  ReleaseFreedMemory(result->text.size());
}

void Analyzer::ResolveActorsAndEvents(Staged* doc) const {
  if (!RunsEnglishStages(doc->result)) return;
  Analysis* result = &doc->result;
  ResolveActors(result->text, result->sentences, doc->tokens, &result->entities, &result->actors);
  ReleaseFreedMemory(result->text.size());
  result->events = FindSanctionEvents(*result, doc->tokens);
  result->key_facts = MakeKeyFacts(*result);
}

void Analyzer::SummarizeIn(Staged* doc, const Options& options) const {
  Analysis* result = &doc->result;
  result->summary = Summarize(*result, std::move(doc->tokens), options);
  ReleaseFreedMemory(result->text.size());  // the caller writes its output next
}

}  // namespace lede
