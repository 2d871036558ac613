#include "input/text_blocks.h"

namespace lede {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

std::vector<Block> SplitTextBlocks(std::string_view text) {
  std::vector<Block> blocks;
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t line_end = text.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    size_t s = line_start;
    size_t e = line_end;
    while (s < e && IsBlank(text[s])) ++s;
    while (e > s && IsBlank(text[e - 1])) --e;
    if (e > s) {
      Block b;
      b.start = s;
      b.end = e;
      b.text.assign(text.substr(s, e - s));
      blocks.push_back(std::move(b));
    }
    line_start = line_end + 1;
  }
  return blocks;
}

}  // namespace lede
