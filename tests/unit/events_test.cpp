// The sanctions events stage on hand-made analyses: text, sentences and tokens from the
// segmenter, entities and actors written by the test (or none: the stage alone).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

#include "events/sanctions.h"
#include "lede/lede.h"
#include "segment/sentences.h"
#include "segment/tokens.h"

namespace lede {
namespace {

class Doc {
 public:
  explicit Doc(const std::string& text) {
    a_.text = text;
    a_.paragraphs.push_back({{0, static_cast<uint32_t>(text.size())}, BlockKind::kBody, 0});
    a_.sentences = SplitSentences(a_.text, a_.paragraphs);
    tokens_ = Tokenize(a_.text, a_.sentences);
  }

  // Marks every occurrence of `words` as a mention of the actor `name` (created once).
  Doc& Mark(const std::string& words, const std::string& type, const std::string& name,
            const std::string& country = "") {
    int actor = -1;
    for (size_t i = 0; i < a_.actors.size(); ++i) {
      if (a_.actors[i].name == name) actor = static_cast<int>(i);
    }
    if (actor < 0) {
      Actor a;
      a.id = "a" + std::to_string(a_.actors.size());
      a.name = name;
      a.type = type;
      a.country = country;
      a_.actors.push_back(a);
      actor = static_cast<int>(a_.actors.size()) - 1;
    }
    for (size_t pos = a_.text.find(words); pos != std::string::npos;
         pos = a_.text.find(words, pos + 1)) {
      Entity e;
      e.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + words.size())};
      e.text = words;
      e.type = type;
      e.actor = actor;
      a_.entities.push_back(e);
    }
    std::sort(a_.entities.begin(), a_.entities.end(),
              [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
    return *this;
  }

  std::vector<Event> Events() const { return FindSanctionEvents(a_, tokens_); }
  std::string Slice(Span s) const { return a_.text.substr(s.start, s.end - s.start); }
  const Analysis& analysis() const { return a_; }
  int ActorIndex(const std::string& name) const {
    for (size_t i = 0; i < a_.actors.size(); ++i) {
      if (a_.actors[i].name == name) return static_cast<int>(i);
    }
    return -1;
  }

 private:
  Analysis a_;
  std::vector<Token> tokens_;
};

std::vector<std::string> Names(const std::vector<EventTarget>& parties) {
  std::vector<std::string> out;
  for (const EventTarget& p : parties) out.push_back(p.name);
  return out;
}

TEST(SanctionEvents, StageAloneFindsImposerTargetCountryReasonAndDate) {
  Doc doc("The phone call came the same day the EU imposed sanctions on two Chechen officials "
          "over rights abuses in Chechnya.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.action, "impose");
  EXPECT_EQ(e.code, "163");
  EXPECT_EQ(e.plover, "SANCTION");
  EXPECT_EQ(doc.Slice(e.trigger), "sanctions");
  ASSERT_EQ(e.imposer_spans.size(), 1u);
  EXPECT_EQ(e.imposer_spans[0].name, "European Union");
  EXPECT_EQ(e.imposer_spans[0].country, "EU");
  EXPECT_TRUE(e.imposers.empty());  // no actors stage: no actor indices
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(doc.Slice(e.targets[0].span), "two Chechen officials");
  EXPECT_EQ(e.targets[0].country, "RUS");
  EXPECT_EQ(doc.Slice(e.reason), "over rights abuses in Chechnya");
  EXPECT_EQ(doc.Slice(e.date), "the same day");
  EXPECT_FALSE(e.counter);
}

TEST(SanctionEvents, NominalTriggerWithAgentListIsImposeWithSpeaker) {
  Doc doc("Wang sharply criticized coordinated sanctions brought by the European Union, the "
          "United Kingdom, Canada, and the United States against Chinese officials over human "
          "rights abuses in Xinjiang.");
  doc.Mark("Wang", "PERSON", "Wang Yi", "CHN")
      .Mark("European Union", "ORG", "European Union", "EU")
      .Mark("United Kingdom", "GPE", "United Kingdom", "GBR")
      .Mark("Canada", "GPE", "Canada", "CAN")
      .Mark("United States", "GPE", "United States", "USA")
      .Mark("Chinese", "NORP", "China", "CHN")
      .Mark("Xinjiang", "GPE", "Xinjiang", "CHN");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.action, "impose");
  std::vector<int> want = {doc.ActorIndex("European Union"), doc.ActorIndex("United Kingdom"),
                           doc.ActorIndex("Canada"), doc.ActorIndex("United States")};
  EXPECT_EQ(e.imposers, want);
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(doc.Slice(e.targets[0].span), "Chinese officials");
  EXPECT_EQ(e.targets[0].country, "CHN");
  EXPECT_EQ(e.speaker, doc.ActorIndex("Wang Yi"));
  EXPECT_NE(doc.Slice(e.reason).find("human rights abuses in Xinjiang"), std::string::npos);
}

TEST(SanctionEvents, WillLikelyImposeIsAThreat) {
  Doc doc("The United States will likely impose sanctions on Iran soon.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "threaten");
  EXPECT_EQ(events[0].code, "1312");
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"United States"});
  EXPECT_EQ(Names(events[0].targets), std::vector<std::string>{"Iran"});
}

TEST(SanctionEvents, ACallsObjectAfterTheTriggerIsTheTargetNotTheAddressee) {
  // "recommended sanctions against Norway": Norway is whom; "urged Canada to impose": who.
  Doc against("The committee recommended trade sanctions against Norway over whaling.");
  std::vector<Event> events = against.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "call");
  EXPECT_TRUE(events[0].imposer_spans.empty());
  EXPECT_EQ(Names(events[0].targets), std::vector<std::string>{"Norway"});
  Doc urged("Activists urged Canada to impose sanctions on Iran.");
  events = urged.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "call");
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"Canada"});
  EXPECT_EQ(Names(events[0].targets), std::vector<std::string>{"Iran"});
}

