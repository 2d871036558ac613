// The seed article (../shared/seed): every actor, place, group and other entity of
// expected.json, as its README says to hold them. The pipeline test needs the tagger for
// persons; the stage test gives ResolveActors the seed's full person names as a tagger would
// (surnames, roles and countries are the stage's own work).
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "actors/actors.h"
#include "lede/lede.h"
#include "segment/tokens.h"

namespace lede {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const Actor* ActorNamed(const Analysis& a, const std::string& name) {
  for (const Actor& actor : a.actors) {
    if (actor.name == name) return &actor;
  }
  return nullptr;
}

// Checks the expected actors (persons only when `persons`), places, groups and other entities.
void CheckSeed(const Analysis& a, const rapidjson::Document& gold, bool persons) {
  for (const auto& x : gold["actors"].GetArray()) {
    const std::string name = x["name"].GetString();
    const std::string type = x["type"].GetString();
    if (type == "PERSON" && !persons) continue;
    const Actor* actor = ActorNamed(a, name);
    ASSERT_NE(actor, nullptr) << "actor " << name;
    EXPECT_EQ(actor->type, type) << name;
    if (x.HasMember("country")) EXPECT_EQ(actor->country, x["country"].GetString()) << name;
    if (x.HasMember("role")) {
      EXPECT_NE(Lower(actor->role).find(Lower(x["role"].GetString())), std::string::npos)
          << name << " has role '" << actor->role << "'";
    }
    const int index = static_cast<int>(actor - a.actors.data());
    for (const auto& mention : x["mentions"].GetArray()) {
      const std::string text = mention.GetString();
      bool found = std::any_of(a.entities.begin(), a.entities.end(), [&](const Entity& e) {
        return e.text == text && e.actor == index;
      });
      EXPECT_TRUE(found) << "mention '" << text << "' of " << name;
    }
  }
  for (const char* part : {"places", "groups", "other_entities"}) {
    for (const auto& x : gold[part].GetArray()) {
      const std::string name = x["name"].GetString();
      const std::string type = x["type"].GetString();
      bool found = std::any_of(a.entities.begin(), a.entities.end(), [&](const Entity& e) {
        return e.text == name && e.type == type;
      });
      EXPECT_TRUE(found) << part << ": " << name << " as " << type;
      if (x.HasMember("country")) {
        const Actor* place = ActorNamed(a, name);
        ASSERT_NE(place, nullptr) << name;
        EXPECT_EQ(place->country, x["country"].GetString()) << name;
      }
    }
  }
  // Places named as places stay places: "a joint news conference in Beijing".
  const Actor* china = ActorNamed(a, "China");
  ASSERT_NE(china, nullptr);
  size_t pos = a.text.find("news conference in Beijing");
  ASSERT_NE(pos, std::string::npos);
  for (const Entity& e : a.entities) {
    if (e.span.start == pos + 19) EXPECT_NE(e.actor, china - a.actors.data());
  }
}

struct Seed {
  bool ok = false;
  Analysis analysis;
  rapidjson::Document gold;
};

Seed LoadSeed() {
  Seed seed;
  const std::string dir = std::string(LEDE_SHARED_DIR) + "/seed/";
  const std::string article = ReadFile(dir + "article.txt");
  const std::string expected = ReadFile(dir + "expected.json");
  if (article.empty() || expected.empty()) return seed;
  seed.gold.Parse(expected.c_str(), expected.size());
  Analyzer analyzer;
  Result<Analysis> r = analyzer.Analyze(article);
  if (!r.ok() || seed.gold.HasParseError()) return seed;
  seed.analysis = std::move(r.value());
  seed.ok = true;
  return seed;
}

TEST(SeedActors, Pipeline) {
  Seed seed = LoadSeed();
  if (!seed.ok) GTEST_SKIP() << "no seed under " << LEDE_SHARED_DIR;
  const Analysis& a = seed.analysis;
  const bool tagger = std::any_of(a.entities.begin(), a.entities.end(),
                                  [](const Entity& e) { return e.type == "PERSON"; });
  CheckSeed(a, seed.gold, tagger);
  if (!tagger) GTEST_SKIP() << "the tagger finds no PERSON yet: persons not checked";
}

TEST(SeedActors, StageWithTaggedFullNames) {
  Seed seed = LoadSeed();
  if (!seed.ok) GTEST_SKIP() << "no seed under " << LEDE_SHARED_DIR;
  Analysis a = seed.analysis;
  // What a tagger gives: the persons' full names where the text writes them in full.
  std::vector<Entity> tagged;
  for (const auto& x : seed.gold["actors"].GetArray()) {
    if (std::string(x["type"].GetString()) != "PERSON") continue;
    const std::string name = x["name"].GetString();
    for (size_t p = a.text.find(name); p != std::string::npos; p = a.text.find(name, p + 1)) {
      Span span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + name.size())};
      tagged.push_back({span, name, "PERSON", -1});
    }
  }
  std::sort(tagged.begin(), tagged.end(),
            [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
  std::vector<Token> tokens = Tokenize(a.text, a.sentences);
  a.entities = tagged;
  ResolveActors(a.text, a.sentences, tokens, &a.entities, &a.actors);
  CheckSeed(a, seed.gold, /*persons=*/true);
  if (getenv("LEDE_DUMP_ACTORS")) {
    for (const Actor& actor : a.actors) {
      printf("%s %s [%s] role=%s country=%s n=%u\n", actor.id.c_str(), actor.name.c_str(),
             actor.type.c_str(), actor.role.c_str(), actor.country.c_str(), actor.mentions);
    }
  }
  // Ids in order of first mention, counts that match the entities.
  for (size_t i = 0; i < a.actors.size(); ++i) {
    EXPECT_EQ(a.actors[i].id, "a" + std::to_string(i));
    size_t n = std::count_if(a.entities.begin(), a.entities.end(),
                             [&](const Entity& e) { return e.actor == static_cast<int>(i); });
    EXPECT_EQ(a.actors[i].mentions, n) << a.actors[i].name;
  }
}

// As above, with the places, groups, organizations and laws typed the way a CoNLL tagger types
// them (LOC, MISC, ORG): the stage retypes them and must not lose or split any.
TEST(SeedActors, StageWithConllTypedMentions) {
  Seed seed = LoadSeed();
  if (!seed.ok) GTEST_SKIP() << "no seed under " << LEDE_SHARED_DIR;
  Analysis a = seed.analysis;
  std::vector<Entity> tagged;
  for (const Entity& e : a.entities) {
    if (e.type == "PERSON") continue;
    Entity c = e;
    c.actor = -1;
    if (e.type == "GPE") c.type = "LOC";
    if (e.type == "NORP" || e.type == "LAW") c.type = "MISC";
    tagged.push_back(c);
  }
  for (const auto& x : seed.gold["actors"].GetArray()) {
    if (std::string(x["type"].GetString()) != "PERSON") continue;
    const std::string name = x["name"].GetString();
    for (size_t p = a.text.find(name); p != std::string::npos; p = a.text.find(name, p + 1)) {
      tagged.push_back({{static_cast<uint32_t>(p), static_cast<uint32_t>(p + name.size())}, name,
                        "PERSON", -1});
    }
  }
  std::sort(tagged.begin(), tagged.end(),
            [](const Entity& x, const Entity& y) { return x.span.start < y.span.start; });
  std::vector<Token> tokens = Tokenize(a.text, a.sentences);
  a.entities = tagged;
  ResolveActors(a.text, a.sentences, tokens, &a.entities, &a.actors);
  CheckSeed(a, seed.gold, /*persons=*/true);
}

}  // namespace
}  // namespace lede
