#include "clean/text_classify.h"

#include <string>
#include <vector>

#include "clean/text_lexicon.h"
#include "clean/text_lines.h"
#include "clean/text_repeats.h"

namespace lede {
namespace {

// How far before the first paragraph the title may stand (bylines, dates, captions, share
// buttons sit between them).
constexpr size_t kTitleWindow = 10;
// A promo box: at most this many lines between its heading and its call to action.
constexpr size_t kPromoSpan = 4;
// What a line of page furniture (decided) and a short open line (a menu item, a heading)
// cost against the words of running text when finding where the story runs.
constexpr long kFurnitureCost = 3;
constexpr long kShortLineCost = 5;
// Short open lines in a row that end the story (topic tags, a menu under the article).
constexpr size_t kTagRun = 5;
// Story-sized paragraphs below a closing credit or tag run that still let it end the story.
constexpr uint32_t kMinStoryBelow = 3;

// A paragraph the size of a story's (teasers and blurbs under a story are shorter).
bool IsStorySized(const TextLine& l) { return l.word_count >= 25 && IsProse(l); }

// The classifier's working state: a kind per line and whether a pass has decided it.
class TextClassifier {
 public:
  explicit TextClassifier(std::vector<Block>* blocks) : blocks_(*blocks) {
    lines_.reserve(blocks_.size());
    for (const Block& b : blocks_) lines_.push_back(MeasureLine(b.text));
    kind_.assign(blocks_.size(), BlockKind::kBody);
    decided_.assign(blocks_.size(), false);
  }

  void Run() {
    TagByShape();
    TagRepeats();
    TagPromoBoxes();
    size_t first = FirstParagraph();
    if (first == lines_.size()) {
      Commit();  // no running text at all: keep what is not plainly page furniture
      return;
    }
    TagRelatedLists(first);
    TagPullQuotes(first);
    size_t title = FindTitle(first);
    TagHead(title, first);
    size_t last = LastParagraph(first);
    TagTail(last);
    TagHeadings(first, last);
    Commit();
  }

 private:
  size_t size() const { return lines_.size(); }
  bool Open(size_t i) const { return !decided_[i]; }
  void Set(size_t i, BlockKind k) {
    kind_[i] = k;
    decided_[i] = true;
  }

  // what a line is by itself, wherever it stands.
  void TagByShape() {
    for (size_t i = 0; i < size(); ++i) {
      const TextLine& l = lines_[i];
      if (IsConsentText(l)) {
        Set(i, IsSentence(l) ? BlockKind::kFooter : BlockKind::kNavigation);
      } else if (IsCaptionLine(l)) {
        Set(i, BlockKind::kCaption);
      } else if (IsCreditLine(l)) {
        Set(i, BlockKind::kCredit);
      } else if (IsCallToAction(l)) {
        Set(i, BlockKind::kPromo);
      } else if (IsLabelLine(l) || IsLabelledLink(l)) {
        Set(i, BlockKind::kNavigation);
      } else if (IsDateLine(l)) {
        Set(i, BlockKind::kDate);
      } else if (EndsWithPhotoCredit(l)) {
        Set(i, BlockKind::kCaption);
      }
    }
    // A consent banner's heading ("We value your privacy") sits right above its text.
    for (size_t i = 1; i < size(); ++i) {
      if (!decided_[i] || kind_[i] != BlockKind::kFooter || !IsConsentText(lines_[i])) continue;
      for (size_t k = i - 1, steps = 0; steps < 2 && Open(k); --k, ++steps) {
        if (!IsHeadlineLike(lines_[k]) || IsSentence(lines_[k])) break;
        Set(k, BlockKind::kNavigation);
        if (k == 0) break;
      }
    }
  }

  // A pull quote: a short line repeating words of a paragraph close by.
  void TagPullQuotes(size_t first) {
    constexpr size_t kReach = 8;
    constexpr size_t kMaxHaystack = 8192;
    for (size_t i = first + 1; i < size(); ++i) {
      const TextLine& l = lines_[i];
      if (!Open(i) || l.word_count < 4 || l.word_count > 25 || l.key.size() < 20) continue;
      size_t lo = i > kReach ? i - kReach : 0;
      size_t hi = i + kReach < size() ? i + kReach : size() - 1;
      for (size_t k = lo; k <= hi; ++k) {
        const std::string& hay = lines_[k].key;
        if (k == i || hay.size() > kMaxHaystack || hay.size() * 2 < l.key.size() * 3) continue;
        if (ContainsText(hay, l.key)) {
          Set(i, BlockKind::kDuplicate);
          break;
        }
      }
    }
  }

