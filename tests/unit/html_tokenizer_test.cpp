// The HTML tokenizer: tags, attributes, comments, DOCTYPE, raw text states and malformed
// markup, token by token. (The full html5lib suite runs as corpus.html5lib_tokenizer.)
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/tokenizer.h"

namespace lede {
namespace {

// Tokens as short strings: "T:text", "<name a=v/>", "</name>", "C:comment", "D:name".
class Recorder : public HtmlTokenSink {
 public:
  std::vector<std::string> tokens;
  std::vector<std::pair<size_t, size_t>> text_ranges;
  void OnText(std::string_view text, size_t start, size_t end) override {
    text_ranges.emplace_back(start, end);
    if (!tokens.empty() && tokens.back().rfind("T:", 0) == 0) {
      tokens.back().append(text);
    } else {
      tokens.push_back("T:" + std::string(text));
    }
  }
  void OnTag(const HtmlTag& tag) override {
    std::string t = tag.is_end ? "</" : "<";
    t += tag.name;
    for (const auto& a : tag.attrs) t += " " + a.name + "=" + a.value;
    if (tag.self_closing) t += "/";
    tokens.push_back(t + ">");
  }
  void OnComment(std::string_view data) override { tokens.push_back("C:" + std::string(data)); }
  void OnDoctype(const HtmlDoctype& d) override {
    tokens.push_back("D:" + d.name + (d.has_public_id ? " P:" + d.public_id : "") +
                     (d.has_system_id ? " S:" + d.system_id : "") +
                     (d.force_quirks ? " quirks" : ""));
  }
};

std::vector<std::string> Tokens(const std::string& html,
                                TokenizerState state = TokenizerState::kData,
                                const std::string& last_start_tag = "") {
  Recorder r;
  HtmlTokenizer t(html, &r);
  t.SetState(state);
  if (!last_start_tag.empty()) t.SetLastStartTag(last_start_tag);
  t.Run();
  return r.tokens;
}

using V = std::vector<std::string>;

TEST(HtmlTokenizer, TagsAndText) {
  EXPECT_EQ(Tokens("<P Class=x>Hi <B>there</b></p>"),
            (V{"<p class=x>", "T:Hi ", "<b>", "T:there", "</b>", "</p>"}));
  EXPECT_EQ(Tokens("<br/><img src=a.png />"), (V{"<br/>", "<img src=a.png/>"}));
}

// KeepValuesOf: the other attributes keep their names with empty values; tags, text and
// their offsets are the same as without it, whatever the values hold (references, quotes of
// the other kind, NUL, '>' inside quotes, an unterminated value).
TEST(HtmlTokenizer, KeptValuesOnlyChangeTheOtherValues) {
  std::string html =
      "<a href=\"/x?a=1&amp;b=2\" class='k &amp; l' data-x=u&amp;v id=\"i>d\" "
      "title='say \"hi\"' s=tNu>link</a><p style=\"a:b\">x &lt; y</p>"
      "<img src=z.png alt=a&b>tail<br data-a=\"never closed";
  html[html.find("tNu") + 1] = '\0';  // s=t<NUL>u
  auto run = [&](bool filter) {
    Recorder r;
    HtmlTokenizer t(html, &r);
    if (filter) t.KeepValuesOf([](std::string_view name) { return name == "class" || name == "id"; });
    t.Run();
    return std::make_pair(r.tokens, r.text_ranges);
  };
  const auto all = run(false);
  const auto kept = run(true);
  EXPECT_EQ(kept.second, all.second);
  EXPECT_EQ(kept.first, (V{"<a href= class=k & l data-x= id=i>d title= s=>", "T:link", "</a>",
                           "<p style=>", "T:x < y", "</p>", "<img src= alt=>", "T:tail"}));
  ASSERT_EQ(all.first.size(), kept.first.size());
  EXPECT_EQ(all.first[0], "<a href=/x?a=1&b=2 class=k & l data-x=u&v id=i>d title=say \"hi\" "
                          "s=t\xEF\xBF\xBDu>");
}

TEST(HtmlTokenizer, AttributeQuotingFormsAndDuplicates) {
  EXPECT_EQ(Tokens("<a x=\"1 2\" y='3' z=4 w>"), (V{"<a x=1 2 y=3 z=4 w=>"}));
  EXPECT_EQ(Tokens("<a x=1 X=2 x=3>"), (V{"<a x=1>"}));
  EXPECT_EQ(Tokens("<a href=/p/q?a=1&b=2>"), (V{"<a href=/p/q?a=1&b=2>"}));
}

TEST(HtmlTokenizer, Comments) {
  EXPECT_EQ(Tokens("a<!-- x -->b"), (V{"T:a", "C: x ", "T:b"}));
  EXPECT_EQ(Tokens("<!-->x"), (V{"C:", "T:x"}));
  EXPECT_EQ(Tokens("<!-- a --!>x"), (V{"C: a ", "T:x"}));
  EXPECT_EQ(Tokens("<?php echo 1 ?>x"), (V{"C:?php echo 1 ?", "T:x"}));
  EXPECT_EQ(Tokens("</ x>y"), (V{"C: x", "T:y"}));
  EXPECT_EQ(Tokens("<![CDATA[x]]>"), (V{"C:[CDATA[x]]"}));  // outside foreign content
  EXPECT_EQ(Tokens("<!-- never closed"), (V{"C: never closed"}));
}

TEST(HtmlTokenizer, Doctype) {
  EXPECT_EQ(Tokens("<!DOCTYPE html>"), (V{"D:html"}));
  EXPECT_EQ(Tokens("<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\" 'x.dtd'>"),
            (V{"D:html P:-//W3C//DTD HTML 4.01//EN S:x.dtd"}));
  EXPECT_EQ(Tokens("<!DOCTYPE>"), (V{"D: quirks"}));
  EXPECT_EQ(Tokens("<!DOCTYPE html"), (V{"D:html quirks"}));
}

TEST(HtmlTokenizer, RawTextStates) {
  EXPECT_EQ(Tokens("a<b>&amp;</style>c</x>", TokenizerState::kRawtext, "style"),
            (V{"T:a<b>&amp;", "</style>", "T:c", "</x>"}));
  EXPECT_EQ(Tokens("x &lt; y</title>", TokenizerState::kRcdata, "title"),
            (V{"T:x < y", "</title>"}));
  EXPECT_EQ(Tokens("if (a</b) {}</SCRIPT >", TokenizerState::kScriptData, "script"),
            (V{"T:if (a</b) {}", "</script>"}));
  // The double-escape: "<!--<script>" hides "</script>" until "-->".
  EXPECT_EQ(Tokens("<!--<script></script>--></script>", TokenizerState::kScriptData, "script"),
            (V{"T:<!--<script></script>-->", "</script>"}));
  EXPECT_EQ(Tokens("a</plaintext><b>", TokenizerState::kPlaintext), (V{"T:a</plaintext><b>"}));
}

TEST(HtmlTokenizer, MalformedMarkupStaysText) {
  EXPECT_EQ(Tokens("a < b <> c"), (V{"T:a < b <> c"}));
  EXPECT_EQ(Tokens("x</>y"), (V{"T:xy"}));  // "</>" is dropped
  EXPECT_EQ(Tokens("<div class=\"unclosed"), V{});  // eof-in-tag drops the tag
  EXPECT_EQ(Tokens("text<"), (V{"T:text<"}));
}

TEST(HtmlTokenizer, TextOffsetsPointAtTheSource) {
  Recorder r;
  std::string html = "<p>caf&eacute; ok</p>";
  HtmlTokenizer t(html, &r);
  t.Run();
  ASSERT_EQ(r.tokens[1], "T:caf\xC3\xA9 ok");
  // "caf" [3,6), "&eacute;" [6,14), " ok" [14,17).
  ASSERT_EQ(r.text_ranges.size(), 3u);
  EXPECT_EQ(r.text_ranges[1], std::make_pair(size_t{6}, size_t{14}));
  EXPECT_EQ(r.text_ranges[2], std::make_pair(size_t{14}, size_t{17}));
}

}  // namespace
}  // namespace lede
