#include "clean/html_classify.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "clean/html_region.h"
#include "clean/html_signals.h"
#include "clean/text_lexicon.h"
#include "clean/text_lines.h"
#include "text/byte_vectors.h"
#include "text/byte_words.h"
#include "text/flat_string_map.h"
#include "text/normalize.h"
#include "text/unicode.h"

namespace lede {
namespace {

// A block's class/id words as ids into the page's vocabulary (WordIds), sorted and unique.
// Pages repeat a few hundred words over thousands of blocks: comparing ids instead of strings
// took sorting and searching the words from a sixth of reader mode's time to almost nothing.
// Every block's ids live back to back in one array (WordRange), not in a vector each.
struct WordRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

class WordIds {
 public:
  // Class/id words: runs of ASCII letters/digits and non-ASCII bytes (the reader lower-cases
  // them; any separator splits). Appends the ids to *out and returns where they are.
  WordRange Split(std::string_view s, std::vector<uint32_t>* out) {
    const size_t begin = out->size();
    size_t i = 0;
    static constexpr ByteSet word_byte = MakeByteSet([](int u) {
      return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    });
    while (i < s.size()) {
      while (i < s.size() && !word_byte(s[i])) ++i;
      size_t j = i;
      while (j < s.size() && word_byte(s[j])) ++j;
      if (j > i) out->push_back(Id(s.substr(i, j - i)));
      i = j;
    }
    std::sort(out->begin() + begin, out->end());
    out->erase(std::unique(out->begin() + begin, out->end()), out->end());
    return {static_cast<uint32_t>(begin), static_cast<uint32_t>(out->size())};
  }

  size_t size() const { return words_.size(); }
  std::string_view word(uint32_t id) const { return words_[id]; }

 private:
  // Ids in first-seen order. A page splits some 2,000 ancestor-word strings into words; a
  // flat table took the lookups from std::unordered_map's string hashing and node chasing
  // (2 % of reader mode natively) to a probe.
  uint32_t Id(std::string_view w) {
    auto [id, added] = ids_.Insert(w);
    if (added) {
      *id = static_cast<uint32_t>(words_.size());
      words_.push_back(w);
    }
    return *id;
  }

  FlatStringMap<uint32_t> ids_;
  std::vector<std::string_view> words_;
};

// Lower-cased letters and digits only: how titles are compared (a site name or different
// quotes around the same headline should still match).
std::string Fold(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    char32_t c = DecodeUtf8(s, &i);
    if (IsLetter(c) || IsDigit(c)) AppendUtf8(ToLower(c), &out);
  }
  return out;
}

bool SameTitle(const std::string& block, const std::string& title) {
  if (block.empty() || title.empty()) return false;
  if (block == title) return true;
  // "Headline | Site" in <title> against the h1 "Headline".
  return block.size() >= 12 && title.find(block) != std::string::npos;
}

// A bare web address, as a paragraph of its own.
bool LooksLikeUrl(std::string_view text) {
  if (text.find(' ') != std::string_view::npos) return false;
  return text.find("://") != std::string_view::npos || text.substr(0, 4) == "www.";
}

class HtmlClassifier {
 public:
  HtmlClassifier(std::vector<Block>* blocks, const PageMeta& meta)
      : blocks_(*blocks), meta_(meta) {}

  void Run() {
    const size_t n = blocks_.size();
    shapes_.reserve(n);
    for (const Block& b : blocks_) shapes_.push_back(MeasureText(b.text));
    region_ = FindMainRegion(blocks_, shapes_);
    if (!region_.found) {
      KeepAllButFurniture();
      MarkTitle();
      MarkDuplicates();
      return;
    }
    words_.reserve(n);
    // Blocks mostly share their ancestors' words: each distinct string is split once (a
    // neighbour's is compared first, the rest looked up as words are).
    FlatStringMap<WordRange> split;
    for (size_t i = 0; i < n; ++i) {
      const std::string_view attr_words = blocks_[i].attr_words;
      if (i > 0 && SameBytes(attr_words, blocks_[i - 1].attr_words)) {
        words_.push_back(words_.back());
        continue;
      }
      auto [words, added] = split.Insert(attr_words);
      if (added) *words = vocabulary_.Split(attr_words, &word_ids_);
      words_.push_back(*words);
    }
    CommonContext();
    for (size_t i = 0; i < n; ++i) blocks_[i].kind = Decide(i);
    MarkTitle();
    DropNestedArticles();
    DropLabelsOfDroppedRuns();
    DropTrailingHeadings();
    MarkDuplicates();
  }

