// Script data and its escape states: "<!--" inside a script hides "</script>" only after a
// nested "<script" (the double-escape), as browsers do. Every byte stays text except NUL
// (U+FFFD) and the appropriate end tag.
#include "html/tokenizer.h"
#include "html/tokenizer_chars.h"

namespace lede {

bool HtmlTokenizer::StepScript() {
  const int c = Peek();
  const size_t n = in_.size();
  switch (state_) {
    case S::kScriptData:
      pos_ = FindAnyOf3(in_, pos_, '<', '\0', '<');
      if (pos_ >= n) break;
      if (in_[pos_] == '\0') {
        EmitReplacement();
      } else {
        lt_ = pos_++;
        state_ = S::kScriptDataLt;
      }
      return true;
    case S::kScriptDataLt:
      if (c == '/') {
        ++pos_;
        return_state_ = S::kScriptData;
        state_ = S::kTextEndTagOpen;
      } else if (c == '!') {
        ++pos_;
        state_ = S::kScriptDataEscapeStart;
      } else {
        state_ = S::kScriptData;
      }
      return true;
    case S::kScriptDataEscapeStart:
    case S::kScriptDataEscapeStartDash:
      if (c == '-') {
        ++pos_;
        state_ = state_ == S::kScriptDataEscapeStart ? S::kScriptDataEscapeStartDash
                                                     : S::kScriptDataEscapedDashDash;
      } else {
        state_ = S::kScriptData;
      }
      return true;
    case S::kScriptDataEscaped:
    case S::kScriptDataDoubleEscaped: {
      const bool dbl = state_ == S::kScriptDataDoubleEscaped;
      pos_ = FindAnyOf3(in_, pos_, '<', '-', '\0');
      if (pos_ >= n) break;
      if (in_[pos_] == '\0') {
        EmitReplacement();
      } else if (in_[pos_] == '-') {
        ++pos_;
        state_ = dbl ? S::kScriptDataDoubleEscapedDash : S::kScriptDataEscapedDash;
      } else {
        lt_ = pos_++;
        state_ = dbl ? S::kScriptDataDoubleEscapedLt : S::kScriptDataEscapedLt;
      }
      return true;
    }
    case S::kScriptDataEscapedDash:
    case S::kScriptDataEscapedDashDash:
    case S::kScriptDataDoubleEscapedDash:
    case S::kScriptDataDoubleEscapedDashDash: {
      const bool dbl = state_ == S::kScriptDataDoubleEscapedDash ||
                       state_ == S::kScriptDataDoubleEscapedDashDash;
      const bool dashdash =
          state_ == S::kScriptDataEscapedDashDash || state_ == S::kScriptDataDoubleEscapedDashDash;
      const S body = dbl ? S::kScriptDataDoubleEscaped : S::kScriptDataEscaped;
      if (c == kEof) break;
      if (c == '-') {
        ++pos_;
        state_ = dbl ? S::kScriptDataDoubleEscapedDashDash : S::kScriptDataEscapedDashDash;
      } else if (c == '<') {
        lt_ = pos_++;
        state_ = dbl ? S::kScriptDataDoubleEscapedLt : S::kScriptDataEscapedLt;
      } else if (c == '>' && dashdash) {
        ++pos_;
        state_ = S::kScriptData;
      } else if (c == 0) {
        EmitReplacement();
        state_ = body;
      } else {
        ++pos_;
        state_ = body;
      }
      return true;
    }
    case S::kScriptDataEscapedLt:
      if (c == '/') {
        ++pos_;
        return_state_ = S::kScriptDataEscaped;
        state_ = S::kTextEndTagOpen;
      } else if (IsAsciiAlpha(c)) {
        temp_.clear();
        state_ = S::kScriptDataDoubleEscapeStart;
      } else {
        state_ = S::kScriptDataEscaped;
      }
      return true;
    case S::kScriptDataDoubleEscapedLt:
      if (c == '/') {
        ++pos_;
        temp_.clear();
        state_ = S::kScriptDataDoubleEscapeEnd;
      } else {
        state_ = S::kScriptDataDoubleEscaped;
      }
      return true;
    case S::kScriptDataDoubleEscapeStart:
    case S::kScriptDataDoubleEscapeEnd: {
      const bool start = state_ == S::kScriptDataDoubleEscapeStart;
      const S stay = start ? S::kScriptDataEscaped : S::kScriptDataDoubleEscaped;
      const S flip = start ? S::kScriptDataDoubleEscaped : S::kScriptDataEscaped;
      if (IsTagSpace(c) || c == '/' || c == '>') {
        ++pos_;
        state_ = temp_ == "script" ? flip : stay;
      } else if (IsAsciiAlpha(c)) {
        // Only "script" matters; a longer name can never match, so cap the buffer.
        if (temp_.size() < 8) temp_.push_back(ToAsciiLower(static_cast<char>(c)));
        ++pos_;
      } else {
        state_ = stay;
      }
      return true;
    }
    default:
      break;
  }
  FlushText(n);
  return false;
}

}  // namespace lede
