// HTML -> blocks: one block per paragraph-like element, with its text, source offsets, tag
// path, class/id words, link share and context flags; and the page's title, byline, date and
// language.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/html_blocks.h"

namespace lede {
namespace {

std::vector<Block> Blocks(const std::string& html, PageMeta* meta = nullptr) {
  PageMeta unused;
  return HtmlToBlocks(html, meta != nullptr ? meta : &unused);
}

std::vector<std::string> Texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const Block& b : blocks) out.push_back(b.text);
  return out;
}

using V = std::vector<std::string>;

TEST(HtmlBlocks, ParagraphLikeElements) {
  EXPECT_EQ(Texts(Blocks("<h1>Title</h1><p>One <b>bold</b>  word.</p><ul><li>a<li>b</ul>"
                         "<table><tr><td>c<td>d</table><div>direct <span>text</span></div>")),
            (V{"Title", "One bold word.", "a", "b", "c", "d", "direct text"}));
}

TEST(HtmlBlocks, ImpliedEndTagsAndBreaks) {
  EXPECT_EQ(Texts(Blocks("<p>one<p>two<div>three</div>four<br>five<br/>six")),
            (V{"one", "two", "three", "four", "five", "six"}));
  EXPECT_EQ(Texts(Blocks("<dl><dt>term<dd>def</dl><h2>a<h3>b</h3>")),
            (V{"term", "def", "a", "b"}));
}

TEST(HtmlBlocks, InvisibleContentIsSkipped) {
  EXPECT_EQ(Texts(Blocks("<head><title>T</title><style>p{}</style></head><body>"
                         "<script>var s = '<p>no</p>';</script><noscript>no</noscript>"
                         "<template><p>no</p></template><svg><text>no</text></svg>"
                         "<p>yes</p><select><option>no</select>")),
            (V{"yes"}));
  EXPECT_EQ(Texts(Blocks("<p>a<button>Share<button>Tweet</button>b</p>")), (V{"ab"}));
  // An unclosed <svg> ends at the first HTML block, as browsers do.
  EXPECT_EQ(Texts(Blocks("<svg><path d=x><p>shown</p>")), (V{"shown"}));
}

TEST(HtmlBlocks, CharacterReferencesAndWhitespace) {
  EXPECT_EQ(Texts(Blocks("<p>  Fish &amp;\n\tchips &eacute;t&eacute;&nbsp;&nbsp;x &copy 2024 </p>")),
            (V{"Fish & chips \xC3\xA9t\xC3\xA9 x \xC2\xA9 2024"}));
}

TEST(HtmlBlocks, OffsetsPointAtTheSource) {
  const std::string html =
      "<html><body><article><h1 class=title>Caf&eacute; news</h1>\n<p>First <a href=#>link</a> "
      "here.</p><p>Second &amp; last</p></article></body></html>";
  std::vector<Block> blocks = Blocks(html);
  ASSERT_EQ(blocks.size(), 3u);
  for (const Block& b : blocks) {
    ASSERT_LT(b.start, b.end);
    ASSERT_LE(b.end, html.size());
    const std::string source = html.substr(b.start, b.end - b.start);
    const std::string first_word = b.text.substr(0, b.text.find(' '));
    EXPECT_EQ(source.rfind(first_word.substr(0, 3), 0), 0u) << source;
  }
  EXPECT_EQ(html.substr(blocks[0].start, blocks[0].end - blocks[0].start), "Caf&eacute; news");
  EXPECT_EQ(html.substr(blocks[2].start, blocks[2].end - blocks[2].start), "Second &amp; last");
}