 private:
  struct IdSpan {
    const uint32_t* b;
    const uint32_t* e;
    const uint32_t* begin() const { return b; }
    const uint32_t* end() const { return e; }
  };
  IdSpan Words(size_t i) const {
    const uint32_t* base = word_ids_.data();
    return {base + words_[i].begin, base + words_[i].end};
  }

  // What the region's prose mostly shares: its own flags and class words, which say nothing
  // about one block against another. "Mostly" by prose weight, so a stray paragraph (a
  // standfirst in the header) does not make the body's own words look like extras.
  void CommonContext() {
    std::vector<float> word_weight(vocabulary_.size(), 0.0f);
    float flag_weight[32] = {};
    float total = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (!region_.in_region[i] || region_.prose[i] <= 0) continue;
      float w = region_.prose[i];
      total += w;
      for (uint32_t word : Words(i)) word_weight[word] += w;
      for (int bit = 0; bit < 32; ++bit) {
        if (blocks_[i].flags & (1u << bit)) flag_weight[bit] += w;
      }
    }
    common_word_.assign(vocabulary_.size(), false);
    hint_of_word_.assign(vocabulary_.size(), kUnclassified);  // classified on first use
    for (size_t word = 0; word < word_weight.size(); ++word) {
      common_word_[word] = word_weight[word] >= total * 0.5f;
    }
    for (int bit = 0; bit < 32; ++bit) {
      if (flag_weight[bit] >= total * 0.5f) common_flags_ |= 1u << bit;
    }
  }

  BlockKind Decide(size_t i) {
    const Block& b = blocks_[i];
    const TextShape& s = shapes_[i];
    const uint32_t extra = b.flags & ~common_flags_;
    if (b.flags & kHidden) return BlockKind::kOther;
    if (!region_.in_region[i]) return OutsideKind(b);
    if (extra & kInNav) return BlockKind::kNavigation;
    if (extra & kInFooter) return BlockKind::kFooter;
    if (extra & kInAside) return BlockKind::kPromo;
    if (extra & (kIsFigcaption | kInFigure)) return BlockKind::kCaption;
    if (extra & kInForm) return BlockKind::kOther;
    // Quotes and embedded posts (a tweet's "social embed" wrapper) belong to the story.
    AttrHint hint = (b.flags & kInBlockquote) ? AttrHint::kNone : ExtraHint(i);
    // A caption is a line or two under a picture, never a list or a heading (a recipe card
    // names its pictures' classes around the steps).
    if (hint == AttrHint::kCaption && (b.flags & (kInList | kIsHeading))) hint = AttrHint::kNone;
    if (hint != AttrHint::kNone) return KindForHint(hint);
    // Linked headlines are promos for other pages; a printed address is what the author
    // cites ("http://...", "www.site.com").
    if (b.link_share >= 0.6f && !s.terminal && !LooksLikeUrl(b.text)) return BlockKind::kNavigation;
    if (!(b.flags & (kInTable | kInBlockquote | kIsHeading)) && LooksLikeDateLine(b.text, s)) {
      return BlockKind::kDate;
    }
    if (b.flags & kIsHeading) return BlockKind::kHeading;
    return ByWording(b);
  }

