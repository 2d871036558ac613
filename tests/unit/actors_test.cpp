// The actors stage on text written for these tests (other states, people and organizations
// than the seed's), with person mentions given by hand as the tagger would give them.
#include <gtest/gtest.h>

#include <algorithm>

#include "actors/actors.h"
#include "segment/sentences.h"
#include "segment/tokens.h"

namespace lede {
namespace {

struct Resolved {
  std::string text;
  std::vector<Entity> entities;
  std::vector<Actor> actors;

  const Actor* Named(const std::string& name) const {
    for (const Actor& a : actors) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }
  // The actor of the entity at the n-th occurrence of `surface` (0-based), or nullptr.
  const Actor* ActorAt(const std::string& surface, int nth = 0) const {
    size_t pos = text.find(surface);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(surface, pos + 1);
    for (const Entity& e : entities) {
      if (e.span.start == pos && e.actor >= 0) return &actors[e.actor];
    }
    return nullptr;
  }
  std::string TypeAt(const std::string& surface) const {
    size_t pos = text.find(surface);
    for (const Entity& e : entities) {
      if (e.span.start == pos && e.span.end == pos + surface.size()) return e.type;
    }
    return "";
  }
};

// Resolves `text` (one paragraph) with PERSON mentions at each occurrence of `persons`.
Resolved Resolve(const std::string& text, const std::vector<std::string>& persons = {},
                 const std::vector<std::string>& orgs = {}) {
  Resolved r;
  r.text = text;
  std::vector<Span> sentences;
  SplitParagraph(r.text, Span{0, static_cast<uint32_t>(r.text.size())}, &sentences);
  std::vector<Token> tokens = Tokenize(r.text, sentences);
  auto tag = [&](const std::vector<std::string>& names, const char* type) {
    for (const std::string& n : names) {
      for (size_t p = r.text.find(n); p != std::string::npos; p = r.text.find(n, p + 1)) {
        r.entities.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + n.size())}, n, type, -1});
      }
    }
  };
  tag(persons, "PERSON");
  tag(orgs, "ORG");
  std::sort(r.entities.begin(), r.entities.end(),
            [](const Entity& a, const Entity& b) { return a.span.start < b.span.start; });
  ResolveActors(r.text, sentences, tokens, &r.entities, &r.actors);
  return r;
}

