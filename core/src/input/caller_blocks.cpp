#include "input/caller_blocks.h"

#include "text/utf16.h"

namespace lede {
namespace {

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

}  // namespace

CallerBlocks FromCallerBlocks(const std::vector<InputBlock>& input) {
  CallerBlocks out;
  out.normalized.reserve(input.size());
  out.collapsed.reserve(input.size());
  for (uint32_t i = 0; i < input.size(); ++i) {
    const InputBlock& in = input[i];
    // DOM text keeps the source's line breaks and indentation; a block is one paragraph.
    out.collapsed.push_back(CollapseBlanks(in.text));
    out.normalized.push_back(Normalize(out.collapsed.back().text));
    const NormalizedText& n = out.normalized.back();
    out.invalid_bytes += n.invalid_bytes;
    out.nul_bytes += n.nul_bytes;
    size_t s = 0;
    size_t e = n.text.size();
    while (s < e && IsBlank(n.text[s])) ++s;
    while (e > s && IsBlank(n.text[e - 1])) --e;
    if (s == e) continue;
    Block b;
    b.text = n.text.substr(s, e - s);
    b.start = s;
    b.end = e;
    b.tag = in.tag;
    b.path = in.path;
    b.attr_words = in.attr_words;
    b.link_share = in.link_share;
    b.flags = in.flags;
    b.heading_level = in.heading_level;
    if (b.heading_level > 0) b.flags |= kIsHeading;
    out.blocks.push_back(std::move(b));
    out.caller_index.push_back(i);
    out.ranges.emplace_back(s, e);
  }
  return out;
}

void MapParagraphsToCallerBlocks(const CallerBlocks& blocks, const std::vector<InputBlock>& input,
                                 Analysis* result) {
  result->paragraph_sources.clear();
  result->paragraph_sources.reserve(result->paragraphs.size());
  for (Paragraph& p : result->paragraphs) {
    const auto [b_start, b_end] = blocks.ranges[p.block];
    uint32_t caller = blocks.caller_index[p.block];
    const NormalizedText& n = blocks.normalized[caller];
    const OffsetMap& collapse = blocks.collapsed[caller].map;
    auto to_caller = [&](size_t at, bool is_end) {
      return collapse.ToSource(n.map.ToSource(at, is_end), is_end);
    };
    Utf16Index units(input[caller].text);
    // The paragraph is the block's text verbatim at p.span; walk it in pieces that are identities in
    // the normalization map, so the caller's offsets are exact wherever they can be.
    std::vector<SourcePiece> pieces;
    size_t at = b_start;
    while (at < b_end) {
      // Grow the piece while source and normalized offsets advance together.
      size_t src = to_caller(at, false);
      size_t next = at + 1;
      while (next < b_end && to_caller(next, false) == src + (next - at)) ++next;
      // Keep code points whole: extend to the next lead byte.
      while (next < b_end && (static_cast<unsigned char>(n.text[next]) & 0xC0) == 0x80) ++next;
      size_t src_end = to_caller(next, true);
      SourcePiece piece;
      piece.text_start = static_cast<uint32_t>(p.span.start + (at - b_start));
      piece.text_end = static_cast<uint32_t>(p.span.start + (next - b_start));
      piece.block_start = units.ToUtf16(src);
      piece.block_end = units.ToUtf16(src_end);
      pieces.push_back(piece);
      at = next;
    }
    // The paragraph's block index is the caller's index, which is what the caller knows.
    p.block = caller;
    result->paragraph_sources.push_back(std::move(pieces));
  }
}

}  // namespace lede
