// Main-content extraction over HTML blocks (clean/html_classify): blocks written by hand as
// the HTML reader gives them (tag path, class/id words, link share, flags), so the classifier
// is tested apart from the tokenizer. Texts are our own.
#include "clean/html_classify.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "clean/html_signals.h"

namespace lede {
namespace {

Block Make(const std::string& path, const std::string& words, const std::string& text,
           uint32_t flags = 0, float link_share = 0) {
  Block b;
  b.path = path;
  b.tag = path.substr(path.rfind(' ') + 1);
  b.attr_words = words;
  b.text = text;
  b.flags = flags;
  b.link_share = link_share;
  if (b.tag.size() == 2 && b.tag[0] == 'h' && b.tag[1] >= '1' && b.tag[1] <= '6') {
    b.heading_level = b.tag[1] - '0';
    b.flags |= kIsHeading;
  }
  return b;
}

// Five paragraphs of running text in a container; `lang` picks the language.
std::vector<Block> Story(const std::string& path, const std::string& words, uint32_t flags,
                         const std::string& lang = "en") {
  std::vector<std::string> texts;
  if (lang == "ru") {
    texts = {
        "Городской совет в среду одобрил план реконструкции старого порта, который обсуждали "
        "почти три года.",
        "По словам мэра, первые работы начнутся весной, а завершить их планируют к концу "
        "следующего года.",
        "Жители прибрежных кварталов, однако, опасаются, что стройка надолго перекроет "
        "набережную.",
        "Совет пообещал провести открытые слушания и опубликовать смету до начала работ.",
        "Оппозиция назвала сроки нереальными и потребовала независимой экспертизы проекта.",
    };
  } else if (lang == "ko") {
    texts = {
        "시의회는 수요일 오래된 항구를 재개발하는 계획을 승인했다고 밝혔다. 이 계획은 거의 "
        "삼 년 동안 논의되어 왔다.",
        "시장은 첫 공사가 봄에 시작되며 내년 말까지 마무리될 예정이라고 말했다.",
        "그러나 해안가 주민들은 공사 때문에 산책로가 오랫동안 막힐 것을 걱정하고 있다.",
        "의회는 공사 시작 전에 공개 청문회를 열고 예산을 공개하겠다고 약속했다.",
        "야당은 일정이 비현실적이라며 독립적인 검토를 요구했다.",
    };
  } else {
    texts = {
        "The city council on Wednesday approved a plan to rebuild the old harbour, a project "
        "that had been debated for almost three years.",
        "The mayor said the first works would start in the spring and should be finished by "
        "the end of next year, weather permitting.",
        "Residents of the waterfront districts, however, fear that the building site will "
        "close the promenade for a long time.",
        "The council promised public hearings and said it would publish the budget before any "
        "work begins.",
        "The opposition called the schedule unrealistic and asked for an independent review "
        "of the project's costs.",
    };
  }
  std::vector<Block> out;
  for (const std::string& t : texts) out.push_back(Make(path + " p", words, t, flags));
  return out;
}

void Append(std::vector<Block>* to, const std::vector<Block>& more) {
  to->insert(to->end(), more.begin(), more.end());
}

std::string Kept(const std::vector<Block>& blocks) {
  std::string out;
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::kBody || b.kind == BlockKind::kHeading) out += b.text + "\n";
  }
  return out;
}

size_t CountKind(const std::vector<Block>& blocks, BlockKind kind) {
  size_t n = 0;
  for (const Block& b : blocks) n += b.kind == kind;
  return n;
}

TEST(HtmlClassify, KeepsArticleParagraphsAndDropsNavAndFooter) {
  std::vector<Block> blocks;
  for (const char* item : {"Home", "World", "Business", "Sport", "Culture"}) {
    blocks.push_back(Make("html body header nav ul li", "site header menu", item,
                          kInHeader | kInNav | kInList, 1.0f));
  }
  blocks.push_back(Make("html body main article h1", "story headline", "Council approves harbour plan",
                        kInMain | kInArticle));
  Append(&blocks, Story("html body main article div", "story body", kInMain | kInArticle));
  blocks.push_back(Make("html body footer p", "site footer", "© 2026 The Harbour Gazette. All rights reserved.",
                        kInFooter));
  blocks.push_back(Make("html body footer ul li", "site footer links", "Privacy policy",
                        kInFooter | kInList, 1.0f));
  PageMeta meta;
  meta.title = "Council approves harbour plan | The Harbour Gazette";
  ClassifyHtmlBlocks(&blocks, meta);

  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kNavigation) << i;
  EXPECT_EQ(blocks[5].kind, BlockKind::kTitle);
  for (size_t i = 6; i < 11; ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kBody) << i;
  EXPECT_EQ(blocks[11].kind, BlockKind::kFooter);
  EXPECT_EQ(blocks[12].kind, BlockKind::kFooter);
}

