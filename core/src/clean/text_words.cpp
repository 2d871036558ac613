#include "clean/text_words.h"

#include "text/find_text.h"

namespace lede {

WordSet MakeSet(std::initializer_list<const char*> words) {
  WordSet s;
  for (const char* w : words) s.insert(w);
  return s;
}

Phrases MakePhrases(std::initializer_list<const char*> phrases) {
  Phrases out;
  for (const char* p : phrases) {
    std::vector<std::string_view> words;
    const std::string_view phrase(p);
    size_t i = 0;
    while (i < phrase.size()) {
      size_t j = phrase.find(' ', i);
      if (j == std::string_view::npos) j = phrase.size();
      if (j > i) words.push_back(phrase.substr(i, j - i));
      i = j + 1;
    }
    out.sentence_starts.push_back(std::string(". ") + p);
    out.by_first[words[0]].push_back(std::move(words));
  }
  return out;
}

int FindPhrase(const WordList& words, const Phrases& phrases, size_t max_start) {
  for (size_t i = 0; i < words.size() && i <= max_start; ++i) {
    auto it = phrases.by_first.find(words[i]);
    if (it == phrases.by_first.end()) continue;
    for (const auto& p : it->second) {
      if (i + p.size() > words.size()) continue;
      size_t k = 1;
      while (k < p.size() && words[i + k] == p[k]) ++k;
      if (k == p.size()) return static_cast<int>(i);
    }
  }
  return -1;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (s.substr(0, p.size()) == p) return true;
  }
  return false;
}

bool ContainsAny(std::string_view s, std::initializer_list<std::string_view> needles) {
  for (std::string_view n : needles) {
    if (FindText(s, n) != std::string_view::npos) return true;
  }
  return false;
}

bool HasWord(const TextLine& l, const WordSet& set) {
  for (std::string_view w : l.words) {
    if (set.count(w)) return true;
  }
  return false;
}

bool IsNumberish(std::string_view w) {
  if (w.empty() || w[0] < '0' || w[0] > '9') return false;
  for (char c : w) {
    if (!((c >= '0' && c <= '9') || c == 'x' || c == 'k' || c == 'p' || c == '.')) return false;
  }
  return true;
}

bool LooksLikeYearOrDate(std::string_view w) {
  int digits = 0, seps = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '.' || c == '/') {
      ++seps;
    } else {
      return false;
    }
  }
  if (seps == 2) return digits >= 4;
  return seps == 0 && digits == 4 && (w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0);
}

}  // namespace lede
