#pragma once

#include <cstddef>
#include <cstdint>

namespace lede {

enum class InputKind { kAuto, kText, kHtml };

struct Options {
  InputKind input = InputKind::kAuto;
  bool clean = true;           // false: the input is already the article text
  uint32_t summary_sentences = 3;
  uint32_t summary_chars = 0;  // when > 0, a character budget instead of a sentence count
  // Reader mode: stop after cleaning (title, byline, date, language, text, paragraphs,
  // removed); sentences, entities, actors, events and the summary stay empty.
  bool extract_only = false;
  // Inputs larger than this are refused with kInputTooLarge (documented in the README).
  size_t max_input_bytes = size_t{32} << 20;
};

}  // namespace lede