TEST(HtmlClassify, DropsRelatedLinksListInsideTheArticle) {
  std::vector<Block> blocks = Story("html body article div", "article content", kInArticle);
  blocks.push_back(Make("html body article div div h3", "article content related title",
                        "Related stories", kInArticle));
  for (const char* t : {"Harbour tolls to rise next year", "Ferry service resumes after strike",
                        "Mayor faces questions over budget"}) {
    blocks.push_back(Make("html body article div div ul li a", "article content related list",
                          t, kInArticle | kInList, 1.0f));
  }
  ClassifyHtmlBlocks(&blocks, PageMeta());
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(blocks[i].kind, BlockKind::kBody) << i;
  for (size_t i = 5; i < blocks.size(); ++i) {
    EXPECT_NE(blocks[i].kind, BlockKind::kBody) << blocks[i].text;
    EXPECT_NE(blocks[i].kind, BlockKind::kHeading) << blocks[i].text;
  }
}

TEST(HtmlClassify, DropsCaptionsButKeepsQuotesAndSubheadings) {
  std::vector<Block> blocks = Story("html body article div", "story", kInArticle);
  blocks.insert(blocks.begin() + 1,
                Make("html body article div figure figcaption", "story",
                     "The old harbour at dawn. Photo: J. Doe", kInArticle | kInFigure | kIsFigcaption));
  blocks.insert(blocks.begin() + 3,
                Make("html body article div h2", "story", "What happens next", kInArticle));
  blocks.insert(blocks.begin() + 4,
                Make("html body article div blockquote p", "story embed social",
                     "We will keep the promenade open on weekends, whatever it takes.",
                     kInArticle | kInBlockquote));
  ClassifyHtmlBlocks(&blocks, PageMeta());
  EXPECT_EQ(blocks[1].kind, BlockKind::kCaption);
  EXPECT_EQ(blocks[3].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[4].kind, BlockKind::kBody);
  EXPECT_EQ(CountKind(blocks, BlockKind::kBody), 6u);
}

TEST(HtmlClassify, FindsTheBodyWithoutArticleOrMainMarkup) {
  std::vector<Block> blocks;
  for (const char* item : {"Latest", "Opinion", "Weather"}) {
    blocks.push_back(Make("html body div div ul li", "top links", item, kInList, 1.0f));
  }
  Append(&blocks, Story("html body div div div", "col left", 0));
  // A sidebar of teasers: short, linked, no sentences.
  for (const char* t : {"Five things to do this weekend", "Letters to the editor",
                        "Crossword and puzzles", "Obituaries"}) {
    blocks.push_back(Make("html body div div div ul li", "col right box", t, kInList, 0.9f));
  }
  ClassifyHtmlBlocks(&blocks, PageMeta());
  std::string kept = Kept(blocks);
  EXPECT_NE(kept.find("approved a plan to rebuild"), std::string::npos);
  EXPECT_NE(kept.find("independent review"), std::string::npos);
  EXPECT_EQ(kept.find("Latest"), std::string::npos);
  EXPECT_EQ(kept.find("Crossword"), std::string::npos);
  EXPECT_EQ(CountKind(blocks, BlockKind::kBody), 5u);
}