  // later copies are duplicates; the first copy of a repeated line that reads like a
  // photo caption (alt text and caption both copied) is a caption.
  void TagRepeats() {
    std::vector<int> repeat_of = FindRepeats(lines_);
    std::vector<int> next_copy(size(), -1);
    for (size_t i = 0; i < size(); ++i) {
      int j = repeat_of[i];
      if (j < 0) continue;
      if (next_copy[j] < 0) next_copy[j] = static_cast<int>(i);
      if (Open(i) || kind_[i] == BlockKind::kCaption) Set(i, BlockKind::kDuplicate);
    }
    // The first paragraph not involved in any repeat: copies before it are page furniture.
    size_t first = 0;
    while (first < size() && !(Open(first) && next_copy[first] < 0 && IsProse(lines_[first]))) {
      ++first;
    }
    for (size_t j = 0; j < size(); ++j) {
      if (next_copy[j] < 0 || !Open(j)) continue;
      bool adjacent = static_cast<size_t>(next_copy[j]) == j + 1;
      bool headline = IsHeadlineLike(lines_[j]) && !IsSentence(lines_[j]);
      if (HasCaptionCue(lines_[j]) || (adjacent && j < first && !headline)) {
        Set(j, BlockKind::kCaption);
      }
    }
  }

  // "Related stories", "Read next", "Leia também" and the headlines listed under it, from
  // the first paragraph on (above it, position alone says navigation, and the title is there).
  void TagRelatedLists(size_t first) {
    for (size_t i = first; i < size(); ++i) {
      if (!IsRelatedHeader(lines_[i])) continue;
      size_t k = i + 1;
      for (; k < size(); ++k) {
        if (!Open(k)) {
          // The list runs over its own furniture (dates, more labels), not into a promo box
          // or the credits.
          if (kind_[k] == BlockKind::kNavigation || kind_[k] == BlockKind::kDate) continue;
          break;
        }
        const TextLine& l = lines_[k];
        if (IsFooterBoilerplate(l) || l.ends_period || l.ends_comma || l.word_count > 30 ||
            IsSentence(l))
          break;
        Set(k, BlockKind::kNavigation);
      }
      i = k > i ? k - 1 : i;
    }
  }

  // a promo box is a run of lines around a call to action: its heading, its blurb,
  // the call. Lines between two calls close together belong to the box.
  void TagPromoBoxes() {
    std::vector<size_t> calls;
    for (size_t i = 0; i < size(); ++i) {
      if (decided_[i] && kind_[i] == BlockKind::kPromo) calls.push_back(i);
    }
    for (size_t c = 0; c < calls.size(); ++c) {
      size_t i = calls[c];
      if (c + 1 < calls.size() && calls[c + 1] - i <= kPromoSpan) {
        for (size_t k = i + 1; k < calls[c + 1]; ++k) {
          if (Open(k)) Set(k, BlockKind::kPromo);
        }
      }
      // Back from the call: blurbs that address the reader, then the box's heading.
      for (size_t steps = 0, k = i; steps < 3 && k > 0; ++steps) {
        --k;
        if (!Open(k)) break;
        const TextLine& l = lines_[k];
        if (HasPromoWords(l) && l.word_count <= 60) {
          Set(k, BlockKind::kPromo);
          continue;
        }
        // A heading right above the call, itself below running text (so not the title).
        bool heading = IsHeadlineLike(l) && !IsSentence(l) && l.word_count <= 10;
        if (heading && k > 0 && IsProse(lines_[k - 1])) Set(k, BlockKind::kPromo);
        break;
      }
      // A call that is itself a heading ("Get our newsletter") leads its blurb.
      if (!lines_[i].terminal) {
        for (size_t k = i + 1; k < size() && k <= i + 2; ++k) {
          if (!Open(k) || !HasPromoWords(lines_[k]) || lines_[k].word_count > 60) break;
          Set(k, BlockKind::kPromo);
        }
      }
    }
  }

