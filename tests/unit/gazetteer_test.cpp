// The compiled-in gazetteer: well formed, sorted, and knowing what the actors stage needs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "entities/gazetteer.h"
#include "segment/tokens.h"

namespace lede {
namespace {

TEST(Gazetteer, CompiledInAndCompact) {
  const Gazetteer& g = Gazetteer::Default();
  EXPECT_GT(g.size(), 4000u);
  EXPECT_LT(g.bytes(), 400u * 1024u);  // ~40 KB gzipped: well under the wasm budget
}

TEST(Gazetteer, KindsAndCodes) {
  const Gazetteer& g = Gazetteer::Default();
  struct Case {
    const char* key;
    GazKind kind;
    const char* code;
    const char* name;
  } cases[] = {
      {"United States of America", GazKind::kCountry, "USA", "United States"},
      {"U.S.", GazKind::kCountry, "USA", "United States"},
      {"Britain", GazKind::kCountry, "GBR", "United Kingdom"},
      {"Georgia", GazKind::kCountry, "GEO", "Georgia"},  // the state beats the US state
      {"Washington", GazKind::kCapital, "USA", "Washington"},
      {"Kremlin", GazKind::kSeat, "RUS", "Kremlin"},
      {"EU", GazKind::kOrg, "EU", "European Union"},
      {"European Commission", GazKind::kOrg, "EU", "European Commission"},
      {"NATO", GazKind::kOrg, "", "North Atlantic Treaty Organization"},
      {"Brazilian", GazKind::kDemonym, "BRA", "Brazil"},
      {"Kurds", GazKind::kGroup, "", "Kurdish"},
      {"Bavaria", GazKind::kSubdivision, "DEU", "Bavaria"},  // iso-codes' English name
      {"Guangdong", GazKind::kSubdivision, "CHN", "Guangdong"},
      {"Middle East", GazKind::kRegion, "", "Middle East"},
      {"Magnitsky Act", GazKind::kLaw, "USA", "Magnitsky Act"},
  };
  for (const Case& c : cases) {
    auto e = g.Find(c.key);
    ASSERT_TRUE(e != nullptr) << c.key;
    EXPECT_EQ(e->kind, c.kind) << c.key;
    EXPECT_EQ(e->code, c.code) << c.key;
    EXPECT_EQ(e->name, c.name) << c.key;
  }
  auto brussels = g.Find("Brussels");
  ASSERT_TRUE(brussels);
  EXPECT_EQ(brussels->code, "BEL");
  EXPECT_EQ(brussels->acts_as, "EU");
  EXPECT_FALSE(g.Find("IN"));  // two-letter codes are words in capitals
  EXPECT_FALSE(g.Find("Thai") && g.Find("Thai")->kind == GazKind::kCountry);
}

TEST(Gazetteer, RolesFamilyNamesAndStates) {
  const Gazetteer& g = Gazetteer::Default();
  auto role = g.FindRole("Foreign Minister");
  ASSERT_TRUE(role);
  EXPECT_EQ(role->name, "Foreign Minister");
  EXPECT_EQ(role->code, "g");
  EXPECT_TRUE(g.FindRole("spokeswoman"));
  EXPECT_FALSE(g.Find("President"));  // roles never match as names
  EXPECT_TRUE(g.IsFamilyNameFirst("Wang"));
  EXPECT_FALSE(g.IsFamilyNameFirst("Lavrov"));
  EXPECT_EQ(g.CountryName("RUS"), "Russia");
  EXPECT_EQ(g.CountryName("EU"), "European Union");
  EXPECT_EQ(g.CountryName("XYZ"), "");
}

TEST(Gazetteer, SmallDataAndPrefixes) {
  static const char kData[] = "Alpha\tC\tAAA\t\nAlpha Beta\tO\t-\tAB Org\nBrux\tK\tBEL>EU\t\n";
  Gazetteer g(kData);
  EXPECT_EQ(g.size(), 3u);
  EXPECT_TRUE(g.HasPrefix("Alpha B"));
  EXPECT_FALSE(g.HasPrefix("Gamma"));
  EXPECT_EQ(g.Find("Alpha Beta")->name, "AB Org");
  EXPECT_EQ(g.Find("Alpha Beta")->code, "");
  EXPECT_EQ(g.Find("Brux")->acts_as, "EU");
  EXPECT_FALSE(g.Find("Alph"));
}

TEST(Gazetteer, MatchesTokensLongestFirstWithoutPossessive) {
  const std::string text = "The United States of America’s envoy met U.S. officials.";
  std::vector<Token> tokens = Tokenize(text, {Span{0, static_cast<uint32_t>(text.size())}});
  GazMatch m;
  ASSERT_TRUE(MatchGazetteer(Gazetteer::Default(), text, tokens, 1, &m));
  EXPECT_EQ(text.substr(m.span.start, m.span.end - m.span.start), "United States of America");
  size_t us = 0;
  while (text.compare(tokens[us].start, 3, "U.S") != 0) ++us;
  ASSERT_TRUE(MatchGazetteer(Gazetteer::Default(), text, tokens, us, &m));
  EXPECT_EQ(text.substr(m.span.start, m.span.end - m.span.start), "U.S.");
}

// The committed gazetteer.tsv is what scripts/build-gazetteer.mjs makes from its sources.
TEST(Gazetteer, CommittedDataMatchesItsScript) {
  const std::string root = LEDE_SOURCE_DIR;
  if (std::system("node --version > /dev/null 2>&1") != 0 ||
      std::system(("test -d " + root + "/node_modules/world-countries").c_str()) != 0 ||
      std::system("test -f /usr/share/iso-codes/json/iso_3166-2.json") != 0) {
    GTEST_SKIP() << "node, world-countries or iso-codes missing";
  }
  EXPECT_EQ(std::system(("node " + root + "/scripts/build-gazetteer.mjs --check").c_str()), 0);
}

}  // namespace
}  // namespace lede
