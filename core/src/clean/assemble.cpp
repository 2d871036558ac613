#include "clean/assemble.h"

namespace lede {

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
        out->credits.push_back(b.text);
        break;
      case BlockKind::kDate:
        if (out->published.empty()) out->published = b.text;
        out->removed.push_back({b.text, b.kind, index});
        break;
      default:
        out->removed.push_back({b.text, b.kind, index});
        break;
    }
  }
}

}  // namespace lede
