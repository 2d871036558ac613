#pragma once
// What one line of copied text looks like, measured once: its words, their case, how it ends.
// The text classifier's passes read these facts instead of re-scanning the text.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// A line's words in one buffer: every line of the input is measured and held at once, and a
// vector of strings cost 32 bytes a word plus the vectors' slack (77 MB of a 10 MB input).
// Views are made on access, so a moved TextLine keeps valid words.
class WordList {
 public:
  void push_back(std::string_view w) {
    chars_.append(w);
    ends_.push_back(static_cast<uint32_t>(chars_.size()));
  }
  size_t size() const { return ends_.size(); }
  bool empty() const { return ends_.empty(); }
  std::string_view operator[](size_t i) const {
    const uint32_t start = i ? ends_[i - 1] : 0;
    return std::string_view(chars_).substr(start, ends_[i] - start);
  }
  void clear() {
    chars_.clear();
    ends_.clear();
  }
  void shrink_to_fit() {
    chars_.shrink_to_fit();
    ends_.shrink_to_fit();
  }

  class Iterator {
   public:
    Iterator(const WordList* list, size_t i) : list_(list), i_(i) {}
    std::string_view operator*() const { return (*list_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const Iterator& o) const { return i_ != o.i_; }

   private:
    const WordList* list_;
    size_t i_;
  };
  Iterator begin() const { return Iterator(this, 0); }
  Iterator end() const { return Iterator(this, size()); }

 private:
  std::string chars_;           // the words, back to back
  std::vector<uint32_t> ends_;  // where each word ends in chars_
};

struct TextLine {
  std::string lower;               // the line, lower-cased, ’ folded to '
  WordList words;                  // lower-cased word tokens (letters, digits, inner ' and .)
  std::string shape;               // per word: 'U' upper-case first letter, 'l' lower, 'n' other
  std::string quoted;              // per word: 'q' inside double quotes, '-' outside
  int word_count = 0;              // words; a run of Han/Kana counts one word per 2 characters
  int capitalized = 0;             // words starting with an upper-case letter
  int lowercase = 0;               // words starting with a lower-case letter
  int long_words = 0;              // words of 4+ characters (what title case is judged on)
  int long_capitalized = 0;
  int marks = 0;             // sentence punctuation (, . ; : ! ? and CJK forms) inside
  bool terminal = false;     // ends with . ! ? … 。 ！ ？ (closing quotes/brackets skipped)
  bool ends_period = false;  // ends with . … 。 (a sentence, not a headline's ? or !)
  bool ends_colon = false;   // ends with : (introduces a list)
  bool ends_comma = false;   // ends with , ; (a fragment)
  bool bullet = false;       // starts with a list glyph (• · ▪ – - * ►)
  std::string key;           // letters and digits only, lower-cased: for repeats
};

TextLine MeasureLine(const std::string& text);

// Working storage of MeasureLine, kept by a caller that measures line after line.
struct LineScratch {
  std::vector<char32_t> code_points;
};
// How much of a TextLine to measure. kWords: only `lower`, `words`, `word_count` and the
// ending flags (terminal, ends_period, ends_colon, ends_comma); the rest is left empty or 0.
enum class LineDetail { kAll, kWords };

// The same into *out, reusing its storage and the scratch's (for a caller that keeps none of
// the lines).
void MeasureLine(const std::string& text, TextLine* out, LineScratch* scratch,
                 LineDetail detail = LineDetail::kAll);

// `text` lower-cased as MeasureLine writes TextLine::lower (’ folded to '), character by
// character: the lowered start or end of a line is the start or end of its `lower`.
std::string LowerLikeMeasureLine(std::string_view text);

// A line of running text: a sentence long enough to be a paragraph.
bool IsProse(const TextLine& l);
// A shorter line that still reads as a sentence (an article's short last paragraph).
bool IsSentence(const TextLine& l);
// A headline: a few words, no final full stop, not a fragment.
bool IsHeadlineLike(const TextLine& l);
// Most longer words capitalized ("Show Of Unity Amid Western Criticism").
bool IsTitleCase(const TextLine& l);

}  // namespace lede