  // The story starts in the page's main run of running text: the stretch of lines where
  // prose outweighs menus and labels most (a maximum-sum segment, one linear pass). Prose
  // teasers scattered through a menu above the story do not start it.
  size_t FirstParagraph() const {
    long best = 0, run = 0;
    size_t best_start = size(), run_start = 0;
    for (size_t i = 0; i < size(); ++i) {
      const TextLine& l = lines_[i];
      long weight;
      if (!Open(i)) {
        weight = -kFurnitureCost;
      } else if (IsProse(l)) {
        weight = l.word_count;
      } else if (blocks_[i].text.find('\t') != std::string::npos) {
        weight = 0;  // a table row (cells copied tab-separated): content, not a menu
      } else {
        weight = IsSentence(l) ? 1 : -kShortLineCost;
      }
      if (run <= 0) {
        run = 0;
        run_start = i;
      }
      run += weight;
      if (run > best) {
        best = run;
        best_start = run_start;
      }
    }
    for (size_t i = best_start; i < size(); ++i) {
      if (Open(i) && IsProse(lines_[i])) return i;
    }
    return size();
  }

  // The title is the first headline-like line shortly before the first paragraph; a longer
  // one wins over a two- or three-word kicker or section name.
  size_t FindTitle(size_t first) const {
    size_t from = first > kTitleWindow ? first - kTitleWindow : 0;
    // A copy that starts on a headline started at the title: nothing of the page above it.
    if (from == 0 && Open(0) && IsHeadlineLike(lines_[0]) && !IsSentence(lines_[0]) &&
        !lines_[0].bullet && lines_[0].word_count >= 3) {
      return 0;
    }
    size_t fallback = size();
    for (size_t i = from; i < first; ++i) {
      const TextLine& l = lines_[i];
      if (!Open(i) || l.bullet || !IsHeadlineLike(l) || IsSentence(l)) continue;
      if (l.word_count >= 4) return i;
      if (l.word_count >= 2 && fallback == size()) fallback = i;
    }
    return fallback;
  }

  // A byline without "By": two to six capitalized words ("Jane Doe", "BBC News, Kyiv"),
  // perhaps with a role ("Jane Doe Moscow correspondent").
  bool LooksLikeName(const TextLine& l) const {
    if (l.terminal || l.word_count < 2 || l.word_count > 6) return false;
    static const char* const kRoles[] = {
        "correspondent", "editor",         "reporter", "writer",  "contributor",   "columnist",
        "staff",         "correspondente", "repórter", "editora", "корреспондент", "редактор"};
    int upper = 0;
    for (size_t w = 0; w < l.shape.size(); ++w) {
      bool role = false;
      for (const char* r : kRoles) role = role || l.words[w] == r;
      if (l.shape[w] == 'U') {
        ++upper;
      } else if (l.words[w].size() > 3 && !role) {
        return false;
      }
    }
    return upper >= 2 && static_cast<int>(l.shape.size()) == l.word_count;
  }

  // Everything before the first paragraph: navigation before the title; bylines, labels and
  // a standfirst between the title and the text.
  void TagHead(size_t title, size_t first) {
    if (title == size()) {
      for (size_t i = 0; i < first; ++i) {
        if (Open(i) && lines_[i].word_count <= 3 && !IsSentence(lines_[i])) {
          Set(i, BlockKind::kNavigation);
        }
      }
      return;
    }
    for (size_t i = 0; i < title; ++i) {
      if (!Open(i)) continue;
      Set(i, IsFooterBoilerplate(lines_[i]) ? BlockKind::kFooter : BlockKind::kNavigation);
    }
    Set(title, BlockKind::kTitle);
    for (size_t i = title + 1; i < first; ++i) {
      if (!Open(i)) continue;
      const TextLine& l = lines_[i];
      if (LooksLikeName(l)) {
        Set(i, BlockKind::kCredit);
      } else if (l.word_count <= 3 && !IsSentence(l)) {
        Set(i, BlockKind::kNavigation);
      }
    }
  }