TEST(HtmlClassify, WorksOnRussianAndKoreanPages) {
  for (const char* lang : {"ru", "ko"}) {
    std::vector<Block> blocks;
    blocks.push_back(Make("html body nav ul li", "menu", "Главная", kInNav | kInList, 1.0f));
    Append(&blocks, Story("html body div div", "news text", 0, lang));
    blocks.push_back(Make("html body div div div", "news share", "VK Telegram WhatsApp", 0, 1.0f));
    blocks.push_back(Make("html body div div div p", "news subscribe box",
                          lang == std::string("ru") ? "Подпишитесь на нашу рассылку"
                                                    : "뉴스레터를 구독하세요",
                          0));
    ClassifyHtmlBlocks(&blocks, PageMeta());
    EXPECT_EQ(CountKind(blocks, BlockKind::kBody), 5u) << lang;
    EXPECT_EQ(blocks[0].kind, BlockKind::kNavigation) << lang;
    EXPECT_NE(blocks[6].kind, BlockKind::kBody) << lang;
    EXPECT_EQ(blocks[7].kind, BlockKind::kPromo) << lang;
  }
}

TEST(HtmlClassify, DateLinesAndRepeatedParagraphsAreNotBody) {
  std::vector<Block> blocks = Story("html body article", "post", kInArticle);
  blocks.insert(blocks.begin(), Make("html body article div", "post", "Updated 14:05, 18 March 2026",
                                     kInArticle));
  blocks.push_back(blocks[2]);  // a paragraph repeated word for word
  ClassifyHtmlBlocks(&blocks, PageMeta());
  EXPECT_EQ(blocks[0].kind, BlockKind::kDate);
  EXPECT_EQ(blocks.back().kind, BlockKind::kDuplicate);
  EXPECT_EQ(CountKind(blocks, BlockKind::kBody), 5u);
}

TEST(HtmlClassify, PageWithoutProseKeepsWhatIsNotFurniture) {
  std::vector<Block> blocks;
  blocks.push_back(Make("html body nav a", "", "Home", kInNav, 1.0f));
  blocks.push_back(Make("html body div h1", "", "Gallery", 0));
  blocks.push_back(Make("html body div p", "", "Spring 2026", 0));
  ClassifyHtmlBlocks(&blocks, PageMeta());
  EXPECT_EQ(blocks[0].kind, BlockKind::kNavigation);
  EXPECT_EQ(blocks[2].kind, BlockKind::kBody);
}

TEST(HtmlClassify, EmptyInputIsFine) {
  std::vector<Block> blocks;
  ClassifyHtmlBlocks(&blocks, PageMeta());
  EXPECT_TRUE(blocks.empty());
}

TEST(HtmlSignals, MeasuresProseInAnyScript) {
  TextShape en = MeasureText("He said: \"It works.\" Then he left, quietly.");
  EXPECT_EQ(en.sentence_ends, 2);
  EXPECT_EQ(en.commas, 1);
  EXPECT_TRUE(en.terminal);
  TextShape abbrev = MeasureText("U.S. rates rose 3.5 percent");
  EXPECT_EQ(abbrev.sentence_ends, 1);  // "U.S." before a space reads as a stop; 3.5 does not
  EXPECT_FALSE(abbrev.terminal);
  TextShape ja = MeasureText("今日は晴れです。明日は雨です。");
  EXPECT_EQ(ja.sentence_ends, 2);
  EXPECT_GT(ja.units, 20);
  EXPECT_TRUE(LooksLikeDateLine("sexta-feira, 22 de outubro de 2010 às 20:13",
                                MeasureText("sexta-feira, 22 de outubro de 2010 às 20:13")));
  EXPECT_FALSE(LooksLikeDateLine("Sales fell in 2019.", MeasureText("Sales fell in 2019.")));
}

TEST(HtmlSignals, ClassWordsInSeveralLanguages) {
  EXPECT_EQ(ClassifyAttrWord("comments"), AttrHint::kComment);
  EXPECT_EQ(ClassifyAttrWord("articlecomments"), AttrHint::kComment);
  EXPECT_EQ(ClassifyAttrWord("relacionadas"), AttrHint::kRelated);
  EXPECT_EQ(ClassifyAttrWord("correlati"), AttrHint::kRelated);
  EXPECT_EQ(ClassifyAttrWord("ad"), AttrHint::kPromo);
  EXPECT_EQ(ClassifyAttrWord("head"), AttrHint::kNone);  // no "ad" inside words
  EXPECT_EQ(ClassifyAttrWord("articlebody"), AttrHint::kContent);
}

}  // namespace
}  // namespace lede