  // What the words of a kept block say, for what the markup did not mark: calls to action
  // and consent banners inside the story's container, captions run into it, "Read more:"
  // links. The copied-text classifier's small multilingual lexicon (clean/text_lexicon).
  BlockKind ByWording(const Block& b) {
    switch (ReadLongLine(b.text)) {
      case LongLineVerdict::kCaption: return BlockKind::kCaption;
      case LongLineVerdict::kPlain: return BlockKind::kBody;
      case LongLineVerdict::kMeasure: break;
    }
    TextLine& l = line_;
    // What the checks below read: the lowered line, its words and how it ends.
    MeasureLine(b.text, &l, &line_scratch_, LineDetail::kWords);
    if (IsConsentText(l)) return BlockKind::kOther;
    if (IsCallToAction(l)) return BlockKind::kPromo;
    if (IsLabelledLink(l) && b.link_share > 0.3f) return BlockKind::kNavigation;
    if (IsCaptionLine(l) || EndsWithPhotoCredit(l)) return BlockKind::kCaption;
    return BlockKind::kBody;
  }

  // The strongest boilerplate hint among the words a block has beyond its region's. Pages
  // repeat a few hundred class words over thousands of blocks: each is looked up once.
  AttrHint ExtraHint(size_t i) {
    AttrHint hint = AttrHint::kNone;
    for (uint32_t w : Words(i)) {
      if (common_word_[w]) continue;
      int8_t& cached = hint_of_word_[w];
      if (cached == kUnclassified) cached = static_cast<int8_t>(ClassifyAttrWord(vocabulary_.word(w)));
      AttrHint h = static_cast<AttrHint>(cached);
      if (h == AttrHint::kNone || h == AttrHint::kContent) continue;
      if (hint == AttrHint::kNone || static_cast<int>(h) < static_cast<int>(hint)) hint = h;
    }
    return hint;
  }

  static BlockKind OutsideKind(const Block& b) {
    const uint32_t flags = b.flags;
    if (flags & kInNav) return BlockKind::kNavigation;
    if (flags & kInFooter) return BlockKind::kFooter;
    if (flags & (kIsFigcaption | kInFigure)) return BlockKind::kCaption;
    if (flags & kInAside) return BlockKind::kPromo;
    if (b.link_share >= 0.5f) return BlockKind::kNavigation;
    return BlockKind::kOther;
  }

