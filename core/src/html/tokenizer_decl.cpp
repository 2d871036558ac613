// Markup declarations: comments (with "<!-->", "--!>" and bogus comments), DOCTYPE (name,
// public and system ids, force-quirks) and CDATA sections.
#include <cstring>

#include "html/tokenizer.h"
#include "html/tokenizer_chars.h"

namespace lede {
namespace {

bool StartsWithNoCase(std::string_view s, size_t pos, const char* word) {
  const size_t len = std::strlen(word);
  if (pos + len > s.size()) return false;
  for (size_t i = 0; i < len; ++i) {
    if (ToAsciiLower(s[pos + i]) != word[i]) return false;
  }
  return true;
}

}  // namespace

void HtmlTokenizer::BeginComment(size_t lt) {
  FlushText(lt);
  comment_.clear();
}

void HtmlTokenizer::EmitComment() {
  state_ = S::kData;
  text_start_ = pos_;
  sink_->OnComment(comment_);
}

void HtmlTokenizer::EmitDoctype() {
  state_ = S::kData;
  text_start_ = pos_;
  sink_->OnDoctype(doctype_);
}

bool HtmlTokenizer::StepComment() {
  const int c = Peek();
  const size_t n = in_.size();
  switch (state_) {
    case S::kMarkupDeclarationOpen:
      if (in_.compare(pos_, 2, "--") == 0) {
        BeginComment(lt_);
        pos_ += 2;
        state_ = S::kCommentStart;
      } else if (StartsWithNoCase(in_, pos_, "doctype")) {
        FlushText(lt_);
        pos_ += 7;
        state_ = S::kDoctype;
      } else if (in_.compare(pos_, 7, "[CDATA[") == 0) {
        if (foreign_) {
          FlushText(lt_);
          pos_ += 7;
          text_start_ = pos_;
          state_ = S::kCdataSection;
        } else {
          BeginComment(lt_);
          comment_ = "[CDATA[";
          pos_ += 7;
          state_ = S::kBogusComment;
        }
      } else {
        BeginComment(lt_);
        state_ = S::kBogusComment;
      }
      return true;
    case S::kBogusComment: {
      size_t run = pos_;
      while (run < n && in_[run] != '>' && in_[run] != '\0') ++run;
      comment_.append(in_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= n) break;
      ++pos_;
      if (in_[run] == '\0') {
        comment_ += kReplacementChar;
      } else {
        EmitComment();
      }
      return true;
    }
    case S::kCommentStart:
    case S::kCommentStartDash:
      if (c == '-') {
        ++pos_;
        state_ = state_ == S::kCommentStart ? S::kCommentStartDash : S::kCommentEnd;
      } else if (c == '>') {
        ++pos_;  // "<!-->" and "<!--->": an empty comment
        EmitComment();
      } else {
        if (state_ == S::kCommentStartDash && c != kEof) comment_.push_back('-');
        state_ = S::kComment;
      }
      return true;
    case S::kComment: {
      size_t run = pos_;
      while (run < n && in_[run] != '<' && in_[run] != '-' && in_[run] != '\0') ++run;
      comment_.append(in_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= n) break;
      const char ch = in_[pos_++];
      if (ch == '<') {
        comment_.push_back('<');
        state_ = S::kCommentLt;
      } else if (ch == '-') {
        state_ = S::kCommentEndDash;
      } else {
        comment_ += kReplacementChar;
      }
      return true;
    }
    case S::kCommentLt:
      if (c == '!') {
        comment_.push_back('!');
        ++pos_;
        state_ = S::kCommentLtBang;
      } else if (c == '<') {
        comment_.push_back('<');
        ++pos_;
      } else {
        state_ = S::kComment;
      }
      return true;
    case S::kCommentLtBang:
      if (c == '-') ++pos_;
      state_ = c == '-' ? S::kCommentLtBangDash : S::kComment;
      return true;
    case S::kCommentLtBangDash:
      if (c == '-') ++pos_;
      state_ = c == '-' ? S::kCommentLtBangDashDash : S::kCommentEndDash;
      return true;
    case S::kCommentLtBangDashDash:
      state_ = S::kCommentEnd;  // "<!--" nested in a comment: an error, read on
      return true;
    case S::kCommentEndDash:
      if (c == kEof) break;
      if (c == '-') {
        ++pos_;
        state_ = S::kCommentEnd;
      } else {
        comment_.push_back('-');
        state_ = S::kComment;
      }
      return true;
    case S::kCommentEnd:
      if (c == kEof) break;
      if (c == '>') {
        ++pos_;
        EmitComment();
      } else if (c == '!') {
        ++pos_;
        state_ = S::kCommentEndBang;
      } else if (c == '-') {
        ++pos_;
        comment_.push_back('-');
      } else {
        comment_ += "--";
        state_ = S::kComment;
      }
      return true;
    case S::kCommentEndBang:
      if (c == kEof) break;
      if (c == '-') {
        ++pos_;
        comment_ += "--!";
        state_ = S::kCommentEndDash;
      } else if (c == '>') {
        ++pos_;
        EmitComment();
      } else {
        comment_ += "--!";
        state_ = S::kComment;
      }
      return true;
    default:
      break;
  }
  // The end of the input inside a comment: the comment runs to the end.
  pos_ = n;
  sink_->OnComment(comment_);
  text_start_ = n;
  return false;
}

bool HtmlTokenizer::StepDoctype() {
  const int c = Peek();
  HtmlDoctype& d = doctype_;
  if (c == kEof) {
    if (state_ == S::kDoctype || state_ == S::kBeforeDoctypeName) d = HtmlDoctype();
    if (state_ != S::kBogusDoctype) d.force_quirks = true;
    sink_->OnDoctype(d);
    text_start_ = pos_;
    return false;
  }
  auto missing = [&] {  // '>' where an id was expected
    ++pos_;
    d.force_quirks = true;
    EmitDoctype();
  };
  auto bogus = [&] {
    d.force_quirks = true;
    state_ = S::kBogusDoctype;
  };
  switch (state_) {
    case S::kDoctype:
      if (IsTagSpace(c)) ++pos_;
      state_ = S::kBeforeDoctypeName;
      return true;
    case S::kBeforeDoctypeName:
      if (IsTagSpace(c)) {
        ++pos_;
        return true;
      }
      d = HtmlDoctype();
      if (c == '>') {
        missing();
        return true;
      }
      d.has_name = true;
      state_ = S::kDoctypeName;
      return true;
    case S::kDoctypeName:
      ++pos_;
      if (IsTagSpace(c)) {
        state_ = S::kAfterDoctypeName;
      } else if (c == '>') {
        EmitDoctype();
      } else if (c == 0) {
        d.name += kReplacementChar;
      } else {
        d.name.push_back(ToAsciiLower(static_cast<char>(c)));
      }
      return true;
    case S::kAfterDoctypeName:
      if (IsTagSpace(c)) {
        ++pos_;
      } else if (c == '>') {
        ++pos_;
        EmitDoctype();
      } else if (StartsWithNoCase(in_, pos_, "public")) {
        pos_ += 6;
        state_ = S::kAfterDoctypePublicKeyword;
      } else if (StartsWithNoCase(in_, pos_, "system")) {
        pos_ += 6;
        state_ = S::kAfterDoctypeSystemKeyword;
      } else {
        bogus();
      }
      return true;
    case S::kAfterDoctypePublicKeyword:
    case S::kBeforeDoctypePublicId:
    case S::kAfterDoctypeSystemKeyword:
    case S::kBeforeDoctypeSystemId:
    case S::kAfterDoctypePublicId:
    case S::kBetweenDoctypeIds: {
      const bool public_id =
          state_ == S::kAfterDoctypePublicKeyword || state_ == S::kBeforeDoctypePublicId;
      if (IsTagSpace(c)) {
        ++pos_;
        if (state_ == S::kAfterDoctypePublicKeyword) state_ = S::kBeforeDoctypePublicId;
        if (state_ == S::kAfterDoctypeSystemKeyword) state_ = S::kBeforeDoctypeSystemId;
        if (state_ == S::kAfterDoctypePublicId) state_ = S::kBetweenDoctypeIds;
      } else if (c == '"' || c == '\'') {
        ++pos_;
        if (public_id) {
          d.has_public_id = true;
          d.public_id.clear();
          state_ = c == '"' ? S::kDoctypePublicIdDq : S::kDoctypePublicIdSq;
        } else {
          d.has_system_id = true;
          d.system_id.clear();
          state_ = c == '"' ? S::kDoctypeSystemIdDq : S::kDoctypeSystemIdSq;
        }
      } else if (c == '>') {
        // After a public id the doctype is complete; elsewhere an id is missing.
        if (state_ == S::kAfterDoctypePublicId || state_ == S::kBetweenDoctypeIds) {
          ++pos_;
          EmitDoctype();
        } else {
          missing();
        }
      } else {
        bogus();
      }
      return true;
    }
    case S::kDoctypePublicIdDq:
    case S::kDoctypePublicIdSq:
    case S::kDoctypeSystemIdDq:
    case S::kDoctypeSystemIdSq: {
      const bool public_id = state_ == S::kDoctypePublicIdDq || state_ == S::kDoctypePublicIdSq;
      const char quote =
          state_ == S::kDoctypePublicIdDq || state_ == S::kDoctypeSystemIdDq ? '"' : '\'';
      std::string& id = public_id ? d.public_id : d.system_id;
      if (c == quote) {
        ++pos_;
        state_ = public_id ? S::kAfterDoctypePublicId : S::kAfterDoctypeSystemId;
      } else if (c == '>') {
        missing();
      } else {
        ++pos_;
        if (c == 0) {
          id += kReplacementChar;
        } else {
          id.push_back(static_cast<char>(c));
        }
      }
      return true;
    }
    case S::kAfterDoctypeSystemId:
      if (IsTagSpace(c)) {
        ++pos_;
      } else if (c == '>') {
        ++pos_;
        EmitDoctype();
      } else {
        state_ = S::kBogusDoctype;  // no force-quirks here
      }
      return true;
    case S::kBogusDoctype:
      ++pos_;
      if (c == '>') EmitDoctype();
      return true;
    default:
      return false;
  }
}

}  // namespace lede