TEST(SanctionEvents, RefusedToLiftKeepsTheSanctions) {
  Doc doc("Washington refused to lift the sanctions on Cuba.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].action, "lift");
  EXPECT_EQ(events[0].action, "impose");
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"United States"});
}

TEST(SanctionEvents, LikelyToBeLiftedIsALift) {
  Doc doc("The EU embargo on arms exports to China is likely to be lifted in the next six "
          "months, Jack Straw has said.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "lift");
  EXPECT_EQ(events[0].code, "085");
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"European Union"});
  EXPECT_EQ(Names(events[0].targets), std::vector<std::string>{"China"});
  EXPECT_EQ(doc.Slice(events[0].date), "in the next six months");
}

TEST(SanctionEvents, CallingForALiftIsOpposition) {
  Doc doc("Germany and France have repeatedly called for the embargo to be lifted.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "oppose");
  EXPECT_EQ(events[0].code, "1054");
}

TEST(SanctionEvents, UrgingSanctionsIsACallWithTheWouldBeImposer) {
  Doc doc("The Semiconductor Industry Association urged Japan to impose trade sanctions "
          "against Iran for violating the agreement.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "call");
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"Japan"});
  EXPECT_EQ(Names(events[0].targets), std::vector<std::string>{"Iran"});
  EXPECT_EQ(doc.Slice(events[0].reason), "for violating the agreement");
}

TEST(SanctionEvents, OpposingSanctionsInGeneralHasNoTarget) {
  Doc doc("\xE2\x80\x9C" "Countries should stand together to oppose all forms of unilateral "
          "sanctions,\xE2\x80\x9D Wang said.");
  doc.Mark("Wang", "PERSON", "Wang Yi", "CHN");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].action, "oppose");
  EXPECT_TRUE(events[0].imposers.empty());
  EXPECT_TRUE(events[0].imposer_spans.empty());
  EXPECT_TRUE(events[0].targets.empty());
  EXPECT_EQ(events[0].speaker, doc.ActorIndex("Wang Yi"));
}

