#pragma once
// What one line of copied text looks like, measured once: its words, their case, how it ends.
// The text classifier's passes read these facts instead of re-scanning the text.

#include <string>
#include <vector>

namespace lede {

struct TextLine {
  std::string lower;               // the line, lower-cased, ’ folded to '
  std::vector<std::string> words;  // lower-cased word tokens (letters, digits, inner ' and .)
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

// A line of running text: a sentence long enough to be a paragraph.
bool IsProse(const TextLine& l);
// A shorter line that still reads as a sentence (an article's short last paragraph).
bool IsSentence(const TextLine& l);
// A headline: a few words, no final full stop, not a fragment.
bool IsHeadlineLike(const TextLine& l);
// Most longer words capitalized ("Show Of Unity Amid Western Criticism").
bool IsTitleCase(const TextLine& l);

}  // namespace lede
