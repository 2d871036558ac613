#include "segment/tokens.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "segment/sentences.h"

namespace lede {
namespace {

using Words = std::vector<std::string>;

Words Tok(const std::string& text) {
  std::vector<Span> sentences;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  Words out;
  for (const Token& t : Tokenize(text, sentences)) out.push_back(text.substr(t.start, t.end - t.start));
  return out;
}

TEST(Tokens, WordsAndPunctuation) {
  EXPECT_EQ(Tok("Hello, world!"), (Words{"Hello", ",", "world", "!"}));
  EXPECT_EQ(Tok("Wait... what -- really?!"), (Words{"Wait", "...", "what", "--", "really", "?!"}));
}

TEST(Tokens, ClitcsSplitOffLikeCoNLL) {
  EXPECT_EQ(Tok("Russia's envoy"), (Words{"Russia", "'s", "envoy"}));
  EXPECT_EQ(Tok("Russia\u2019s envoy"), (Words{"Russia", "\u2019s", "envoy"}));
  EXPECT_EQ(Tok("They don't and can't."), (Words{"They", "do", "n't", "and", "ca", "n't", "."}));
  EXPECT_EQ(Tok("the states' rights"), (Words{"the", "states", "'", "rights"}));
  EXPECT_EQ(Tok("O'Brien said I'm fine"), (Words{"O'Brien", "said", "I", "'m", "fine"}));
}

TEST(Tokens, NumbersKeepSeparators) {
  EXPECT_EQ(Tok("$3.5 billion, 1,000 and 3.5% on 1996-08-22 at 10:30"),
            (Words{"$", "3.5", "billion", ",", "1,000", "and", "3.5", "%", "on", "1996-08-22",
                   "at", "10:30"}));
  EXPECT_EQ(Tok("US$ 5 and 1,2"), (Words{"US$", "5", "and", "1", ",", "2"}));
}

TEST(Tokens, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Tok("Mr. Smith of Acme Inc. met U.S. envoys at 5 p.m. in No. 10."),
            (Words{"Mr.", "Smith", "of", "Acme", "Inc.", "met", "U.S.", "envoys", "at", "5",
                   "p.m.", "in", "No.", "10", "."}));
  EXPECT_EQ(Tok("J. K. Rowling lives in the U.S."),
            (Words{"J.", "K.", "Rowling", "lives", "in", "the", "U.S."}));
  EXPECT_EQ(Tok("He said no."), (Words{"He", "said", "no", "."}));
  EXPECT_EQ(Tok("The U.S.-led talks"), (Words{"The", "U.S.-led", "talks"}));
}

TEST(Tokens, HyphensAddressesAndEmoji) {
  EXPECT_EQ(Tok("A smoke-free zone: see https://example.com/a?b=1, or mail jo.doe@ex.org."),
            (Words{"A", "smoke-free", "zone", ":", "see", "https://example.com/a?b=1", ",", "or",
                   "mail", "jo.doe@ex.org", "."}));
  EXPECT_EQ(Tok("(www.bbc.co.uk) ok \U0001F44D\U0001F3FD \U0001F1FA\U0001F1F8"),
            (Words{"(", "www.bbc.co.uk", ")", "ok", "\U0001F44D\U0001F3FD", "\U0001F1FA\U0001F1F8"}));
}

TEST(Tokens, HanCharactersAndOffsets) {
  std::string text = "北京说。Café été.";
  std::vector<Span> sentences;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  std::vector<Token> tokens = Tokenize(text, sentences);
  Words words;
  for (const Token& t : tokens) words.push_back(text.substr(t.start, t.end - t.start));
  EXPECT_EQ(words, (Words{"北", "京", "说", "。", "Café", "été", "."}));
  EXPECT_EQ(tokens[4].sentence, 1u);
  EXPECT_EQ(tokens[4].start, 12u);  // bytes
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

// Throughput of the splitter and tokenizer on Reuters-21578 newswire (read at run time);
// prints tokens per second. Paragraphs start at an indented line, as in the source.
TEST(Tokens, SpeedOnReuters) {
  std::ifstream in(std::string(LEDE_SHARED_DIR) + "/corpus/unlabeled/reuters21578.jsonl");
  if (!in) GTEST_SKIP() << "reuters21578.jsonl not found";
  std::vector<std::string> texts;
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document doc;
    doc.Parse(line.c_str());
    if (!doc.HasParseError() && doc.IsObject() && doc.HasMember("text") && doc["text"].IsString()) {
      texts.push_back(doc["text"].GetString());
    }
  }
  ASSERT_FALSE(texts.empty());
  size_t tokens = 0, sentences = 0, bytes = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& text : texts) {
    std::vector<Paragraph> paragraphs;
    size_t start = 0;
    for (size_t at = 0; at <= text.size(); ++at) {
      if (at == text.size() || (text[at] == '\n' && at + 1 < text.size() && text[at + 1] == ' ')) {
        Paragraph p;
        p.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(at)};
        paragraphs.push_back(p);
        start = at + 1;
      }
    }
    std::vector<Span> spans = SplitSentences(text, paragraphs);
    tokens += Tokenize(text, spans).size();
    sentences += spans.size();
    bytes += text.size();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("Segment speed on Reuters-21578: %zu texts, %zu sentences, %zu tokens, %.2f MB in "
              "%.3f s: %.0f tokens/s, %.1f MB/s\n",
              texts.size(), sentences, tokens, bytes / 1e6, seconds, tokens / seconds,
              bytes / 1e6 / seconds);
  EXPECT_GT(tokens, 1000000u);
}

}  // namespace
}  // namespace lede
