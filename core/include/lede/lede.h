// lede: article analysis. One call per article.
//
//   #include <lede/lede.h>
//   lede::Analyzer analyzer;
//   lede::Result<lede::Analysis> r = analyzer.Analyze(page_bytes, lede::Options{});
//   if (r.ok()) std::cout << lede::ToJson(r.value()) << "\n";
//
// Offsets in lede::Analysis are bytes into Analysis::text; ToJson writes UTF-16 code units,
// which is what JavaScript's String.prototype.slice takes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "lede/options.h"
#include "lede/status.h"

namespace lede {

struct Block;     // internal: core/src/input/block.h
struct PageMeta;  // internal

// A block of text the caller already has, such as a DOM element's text on a live page, with
// what the page says about it. The blocks API keeps each block's text apart, so every span
// maps back into the block it came from (Analysis::paragraph_sources).
struct InputBlock {
  std::string text;
  std::string tag;         // "p", "h2", "li", ... (lower case)
  std::string path;        // ancestor tags, outermost first, ending with `tag`: "html body div p"
  std::string attr_words;  // class and id words of the element and its ancestors
  float link_share = 0;    // share of the text inside links
  uint32_t flags = 0;      // BlockFlag bits
  int heading_level = 0;   // 1-6 for h1-h6
};

// Holds the read-only resources (models, gazetteers) loaded once; Analyze is const and
// may be called from several threads at once.
class Analyzer {
 public:
  // Loads the resources (the NER model, the gazetteer); the smaller tables of each stage are
  // built on first use, safely from several threads.
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Runs one short analysis, so that the tables built on first use exist and, in WASM, the
  // engine has compiled the code an analysis runs (V8 compiles each function at its first
  // call): the next call then costs what every later one does. Optional; natively it saves
  // the first call under a millisecond (about 1 M instructions of small tables).
  void WarmUp() const;

  // Analyses raw bytes (text or HTML, any validity); never throws, never aborts. Memory
  // running out is an error too (StatusCode::kOutOfMemory), after which the analyzer works on.
  Result<Analysis> Analyze(std::string_view input, const Options& options = {}) const;
  // The same for an input the caller hands over: it is freed once it has been normalized,
  // so a large input does not stay in memory through the whole analysis (a 10 MB article
  // costs 10 MB less at every stage's peak).
  Result<Analysis> AnalyzeOwned(std::string input, const Options& options = {}) const;

  // Analyses blocks a caller already split (the browser extension's DOM walk). Options::input
  // is ignored; cleaning decides per block as for HTML.
  Result<Analysis> AnalyzeBlocks(const std::vector<InputBlock>& blocks,
                                 const Options& options = {}) const;

  // Analyses inputs[i] with options[i] for every i, with the results AnalyzeOwned would give
  // (errors and memory running out are per input), running each stage over all the inputs
  // before the next: many short inputs then keep each stage's code and tables in the caches,
  // about a tenth less time for 1 KB articles. All the inputs' intermediate results are held
  // at once, so give it short inputs (the CLI's groups stop at 256 KB) and a long one on its
  // own. `options` has one entry per input (else every result is invalid_argument). Throws
  // std::bad_alloc only when memory cannot hold the batch's own lists, one entry per input.
  std::vector<Result<Analysis>> AnalyzeEach(std::vector<std::string> inputs,
                                            const std::vector<Options>& options) const;

 private:
  struct Resources;
  struct Staged;
  // `input` views `*owned` when the caller handed it over (freed after normalizing), or
  // `owned` is null.
  Result<Analysis> AnalyzeInput(std::string_view input, std::string* owned,
                                const Options& options) const;
  // `total`: the blocks' bytes, summed by AnalyzeBlocks.
  Result<Analysis> AnalyzeCallerBlocks(const std::vector<InputBlock>& blocks, size_t total,
                                       const Options& options) const;
  // The stages, each on one document (RunStages: all of them in order). Memory running out
  // throws std::bad_alloc, which Analyze* and AnalyzeEach turn into an error value.
  Status ToBlocks(std::string_view input, std::string* owned, const Options& options,
                  Staged* doc) const;
  void RunStages(Staged* doc, const Options& options) const;
  void CleanAndSegment(Staged* doc, const Options& options) const;
  void FindEntitiesIn(Staged* doc) const;
  void ResolveActorsAndEvents(Staged* doc) const;
  void SummarizeIn(Staged* doc, const Options& options) const;
  Resources* resources_;
};

// The JSON result of ../DESIGN.md, UTF-16 offsets. Always valid JSON.
std::string ToJson(const Analysis& analysis);
// {"code": "...", "message": "..."}
std::string ErrorToJson(const Status& status);

}  // namespace lede
