#include "segment/tokens.h"

#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {

std::vector<Token> Tokenize(std::string_view text, const std::vector<Span>& sentences) {
  std::vector<Token> tokens;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    size_t i = sentences[si].start;
    const size_t end = sentences[si].end;
    while (i < end) {
      size_t start = i;
      char32_t c = DecodeUtf8(text, &i);
      if (IsSpace(c)) continue;
      if (IsWordChar(c)) {
        // A word runs over letters, digits and inner joiners ("U.S.", "don't", "3.5", "e-mail").
        size_t j = i;
        while (j < end) {
          size_t k = j;
          char32_t d = DecodeUtf8(text, &k);
          if (IsWordChar(d)) {
            j = k;
            continue;
          }
          if ((d == '.' || d == '\'' || d == 0x2019 || d == '-' || d == ',') && k < end) {
            size_t m = k;
            char32_t e = DecodeUtf8(text, &m);
            bool joins = IsWordChar(e) && (d != ',' || (IsDigit(c) && IsDigit(e)));
            if (joins) {
              j = m;
              continue;
            }
          }
          break;
        }
        i = j;
      }
      tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i), si});
    }
  }
  return tokens;
}

}  // namespace lede