TEST(Actors, TitlesGiveRoleAndCountry) {
  Resolved r = Resolve(
      "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. "
      "Scholz said Berlin would not block the plan, and Macron agreed.",
      {"Olaf Scholz", "Emmanuel Macron"});
  const Actor* scholz = r.Named("Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(scholz->role, "Chancellor");
  EXPECT_EQ(scholz->country, "DEU");
  EXPECT_EQ(scholz->mentions, 2u);  // "Scholz" found again without the tagger
  const Actor* macron = r.Named("Emmanuel Macron");
  ASSERT_NE(macron, nullptr);
  EXPECT_EQ(macron->role, "President");
  EXPECT_EQ(macron->country, "FRA");
  // "in Paris" is a place; "Berlin would" is the German government.
  ASSERT_NE(r.ActorAt("Paris"), nullptr);
  EXPECT_EQ(r.ActorAt("Paris")->name, "Paris");
  EXPECT_EQ(r.ActorAt("Paris")->country, "FRA");
  ASSERT_NE(r.ActorAt("Berlin"), nullptr);
  EXPECT_EQ(r.ActorAt("Berlin")->name, "Germany");
}

TEST(Actors, CounterpartAndFamilyNameFirst) {
  Resolved r = Resolve(
      "Indian Foreign Minister Subrahmanyam Jaishankar and his Chinese counterpart, Qin Gang, "
      "met in Goa. Qin later told reporters that Beijing wanted calm on the border.",
      {"Subrahmanyam Jaishankar", "Qin Gang"});
  const Actor* qin = r.Named("Qin Gang");
  ASSERT_NE(qin, nullptr);
  EXPECT_EQ(qin->role, "Foreign Minister");
  EXPECT_EQ(qin->country, "CHN");
  EXPECT_EQ(qin->mentions, 2u);
  ASSERT_NE(r.Named("Subrahmanyam Jaishankar"), nullptr);
  EXPECT_EQ(r.Named("Subrahmanyam Jaishankar")->country, "IND");
  ASSERT_NE(r.ActorAt("Beijing"), nullptr);
  EXPECT_EQ(r.ActorAt("Beijing")->name, "China");
}

TEST(Actors, SeatsAndCapitalsActForTheirState) {
  Resolved r = Resolve(
      "The Kremlin said on Friday that talks with Tokyo had stalled. Downing Street declined to "
      "comment, while Tokyo accused Moscow of stalling. Reporters gathered outside the Kremlin.");
  const Actor* russia = r.Named("Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_EQ(russia->mentions, 3u);  // Kremlin, Moscow, and the Kremlin as the seat again
  ASSERT_NE(r.Named("Japan"), nullptr);
  EXPECT_EQ(r.Named("Japan")->mentions, 2u);
  ASSERT_NE(r.Named("United Kingdom"), nullptr);
  EXPECT_EQ(r.TypeAt("Downing Street"), "ORG");
}

TEST(Actors, StateNamesAndOrganizationsMerge) {
  Resolved r = Resolve(
      "Britain and the European Union agreed on fishing. The UK said the EU had moved, and "
      "NATO allies welcomed it. The North Atlantic Treaty Organization meets in Brussels.");
  const Actor* uk = r.Named("United Kingdom");
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(uk->mentions, 2u);
  EXPECT_EQ(uk->country, "GBR");
  const Actor* eu = r.Named("European Union");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->country, "EU");
  EXPECT_EQ(eu->type, "ORG");
  EXPECT_EQ(eu->mentions, 2u);
  const Actor* nato = r.Named("North Atlantic Treaty Organization");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->mentions, 2u);
  // "in Brussels": the city, in Belgium.
  ASSERT_NE(r.ActorAt("Brussels"), nullptr);
  EXPECT_EQ(r.ActorAt("Brussels")->country, "BEL");
}

TEST(Actors, AcronymsDefinedInParentheses) {
  Resolved r = Resolve(
      "The Bureau of Arms Verification (BAV) published a list. BAV officials said more would "
      "follow.",
      {}, {"Bureau of Arms Verification"});
  const Actor* bav = r.Named("Bureau of Arms Verification");
  ASSERT_NE(bav, nullptr);
  EXPECT_EQ(bav->mentions, 2u);  // the name and the acronym in parentheses
  EXPECT_NE(std::find(bav->aliases.begin(), bav->aliases.end(), "BAV"), bav->aliases.end());
}

TEST(Actors, GroupsPlacesAndLaws) {
  Resolved r = Resolve(
      "Rohingya refugees fled Rakhine State into Bangladesh. Shiite militias in Iraq and the "
      "Foreign Agents Registration Act were also discussed, as was drought in the Sahel.");
  EXPECT_EQ(r.TypeAt("Rohingya"), "NORP");
  EXPECT_EQ(r.TypeAt("Shiite"), "NORP");
  EXPECT_EQ(r.TypeAt("Rakhine State"), "GPE");
  EXPECT_EQ(r.TypeAt("Foreign Agents Registration Act"), "LAW");
  EXPECT_EQ(r.TypeAt("Sahel"), "LOC");
  ASSERT_NE(r.Named("Bangladesh"), nullptr);
  EXPECT_EQ(r.Named("Bangladesh")->country, "BGD");
}

TEST(Actors, RoleWithoutStateTakesItFromContext) {
  Resolved r = Resolve(
      "Venezuela's government jailed activists again. Officials in Caracas refused to free "
      "opposition leader Leopoldo Lopez, whose party has long fought the Venezuelan state.",
      {"Leopoldo Lopez"});
  const Actor* lopez = r.Named("Leopoldo Lopez");
  ASSERT_NE(lopez, nullptr);
  EXPECT_EQ(lopez->role, "opposition leader");
  EXPECT_EQ(lopez->country, "VEN");
}

