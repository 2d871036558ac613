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

#include "lede/analysis.h"
#include "lede/options.h"
#include "lede/status.h"

namespace lede {

// Holds the read-only resources (models, gazetteers) loaded once; Analyze is const and
// may be called from several threads at once.
class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Analyses raw bytes (text or HTML, any validity); never throws, never aborts.
  Result<Analysis> Analyze(std::string_view input, const Options& options = {}) const;

 private:
  struct Resources;
  Resources* resources_;
};

// The JSON result of ../DESIGN.md, UTF-16 offsets. Always valid JSON.
std::string ToJson(const Analysis& analysis);
// {"code": "...", "message": "..."}
std::string ErrorToJson(const Status& status);

}  // namespace lede
