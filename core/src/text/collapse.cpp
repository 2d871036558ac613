#include "text/collapse.h"

namespace lede {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

CollapsedText CollapseBlanks(std::string_view input) {
  CollapsedText out;
  out.text.reserve(input.size());
  size_t i = 0;
  while (i < input.size()) {
    size_t start = i;
    if (IsBlank(input[i])) {
      while (i < input.size() && IsBlank(input[i])) ++i;
      bool single_space = i - start == 1 && input[start] == ' ';
      out.map.Add(out.text.size(), 1, start, i - start, single_space);
      out.text.push_back(' ');
    } else {
      while (i < input.size() && !IsBlank(input[i])) ++i;
      out.map.Add(out.text.size(), i - start, start, i - start, true);
      out.text.append(input.substr(start, i - start));
    }
  }
  return out;
}

}  // namespace lede
