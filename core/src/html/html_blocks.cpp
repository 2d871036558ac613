// HTML -> blocks. The tokenizer's tokens drive a small stack of open elements: enough of the
// tree builder to know, for every run of text, its block element (p, li, td, h2, a div with
// direct text ...) and the context around it. Implied end tags follow the spec's common cases
// (a block start closes <p>, <li> closes <li>, cells close cells, <a> closes <a>); the rarely
// seen rest (adoption agency, foster parenting) is left out: a block boundary is all we need.
//
// Bounded work per token: the stack holds at most kMaxDepth elements (deeper ones are counted,
// not kept), and every search down the stack stops there, so pages of any nesting stay linear.
#include "html/html_blocks.h"

#include <functional>
#include <string>
#include <vector>

#include "html/element_attrs.h"
#include "html/elements.h"
#include "html/page_meta.h"
#include "html/tokenizer.h"
#include "html/word_runs.h"

namespace lede {
namespace {

constexpr size_t kMaxDepth = 256;
constexpr size_t kMaxPathNames = 64;
constexpr size_t kMaxAttrWordsBytes = 400;
constexpr size_t kMaxTitleBytes = 64 << 10;
constexpr size_t kMaxJsonLdBytes = (1 << 20) + 1;  // one past PageMetaCollector's limit

struct OpenElement {
  std::string name;
  int id = 0;             // ElementInfo::id
  bool heading_tag = false;
  uint32_t props = 0;
  uint32_t flags = 0;     // this element's and its ancestors' BlockFlags
  bool hidden = false;    // this element or an ancestor is hidden
  int heading_level = 0;  // this element's own
  std::string words;      // this element's own class/id/itemprop words
};

// The open elements. A popped slot keeps its strings' storage for the next push: pages open
// and close thousands of elements, and a name and a words string allocated and freed for
// each was a large share of reading a page.
class ElementStack {
 public:
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  OpenElement& operator[](size_t i) { return items_[i]; }
  const OpenElement& operator[](size_t i) const { return items_[i]; }
  OpenElement& back() { return items_[size_ - 1]; }
  const OpenElement& back() const { return items_[size_ - 1]; }
  // A slot on top of the stack; the caller sets every field.
  OpenElement& Push() {
    if (size_ == items_.size()) items_.emplace_back();
    return items_[size_++];
  }
  void pop_back() { --size_; }

 private:
  std::vector<OpenElement> items_;
  size_t size_ = 0;
};

// Table ids of the elements the builder treats specially, looked up once.
struct Ids {
  int html, head, body, br, meta, title, script, xmp, time, a, p, li, td, th, tr;
  Ids() {
    html = LookupElement("html").id;
    head = LookupElement("head").id;
    body = LookupElement("body").id;
    br = LookupElement("br").id;
    meta = LookupElement("meta").id;
    title = LookupElement("title").id;
    script = LookupElement("script").id;
    xmp = LookupElement("xmp").id;
    time = LookupElement("time").id;
    a = LookupElement("a").id;
    p = LookupElement("p").id;
    li = LookupElement("li").id;
    td = LookupElement("td").id;
    th = LookupElement("th").id;
    tr = LookupElement("tr").id;
  }
};

const Ids& ElementIds() {
  static const Ids ids;
  return ids;
}

enum class Capture { kNone, kIgnore, kTitle, kJsonLd };


// Start tags that end SVG/MathML content (the spec's breakout list), so an unclosed <svg>
// does not swallow the article after it.
bool BreaksOutOfForeign(std::string_view n) {
  static const char* const kNames[] = {
      "b",  "big", "blockquote", "body", "br", "center", "code", "dd",      "div",    "dl",
      "dt", "em",  "embed",      "h1",   "h2", "h3",     "h4",   "h5",      "h6",     "head",
      "hr", "i",   "img",        "li",   "listing", "menu", "meta", "nobr", "ol",     "p",
      "pre", "ruby", "s",        "small", "span", "strong", "strike", "sub", "sup",   "table",
      "tt", "u",   "ul",         "var"};
  for (const char* k : kNames) {
    if (n == k) return true;
  }
  return false;
}

class BlockBuilder : public HtmlTokenSink {
 public:
  explicit BlockBuilder(std::string_view html) : html_(html), tokenizer_(html, this) {
    tokenizer_.KeepValuesOf(&IsAttributeRead);
  }

