// The HTML reader alone: prints the blocks and page facts HtmlToBlocks finds in a page, or
// times it over many pages.
//
//   html_blocks_dump PAGE.html[.gz]                 blocks, one per line, with their context
//   html_blocks_dump --speed [--rounds N] PAGES...  MB/s and pages/s of Normalize+HtmlToBlocks
//
// .gz pages are read through `gzip -dc`.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "html/html_blocks.h"
#include "text/normalize.h"

namespace {

bool ReadPage(const std::string& path, std::string* out) {
  const bool gz = path.size() > 3 && path.compare(path.size() - 3, 3, ".gz") == 0;
  FILE* f = gz ? popen(("gzip -dc '" + path + "'").c_str(), "r") : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  if (gz) return pclose(f) == 0;
  std::fclose(f);
  return true;
}

std::string Flags(uint32_t f) {
  static const char* const kNames[] = {"article", "main",   "nav",     "header",  "footer",
                                       "aside",   "figure", "figcap",  "list",    "table",
                                       "hidden",  "form",   "heading", "quote",   "pre"};
  std::string out;
  for (int i = 0; i < 15; ++i) {
    if (f & (1u << i)) {
      if (!out.empty()) out.push_back(',');
      out += kNames[i];
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: html_blocks_dump PAGE | --speed [--rounds N] PAGES...\n");
    return 2;
  }
  if (std::strcmp(argv[1], "--speed") != 0) {
    std::string html;
    if (!ReadPage(argv[1], &html)) return 3;
    lede::NormalizedText n = lede::Normalize(html);
    lede::PageMeta meta;
    std::vector<lede::Block> blocks = lede::HtmlToBlocks(n.text, &meta);
    std::printf("title: %s\nbyline: %s\npublished: %s\nlanguage: %s\n", meta.title.c_str(),
                meta.byline.c_str(), meta.published.c_str(), meta.language.c_str());
    for (const lede::Block& b : blocks) {
      std::printf("[%s h%d link=%.2f %s] {%s} (%s) %s\n", b.tag.c_str(), b.heading_level,
                  b.link_share, Flags(b.flags).c_str(), b.attr_words.c_str(), b.path.c_str(),
                  b.text.c_str());
    }
    return 0;
  }
  int rounds = 5;
  std::vector<std::string> pages;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
      continue;
    }
    std::string html;
    if (!ReadPage(argv[i], &html)) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 3;
    }
    pages.push_back(lede::Normalize(html).text);
  }
  size_t bytes = 0, blocks = 0;
  for (const std::string& p : pages) bytes += p.size();
  double best = 1e30;
  for (int r = 0; r < rounds; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    for (const std::string& p : pages) {
      lede::PageMeta meta;
      blocks += lede::HtmlToBlocks(p, &meta).size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (s < best) best = s;
  }
  std::printf("%zu pages, %.2f MB, best of %d rounds: %.1f ms, %.1f MB/s, %.0f pages/s (%zu blocks)\n",
              pages.size(), bytes / 1e6, rounds, best * 1e3, bytes / 1e6 / best,
              pages.size() / best, blocks / static_cast<size_t>(rounds > 0 ? rounds : 1));
  return 0;
}
