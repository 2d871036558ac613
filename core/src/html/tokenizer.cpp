// The tokenizer's core: text states, tags and attributes. Script data escapes are in
// tokenizer_script.cpp, comments and DOCTYPE in tokenizer_decl.cpp.
#include "html/tokenizer.h"

#include <algorithm>

#include "html/char_refs.h"
#include "html/tokenizer_chars.h"
#include "html/word_runs.h"

namespace lede {

const std::string* HtmlTag::Attr(std::string_view attr_name) const {
  for (const HtmlAttribute& a : attrs) {
    if (a.name == attr_name) return &a.value;
  }
  return nullptr;
}

HtmlTokenizer::HtmlTokenizer(std::string_view input, HtmlTokenSink* sink)
    : in_(input), sink_(sink) {}

void HtmlTokenizer::SetState(TokenizerState state) {
  switch (state) {
    case TokenizerState::kData: state_ = S::kData; break;
    case TokenizerState::kRcdata: state_ = S::kRcdata; break;
    case TokenizerState::kRawtext: state_ = S::kRawtext; break;
    case TokenizerState::kScriptData: state_ = S::kScriptData; break;
    case TokenizerState::kPlaintext: state_ = S::kPlaintext; break;
    case TokenizerState::kCdataSection: state_ = S::kCdataSection; break;
  }
}

int HtmlTokenizer::Peek() const {
  return pos_ < in_.size() ? static_cast<unsigned char>(in_[pos_]) : kEof;
}

void HtmlTokenizer::FlushText(size_t upto) {
  if (upto > text_start_) sink_->OnText(in_.substr(text_start_, upto - text_start_), text_start_, upto);
  text_start_ = upto;
}

void HtmlTokenizer::EmitReplacement() {
  FlushText(pos_);
  sink_->OnText(kReplacementChar, pos_, pos_ + 1);
  text_start_ = ++pos_;
}

void HtmlTokenizer::TextCharRef() {
  scratch_.clear();
  const size_t n = DecodeCharRef(in_, pos_, /*in_attribute=*/false, &scratch_);
  if (n == 0) {
    ++pos_;  // a plain '&', part of the text run
    return;
  }
  FlushText(pos_);
  sink_->OnText(scratch_, pos_, pos_ + n);
  pos_ += n;
  text_start_ = pos_;
}

void HtmlTokenizer::AttrCharRef() {
  std::string& value = tag_.attrs.back().value;
  const size_t n = DecodeCharRef(in_, pos_, /*in_attribute=*/true, &value);
  if (n == 0) {
    value.push_back('&');
    ++pos_;
  } else {
    pos_ += n;
  }
}

void HtmlTokenizer::BeginTag(bool is_end, size_t lt) {
  FlushText(lt);
  tag_.is_end = is_end;
  tag_.name.clear();
  for (HtmlAttribute& a : tag_.attrs) {
    a.name.clear();
    a.value.clear();
    spare_attrs_.push_back(std::move(a));
  }
  tag_.attrs.clear();
  tag_.self_closing = false;
  tag_.start = lt;
  attr_checked_ = false;
  attr_names_.clear();
}

void HtmlTokenizer::StartAttr() {
  CloseAttr();
  if (spare_attrs_.empty()) {
    tag_.attrs.emplace_back();
  } else {
    tag_.attrs.push_back(std::move(spare_attrs_.back()));
    spare_attrs_.pop_back();
  }
  attr_checked_ = false;
}

// A repeated attribute name is dropped (the first one wins). Small tags compare names
// directly; a hash set keeps tags with thousands of attributes linear.
void HtmlTokenizer::CloseAttr() {
  if (tag_.attrs.empty() || attr_checked_) return;
  attr_checked_ = true;  // checked once per attribute
  const size_t n = tag_.attrs.size();
  const std::string& name = tag_.attrs.back().name;
  bool dup = false;
  if (n <= 16) {
    for (size_t i = 0; i + 1 < n && !dup; ++i) dup = tag_.attrs[i].name == name;
  } else {
    if (attr_names_.empty()) {
      for (size_t i = 0; i + 1 < n; ++i) attr_names_.insert(tag_.attrs[i].name);
    }
    dup = !attr_names_.insert(name).second;
  }
  if (dup) tag_.attrs.pop_back();
}

void HtmlTokenizer::EmitTag() {
  CloseAttr();
  tag_.end = pos_;
  if (!tag_.is_end) last_start_tag_ = tag_.name;
  state_ = S::kData;
  text_start_ = pos_;
  sink_->OnTag(tag_);  // may switch state_ (script, style, title, ...)
}

bool HtmlTokenizer::AppropriateEndTag() {
  if (end_name_ != last_start_tag_) return false;
  BeginTag(/*is_end=*/true, lt_);
  tag_.name = end_name_;
  return true;
}

void HtmlTokenizer::Run() {
  for (;;) {
    bool more = false;
    switch (state_) {
      case S::kData: case S::kRcdata: case S::kRawtext: case S::kPlaintext:
      case S::kCdataSection: case S::kTagOpen: case S::kEndTagOpen: case S::kRcdataLt:
      case S::kRawtextLt: case S::kTextEndTagOpen:
        more = StepText();
        break;
      case S::kTextEndTagName:
        more = StepEndTagName();
        break;
      case S::kTagName: case S::kBeforeAttrName: case S::kAttrName: case S::kAfterAttrName:
      case S::kBeforeAttrValue: case S::kAttrValueDq: case S::kAttrValueSq:
      case S::kAttrValueUnquoted: case S::kAfterAttrValueQuoted: case S::kSelfClosingStartTag:
        more = StepTag();
        break;
      case S::kScriptData: case S::kScriptDataLt: case S::kScriptDataEscapeStart:
      case S::kScriptDataEscapeStartDash: case S::kScriptDataEscaped:
      case S::kScriptDataEscapedDash: case S::kScriptDataEscapedDashDash:
      case S::kScriptDataEscapedLt: case S::kScriptDataDoubleEscapeStart:
      case S::kScriptDataDoubleEscaped: case S::kScriptDataDoubleEscapedDash:
      case S::kScriptDataDoubleEscapedDashDash: case S::kScriptDataDoubleEscapedLt:
      case S::kScriptDataDoubleEscapeEnd:
        more = StepScript();
        break;
      case S::kBogusComment: case S::kMarkupDeclarationOpen: case S::kCommentStart:
      case S::kCommentStartDash: case S::kComment: case S::kCommentLt: case S::kCommentLtBang:
      case S::kCommentLtBangDash: case S::kCommentLtBangDashDash: case S::kCommentEndDash:
      case S::kCommentEnd: case S::kCommentEndBang:
        more = StepComment();
        break;
      default:
        more = StepDoctype();
        break;
    }
    if (!more) return;
  }
}

// One step of a text state. Text bytes are not copied: they extend the pending run
// [text_start_, pos_), passed to the sink when markup begins or the input ends.
bool HtmlTokenizer::StepText() {
  const size_t n = in_.size();
  const int c = Peek();
  switch (state_) {
    case S::kData:
      pos_ = FindAnyOf3(in_, pos_, '<', '&', '<');
      if (pos_ >= n) break;
      if (in_[pos_] == '&') {
        TextCharRef();
      } else {
        lt_ = pos_++;
        state_ = S::kTagOpen;
      }
      return true;
    case S::kRcdata:
    case S::kRawtext: {
      const bool rcdata = state_ == S::kRcdata;
      pos_ = FindAnyOf3(in_, pos_, '<', '\0', rcdata ? '&' : '<');
      if (pos_ >= n) break;
      if (in_[pos_] == '\0') {
        EmitReplacement();
      } else if (in_[pos_] == '&') {
        TextCharRef();
      } else {
        lt_ = pos_++;
        state_ = rcdata ? S::kRcdataLt : S::kRawtextLt;
      }
      return true;
    }
    case S::kPlaintext:
      pos_ = FindAnyOf3(in_, pos_, '\0', '\0', '\0');
      if (pos_ >= n) break;
      EmitReplacement();
      return true;
    case S::kCdataSection: {
      const size_t close = in_.find("]]>", pos_);
      if (close == std::string_view::npos) {
        pos_ = n;
        break;
      }
      FlushText(close);
      pos_ = close + 3;
      text_start_ = pos_;
      state_ = S::kData;
      return true;
    }
    case S::kTagOpen:
      if (c == '!') {
        ++pos_;
        state_ = S::kMarkupDeclarationOpen;
      } else if (c == '/') {
        ++pos_;
        state_ = S::kEndTagOpen;
      } else if (IsAsciiAlpha(c)) {
        BeginTag(/*is_end=*/false, lt_);
        state_ = S::kTagName;
      } else if (c == '?') {
        BeginComment(lt_);
        state_ = S::kBogusComment;
      } else {
        state_ = S::kData;  // the '<' stays text
      }
      return true;
    case S::kEndTagOpen:
      if (IsAsciiAlpha(c)) {
        BeginTag(/*is_end=*/true, lt_);
        state_ = S::kTagName;
      } else if (c == '>') {
        FlushText(lt_);  // "</>" is dropped
        text_start_ = ++pos_;
        state_ = S::kData;
      } else if (c == kEof) {
        state_ = S::kData;  // "</" stays text
      } else {
        BeginComment(lt_);
        state_ = S::kBogusComment;
      }
      return true;
    case S::kRcdataLt:
    case S::kRawtextLt:
      return_state_ = state_ == S::kRcdataLt ? S::kRcdata : S::kRawtext;
      if (c == '/') {
        ++pos_;
        state_ = S::kTextEndTagOpen;
      } else {
        state_ = return_state_;
      }
      return true;
    case S::kTextEndTagOpen:
      end_name_.clear();
      state_ = IsAsciiAlpha(c) ? S::kTextEndTagName : return_state_;
      return true;
    default:
      break;
  }
  // The end of the input in a text state.
  FlushText(n);
  return false;
}

// The end tag name after "</" in RCDATA, RAWTEXT and script data: a tag only when it closes
// the element that opened the text (the appropriate end tag); otherwise the bytes are text.
bool HtmlTokenizer::StepEndTagName() {
  const int c = Peek();
  if (IsAsciiAlpha(c)) {
    end_name_.push_back(ToAsciiLower(static_cast<char>(c)));
    ++pos_;
    return true;
  }
  if ((IsTagSpace(c) || c == '/' || c == '>') && AppropriateEndTag()) {
    ++pos_;
    if (c == '>') {
      EmitTag();
    } else {
      state_ = c == '/' ? S::kSelfClosingStartTag : S::kBeforeAttrName;
    }
    return true;
  }
  state_ = return_state_;
  return true;
}

// Appends the run of name bytes at pos_ (lower-cased) to *name: tag and attribute names
// are read a run at a time, not a state step per byte. One pass lower-cases into a local
// buffer, appended once (a longer name takes another call: the state stays on the name).
void HtmlTokenizer::AppendName(std::string* name) {
  constexpr size_t kChunk = 64;
  char buffer[kChunk];
  const size_t n = std::min(in_.size(), pos_ + kChunk);
  size_t k = 0;
  for (size_t at = pos_; at < n && kNameByte(in_[at]); ++at) buffer[k++] = ToAsciiLower(in_[at]);
  name->append(buffer, k);
  pos_ += k;
}

void HtmlTokenizer::ReadAttrName() {
  AppendName(&tag_.attrs.back().name);
  if (pos_ + 1 < in_.size() && in_[pos_] == '=' && (in_[pos_ + 1] == '"' || in_[pos_ + 1] == '\'')) {
    pos_ += 2;
    EnterQuotedValue(in_[pos_ - 1]);
  }
}

void HtmlTokenizer::EnterQuotedValue(char quote) {
  state_ = quote == '"' ? S::kAttrValueDq : S::kAttrValueSq;
  keep_value_ = keep_value_of_ == nullptr || keep_value_of_(tag_.attrs.back().name);
}

void HtmlTokenizer::AfterQuotedValue() {
  state_ = S::kAfterAttrValueQuoted;
  const size_t n = in_.size();
  if (pos_ >= n) return;
  if (IsTagSpace(in_[pos_])) {
    pos_ = EndOfTagSpaces(in_, pos_);
    state_ = S::kBeforeAttrName;
  } else if (in_[pos_] == '>') {
    ++pos_;
    EmitTag();
  }
}

bool HtmlTokenizer::StepTag() {
  const int c = Peek();
  if (c == kEof) return false;  // eof-in-tag: the tag is dropped
  const size_t n = in_.size();
  switch (state_) {
    case S::kTagName:
      if (IsNamePart(c) && c != '=') {
        AppendName(&tag_.name);
        return true;
      }
      if (IsTagSpace(c)) {
        state_ = S::kBeforeAttrName;
      } else if (c == '/') {
        state_ = S::kSelfClosingStartTag;
      } else if (c == '>') {
        ++pos_;
        EmitTag();
        return true;
      } else if (c == 0) {
        tag_.name += kReplacementChar;
      } else {
        tag_.name.push_back(ToAsciiLower(static_cast<char>(c)));
      }
      ++pos_;
      return true;
    case S::kBeforeAttrName:
      if (IsTagSpace(c)) {
        pos_ = EndOfTagSpaces(in_, pos_);
      } else if (c == '/' || c == '>') {
        state_ = S::kAfterAttrName;
      } else {
        StartAttr();
        state_ = S::kAttrName;
        if (c == '=') {
          tag_.attrs.back().name.push_back('=');
          ++pos_;
        } else if (kNameByte(static_cast<char>(c))) {
          ReadAttrName();
        }
      }
      return true;
    case S::kAttrName:
      if (IsNamePart(c) && c != '=') {
        ReadAttrName();
        return true;
      }
      if (IsTagSpace(c) || c == '/' || c == '>') {
        state_ = S::kAfterAttrName;
      } else if (c == '=') {
        ++pos_;
        state_ = S::kBeforeAttrValue;
      } else {
        if (c == 0) {
          tag_.attrs.back().name += kReplacementChar;
        } else {
          tag_.attrs.back().name.push_back(ToAsciiLower(static_cast<char>(c)));
        }
        ++pos_;
      }
      return true;
    case S::kAfterAttrName:
      if (IsTagSpace(c)) {
        ++pos_;
      } else if (c == '/') {
        ++pos_;
        state_ = S::kSelfClosingStartTag;
      } else if (c == '=') {
        ++pos_;
        state_ = S::kBeforeAttrValue;
      } else if (c == '>') {
        ++pos_;
        EmitTag();
      } else {
        StartAttr();
        state_ = S::kAttrName;
      }
      return true;
    case S::kBeforeAttrValue:
      if (IsTagSpace(c)) {
        ++pos_;
      } else if (c == '"' || c == '\'') {
        ++pos_;
        EnterQuotedValue(static_cast<char>(c));
      } else if (c == '>') {
        ++pos_;
        EmitTag();
      } else {
        state_ = S::kAttrValueUnquoted;
        keep_value_ = keep_value_of_ == nullptr || keep_value_of_(tag_.attrs.back().name);
      }
      return true;
    case S::kAttrValueDq:
    case S::kAttrValueSq: {
      const char quote = state_ == S::kAttrValueDq ? '"' : '\'';
      if (!keep_value_) {
        // A character reference holds no quote: the value ends at the next one (found a
        // vector a step: WASM's memchr, behind find, reads four bytes a step).
        const size_t end = FindAnyOf3(in_, pos_, quote, quote, quote);
        if (end >= n) {
          pos_ = n;
          return false;
        }
        pos_ = end + 1;
        AfterQuotedValue();
        return true;
      }
      std::string& value = tag_.attrs.back().value;
      const size_t run = FindAnyOf3(in_, pos_, quote, '&', '\0');
      value.append(in_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= n) return false;
      if (in_[pos_] == quote) {
        ++pos_;
        AfterQuotedValue();
      } else if (in_[pos_] == '&') {
        AttrCharRef();
      } else {
        value += kReplacementChar;
        ++pos_;
      }
      return true;
    }
    case S::kAttrValueUnquoted:
      if (IsUnquotedValuePart(c)) {
        size_t run = pos_;
        while (run < n && IsUnquotedValuePart(static_cast<unsigned char>(in_[run]))) ++run;
        if (keep_value_) tag_.attrs.back().value.append(in_.data() + pos_, run - pos_);
        pos_ = run;
        return true;
      }
      if (IsTagSpace(c)) {
        ++pos_;
        state_ = S::kBeforeAttrName;
      } else if (c == '&') {
        // A reference's bytes (letters, digits, '#', ';') continue the value either way.
        if (keep_value_) {
          AttrCharRef();
        } else {
          ++pos_;
        }
      } else if (c == '>') {
        ++pos_;
        EmitTag();
      } else {
        if (keep_value_) {
          std::string& value = tag_.attrs.back().value;
          if (c == 0) {
            value += kReplacementChar;
          } else {
            value.push_back(static_cast<char>(c));
          }
        }
        ++pos_;
      }
      return true;
    case S::kAfterAttrValueQuoted:
      if (IsTagSpace(c)) {
        ++pos_;
        state_ = S::kBeforeAttrName;
      } else if (c == '/') {
        ++pos_;
        state_ = S::kSelfClosingStartTag;
      } else if (c == '>') {
        ++pos_;
        EmitTag();
      } else {
        state_ = S::kBeforeAttrName;
      }
      return true;
    case S::kSelfClosingStartTag:
      if (c == '>') {
        ++pos_;
        tag_.self_closing = true;
        EmitTag();
      } else {
        state_ = S::kBeforeAttrName;
      }
      return true;
    default:
      return false;
  }
}

}  // namespace lede
