// Any bytes as caller blocks (the extension's path): the input is cut into blocks at 0x1E
// bytes, and the first byte of each block chooses its markup flags.
#include "result_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const lede::Analyzer analyzer;
  std::vector<lede::InputBlock> blocks;
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i < size && data[i] != 0x1E) continue;
    lede::InputBlock b;
    if (i > start) {
      b.flags = data[start] & 0x7FFF;
      b.heading_level = data[start] % 7;
      b.text.assign(reinterpret_cast<const char*>(data) + start + 1, i - start - 1);
    }
    blocks.push_back(std::move(b));
    start = i + 1;
  }
  lede::Result<lede::Analysis> r = analyzer.AnalyzeBlocks(blocks);
  if (!r.ok()) lede::fuzz::Fail("blocks analysis returned an error");
  const lede::Analysis& a = r.value();
  lede::fuzz::CheckAnalysis(a);
  if (a.paragraph_sources.size() != a.paragraphs.size()) lede::fuzz::Fail("block map size");
  for (size_t p = 0; p < a.paragraphs.size(); ++p) {
    uint32_t block = a.paragraphs[p].block;
    if (block >= blocks.size()) lede::fuzz::Fail("paragraph block index");
    size_t units = 0;
    for (unsigned char c : blocks[block].text) units += (c & 0xC0) == 0x80 ? 0 : (c >= 0xF0 ? 2 : 1);
    for (const lede::SourcePiece& piece : a.paragraph_sources[p]) {
      if (piece.block_start > piece.block_end || piece.block_end > units + 1) lede::fuzz::Fail("block piece");
    }
  }
  return 0;
}
