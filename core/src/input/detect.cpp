#include "input/detect.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace lede {

bool LooksLikeHtml(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  // Every sign below starts with '<': text without one in its head (most articles) is text,
  // with no lower-cased copy made.
  const std::string_view raw_head = text.substr(i, 4096);
  if (raw_head.find('<') == std::string_view::npos) return false;
  std::string head(raw_head);
  for (char& c : head) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  for (const char* opener : {"<!doctype html", "<html", "<head", "<body", "<?xml", "<!--"}) {
    if (head.rfind(opener, 0) == 0) return true;
  }
  // Fragments: count tag-like openings in the head of the input.
  size_t tags = 0;
  for (const char* tag : {"<p>", "<p ", "<div", "<br", "<span", "<a ", "<h1", "<h2", "<ul", "<li",
                          "<article", "<section", "<table", "<meta", "<script", "</"}) {
    size_t at = 0;
    while ((at = head.find(tag, at)) != std::string::npos) {
      ++tags;
      at += 2;
    }
  }
  return !head.empty() && head[0] == '<' ? tags >= 1 : tags >= 3;
}

}  // namespace lede