TEST(HtmlBlocks, ContextFlagsPathAndWords) {
  const std::string html =
      "<body class=page><nav id=top-menu><ul><li><a href=/>Home</a></li></ul></nav>"
      "<main><article class='story_body'><h2>Head</h2><p>Text <a href=#>link</a></p>"
      "<figure><img src=x><figcaption>Cap</figcaption></figure>"
      "<blockquote><p>Quote</p></blockquote><pre>code  x</pre>"
      "<div hidden>h1</div><div aria-hidden=true>h2</div><div style='display: none'>h3</div>"
      "<p>vis<span style=display:none>ible</span></p>"
      "<form><label>Email</label></form></article></main>"
      "<aside>Side</aside><div role=contentinfo>Legal</div><footer>Foot</footer></body>";
  std::vector<Block> b = Blocks(html);
  ASSERT_EQ(Texts(b), (V{"Home", "Head", "Text link", "Cap", "Quote", "code x", "h1", "h2", "h3",
                         "vis", "Email", "Side", "Legal", "Foot"}));
  EXPECT_EQ(b[0].path, "html body nav ul li");
  EXPECT_EQ(b[0].tag, "li");
  EXPECT_EQ(b[0].attr_words, "top menu");
  EXPECT_TRUE(b[0].flags & kInNav);
  EXPECT_TRUE(b[0].flags & kInList);
  EXPECT_FLOAT_EQ(b[0].link_share, 1.0f);
  EXPECT_TRUE(b[1].flags & kIsHeading);
  EXPECT_EQ(b[1].heading_level, 2);
  EXPECT_TRUE((b[1].flags & kInArticle) && (b[1].flags & kInMain));
  EXPECT_EQ(b[1].attr_words, "story body");
  EXPECT_NEAR(b[2].link_share, 4.0 / 8.0, 1e-6);
  EXPECT_TRUE((b[3].flags & kInFigure) && (b[3].flags & kIsFigcaption));
  EXPECT_TRUE(b[4].flags & kInBlockquote);
  EXPECT_TRUE(b[5].flags & kIsPre);
  for (int i = 6; i <= 8; ++i) EXPECT_TRUE(b[i].flags & kHidden) << b[i].text;
  EXPECT_FALSE(b[9].flags & kHidden);
  EXPECT_TRUE(b[10].flags & kInForm);
  EXPECT_TRUE(b[11].flags & kInAside);
  EXPECT_TRUE(b[12].flags & kInFooter);
  EXPECT_TRUE(b[13].flags & kInFooter);
  EXPECT_FALSE(b[11].flags & kInArticle);
}

TEST(HtmlBlocks, FragmentsWithoutHtmlOrBody) {
  std::vector<Block> b = Blocks("<p>Second article.</p>");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].text, "Second article.");
  EXPECT_EQ(b[0].path, "html body p");
  EXPECT_EQ(Texts(Blocks("just text")), (V{"just text"}));
}

TEST(HtmlBlocks, PageMeta) {
  PageMeta meta;
  Blocks("<html lang='pt-BR'><head><title> Site | Story </title>"
         "<meta property='og:title' content='The Story'>"
         "<meta name=author content='Ana Souza'>"
         "<meta property='article:published_time' content='2024-03-01T10:00:00Z'>"
         "</head><body><h1>Headline</h1></body></html>",
         &meta);
  EXPECT_EQ(meta.title, "The Story");
  EXPECT_EQ(meta.byline, "Ana Souza");
  EXPECT_EQ(meta.published, "2024-03-01T10:00:00Z");
  EXPECT_EQ(meta.language, "pt");

  PageMeta ld;
  Blocks("<title>Only &amp; title</title><script type=\"application/ld+json\">"
         "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
         "{\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Kim Lee\"},"
         "{\"name\":\"Bo Ma\"}],\"datePublished\":\"2023-05-06\"}]}</script><p>x</p>",
         &ld);
  EXPECT_EQ(ld.title, "Only & title");
  EXPECT_EQ(ld.byline, "Kim Lee, Bo Ma");
  EXPECT_EQ(ld.published, "2023-05-06");

  PageMeta h1;
  Blocks("<body><p>x<time datetime='2020-01-02'>Jan 2</time></p><h1>First <i>h1</i></h1>"
         "<h1>Second</h1>",
         &h1);
  EXPECT_EQ(h1.title, "First h1");
  EXPECT_EQ(h1.published, "2020-01-02");
  EXPECT_EQ(h1.language, "");
}

TEST(HtmlBlocks, BrokenJsonLdIsIgnored) {
  PageMeta meta;
  Blocks("<script type=application/ld+json>{\"author\": [[[[</script><p>x</p>", &meta);
  EXPECT_EQ(meta.byline, "");
}

}  // namespace
}  // namespace lede
