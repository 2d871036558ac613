#include "html/elements.h"

#include <array>
#include <iterator>
#include <vector>

#include "lede/analysis.h"
#include "text/byte_vectors.h"

namespace lede {
namespace {

struct Entry {
  std::string_view name;
  uint32_t props;
  uint32_t flags;
};

constexpr uint32_t kB = kElBlock | kElSpecial;  // a block element
constexpr uint32_t kBP = kB | kElClosesP;        // ... whose start tag closes <p>
constexpr uint32_t kV = kElVoid;
constexpr uint32_t kH = kElHeadOnly;
constexpr uint32_t kSk = kElSkip | kElSpecial;

// Sorted by name (checked by a unit test through LookupElement of every entry).
constexpr Entry kElements[] = {
    // Inline, but looked up by id: links count towards a block's link share; <time> dates it.
    {"a", 0, 0},
    {"address", kBP | kElItemScopeTransparent, 0},
    {"applet", kElSpecial | kElScope, 0},
    {"area", kV, 0},
    {"article", kBP, kInArticle},
    {"aside", kBP, kInAside},
    {"audio", kSk, 0},
    {"base", kV | kH, 0},
    {"basefont", kV | kH, 0},
    {"bgsound", kV | kH, 0},
    {"blockquote", kBP, kInBlockquote},
    {"body", kB, 0},
    {"br", kV | kElBlock, 0},
    {"button", kSk, 0},
    {"canvas", kSk, 0},
    {"caption", kB | kElScope, kInTable},
    {"center", kBP, 0},
    {"col", kV, kInTable},
    {"datalist", kSk, 0},
    {"dd", kBP | kElDefItem, kInList},
    {"details", kBP, 0},
    {"dialog", kBP, 0},
    {"dir", kBP | kElList, kInList},
    {"div", kBP | kElItemScopeTransparent, 0},
    {"dl", kBP | kElList, kInList},
    {"dt", kBP | kElDefItem, kInList},
    {"embed", kV, 0},
    {"fieldset", kBP, kInForm},
    {"figcaption", kBP, kIsFigcaption},
    {"figure", kBP, kInFigure},
    {"footer", kBP, kInFooter},
    {"form", kBP, kInForm},
    {"frame", kV, 0},
    {"frameset", kB, 0},
    {"h1", kBP, kIsHeading},
    {"h2", kBP, kIsHeading},
    {"h3", kBP, kIsHeading},
    {"h4", kBP, kIsHeading},
    {"h5", kBP, kIsHeading},
    {"h6", kBP, kIsHeading},
    {"head", kElSpecial, 0},
    {"header", kBP, kInHeader},
    {"hgroup", kBP, 0},
    {"hr", kV | kElBlock | kElClosesP, 0},
    {"html", kB | kElScope, 0},
    {"iframe", kElRawtext | kElSpecial, 0},
    {"img", kV, 0},
    {"input", kV, kInForm},
    {"keygen", kV, 0},
    {"legend", kB, 0},
    {"li", kBP | kElListItem, kInList},
    {"link", kV | kH, 0},
    {"listing", kBP, kIsPre},
    {"main", kBP, kInMain},
    {"marquee", kElSpecial | kElScope, 0},
    {"math", kSk | kElForeign, 0},
    {"menu", kBP | kElList, kInList},
    {"meta", kV | kH, 0},
    {"nav", kBP, kInNav},
    {"noembed", kElRawtext | kElSpecial, 0},
    {"noframes", kElRawtext | kElSpecial | kH, 0},
    {"noscript", kElRawtext | kElSpecial | kH, 0},
    {"object", kSk | kElScope, 0},
    {"ol", kBP | kElList, kInList},
    {"optgroup", kB, 0},
    {"option", kB, 0},
    {"p", kBP | kElItemScopeTransparent, 0},
    {"param", kV, 0},
    {"plaintext", kBP | kElPlaintext, kIsPre},
    {"pre", kBP, kIsPre},
    {"script", kElScript | kElSpecial | kH, 0},
    {"search", kBP, 0},
    {"section", kBP, 0},
    {"select", kSk, kInForm},
    {"source", kV, 0},
    {"style", kElRawtext | kElSpecial | kH, 0},
    {"summary", kBP, 0},
    {"svg", kSk | kElForeign, 0},
    {"table", kBP | kElScope, kInTable},
    {"tbody", kB | kElTableSection, kInTable},
    {"td", kB | kElScope | kElTableCell, kInTable},
    {"template", kSk | kElScope | kH, 0},
    {"textarea", kElRcdata | kElSpecial, kInForm},
    {"tfoot", kB | kElTableSection, kInTable},
    {"th", kB | kElScope | kElTableCell, kInTable},
    {"thead", kB | kElTableSection, kInTable},
    {"time", 0, 0},
    {"title", kElRcdata | kElSpecial | kH, 0},
    {"tr", kB | kElTableRow, kInTable},
    {"track", kV, 0},
    {"ul", kBP | kElList, kInList},
    {"video", kSk, 0},
    {"wbr", kV, 0},
    {"xmp", kBP | kElRawtext, kIsPre},
};

// The entries by first letter and length: every start and end tag is looked up, and a
// binary search of string comparisons was a twentieth of reader mode's time in WASM. A
// bucket holds a few names at most.
constexpr size_t kMaxNameLength = 15;
using Buckets = std::array<std::vector<uint8_t>, 26 * (kMaxNameLength + 1)>;

size_t BucketOf(std::string_view name) {
  return static_cast<size_t>(name[0] - 'a') * (kMaxNameLength + 1) + name.size();
}

const Buckets& ElementBuckets() {
  static const Buckets buckets = [] {
    static_assert(std::size(kElements) < 256, "entry indexes are bytes");
    Buckets b;
    for (size_t i = 0; i < std::size(kElements); ++i) b[BucketOf(kElements[i].name)].push_back(i);
    return b;
  }();
  return buckets;
}

}  // namespace

ElementInfo LookupElement(std::string_view name) {
  ElementInfo info;
  // Every known name is lower-case ASCII starting with a letter, and short.
  if (name.empty() || name.size() > kMaxNameLength || name[0] < 'a' || name[0] > 'z') return info;
  const Entry* it = nullptr;
  for (uint8_t i : ElementBuckets()[BucketOf(name)]) {
    if (SameBytes(kElements[i].name, name)) {
      it = &kElements[i];
      break;
    }
  }
  if (it == nullptr) return info;
  info.id = static_cast<int>(it - std::begin(kElements)) + 1;
  info.props = it->props;
  info.flags = it->flags;
  if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
    info.heading_level = name[1] - '0';
  }
  return info;
}

}  // namespace lede
