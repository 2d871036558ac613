#include "entities/entities.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "entities/ner_labels.h"
#include "segment/sentences.h"
#include "segment/tokens.h"

namespace lede {
namespace {

std::vector<Entity> Find(const std::string& text) {
  std::vector<Span> sentences;
  SplitParagraph(text, {0, static_cast<uint32_t>(text.size())}, &sentences);
  const std::vector<Token> tokens = Tokenize(text, sentences);
  return FindEntities(text, sentences, tokens, DefaultEntityModel());
}

bool Has(const std::vector<Entity>& entities, const std::string& text, const std::string& type) {
  for (const Entity& e : entities) {
    if (e.text == text && e.type == type) return true;
  }
  return false;
}

std::string Dump(const std::vector<Entity>& entities) {
  std::string out;
  for (const Entity& e : entities) out += e.text + "/" + e.type + " ";
  return out;
}

void ExpectValidSpans(const std::string& text, const std::vector<Entity>& entities) {
  for (const Entity& e : entities) {
    ASSERT_LT(e.span.start, e.span.end);
    ASSERT_LE(e.span.end, text.size());
    EXPECT_EQ(text.substr(e.span.start, e.span.end - e.span.start), e.text);
    // Spans start and end on UTF-8 code point boundaries.
    EXPECT_NE(static_cast<unsigned char>(text[e.span.start]) & 0xC0, 0x80);
    if (e.span.end < text.size()) {
      EXPECT_NE(static_cast<unsigned char>(text[e.span.end]) & 0xC0, 0x80);
    }
  }
}

TEST(Entities, FindsPersonsAndPlaces) {
  const std::string text = "Russian Foreign Minister Sergei Lavrov met Wang Yi in Beijing.";
  const auto entities = Find(text);
  EXPECT_TRUE(Has(entities, "Sergei Lavrov", "PERSON")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Wang Yi", "PERSON")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Beijing", "LOC")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Russian", "MISC")) << Dump(entities);
  ExpectValidSpans(text, entities);
}

TEST(Entities, FindsOrganizations) {
  const std::string text =
      "The European Commission and the International Monetary Fund said on Monday that "
      "Germany would support the plan.";
  const auto entities = Find(text);
  EXPECT_TRUE(Has(entities, "European Commission", "ORG")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "International Monetary Fund", "ORG")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Germany", "LOC")) << Dump(entities);
}

TEST(Entities, AllCapsHeadline) {
  const std::string text = "RUSSIA AND CHINA SIGN GAS DEAL IN MOSCOW";
  const auto entities = Find(text);
  EXPECT_TRUE(Has(entities, "RUSSIA", "LOC")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "CHINA", "LOC")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "MOSCOW", "LOC")) << Dump(entities);
  EXPECT_FALSE(Has(entities, "GAS", "ORG")) << Dump(entities);
}

TEST(Entities, HeadlineNamesFollowTheBody) {
  // The body names "Vladimir Putin"; the all-caps headline's "PUTIN" is the same person.
  const std::string text =
      "PUTIN WARNS WEST OVER SANCTIONS. Russian President Vladimir Putin said on Monday that "
      "new sanctions would hurt Europe.";
  const auto entities = Find(text);
  EXPECT_TRUE(Has(entities, "PUTIN", "PERSON")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Vladimir Putin", "PERSON")) << Dump(entities);
  ExpectValidSpans(text, entities);
}

TEST(Entities, OffsetsStayValidAroundCjkAndEmoji) {
  const std::string text =
      "北京 🙂 President Joe Biden met Chancellor Olaf Scholz in Berlin 🇩🇪 on Friday, 東京.";
  const auto entities = Find(text);
  EXPECT_TRUE(Has(entities, "Joe Biden", "PERSON")) << Dump(entities);
  EXPECT_TRUE(Has(entities, "Berlin", "LOC")) << Dump(entities);
  ExpectValidSpans(text, entities);
}

TEST(Entities, EmptyAndPunctuationOnlyInput) {
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("... !!! ???").empty());
  EXPECT_TRUE(FindEntities("", {}, {}, DefaultEntityModel()).empty());
}

TEST(Entities, LowerCaseTextHasFewNames) {
  const auto entities = Find("the cat sat on the mat and then it went to sleep in the sun.");
  EXPECT_TRUE(entities.empty()) << Dump(entities);
}

TEST(NerLabels, SpansRoundTripThroughBilou) {
  const std::vector<ner::LabeledSpan> spans = {{0, 2, ner::kPer}, {2, 3, ner::kLoc},
                                               {5, 8, ner::kOrg}};
  const std::vector<int> labels = ner::LabelsFromSpans(spans, 9);
  const auto back = ner::SpansFromLabels(labels);
  ASSERT_EQ(back.size(), spans.size());
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_EQ(back[i].begin, spans[i].begin);
    EXPECT_EQ(back[i].end, spans[i].end);
    EXPECT_EQ(back[i].type, spans[i].type);
  }
  EXPECT_FALSE(ner::TransitionAllowed(ner::MakeLabel(ner::kPer, ner::kB), ner::kOutside));
  EXPECT_TRUE(ner::TransitionAllowed(ner::MakeLabel(ner::kPer, ner::kB),
                                     ner::MakeLabel(ner::kPer, ner::kL)));
}

}  // namespace
}  // namespace lede
