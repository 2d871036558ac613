// Key facts: one line per sanctions event group, merged from the group's events; and through
// the whole pipeline on text written for this test.
#include "summary/key_facts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "lede/lede.h"

namespace lede {
namespace {

Span Find(const std::string& text, const std::string& words) {
  const size_t at = text.find(words);
  EXPECT_NE(at, std::string::npos) << words;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + words.size())};
}

Actor MakeActor(const std::string& name) {
  Actor a;
  a.name = name;
  return a;
}

TEST(KeyFacts, OneLinePerGroupMergingPartiesReasonAndDate) {
  Analysis a;
  a.text =
      "On Monday the European Union sanctioned two officials over abuses. Canada and the EU "
      "also froze the officials' assets. Beijing hit back with its own sanctions.";
  a.actors = {MakeActor("European Union"), MakeActor("Canada"), MakeActor("China")};
  Event first;
  first.action = "impose";
  first.imposers = {0};
  first.targets.push_back({-1, "", Find(a.text, "two officials"), ""});
  first.reason = Find(a.text, "over abuses");
  first.date = Find(a.text, "On Monday");
  first.group = 0;
  Event repeat;
  repeat.action = "impose";
  repeat.imposers = {1, 0};
  repeat.targets.push_back({-1, "", Find(a.text, "the officials'"), "two officials"});
  repeat.group = 0;
  Event counter;
  counter.action = "impose";
  counter.imposers = {2};
  counter.counter = true;
  counter.group = 1;
  a.events = {first, repeat, counter};

  const std::vector<KeyFact> facts = MakeKeyFacts(a);
  ASSERT_EQ(facts.size(), 2u);
  EXPECT_EQ(facts[0].text,
            "European Union, Canada → two officials: impose, over abuses (On Monday)");
  EXPECT_EQ(facts[0].events, (std::vector<int>{0, 1}));
  EXPECT_EQ(facts[1].text, "China → —: impose, in retaliation");
  EXPECT_EQ(facts[1].group, 1);
}

TEST(KeyFacts, CallsAndOppositionNameTheSpeaker) {
  Analysis a;
  a.text = "Lithuania urged the EU to sanction Belarus.";
  a.actors = {MakeActor("Lithuania"), MakeActor("European Union"), MakeActor("Belarus")};
  Event call;
  call.action = "call";
  call.speaker = 0;
  call.imposers = {1};
  call.targets.push_back({2, "BLR", Find(a.text, "Belarus"), ""});
  a.events = {call};
  EXPECT_EQ(MakeKeyFacts(a).at(0).text, "Lithuania → Belarus: call, on European Union");

  Event oppose;
  oppose.action = "oppose";
  oppose.speaker = 2;
  a.events = {oppose};
  EXPECT_EQ(MakeKeyFacts(a).at(0).text, "Belarus → —: oppose");
}

TEST(KeyFacts, NoEventsNoFacts) { EXPECT_TRUE(MakeKeyFacts(Analysis{}).empty()); }

TEST(KeyFacts, ThroughThePipelineEveryGroupHasOneLine) {
  Analyzer analyzer;
  const std::string text =
      "Norway imposed sanctions on three Venezuelan officials on Friday over the crackdown on "
      "protesters.\n\nThe Norwegian measures freeze the officials' assets and ban their travel.\n\n"
      "Venezuela's foreign ministry said it rejected the sanctions and would respond.";
  Result<Analysis> r = analyzer.Analyze(text);
  ASSERT_TRUE(r.ok());
  const Analysis& a = r.value();
  ASSERT_FALSE(a.events.empty());
  std::vector<int> groups;
  for (const Event& e : a.events) {
    if (std::find(groups.begin(), groups.end(), e.group) == groups.end()) groups.push_back(e.group);
  }
  ASSERT_EQ(a.key_facts.size(), groups.size());
  EXPECT_EQ(a.key_facts[0].text.rfind("Norway → ", 0), 0u) << a.key_facts[0].text;
  EXPECT_NE(a.key_facts[0].text.find(": impose"), std::string::npos) << a.key_facts[0].text;
  size_t covered = 0;
  for (const KeyFact& f : a.key_facts) covered += f.events.size();
  EXPECT_EQ(covered, a.events.size());
}

}  // namespace
}  // namespace lede
