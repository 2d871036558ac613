// Main-content extraction end to end: small hand-written pages (our own text) through the HTML
// reader and the classifier, checked on the clean text and the removed blocks' reasons.
#include <gtest/gtest.h>

#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

Analysis Clean(const std::string& html) {
  static const Analyzer* analyzer = new Analyzer();
  Options options;
  options.input = InputKind::kHtml;
  options.summary_sentences = 0;
  Result<Analysis> r = analyzer->Analyze(html, options);
  EXPECT_TRUE(r.ok());
  return r.ok() ? r.value() : Analysis();
}

bool RemovedAs(const Analysis& a, const std::string& text, BlockKind reason) {
  for (const lede::Removed& r : a.removed) {
    if (r.text.find(text) != std::string::npos) return r.reason == reason;
  }
  return false;
}

const char kStory[] =
    "<p>The city council on Wednesday approved a plan to rebuild the old harbour, a project "
    "that had been debated for almost three years.</p>"
    "<p>The mayor said the first works would start in the spring and should be finished by the "
    "end of next year, weather permitting.</p>"
    "<p>Residents of the waterfront districts, however, fear that the building site will close "
    "the promenade for a long time.</p>"
    "<p>The council promised public hearings and said it would publish the budget before any "
    "work begins.</p>";

TEST(HtmlExtraction, ArticlePageKeepsTheStoryAndDropsTheFurniture) {
  std::string html =
      "<!doctype html><html lang=en><head><title>Harbour plan approved | The Gazette</title>"
      "</head><body><header><nav><ul><li><a href=/>Home</a></li><li><a href=/w>World</a></li>"
      "<li><a href=/s>Sport</a></li></ul></nav></header><main><article>"
      "<h1>Harbour plan approved</h1><figure><img src=a.jpg><figcaption>The old harbour at "
      "dawn.</figcaption></figure>" +
      std::string(kStory) +
      "<aside class=related><h3>Related</h3><ul><li><a href=/1>Harbour tolls to rise next "
      "year</a></li><li><a href=/2>Ferry service resumes after strike</a></li></ul></aside>"
      "</article></main><footer><p>© 2026 The Gazette. All rights reserved.</p></footer>"
      "</body></html>";
  Analysis a = Clean(html);
  EXPECT_EQ(a.title, "Harbour plan approved | The Gazette");
  EXPECT_EQ(a.text.find("The city council"), 0u) << a.text;
  EXPECT_NE(a.text.find("before any work begins."), std::string::npos);
  for (const char* gone : {"Home", "Sport", "old harbour at dawn", "Harbour tolls", "Ferry",
                           "All rights reserved", "Related"}) {
    EXPECT_EQ(a.text.find(gone), std::string::npos) << gone;
  }
  EXPECT_TRUE(RemovedAs(a, "The old harbour at dawn.", BlockKind::kCaption));
  EXPECT_TRUE(RemovedAs(a, "All rights reserved", BlockKind::kFooter));
  EXPECT_TRUE(RemovedAs(a, "Home", BlockKind::kNavigation));
}

TEST(HtmlExtraction, FindsTheBodyInPlainDivs) {
  std::string html =
      "<html><body><div id=top><div class=links><a href=/>Latest</a> <a href=/o>Opinion</a>"
      "</div></div><div id=page><div class=col-left><div class=text>" +
      std::string(kStory) +
      "</div><div class=share-bar><a href=#>Facebook</a> <a href=#>Email</a></div></div>"
      "<div class=col-right><div class=box><a href=/x>Five things to do this weekend</a></div>"
      "<div class=box><a href=/y>Letters to the editor</a></div></div></div></body></html>";
  Analysis a = Clean(html);
  EXPECT_EQ(a.paragraphs.size(), 4u) << a.text;
  for (const char* gone : {"Latest", "Facebook", "weekend", "Letters"}) {
    EXPECT_EQ(a.text.find(gone), std::string::npos) << gone;
  }
}

TEST(HtmlExtraction, NonEnglishPageWithCommentsAndNewsletter) {
  std::string html =
      "<html lang=pt><head><meta charset=utf-8><title>Prefeitura aprova plano</title></head>"
      "<body><nav><a href=/>Início</a> <a href=/e>Esportes</a></nav><div class=materia>"
      "<h1>Prefeitura aprova plano</h1><div class=texto>"
      "<p>A câmara municipal aprovou na quarta-feira o plano de reconstrução do porto antigo, "
      "um projeto discutido havia quase três anos.</p>"
      "<p>Segundo o prefeito, as primeiras obras começam na primavera e devem terminar até o "
      "fim do próximo ano.</p>"
      "<p>Os moradores da orla, porém, temem que o canteiro feche o calçadão por muito "
      "tempo.</p></div>"
      "<div class=newsletter><p>Assine a nossa newsletter e receba as notícias do dia.</p></div>"
      "<div class=comentarios><p>Ótima notícia, finalmente!</p></div></div></body></html>";
  Analysis a = Clean(html);
  EXPECT_EQ(a.paragraphs.size(), 3u) << a.text;
  EXPECT_EQ(a.text.find("newsletter"), std::string::npos);
  EXPECT_EQ(a.text.find("Ótima"), std::string::npos);
  EXPECT_EQ(a.text.find("Prefeitura aprova plano"), std::string::npos);  // the title, not body
  EXPECT_TRUE(RemovedAs(a, "Assine", BlockKind::kPromo));
}

TEST(HtmlExtraction, NestedArticlesAreRelatedPosts) {
  std::string html =
      "<html><head><title>Harbour plan approved</title></head><body><article>"
      "<h1>Harbour plan approved</h1>" +
      std::string(kStory) +
      "<h3>You may also like</h3>"
      "<article><p>Another city is also debating what to do with its old port, and the "
      "discussion there has lasted even longer than here.</p></article>"
      "<article><p>A long look at how ferries shaped the coast over two centuries of trade "
      "and travel, with maps and photographs.</p></article>"
      "</article></body></html>";
  Analysis a = Clean(html);
  EXPECT_EQ(a.paragraphs.size(), 4u) << a.text;
  EXPECT_EQ(a.text.find("Another city"), std::string::npos);
}

}  // namespace
}  // namespace lede