TEST(Actors, TaggerPersonWinsOverAPlaceName) {
  // "Jordan" is a country, but the tagger says this one is a person.
  Resolved r = Resolve("Michael Jordan visited Amman, the capital of Jordan.", {"Michael Jordan"});
  EXPECT_EQ(r.TypeAt("Michael Jordan"), "PERSON");
  ASSERT_NE(r.Named("Jordan"), nullptr);
  EXPECT_EQ(r.Named("Jordan")->mentions, 1u);
}

TEST(Actors, AccentsCurlyPossessivesAndFamilyNames) {
  Resolved r = Resolve(
      "Turkish President Recep Tayyip Erdoğan met Chinese President Xi Jinping and North Korean "
      "leader Kim Jong Un. Erdoğan’s aides said Ankara wanted trade; Xi’s office and Kim were "
      "silent.",
      {"Recep Tayyip Erdoğan", "Xi Jinping", "Kim Jong Un"});
  const Actor* erdogan = r.Named("Recep Tayyip Erdoğan");
  ASSERT_NE(erdogan, nullptr);
  EXPECT_EQ(erdogan->country, "TUR");
  EXPECT_EQ(erdogan->mentions, 2u);
  EXPECT_EQ(r.TypeAt("Erdoğan’s"), "");  // the span leaves the possessive out
  EXPECT_TRUE(std::any_of(r.entities.begin(), r.entities.end(), [](const Entity& e) {
    return e.text == "Erdoğan" && e.type == "PERSON";
  }));
  ASSERT_NE(r.Named("Xi Jinping"), nullptr);
  EXPECT_EQ(r.Named("Xi Jinping")->country, "CHN");
  EXPECT_EQ(r.Named("Xi Jinping")->mentions, 2u);
  ASSERT_NE(r.Named("Kim Jong Un"), nullptr);
  EXPECT_EQ(r.Named("Kim Jong Un")->role, "leader");
  EXPECT_EQ(r.Named("Kim Jong Un")->country, "PRK");
  EXPECT_EQ(r.Named("Kim Jong Un")->mentions, 2u);
  ASSERT_NE(r.ActorAt("Ankara"), nullptr);
  EXPECT_EQ(r.ActorAt("Ankara")->name, "Turkey");
}

TEST(Actors, PlaceNamesInsideOtherNamesAreLeftAlone) {
  Resolved r = Resolve("Lewis Hamilton beat Manchester United fans to the Washington Post office.");
  EXPECT_EQ(r.Named("Hamilton"), nullptr);
  EXPECT_EQ(r.Named("Manchester"), nullptr);
  EXPECT_EQ(r.Named("United States"), nullptr);
}

TEST(Actors, SpokespersonOfAGovernmentBody) {
  Resolved r = Resolve(
      "Kremlin spokesman Dmitry Peskov said the measures were illegal. The Chinese Foreign "
      "Ministry and Russia's Defense Ministry also objected.",
      {"Dmitry Peskov"});
  const Actor* peskov = r.Named("Dmitry Peskov");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->role, "Kremlin spokesman");
  EXPECT_EQ(peskov->country, "RUS");
  ASSERT_NE(r.Named("Chinese Foreign Ministry"), nullptr);
  EXPECT_EQ(r.Named("Chinese Foreign Ministry")->country, "CHN");
  EXPECT_EQ(r.TypeAt("Defense Ministry"), "ORG");
}

