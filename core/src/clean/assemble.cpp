#include "clean/assemble.h"

#include <string_view>

namespace lede {
namespace {

// A removed line is reported as the words it shows: a list glyph in front of it ("• 16x9
// Image") is how the copy rendered the markup, not text. Kept blocks are never edited.
std::string_view WithoutListGlyph(std::string_view s) {
  static constexpr std::string_view kGlyphs[] = {
      "\xE2\x80\xA2", "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA", "\xE2\x97\x8F", "-", "*"};
  for (std::string_view g : kGlyphs) {
    if (s.size() > g.size() + 1 && s.substr(0, g.size()) == g && s[g.size()] == ' ') {
      s.remove_prefix(g.size());
      while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
      return s;
    }
  }
  return s;
}

}  // namespace

void AssembleText(const std::vector<Block>& blocks, const PageMeta& meta, Analysis* out) {
  out->title = meta.title;
  out->byline = meta.byline;
  out->published = meta.published;
  size_t kept_bytes = 0;
  for (const Block& b : blocks) kept_bytes += b.text.size() + 2;
  out->text.reserve(kept_bytes);
  for (size_t i = 0; i < blocks.size(); ++i) {
    const Block& b = blocks[i];
    uint32_t index = static_cast<uint32_t>(i);
    switch (b.kind) {
      case BlockKind::kBody:
      case BlockKind::kHeading: {
        if (!out->text.empty()) out->text.append("\n\n");
        Paragraph p;
        p.span.start = static_cast<uint32_t>(out->text.size());
        out->text.append(b.text);
        p.span.end = static_cast<uint32_t>(out->text.size());
        p.kind = b.kind;
        p.block = index;
        out->paragraphs.push_back(p);
        break;
      }
      case BlockKind::kTitle:
        if (out->title.empty()) out->title = b.text;
        break;
      case BlockKind::kCredit:
        out->credits.emplace_back(WithoutListGlyph(b.text));
        break;
      case BlockKind::kDate:
        if (out->published.empty()) out->published = b.text;
        out->removed.push_back({std::string(WithoutListGlyph(b.text)), b.kind, index});
        break;
      default:
        out->removed.push_back({std::string(WithoutListGlyph(b.text)), b.kind, index});
        break;
    }
  }
}

}  // namespace lede
