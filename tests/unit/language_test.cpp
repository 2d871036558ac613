#include "language/detect_language.h"
#include "language/stopwords.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <chrono>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

namespace lede {
namespace {

// Sentences written for this test (not taken from any corpus).
// DetectLanguage keeps words in a buffer of kMaxFunctionWordBytes and looks up none longer.
TEST(Language, NoFunctionWordIsLongerThanTheDetectorsWordBuffer) {
  EXPECT_GT(LongestFunctionWord(), 0u);
  EXPECT_LE(LongestFunctionWord(), kMaxFunctionWordBytes);
}

TEST(Language, LatinScriptLanguages) {
  EXPECT_EQ(DetectLanguage("The minister said that the sanctions would be lifted after the talks."), "en");
  EXPECT_EQ(DetectLanguage("Die Regierung hat am Montag neue Sanktionen gegen das Land beschlossen."), "de");
  EXPECT_EQ(DetectLanguage("Le gouvernement a annoncé de nouvelles sanctions contre le pays lundi."), "fr");
  EXPECT_EQ(DetectLanguage("El gobierno anunció el lunes nuevas sanciones contra el país y sus bancos."), "es");
  EXPECT_EQ(DetectLanguage("O governo anunciou na segunda-feira novas sanções contra o país e os bancos."), "pt");
  EXPECT_EQ(DetectLanguage("Il governo ha annunciato lunedì nuove sanzioni contro il paese e le banche."), "it");
  EXPECT_EQ(DetectLanguage("De regering heeft maandag nieuwe sancties tegen het land aangekondigd."), "nl");
  EXPECT_EQ(DetectLanguage("Rząd ogłosił w poniedziałek nowe sankcje, które nie są jednak ostateczne."), "pl");
  EXPECT_EQ(DetectLanguage("Hükümet pazartesi günü ülkeye karşı yeni yaptırımlar açıkladı ve bu çok önemli."), "tr");
}

TEST(Language, OtherScripts) {
  EXPECT_EQ(DetectLanguage("Правительство в понедельник объявило о новых санкциях против этой страны."), "ru");
  EXPECT_EQ(DetectLanguage("Уряд у понеділок оголосив про нові санкції проти цієї країни, і це важливо."), "uk");
  EXPECT_EQ(DetectLanguage("أعلنت الحكومة يوم الاثنين فرض عقوبات جديدة على البلاد والمصارف."), "ar");
  EXPECT_EQ(DetectLanguage("政府周一宣布对该国实施新的制裁措施，以回应其最近的行动。"), "zh");
  EXPECT_EQ(DetectLanguage("政府は月曜日、その国に対する新たな制裁を発表しました。"), "ja");
  EXPECT_EQ(DetectLanguage("정부는 월요일 그 나라에 대한 새로운 제재를 발표했습니다."), "ko");
  EXPECT_EQ(DetectLanguage("Η κυβέρνηση ανακοίνωσε τη Δευτέρα νέες κυρώσεις κατά της χώρας."), "el");
}

TEST(Language, TooShortOrUnclearIsEmpty) {
  EXPECT_EQ(DetectLanguage(""), "");
  EXPECT_EQ(DetectLanguage("Hello there"), "");
  EXPECT_EQ(DetectLanguage("12345 67890 !!! ???"), "");
  EXPECT_EQ(DetectLanguage("Xqzt Brrk Vlomp Grintz Zabadoo Kwerty"), "");
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The non-English pages of aeb-dev, by the first 12 characters of their id: the page's
// <html lang>, or read by us where the page declares none. Every other page is English.
const std::map<std::string, std::string> kAebDevLanguages = {
    {"0ec95c7261d1", "ko"}, {"9da36ae4714b", "ko"}, {"85439e26c41c", "ja"},
    {"f105de6e63ca", "ja"}, {"3c6d3381ef52", "ru"}, {"c4a3637c6696", "ru"},
    {"20b2b64916b0", "it"}, {"23aaecd14171", "pt"}, {"b3c19dd5f061", "pt"},
    {"11ea381ad92b", "pt"}, {"cc03ddb5ef7d", "pt"}, {"f6ac15a4d985", "pt"},
    {"ba07d1e64775", "de"}};  // declares lang="en" but the article is German

TEST(Language, AebDevArticles) {
  std::string json = ReadFile(std::string(LEDE_SHARED_DIR) + "/corpus/aeb-dev/ground-truth.json");
  if (json.empty()) GTEST_SKIP() << "aeb-dev not found";
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  ASSERT_TRUE(doc.IsObject());
  int right = 0, total = 0, foreign_right = 0, foreign = 0;
  for (auto it = doc.MemberBegin(); it != doc.MemberEnd(); ++it) {
    std::string id = it->name.GetString();
    auto label = kAebDevLanguages.find(id.substr(0, 12));
    std::string want = label == kAebDevLanguages.end() ? "en" : label->second;
    std::string got = DetectLanguage(it->value["articleBody"].GetString());
    ++total;
    if (got == want) ++right;
    if (want != "en") {
      ++foreign;
      if (got == want) ++foreign_right;
    }
    if (got != want) std::printf("  aeb-dev %s: want %s, got '%s'\n", id.substr(0, 12).c_str(), want.c_str(), got.c_str());
  }
  std::printf("Language ID aeb-dev: %d/%d right (non-English %d/%d)\n", right, total,
              foreign_right, foreign);
  EXPECT_EQ(foreign_right, foreign);
  EXPECT_GE(right, total - 1);
}

TEST(Language, BbcArticlesAreEnglish) {
  std::string root = std::string(LEDE_SHARED_DIR) + "/corpus/summ-bbc/articles/";
  int right = 0, total = 0;
  double seconds = 0;
  size_t bytes = 0;
  for (const char* topic : {"business", "entertainment", "politics", "sport", "tech"}) {
    DIR* dir = opendir((root + topic).c_str());
    if (dir == nullptr) GTEST_SKIP() << "summ-bbc not found";
    while (dirent* e = readdir(dir)) {
      std::string name = e->d_name;
      if (name.size() < 5 || name.substr(name.size() - 4) != ".txt") continue;
      std::string text = ReadFile(root + topic + "/" + name);
      auto t0 = std::chrono::steady_clock::now();
      std::string got = DetectLanguage(text);
      seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      bytes += text.size();
      ++total;
      if (got == "en") ++right;
      else std::printf("  bbc %s/%s: got '%s'\n", topic, name.c_str(), got.c_str());
    }
    closedir(dir);
  }
  std::printf("Language ID summ-bbc: %d/%d English; %.1f MB/s\n", right, total,
              bytes / 1e6 / seconds);
  EXPECT_GE(right, total - 2);
}

}  // namespace
}  // namespace lede
