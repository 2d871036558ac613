#include "summary/summarize.h"

namespace lede {

// First version: the lead (the first body sentences), the baseline the summary issue beats.
std::vector<Span> Summarize(const Analysis& a, const std::vector<Token>&, const Options& options) {
  std::vector<Span> out;
  size_t p = 0;
  size_t chars = 0;
  for (const Span& s : a.sentences) {
    while (p < a.paragraphs.size() && a.paragraphs[p].span.end < s.end) ++p;
    if (p < a.paragraphs.size() && a.paragraphs[p].kind != BlockKind::kBody) continue;
    if (options.summary_chars > 0) {
      if (chars + (s.end - s.start) > options.summary_chars && !out.empty()) break;
      chars += s.end - s.start;
    } else if (out.size() >= options.summary_sentences) {
      break;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace lede
