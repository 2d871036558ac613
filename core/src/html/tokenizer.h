#pragma once
// An HTML5 tokenizer after the WHATWG state machine: data, RCDATA, RAWTEXT, script data (with
// its escape states), PLAINTEXT and CDATA; tags with attributes in every quoting form
// (duplicates dropped); comments with their bogus and abrupt forms; DOCTYPE with public and
// system ids and force-quirks; character references. Parse errors are recovered from as the
// spec says but not reported.
//
//   class Sink : public HtmlTokenSink { ... };
//   Sink sink;
//   HtmlTokenizer tokenizer(html, &sink);
//   tokenizer.Run();  // calls the sink once per token, in order
//
// Switching to RAWTEXT and the like after <script>, <style>, <title> is the tree builder's job
// (as in the spec): the sink calls SetState() from OnTag(). The input is not preprocessed:
// CR counts as whitespace where the spec expects none left after newline normalization, so
// offsets stay those of the caller's bytes. Linear time in the input on every input.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace lede {

struct HtmlAttribute {
  std::string name;  // lower-case
  std::string value;
};

struct HtmlTag {
  bool is_end = false;
  std::string name;  // lower-case ASCII
  std::vector<HtmlAttribute> attrs;
  bool self_closing = false;
  size_t start = 0;  // source bytes of the whole tag, '<' to '>'
  size_t end = 0;

  // The value of an attribute, or nullptr.
  const std::string* Attr(std::string_view attr_name) const;
};

struct HtmlDoctype {
  std::string name;
  std::string public_id;
  std::string system_id;
  bool has_name = false;
  bool has_public_id = false;
  bool has_system_id = false;
  bool force_quirks = false;
};

class HtmlTokenSink {
 public:
  virtual ~HtmlTokenSink() = default;
  // Characters: `text` is what they are (a view of the source, or decoded text for a character
  // reference or a replaced NUL), [start, end) the source bytes they came from. The view is
  // valid during the call only. Runs are not merged: adjacent calls may continue one another.
  virtual void OnText(std::string_view text, size_t start, size_t end) = 0;
  virtual void OnTag(const HtmlTag& tag) = 0;
  virtual void OnComment(std::string_view data) {}
  virtual void OnDoctype(const HtmlDoctype& doctype) {}
};

// The states a tree builder (or a test) may start or switch the tokenizer in.
enum class TokenizerState { kData, kRcdata, kRawtext, kScriptData, kPlaintext, kCdataSection };

class HtmlTokenizer {
 public:
  HtmlTokenizer(std::string_view input, HtmlTokenSink* sink);

  void SetState(TokenizerState state);
  // The last start tag's name, for the "appropriate end tag" test in RCDATA/RAWTEXT/script.
  void SetLastStartTag(std::string_view name) { last_start_tag_.assign(name); }
  // Inside SVG/MathML, <![CDATA[ opens a CDATA section; elsewhere it is a bogus comment.
  void SetForeignContent(bool foreign) { foreign_ = foreign; }
  // Only attributes whose name `keep` accepts get their values (the others keep their names
  // and an empty value): a sink that reads a few attributes need not have every URL, inline
  // style and data blob copied for it. The tokenizer's states and positions are the same.
  void KeepValuesOf(bool (*keep)(std::string_view name)) { keep_value_of_ = keep; }

  // Tokenizes the whole input, calling the sink per token.
  void Run();

  // The spec's tokenizer states (character references are decoded inline).
  enum class S {
    kData, kRcdata, kRawtext, kScriptData, kPlaintext, kCdataSection,
    kTagOpen, kEndTagOpen, kTagName,
    kRcdataLt, kRawtextLt, kTextEndTagOpen, kTextEndTagName,
    kScriptDataLt, kScriptDataEscapeStart, kScriptDataEscapeStartDash,
    kScriptDataEscaped, kScriptDataEscapedDash, kScriptDataEscapedDashDash,
    kScriptDataEscapedLt, kScriptDataDoubleEscapeStart, kScriptDataDoubleEscaped,
    kScriptDataDoubleEscapedDash, kScriptDataDoubleEscapedDashDash,
    kScriptDataDoubleEscapedLt, kScriptDataDoubleEscapeEnd,
    kBeforeAttrName, kAttrName, kAfterAttrName, kBeforeAttrValue, kAttrValueDq, kAttrValueSq,
    kAttrValueUnquoted, kAfterAttrValueQuoted, kSelfClosingStartTag,
    kBogusComment, kMarkupDeclarationOpen, kCommentStart, kCommentStartDash, kComment,
    kCommentLt, kCommentLtBang, kCommentLtBangDash, kCommentLtBangDashDash, kCommentEndDash,
    kCommentEnd, kCommentEndBang,
    kDoctype, kBeforeDoctypeName, kDoctypeName, kAfterDoctypeName,
    kAfterDoctypePublicKeyword, kBeforeDoctypePublicId, kDoctypePublicIdDq,
    kDoctypePublicIdSq, kAfterDoctypePublicId, kBetweenDoctypeIds,
    kAfterDoctypeSystemKeyword, kBeforeDoctypeSystemId, kDoctypeSystemIdDq,
    kDoctypeSystemIdSq, kAfterDoctypeSystemId, kBogusDoctype,
  };

 private:
  int Peek() const;  // the byte at pos_ (0-255), or -1 at the end
  void FlushText(size_t upto);
  void EmitReplacement();  // U+FFFD for the NUL at pos_, which it consumes
  void TextCharRef();
  void AttrCharRef();
  void BeginTag(bool is_end, size_t lt);
  void StartAttr();
  void CloseAttr();
  void EmitTag();
  void AppendName(std::string* name);
  // The rest of an attribute name at pos_; a following ="..." or '...' goes straight into
  // the value state (the common shape, without a state step per part).
  void ReadAttrName();
  void EnterQuotedValue(char quote);
  // After a quoted value's closing quote: the spaces after it, or the tag's end.
  void AfterQuotedValue();
  void BeginComment(size_t lt);
  void EmitComment();
  void EmitDoctype();
  // The end of an RCDATA/RAWTEXT/script end tag name: true when it is appropriate (and the tag
  // then begins), false when the characters stay text.
  bool AppropriateEndTag();

  bool StepText();
  bool StepTag();
  bool StepScript();
  bool StepEndTagName();
  bool StepComment();
  bool StepDoctype();

  std::string_view in_;
  HtmlTokenSink* sink_;
  size_t pos_ = 0;
  size_t text_start_ = 0;  // start of the source text not yet passed to the sink
  size_t lt_ = 0;          // the '<' of the markup being read
  S state_ = S::kData;
  S return_state_ = S::kData;  // the text state an end-tag-name state falls back to
  bool foreign_ = false;
  bool attr_checked_ = false;
  bool (*keep_value_of_)(std::string_view) = nullptr;
  bool keep_value_ = true;  // the current attribute's value is kept
  std::string last_start_tag_;
  std::string end_name_;  // the end tag name read in RCDATA/RAWTEXT/script states
  std::string temp_;      // the script double-escape buffer
  std::string scratch_;
  HtmlTag tag_;
  // Attributes of earlier tags, emptied but keeping their strings' storage: most tags have
  // attributes, and allocating and freeing their names and values was a tenth of reading a
  // page. (The largest value's room is kept until the tokenizer goes, at the end of the page.)
  std::vector<HtmlAttribute> spare_attrs_;
  std::unordered_set<std::string> attr_names_;  // only for tags with many attributes
  std::string comment_;
  HtmlDoctype doctype_;
};

}  // namespace lede