TEST(SanctionEvents, RetaliationWithItsOwnSanctionsIsACounterByTheSubject) {
  Doc doc("Wang's comments came as Beijing, in a tit-for-tat move, announced its own sanctions "
          "on 10 EU individuals and four entities that it accused of harming China's "
          "sovereignty.");
  doc.Mark("Wang", "PERSON", "Wang Yi", "CHN").Mark("Beijing", "GPE", "China", "CHN");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.action, "impose");
  EXPECT_TRUE(e.counter);
  EXPECT_EQ(e.imposers, std::vector<int>{doc.ActorIndex("China")});
  ASSERT_EQ(e.targets.size(), 1u);
  EXPECT_EQ(doc.Slice(e.targets[0].span), "10 EU individuals and four entities");
  EXPECT_EQ(e.targets[0].country, "EU");
  EXPECT_NE(doc.Slice(e.reason).find("harming China's sovereignty"), std::string::npos);
}

TEST(SanctionEvents, PronounTargetResolvesToTheCoordinatedSubject) {
  Doc doc("The foreign ministers of China and Russia met amid Western sanctions against them "
          "over human rights violations.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Names(events[0].imposer_spans), std::vector<std::string>{"the West"});
  EXPECT_EQ(Names(events[0].targets), (std::vector<std::string>{"China", "Russia"}));
  EXPECT_EQ(doc.Slice(events[0].targets[0].span), "them");
}

TEST(SanctionEvents, NoEventForLawsNegationsHypothesesAndOtherSenses) {
  for (const char* text : {
           "The law authorizes the U.S. government to sanction those it sees as human rights "
           "offenders.",
           "The European Commission said it would not impose sanctions on countries who break "
           "the rules.",
           "Washington argues that if the embargo is lifted, China could buy arms.",
           "The Iraq war could be illegal without a second UN resolution sanctioning military "
           "action.",
           "Licensees who refuse to comply will face the ultimate sanction of losing their "
           "liquor licence.",
           "Yukos will return to a US court on Wednesday to seek sanctions against Baikal "
           "Finance Group.",
           "Fidel Castro's decision to ban all cash transactions in US dollars turned the "
           "spotlight on Cuba.",
           "The newspaper broke the press embargo on the report.",
       }) {
    EXPECT_TRUE(Doc(text).Events().empty()) << text;
  }
}

TEST(SanctionEvents, RepeatsShareAGroupAndOthersDoNot) {
  Doc doc("The EU, Britain and Canada imposed sanctions on Chinese officials over abuses in "
          "Xinjiang. The EU sanctions imposed on China are similar to the Magnitsky Act. The "
          "EU imposed sanctions on two Chechen officials over rights abuses in Chechnya.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].group, events[1].group);
  EXPECT_NE(events[0].group, events[2].group);
}

TEST(SanctionEvents, ItStandingForSanctionsOfThePreviousSentence) {
  Doc doc("The EU imposed an arms embargo on China in 1989. Mr Straw said he wanted it to end.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].action, "oppose");
}

TEST(SanctionEvents, OffsetsStayOnCharactersWithMultiByteText) {
  Doc doc("\xF0\x9F\x98\x80 Z\xC3\xBCrich firms said the EU imposed sanctions on Ren\xC3\xA9\xE2\x80\x99s "
          "company over fraud in M\xC3\xBCnchen.");
  std::vector<Event> events = doc.Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(doc.Slice(events[0].trigger), "sanctions");
  ASSERT_FALSE(events[0].reason.empty());
  EXPECT_EQ(doc.Slice(events[0].reason), "over fraud in M\xC3\xBCnchen");
  // JSON offsets are UTF-16 units: the trigger still slices to its word.
  Analysis a = doc.analysis();
  a.events = events;
  std::string json = ToJson(a);
  // "😀 Zürich firms said the EU imposed ": 2 + 1 + 6 + 6 + 5 + 4 + 3 + 8 + 1 = 36 units.
  EXPECT_NE(json.find("\"trigger\":{\"text\":\"sanctions\",\"start\":36,\"end\":45}"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"text\":\"Ren\xC3\xA9\xE2\x80\x99s company\""), std::string::npos) << json;
}

TEST(SanctionEvents, LinearOnLongInput) {
  std::string text;
  for (int i = 0; i < 4000; ++i) {
    text += "The EU imposed sanctions on Russian officials over the war. Trade grew again. ";
  }
  Doc doc(text);
  auto start = std::chrono::steady_clock::now();
  std::vector<Event> events = doc.Events();
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(events.size(), 4000u);
  EXPECT_LT(seconds, 2.0);
}

}  // namespace
}  // namespace lede
