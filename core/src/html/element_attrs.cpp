#include "html/element_attrs.h"

#include <string_view>

#include "lede/analysis.h"

namespace lede {
namespace {

// Utility-class frameworks put dozens of words on one element; the first ones name it.
constexpr size_t kMaxWordsBytes = 160;

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Splits on whitespace, '-' and '_' ("article-body__text" -> "article body text"). Written
// into a local buffer and appended once (a checked append per byte is a call each in WASM).
void AppendWords(std::string_view value, std::string* out) {
  char buffer[kMaxWordsBytes + 2];
  const size_t had = out->size();
  size_t n = 0;
  bool sep = had != 0;
  for (char c : value) {
    if (had + n >= kMaxWordsBytes) break;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '-' || c == '_') {
      sep = had + n != 0;
      continue;
    }
    if (sep) buffer[n++] = ' ';
    sep = false;
    buffer[n++] = Lower(c);
  }
  out->append(buffer, n);
}

// Written through a pointer, not push_back: inline styles run to kilobytes on some pages, and
// a checked append per byte was most of reading a tag's attributes in WASM.
std::string LowerNoSpace(std::string_view s) {
  std::string out(s.size(), '\0');
  size_t n = 0;
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') out[n++] = Lower(c);
  }
  out.resize(n);
  return out;
}

uint32_t RoleFlags(std::string_view role, int* heading_level) {
  // A role attribute may list fallbacks; the first known one applies, but any is a hint.
  uint32_t flags = 0;
  size_t i = 0;
  while (i < role.size()) {
    size_t j = role.find(' ', i);
    if (j == std::string_view::npos) j = role.size();
    std::string_view r = role.substr(i, j - i);
    if (r == "navigation" || r == "menu" || r == "menubar") flags |= kInNav;
    if (r == "contentinfo") flags |= kInFooter;
    if (r == "banner") flags |= kInHeader;
    if (r == "complementary") flags |= kInAside;
    if (r == "main") flags |= kInMain;
    if (r == "article") flags |= kInArticle;
    if (r == "list" || r == "listitem") flags |= kInList;
    if (r == "table" || r == "grid") flags |= kInTable;
    if (r == "form" || r == "search") flags |= kInForm;
    if (r == "figure") flags |= kInFigure;
    if (r == "heading") {
      flags |= kIsHeading;
      if (*heading_level == 0) *heading_level = 2;
    }
    i = j + 1;
  }
  return flags;
}

}  // namespace

bool IsAttributeRead(std::string_view name) {
  switch (name.size()) {
    case 2: return name == "id";
    case 4: return name == "role" || name == "type" || name == "lang" || name == "name";
    case 5: return name == "class" || name == "style";
    case 7: return name == "content";
    case 8: return name == "itemprop" || name == "property" || name == "datetime" ||
                   name == "xml:lang";
    case 10: return name == "aria-level" || name == "http-equiv";
    case 11: return name == "aria-hidden";
    default: return false;
  }
}

void ReadAttrSignals(const HtmlTag& tag, AttrSignals* out) {
  AttrSignals& s = *out;
  s.words.clear();
  s.flags = 0;
  s.hidden = false;
  s.heading_level = 0;
  for (const HtmlAttribute& a : tag.attrs) {
    const std::string_view n = a.name;  // compared with literals by length first
    if (n == "class" || n == "id" || n == "itemprop") {
      AppendWords(a.value, &s.words);
    } else if (n == "hidden") {
      s.hidden = true;
    } else if (n == "aria-hidden") {
      s.hidden |= LowerNoSpace(a.value) == "true";
    } else if (n == "style") {
      const std::string style = LowerNoSpace(a.value);
      s.hidden |= style.find("display:none") != std::string::npos ||
                  style.find("visibility:hidden") != std::string::npos;
    } else if (n == "role") {
      std::string role;
      for (char c : a.value) role.push_back(Lower(c));
      s.flags |= RoleFlags(role, &s.heading_level);
    }
  }
  if (s.flags & kIsHeading) {
    if (const std::string* level = tag.Attr("aria-level")) {
      if (level->size() == 1 && (*level)[0] >= '1' && (*level)[0] <= '6') {
        s.heading_level = (*level)[0] - '0';
      }
    }
  }
}

}  // namespace lede