  // The page's headline is the title, not a paragraph: the block that repeats the title the
  // page names (an h1 first, then another heading, then any block), else the first h1 before
  // the story. Later copies of it are duplicates.
  void MarkTitle() {
    const std::string title = Fold(meta_.title);
    size_t first_body = blocks_.size();
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (blocks_[i].kind == BlockKind::kBody) {
        first_body = i;
        break;
      }
    }
    std::vector<bool> repeats(blocks_.size(), false);
    size_t best = blocks_.size();
    int best_rank = 0;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      const Block& b = blocks_[i];
      if (b.kind != BlockKind::kHeading && b.kind != BlockKind::kBody && b.kind != BlockKind::kOther) {
        continue;
      }
      // Only a block no longer than the title can repeat it (SameTitle): no need to fold
      // every paragraph of the page.
      repeats[i] = b.text.size() <= meta_.title.size() + 8 && SameTitle(Fold(b.text), title);
      int rank = 0;
      if (repeats[i]) rank = b.heading_level == 1 ? 4 : (b.flags & kIsHeading) ? 3 : 2;
      else if (b.heading_level == 1 && i < first_body) rank = 1;
      if (rank > best_rank) {
        best_rank = rank;
        best = i;
      }
    }
    if (best == blocks_.size()) return;
    blocks_[best].kind = BlockKind::kTitle;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      BlockKind& k = blocks_[i].kind;
      if (i != best && repeats[i] && (k == BlockKind::kBody || k == BlockKind::kHeading)) {
        k = BlockKind::kDuplicate;
      }
    }
  }

  // A short label right before dropped links or promos ("You may also like", "DON'T MISS",
  // "Categories") heads them, not the story. Two labels may stack ("Sponsored links" over
  // "You may also like"); a longer run of short lines is a list of its own.
  void DropLabelsOfDroppedRuns() {
    if (blocks_.size() < 2) return;
    int stacked = 0;
    for (size_t i = blocks_.size() - 1; i-- > 0;) {
      Block& b = blocks_[i];
      const TextShape& s = shapes_[i];
      BlockKind next = blocks_[i + 1].kind;
      bool label = (b.kind == BlockKind::kBody || b.kind == BlockKind::kHeading) &&
                   s.words <= 8 && !s.terminal;
      if (label && (next == BlockKind::kNavigation || next == BlockKind::kPromo) && stacked < 2) {
        b.kind = next;
        ++stacked;
      } else {
        stacked = 0;
      }
    }
  }

  // An <article> inside the article whose headline is the page's title is, as the HTML spec
  // puts it, related content: teasers of other posts, comments.
  void DropNestedArticles() {
    int anchor = -1;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      if (blocks_[i].kind == BlockKind::kTitle) {
        if (blocks_[i].flags & kInArticle) anchor = ArticleDepth(blocks_[i].path);
        break;
      }
    }
    if (anchor <= 0) return;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      if (b.kind != BlockKind::kBody && b.kind != BlockKind::kHeading) continue;
      if ((b.flags & kInArticle) && ArticleDepth(b.path) > anchor) b.kind = BlockKind::kPromo;
    }
  }

  static int ArticleDepth(std::string_view path) {
    int depth = 0;
    size_t i = 0;
    while ((i = path.find("article", i)) != std::string_view::npos) {
      bool starts = i == 0 || path[i - 1] == ' ';
      bool ends = i + 7 == path.size() || path[i + 7] == ' ';
      depth += starts && ends;
      i += 7;
    }
    return depth;
  }

  // Headings after the last paragraph head nothing of the article ("Related", "Comments").
  void DropTrailingHeadings() {
    for (size_t i = blocks_.size(); i-- > 0;) {
      Block& b = blocks_[i];
      if (b.kind == BlockKind::kBody) break;
      if (b.kind == BlockKind::kHeading) b.kind = BlockKind::kOther;
    }
  }

  // A paragraph repeated word for word (a pull quote, a caption copied into the text) is said
  // once. Short runs repeat legitimately: table cells, numbers, "Advertisement".
  void MarkDuplicates() {
    std::unordered_set<std::string_view> seen;
    for (size_t i = 0; i < blocks_.size(); ++i) {
      Block& b = blocks_[i];
      if (b.kind != BlockKind::kBody && b.kind != BlockKind::kHeading) continue;
      if (shapes_[i].words < 10) continue;
      if (!seen.insert(b.text).second) b.kind = BlockKind::kDuplicate;
    }
  }

  // No running text anywhere (a photo page, a list): keep what is not plainly furniture.
  void KeepAllButFurniture() {
    for (Block& b : blocks_) {
      if (b.flags & kHidden) b.kind = BlockKind::kOther;
      else if (b.flags & kInNav) b.kind = BlockKind::kNavigation;
      else if (b.flags & kInFooter) b.kind = BlockKind::kFooter;
      else b.kind = (b.flags & kIsHeading) ? BlockKind::kHeading : BlockKind::kBody;
    }
  }

  std::vector<Block>& blocks_;
  const PageMeta& meta_;
  std::vector<TextShape> shapes_;
  WordIds vocabulary_;
  TextLine line_;  // ByWording's, reused block after block
  LineScratch line_scratch_;
  std::vector<uint32_t> word_ids_;  // every block's word ids, back to back
  std::vector<WordRange> words_;    // by block: its ids in word_ids_
  RegionResult region_;
  std::vector<bool> common_word_;  // by word id
  uint32_t common_flags_ = 0;
  static constexpr int8_t kUnclassified = -1;
  std::vector<int8_t> hint_of_word_;  // by word id: an AttrHint, or kUnclassified
};

}  // namespace

void ClassifyHtmlBlocks(std::vector<Block>* blocks, const PageMeta& meta) {
  HtmlClassifier(blocks, meta).Run();
}

}  // namespace lede