  // The last line of running text, below which the page's closing furniture starts.
  size_t LastParagraph(size_t first) const {
    // A closing credit ("Reporting by ...; Editing by ...") below some running text ends the
    // story: what follows it is the page.
    // So does a run of tag or menu words (five or more short lines in a row, not a list's
    // bullets or a table's rows): stories do not go on below their topic tags.
    // Neither ends it when more story-sized paragraphs follow than came before: a page's
    // closing furniture is never longer than its story, and text pasted from several pages
    // (or a line-up in a match report) must not lose everything below its first break.
    std::vector<uint32_t> body_below(size() + 1, 0);  // story-sized paragraphs at or after i
    for (size_t i = size(); i-- > first;) {
      body_below[i] = body_below[i + 1] + (Open(i) && IsStorySized(lines_[i]) ? 1 : 0);
    }
    uint32_t body_above = 0;
    auto story_ends_at = [&](size_t i) {
      return body_below[i] < kMinStoryBelow || body_below[i] <= body_above;
    };
    size_t end = size();
    int paragraphs = 0;
    size_t short_run = 0, run_start = 0;
    for (size_t i = first; i < size(); ++i) {
      const TextLine& l = lines_[i];
      if (Open(i) && IsProse(l)) ++paragraphs;
      if (Open(i) && IsStorySized(l)) ++body_above;
      if (paragraphs >= 2 && kind_[i] == BlockKind::kCredit && IsClosingCredit(l) &&
          story_ends_at(i + 1)) {
        end = i;
        break;
      }
      if (!Open(i)) continue;
      bool tag = l.word_count <= 3 && !IsSentence(l) && !l.bullet &&
                 blocks_[i].text.find('\t') == std::string::npos;
      if (!tag) {
        short_run = 0;
        continue;
      }
      if (short_run++ == 0) run_start = i;
      if (short_run >= kTagRun && paragraphs >= 2 && story_ends_at(run_start)) {
        end = run_start;
        break;
      }
    }
    for (size_t i = end; i-- > first;) {
      if (!Open(i)) continue;
      const TextLine& l = lines_[i];
      if (IsFooterBoilerplate(l) || !IsSentence(l)) continue;
      return i;
    }
    return first;
  }

  // Below the last paragraph: lines that follow it directly (a closing list, a line-up) are
  // still the article; from the first piece of page furniture on (a credit, a label, a
  // call, boilerplate) everything is furniture.
  void TagTail(size_t last) {
    size_t k = last + 1;
    while (k < size() && (Open(k) || kind_[k] == BlockKind::kDuplicate) &&
           !IsFooterBoilerplate(lines_[k])) {
      ++k;
    }
    // Once the closing boilerplate starts, the lines under it are the site's footer too.
    bool in_footer = false;
    for (; k < size(); ++k) {
      if (!Open(k)) {
        in_footer = in_footer || kind_[k] == BlockKind::kFooter;
        continue;
      }
      const TextLine& l = lines_[k];
      in_footer = in_footer || IsFooterBoilerplate(l) || IsSentence(l);
      Set(k, in_footer ? BlockKind::kFooter : BlockKind::kNavigation);
    }
  }

  // Short lines between paragraphs that lead into running text are the story's headings.
  void TagHeadings(size_t first, size_t last) {
    for (size_t i = first + 1; i < last; ++i) {
      if (!Open(i)) continue;
      const TextLine& l = lines_[i];
      // A short question may head a section ("What happens next?").
      bool question = l.terminal && !l.ends_period && l.word_count <= 8;
      if (l.word_count > 12 || l.ends_period || l.ends_comma || l.ends_colon || l.bullet ||
          (IsSentence(l) && !question)) {
        continue;
      }
      size_t next = i + 1;
      while (next <= last && next <= i + 3 && !Open(next)) ++next;
      if (next <= last && IsProse(lines_[next])) Set(i, BlockKind::kHeading);
    }
  }

  void Commit() {
    for (size_t i = 0; i < size(); ++i) blocks_[i].kind = kind_[i];
  }

  std::vector<Block>& blocks_;
  std::vector<TextLine> lines_;
  std::vector<BlockKind> kind_;
  std::vector<bool> decided_;
};

}  // namespace

void ClassifyTextBlocks(std::vector<Block>* blocks) {
  if (blocks == nullptr || blocks->empty()) return;
  TextClassifier(blocks).Run();
}

}  // namespace lede
