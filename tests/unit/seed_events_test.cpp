// The seed article (../shared/seed) through the whole pipeline: every sanctions event of
// expected.json found once with its action, imposers, targets and reason, and no event from
// its not_events. Also run with the events stage alone (entities and actors cleared), where
// imposers and targets come from the stage's own gazetteer.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <set>
#include <string>
#include <vector>

#include "events/sanctions.h"
#include "lede/lede.h"
#include "segment/tokens.h"

namespace lede {
namespace {

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Slice(const Analysis& a, Span s) { return a.text.substr(s.start, s.end - s.start); }

// A listed imposer or target is found when a party's words, name or actor name contain it
// (or it contains them), as ../shared/seed/README.md asks.
bool Found(const Analysis& a, const std::vector<EventTarget>& parties, const std::string& want) {
  std::string w = Lower(want);
  if (w.rfind("the ", 0) == 0) w = w.substr(4);
  for (const EventTarget& p : parties) {
    std::vector<std::string> names = {Slice(a, p.span), p.name};
    if (p.actor >= 0) names.push_back(a.actors[p.actor].name);
    for (std::string n : names) {
      n = Lower(n);
      if (n.rfind("the ", 0) == 0) n = n.substr(4);
      if (n.size() >= 2 && (n.find(w) != std::string::npos || w.find(n) != std::string::npos)) {
        return true;
      }
    }
  }
  return false;
}

class SeedEvents : public ::testing::TestWithParam<bool> {};

TEST_P(SeedEvents, AllSevenEventsAndNoneFromNotEvents) {
  std::string article, expected;
  if (!ReadFile(LEDE_SHARED_DIR "/seed/article.txt", &article) ||
      !ReadFile(LEDE_SHARED_DIR "/seed/expected.json", &expected)) {
    GTEST_SKIP() << "no ../shared/seed";
  }
  Analyzer analyzer;
  Result<Analysis> r = analyzer.Analyze(article);
  ASSERT_TRUE(r.ok());
  Analysis a = r.value();
  if (GetParam()) {  // the events stage alone
    a.entities.clear();
    a.actors.clear();
    a.events = FindSanctionEvents(a, Tokenize(a.text, a.sentences));
  }
  rapidjson::Document gold;
  gold.Parse(expected.c_str(), expected.size());
  ASSERT_FALSE(gold.HasParseError());

  auto sentence_of = [&](const std::string& words) -> int {
    size_t pos = a.text.find(words);
    if (pos == std::string::npos) return -1;
    for (size_t i = 0; i < a.sentences.size(); ++i) {
      if (a.sentences[i].start <= pos && pos < a.sentences[i].end) return static_cast<int>(i);
    }
    return -1;
  };
  auto events_in = [&](int sentence) {
    std::vector<const Event*> out;
    for (const Event& e : a.events) {
      if (e.sentence.start == a.sentences[sentence].start) out.push_back(&e);
    }
    return out;
  };

  int e2_group = -1;
  for (const auto& g : gold["sanction_events"].GetArray()) {
    const std::string id = g["id"].GetString();
    SCOPED_TRACE(id);
    const int s = sentence_of(g["sentence_contains"].GetString());
    ASSERT_GE(s, 0) << "sentence not in the clean text";
    std::vector<const Event*> found = events_in(s);
    ASSERT_EQ(found.size(), 1u) << Slice(a, a.sentences[s]);
    const Event& e = *found[0];
    EXPECT_EQ(e.action, g["action"].GetString());
    if (id == "E2") e2_group = e.group;
    if (id == "E3") EXPECT_EQ(e.group, e2_group) << "E3 repeats E2";
    if (g.HasMember("imposers")) {
      for (const auto& want : g["imposers"].GetArray()) {
        EXPECT_TRUE(Found(a, e.imposer_spans, want.GetString())) << "imposer " << want.GetString();
      }
    }
    if (g.HasMember("targets")) {
      for (const auto& want : g["targets"].GetArray()) {
        EXPECT_TRUE(Found(a, e.targets, want.GetString())) << "target " << want.GetString();
      }
    }
    if (g.HasMember("target_countries")) {
      for (const auto& want : g["target_countries"].GetArray()) {
        bool ok = std::any_of(e.targets.begin(), e.targets.end(), [&](const EventTarget& t) {
          return t.country == want.GetString();
        });
        EXPECT_TRUE(ok) << "target country " << want.GetString();
      }
    }
    if (g.HasMember("reason")) {
      EXPECT_NE(Slice(a, e.reason).find(g["reason"].GetString()), std::string::npos)
          << "reason: " << Slice(a, e.reason);
    }
    if (g.HasMember("counter_sanction")) EXPECT_TRUE(e.counter);
    if (g.HasMember("date_text")) {
      EXPECT_EQ(Slice(a, e.date), g["date_text"].GetString());
    }
    if (id == "E4") {
      EXPECT_TRUE(e.imposer_spans.empty());
      EXPECT_TRUE(e.targets.empty());
    }
  }
  // No event is triggered inside a not_events stretch.
  for (const auto& n : gold["not_events"].GetArray()) {
    const std::string words = n["sentence_contains"].GetString();
    size_t pos = a.text.find(words);
    ASSERT_NE(pos, std::string::npos);
    for (const Event& e : a.events) {
      EXPECT_FALSE(e.trigger.start >= pos && e.trigger.end <= pos + words.size())
          << "event from: " << words;
    }
  }
  std::string all;
  for (const Event& e : a.events) all += e.action + ": " + Slice(a, e.sentence) + "\n";
  EXPECT_EQ(a.events.size(), 7u) << all;
  // One key fact per event group, each naming the group's parties (the example line).
  if (!GetParam()) {
    std::set<int> groups;
    for (const Event& e : a.events) groups.insert(e.group);
    EXPECT_EQ(a.key_facts.size(), groups.size());
    std::string facts;
    for (const KeyFact& f : a.key_facts) facts += f.text + "\n";
    EXPECT_NE(facts.find("European Union → two Chechen officials: impose, over rights abuses"),
              std::string::npos)
        << facts;
  }
}

INSTANTIATE_TEST_SUITE_P(Pipeline, SeedEvents, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return info.param ? "StageAlone" : "FullPipeline";
                         });

}  // namespace
}  // namespace lede