  std::vector<Block> Build(PageMeta* meta) {
    tokenizer_.Run();
    Flush();
    if (meta != nullptr) *meta = meta_.Finish();
    return std::move(blocks_);
  }

  void OnText(std::string_view text, size_t start, size_t end) override;
  void OnTag(const HtmlTag& tag) override;

 private:
  void StartTag(const HtmlTag& tag);
  void EndTag(const HtmlTag& tag);
  bool SkipTag(const HtmlTag& tag);  // true when the tag is inside skipped content
  void SwitchToRawText(uint32_t props);
  void EnsureBody();
  void Push(const HtmlTag& tag, const ElementInfo& info);
  void Pop();
  void PopTo(size_t index);  // pops stack_[index] and everything above it
  // The index of the innermost element named `name`, searching down until an element with
  // one of `stop_props` (or a scope boundary); -1 when none.
  int FindOpen(int id, std::string_view name, uint32_t stop_props) const;
  int FindOpenItem(bool list_item) const;
  void BeginBlock();
  void AppendText(std::string_view text, size_t start, size_t end);
  void Flush();

  std::string_view html_;
  const Ids& ids_ = ElementIds();
  HtmlTokenizer tokenizer_;
  PageMetaCollector meta_;
  std::vector<Block> blocks_;
  ElementStack stack_;
  AttrSignals attrs_;  // the last tag's, reused
  size_t excess_ = 0;  // open elements deeper than kMaxDepth
  int link_depth_ = 0;
  bool body_open_ = false;
  bool in_head_ = false;
  bool title_seen_ = false;
  bool heading_seen_ = false;
  // Skipped content (svg, math, template, select, media): its name and nesting depth.
  std::string skip_name_;
  int skip_depth_ = 0;
  bool skip_foreign_ = false;
  Capture capture_ = Capture::kNone;
  std::string captured_;
  // The block being built.
  Block block_;
  bool block_begun_ = false;
  bool pending_space_ = false;
  bool block_hidden_ = false;
  size_t visible_ = 0;
  size_t linked_ = 0;
};

void BlockBuilder::OnTag(const HtmlTag& tag) {
  if (capture_ != Capture::kNone) {
    // The tokenizer ends raw text only at its own end tag.
    if (capture_ == Capture::kTitle) {
      meta_.OnTitleText(CollapseSpaces(captured_));
    } else if (capture_ == Capture::kJsonLd) {
      meta_.OnJsonLd(captured_);
    }
    capture_ = Capture::kNone;
    captured_.clear();
    return;
  }
  if (skip_depth_ > 0 && SkipTag(tag)) return;
  if (tag.is_end) {
    EndTag(tag);
  } else {
    StartTag(tag);
  }
}

bool BlockBuilder::SkipTag(const HtmlTag& tag) {
  if (skip_foreign_ && !tag.is_end && BreaksOutOfForeign(tag.name)) {
    skip_depth_ = 0;
    tokenizer_.SetForeignContent(false);
    return false;
  }
  if (tag.name == skip_name_) {
    if (tag.is_end) {
      --skip_depth_;
    } else if (!(skip_foreign_ && tag.self_closing) && std::string_view(tag.name) != "button") {
      ++skip_depth_;  // a <button> start closes the open one instead of nesting
    }
    if (skip_depth_ == 0) tokenizer_.SetForeignContent(false);
  } else if (!skip_foreign_ && !tag.is_end) {
    // Inside <template> and the like, a <script> still hides its "<div>"s.
    const ElementInfo info = LookupElement(tag.name);
    if (info.props & (kElRawtext | kElRcdata | kElScript)) {
      SwitchToRawText(info.props);
      capture_ = Capture::kIgnore;
    }
  }
  return true;
}

void BlockBuilder::SwitchToRawText(uint32_t props) {
  if (props & kElScript) {
    tokenizer_.SetState(TokenizerState::kScriptData);
  } else if (props & kElRcdata) {
    tokenizer_.SetState(TokenizerState::kRcdata);
  } else if (props & kElRawtext) {
    tokenizer_.SetState(TokenizerState::kRawtext);
  } else if (props & kElPlaintext) {
    tokenizer_.SetState(TokenizerState::kPlaintext);
  }
}

void BlockBuilder::StartTag(const HtmlTag& tag) {
  const std::string& name = tag.name;
  const ElementInfo info = LookupElement(name);
  const int id = info.id;
  if (id == ids_.html) {
    meta_.OnHtmlTag(tag);
    if (stack_.empty()) Push(tag, info);
    return;
  }
  if (id == ids_.meta) {
    meta_.OnMetaTag(tag);
    return;
  }
  if (id == ids_.head) {
    if (!body_open_) in_head_ = true;
    return;
  }
  if (in_head_ && !(info.props & kElHeadOnly)) in_head_ = false;
  if (info.props & (kElRawtext | kElRcdata | kElScript)) {
    // Content read as one text token: shown only for <xmp>; captured for <title> and JSON-LD.
    SwitchToRawText(info.props);
    if (id == ids_.xmp) {
      // Shown as preformatted text: a block like <pre>.
    } else {
      capture_ = Capture::kIgnore;
      if (id == ids_.title && !title_seen_) {
        title_seen_ = true;
        capture_ = Capture::kTitle;
      } else if (id == ids_.script) {
        const std::string* type = tag.Attr("type");
        if (type != nullptr && type->size() < 64) {
          std::string t = CollapseSpaces(*type);
          for (char& c : t) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
          if (t == "application/ld+json") capture_ = Capture::kJsonLd;
        }
      }
      return;
    }
  }
  if (in_head_) return;  // <link>, <base> and the like
  if (id == ids_.time || tag.Attr("itemprop") != nullptr) meta_.OnTimeTag(tag);
  if (id == ids_.body) {
    in_head_ = false;
    if (body_open_) return;
    if (stack_.empty()) Push(HtmlTag{false, "html", {}, false, 0, 0}, LookupElement("html"));
    Push(tag, info);
    body_open_ = true;
    return;
  }
  EnsureBody();
  if (info.props & kElSkip) {
    if ((info.props & kElForeign) && tag.self_closing) return;
    skip_name_ = name;
    skip_depth_ = 1;
    skip_foreign_ = (info.props & kElForeign) != 0;
    tokenizer_.SetForeignContent(skip_foreign_);
    return;
  }
  if (info.props & kElPlaintext) SwitchToRawText(info.props);
  if (stack_.size() >= kMaxDepth && !(info.props & kElVoid)) {
    ++excess_;  // too deep to track: its text joins the block around it
    return;
  }
  // Implied end tags.
  if (info.props & kElClosesP) {
    int p = FindOpen(ids_.p, "p", kElScope);
    if (p >= 0) PopTo(static_cast<size_t>(p));
  }
  if (info.props & (kElListItem | kElDefItem)) {
    int item = FindOpenItem((info.props & kElListItem) != 0);
    if (item >= 0) PopTo(static_cast<size_t>(item));
  } else if (info.heading_level > 0 && stack_.back().heading_tag) {
    Pop();  // <h2> inside an open <h3>
  } else if (info.props & kElTableCell) {
    int td = FindOpen(ids_.td, "td", kElScope);
    int th = FindOpen(ids_.th, "th", kElScope);
    int cell = td > th ? td : th;
    if (cell >= 0) PopTo(static_cast<size_t>(cell));
  } else if (info.props & kElTableRow) {
    int tr = FindOpen(ids_.tr, "tr", kElTableSection);
    if (tr >= 0) PopTo(static_cast<size_t>(tr));
  } else if (id == ids_.a) {
    int a = FindOpen(ids_.a, "a", kElSpecial);
    if (a >= 0) PopTo(static_cast<size_t>(a));
  }
  if (info.props & kElBlock) Flush();
  if (info.props & kElVoid) return;
  Push(tag, info);
}

void BlockBuilder::EndTag(const HtmlTag& tag) {
  const std::string& name = tag.name;
  const ElementInfo info = LookupElement(name);
  if (info.id == ids_.head) {
    in_head_ = false;
    return;
  }
  if (in_head_) {
    if (info.id != ids_.br) return;
    in_head_ = false;
  }
  // Content after </body> or </html> still belongs to the body.
  if (info.id == ids_.body || info.id == ids_.html) return;
  if (info.id == ids_.br) {  // "</br>" reads as "<br>"
    Flush();
    return;
  }
  if (excess_ > 0) {
    --excess_;
    return;
  }
  // An inline end tag does not close past a block; a block end tag not past a scope boundary.
  uint32_t stop = (info.props & kElSpecial) ? kElScope : kElSpecial;
  if (info.props & kElListItem) stop |= kElList;
  const int index = FindOpen(info.id, name, stop);
  if (index >= 0) {
    PopTo(static_cast<size_t>(index));
  } else if (info.props & kElBlock) {
    Flush();  // a stray </p> still ends the paragraph
  }
}

int BlockBuilder::FindOpen(int id, std::string_view name, uint32_t stop_props) const {
  for (size_t i = stack_.size(); i-- > 0;) {
    if (id != 0 ? stack_[i].id == id : stack_[i].name == name) return static_cast<int>(i);
    if (stack_[i].props & (stop_props | kElScope)) return -1;
  }
  return -1;
}

// The spec's <li>/<dd>/<dt> rule: close the open item unless a list or another block
// (other than div, p, address) comes first.
int BlockBuilder::FindOpenItem(bool list_item) const {
  for (size_t i = stack_.size(); i-- > 0;) {
    const OpenElement& e = stack_[i];
    if (list_item ? e.id == ids_.li : (e.props & kElDefItem) != 0) return static_cast<int>(i);
    if (e.props & (kElList | kElScope)) return -1;
    if ((e.props & kElSpecial) && !(e.props & kElItemScopeTransparent)) return -1;
  }
  return -1;
}

void BlockBuilder::EnsureBody() {
  if (body_open_) return;
  if (stack_.empty()) Push(HtmlTag{false, "html", {}, false, 0, 0}, LookupElement("html"));
  Push(HtmlTag{false, "body", {}, false, 0, 0}, LookupElement("body"));
  body_open_ = true;
  in_head_ = false;
}

void BlockBuilder::Push(const HtmlTag& tag, const ElementInfo& info) {
  if (stack_.size() >= kMaxDepth) {
    ++excess_;
    return;
  }
  ReadAttrSignals(tag, &attrs_);
  OpenElement& e = stack_.Push();
  const OpenElement* parent = stack_.size() > 1 ? &stack_[stack_.size() - 2] : nullptr;
  e.name.assign(tag.name);
  e.id = info.id;
  e.heading_tag = info.heading_level > 0;
  e.props = info.props;
  e.flags = info.flags | attrs_.flags | (parent ? parent->flags : 0);
  e.hidden = attrs_.hidden || (parent && parent->hidden);
  e.heading_level = info.heading_level > 0 ? info.heading_level : attrs_.heading_level;
  if (info.id != ids_.html && info.id != ids_.body) {
    e.words.assign(attrs_.words);
  } else {
    e.words.clear();
  }
  if (info.id == ids_.a) ++link_depth_;
}

void BlockBuilder::Pop() {
  if (stack_.back().props & kElBlock) Flush();
  if (stack_.back().id == ids_.a) --link_depth_;
  stack_.pop_back();
}

void BlockBuilder::PopTo(size_t index) {
  while (stack_.size() > index) Pop();
}

void BlockBuilder::OnText(std::string_view text, size_t start, size_t end) {
  if (capture_ != Capture::kNone) {
    const size_t cap = capture_ == Capture::kTitle ? kMaxTitleBytes : kMaxJsonLdBytes;
    if (capture_ != Capture::kIgnore && captured_.size() < cap) {
      captured_.append(text.substr(0, cap - captured_.size()));
    }
    return;
  }
  if (skip_depth_ > 0) return;
  if (EndOfTagSpaces(text, 0) == text.size()) {  // only whitespace: at most a space between words
    if (!block_.text.empty()) pending_space_ = true;
    return;
  }
  in_head_ = false;  // text in <head> starts the body, as browsers do
  EnsureBody();
  if (!block_begun_) BeginBlock();
  // Text inside a hidden inline element of a visible block is not shown.
  if (stack_.back().hidden && !block_hidden_) return;
  AppendText(text, start, end);
}

void BlockBuilder::BeginBlock() {
  block_begun_ = true;
  size_t owner = stack_.size() - 1;
  while (owner > 0 && !(stack_[owner].props & kElBlock)) --owner;
  const OpenElement& o = stack_[owner];
  block_.tag = o.name;
  block_.flags = o.flags;
  block_hidden_ = o.hidden;
  if (o.hidden) block_.flags |= kHidden;
  // Deep pages keep the innermost names only, so a block's cost stays bounded.
  const size_t outermost = owner + 1 > kMaxPathNames ? owner + 1 - kMaxPathNames : 0;
  size_t path_bytes = 0;
  for (size_t i = outermost; i <= owner; ++i) path_bytes += stack_[i].name.size() + 1;
  block_.path.reserve(path_bytes);  // one allocation, not a doubling per few names
  for (size_t i = outermost; i <= owner; ++i) {
    if (!block_.path.empty()) block_.path.push_back(' ');
    block_.path += stack_[i].name;
  }
  block_.heading_level = o.heading_level;
  if (block_.heading_level == 0 && (o.flags & kIsHeading)) {
    for (size_t i = owner; i-- > 0;) {
      if (stack_[i].heading_level > 0) {
        block_.heading_level = stack_[i].heading_level;
        break;
      }
    }
  }
  // Words of the block's element, its ancestors, and the inline elements around its first
  // text; the innermost ones win when there are too many.
  size_t budget = kMaxAttrWordsBytes;
  size_t from = stack_.size();
  while (from > 0 && stack_[from - 1].words.size() < budget) {
    budget -= stack_[from - 1].words.size();
    --from;
  }
  block_.attr_words.reserve(kMaxAttrWordsBytes - budget + stack_.size() - from);
  for (size_t i = from; i < stack_.size(); ++i) {
    if (stack_[i].words.empty()) continue;
    if (!block_.attr_words.empty()) block_.attr_words.push_back(' ');
    block_.attr_words += stack_[i].words;
  }
}

void BlockBuilder::AppendText(std::string_view text, size_t start, size_t end) {
  // Source text maps byte for byte; decoded references map as a whole to their source.
  const bool from_source = std::greater_equal<const char*>()(text.data(), html_.data()) &&
                           std::less_equal<const char*>()(text.data() + text.size(),
                                                          html_.data() + html_.size());
  std::string& out = block_.text;
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < n && text[i + 1] == '\xA0';
    if (IsTagSpace(c) || nbsp || c == '\0') {
      if (c != '\0' && !out.empty()) pending_space_ = true;
      i += nbsp ? 2 : 1;
      continue;
    }
    // A run of words with single spaces between them is copied as it is, in one append (what
    // word by word appends would give): most text between tags is such a run.
    size_t spaces = 0;
    const size_t j = EndOfWordRun(text, i, &spaces);
    if (pending_space_ && !out.empty()) out.push_back(' ');
    pending_space_ = false;
    if (out.empty()) block_.start = from_source ? start + i : start;
    out.append(text.data() + i, j - i);
    block_.end = from_source ? start + j : end;
    visible_ += j - i - spaces;
    if (link_depth_ > 0) linked_ += j - i - spaces;
    i = j;
  }
}

void BlockBuilder::Flush() {
  pending_space_ = false;
  if (!block_begun_) return;
  block_begun_ = false;
  if (block_.text.empty()) {
    block_ = Block();
    return;
  }
  block_.link_share = visible_ > 0 ? static_cast<float>(linked_) / visible_ : 0.0f;
  if (!heading_seen_ && block_.heading_level == 1) {
    heading_seen_ = true;
    meta_.OnFirstHeading(block_.text);
  }
  blocks_.push_back(std::move(block_));
  block_ = Block();
  visible_ = 0;
  linked_ = 0;
}

}  // namespace

std::vector<Block> HtmlToBlocks(std::string_view html, PageMeta* meta) {
  BlockBuilder builder(html);
  return builder.Build(meta);
}

}  // namespace lede