// Typed mentions the way a tagger makes mistakes: honorifics inside names, one name typed two
// ways, a title inside a state's span, a company's short name.
Resolved ResolveTyped(const std::string& text,
                      const std::vector<std::pair<std::string, std::string>>& typed) {
  Resolved r;
  r.text = text;
  std::vector<Span> sentences;
  SplitParagraph(r.text, Span{0, static_cast<uint32_t>(r.text.size())}, &sentences);
  std::vector<Token> tokens = Tokenize(r.text, sentences);
  size_t from = 0;
  for (const auto& [surface, type] : typed) {  // in text order
    size_t p = r.text.find(surface, from);
    if (p == std::string::npos) continue;
    r.entities.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())},
                          surface, type, -1});
    from = p + surface.size();
  }
  ResolveActors(r.text, sentences, tokens, &r.entities, &r.actors);
  return r;
}

TEST(Actors, TaggerSlipsAreRepaired) {
  Resolved r = ResolveTyped(
      "Ms Angela Rayner met Assistant Secretary of State Mary Kemp. Mr Rayner... no, Ms Rayner "
      "said Orlov Shipping Lines would appeal. Orlov denied wrongdoing and Orlov shares fell. "
      "Canadian Ambassador Paul Lund agreed.",
      {{"Ms Angela Rayner", "PERSON"}, {"Mary Kemp", "PERSON"}, {"Mr Rayner", "ORG"},
       {"Ms Rayner", "ORG"}, {"Orlov Shipping Lines", "ORG"}, {"Orlov", "PERSON"},
       {"Orlov", "ORG"}, {"Canadian Ambassador", "MISC"}, {"Paul Lund", "PERSON"}});
  const Actor* rayner = r.Named("Angela Rayner");
  ASSERT_NE(rayner, nullptr);
  EXPECT_EQ(rayner->mentions, 3u);  // the honorifics go, and with them the ORG type
  const Actor* kemp = r.Named("Mary Kemp");
  ASSERT_NE(kemp, nullptr);
  EXPECT_EQ(kemp->role, "Assistant Secretary of State");
  const Actor* orlov = r.Named("Orlov Shipping Lines");
  ASSERT_NE(orlov, nullptr);
  EXPECT_EQ(orlov->mentions, 3u);  // "Orlov" is the company's short name here
  const Actor* lund = r.Named("Paul Lund");
  ASSERT_NE(lund, nullptr);
  EXPECT_EQ(lund->role, "Ambassador");
  EXPECT_EQ(lund->country, "CAN");
}

TEST(Actors, HeadlinesInCapitals) {
  Resolved r = Resolve("CHINA AND RUSSIA SLAM NEW U.S. AND EU SANCTIONS OVER XINJIANG.");
  ASSERT_NE(r.Named("China"), nullptr);
  ASSERT_NE(r.Named("Russia"), nullptr);
  ASSERT_NE(r.Named("United States"), nullptr);
  ASSERT_NE(r.Named("European Union"), nullptr);
  ASSERT_NE(r.Named("Xinjiang"), nullptr);
  EXPECT_EQ(r.TypeAt("CHINA"), "GPE");
  // A sentence in ordinary case is not folded: "US" stays the state, "us" is a word.
  r = Resolve("Tell us what the US decided.");
  EXPECT_EQ(r.actors.size(), 1u);
}

TEST(Actors, EmptyAndUnknownTextGiveNothing) {
  Resolved r = Resolve("");
  EXPECT_TRUE(r.actors.empty());
  r = Resolve("the cat sat on the mat and nobody said anything at all.");
  EXPECT_TRUE(r.actors.empty());
  EXPECT_TRUE(r.entities.empty());
}

// Found by fuzz_text: a plural role whose list of states ends the text ("ministers of China
// and Russia" with nothing after) made the resolver read the word after the last token.
TEST(Actors, PluralRoleAtTheEndOfTheText) {
  for (const char* text : {"The foreign ministers of China and Russia",
                           "The foreign ministers of China and Russia,",
                           "Wang Yi and Sergei Lavrov, the foreign ministers of China and Russia"}) {
    Resolved r = Resolve(text, {"Wang Yi", "Sergei Lavrov"});
    EXPECT_NE(r.ActorAt("China"), nullptr) << text;
  }
}

}  // namespace
}  // namespace lede
