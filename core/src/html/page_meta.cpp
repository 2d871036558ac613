#include "html/page_meta.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <cstring>

namespace lede {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

bool LooksLikeUrl(std::string_view s) {
  return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0 ||
         s.rfind("www.", 0) == 0;
}

// "pt-BR", "pt_BR", "PT" -> "pt"; empty when the tag does not start with two letters.
std::string LanguageCode(std::string_view tag) {
  size_t i = 0;
  while (i < tag.size() && IsSpace(tag[i])) ++i;
  std::string code;
  for (; i < tag.size() && code.size() < 3; ++i) {
    char c = tag[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') break;
    code.push_back(c);
  }
  if (code.size() < 2) return "";
  return code.substr(0, 2);
}

// Ranks per source: smaller is trusted more.
enum : int { kRankBest = 0, kRankGood = 1, kRankFair = 2, kRankWeak = 3, kRankLast = 4 };

// JSON-LD is untrusted input: walk at most this deep and this many nodes.
constexpr int kMaxJsonDepth = 8;
constexpr size_t kMaxJsonLdBytes = size_t{1} << 20;
constexpr int kMaxJsonLdScripts = 16;

bool IsArticleType(const rapidjson::Value& obj) {
  auto it = obj.FindMember("@type");
  if (it == obj.MemberEnd()) return false;
  auto check = [](const rapidjson::Value& v) {
    if (!v.IsString()) return false;
    std::string t = Lower(std::string_view(v.GetString(), v.GetStringLength()));
    return t.find("article") != std::string::npos || t.find("posting") != std::string::npos ||
           t.find("report") != std::string::npos;
  };
  if (check(it->value)) return true;
  if (it->value.IsArray()) {
    for (const auto& v : it->value.GetArray()) {
      if (check(v)) return true;
    }
  }
  return false;
}

void AppendAuthorNames(const rapidjson::Value& v, std::string* out, int depth) {
  if (depth > 3) return;
  std::string_view name;
  if (v.IsString()) {
    name = std::string_view(v.GetString(), v.GetStringLength());
  } else if (v.IsObject()) {
    auto it = v.FindMember("name");
    if (it != v.MemberEnd() && it->value.IsString()) {
      name = std::string_view(it->value.GetString(), it->value.GetStringLength());
    }
  } else if (v.IsArray()) {
    for (const auto& item : v.GetArray()) AppendAuthorNames(item, out, depth + 1);
    return;
  }
  std::string clean = CollapseSpaces(name);
  if (clean.empty() || LooksLikeUrl(clean)) return;
  if (!out->empty()) *out += ", ";
  *out += clean;
}

struct JsonLdFacts {
  std::string author;
  std::string published;
  int author_rank = 1 << 20;
  int published_rank = 1 << 20;
};

void WalkJsonLd(const rapidjson::Value& v, int depth, JsonLdFacts* facts) {
  if (depth > kMaxJsonDepth) return;
  if (v.IsArray()) {
    for (const auto& item : v.GetArray()) WalkJsonLd(item, depth + 1, facts);
    return;
  }
  if (!v.IsObject()) return;
  // An Article's own fields beat those of other objects (a WebPage, an Organization).
  const int rank = IsArticleType(v) ? kRankBest : kRankGood;
  auto date = v.FindMember("datePublished");
  if (date != v.MemberEnd() && date->value.IsString() && rank < facts->published_rank) {
    std::string d = CollapseSpaces(date->value.GetString());
    if (!d.empty()) {
      facts->published = d;
      facts->published_rank = rank;
    }
  }
  auto author = v.FindMember("author");
  if (author != v.MemberEnd() && rank < facts->author_rank) {
    std::string names;
    AppendAuthorNames(author->value, &names, 0);
    if (!names.empty()) {
      facts->author = names;
      facts->author_rank = rank;
    }
  }
  auto graph = v.FindMember("@graph");
  if (graph != v.MemberEnd()) WalkJsonLd(graph->value, depth + 1, facts);
  auto main = v.FindMember("mainEntity");
  if (main != v.MemberEnd()) WalkJsonLd(main->value, depth + 1, facts);
}

}  // namespace

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

void PageMetaCollector::Fact::Offer(std::string_view v, int r) {
  if (r >= rank) return;
  std::string clean = CollapseSpaces(v);
  if (clean.empty()) return;
  value = std::move(clean);
  rank = r;
}

void PageMetaCollector::OnHtmlTag(const HtmlTag& tag) {
  for (const char* attr : {"lang", "xml:lang"}) {
    if (const std::string* lang = tag.Attr(attr)) {
      std::string code = LanguageCode(*lang);
      if (!code.empty()) language_.Offer(code, kRankBest);
    }
  }
}

void PageMetaCollector::OnMetaTag(const HtmlTag& tag) {
  const std::string* content = tag.Attr("content");
  if (content == nullptr) return;
  for (const char* key_attr : {"property", "name", "itemprop", "http-equiv"}) {
    const std::string* key_value = tag.Attr(key_attr);
    if (key_value == nullptr) continue;
    const std::string lowered = Lower(CollapseSpaces(*key_value));
    const std::string_view key = lowered;  // compared with literals by length first
    if (key == "og:title") {
      title_.Offer(*content, kRankBest);
    } else if (key == "twitter:title") {
      title_.Offer(*content, kRankGood);
    } else if (key == "author" || key == "byl" || key == "parsely-author" ||
               key == "sailthru.author" || key == "dc.creator" || key == "article:author") {
      // article:author is often a profile URL, not a name.
      if (LooksLikeUrl(CollapseSpaces(*content))) continue;
      std::string_view v = *content;
      if (key == "byl" && Lower(v.substr(0, 3)) == "by ") v.remove_prefix(3);
      byline_.Offer(v, key == "author" ? kRankBest : kRankFair);
    } else if (key == "article:published_time") {
      published_.Offer(*content, kRankBest);
    } else if (key == "datepublished" || key == "og:published_time" ||
               key == "parsely-pub-date" || key == "sailthru.date" || key == "pubdate" ||
               key == "publishdate" || key == "publish-date" || key == "date" ||
               key == "dc.date" || key == "dc.date.issued" || key == "dcterms.date") {
      published_.Offer(*content, kRankFair);
    } else if (key == "og:locale") {
      std::string code = LanguageCode(*content);
      if (!code.empty()) language_.Offer(code, kRankGood);
    } else if (key == "content-language" || key == "language" || key == "dc.language") {
      std::string code = LanguageCode(*content);
      if (!code.empty()) language_.Offer(code, kRankFair);
    }
  }
}

void PageMetaCollector::OnTimeTag(const HtmlTag& tag) {
  const std::string* itemprop = tag.Attr("itemprop");
  const bool published = itemprop != nullptr && Lower(*itemprop) == "datepublished";
  const std::string* when = tag.Attr("datetime");
  if (when == nullptr && published) when = tag.Attr("content");
  if (when == nullptr) return;
  published_.Offer(*when, published ? kRankFair : kRankLast);
}

void PageMetaCollector::OnTitleText(std::string_view collapsed_title) {
  title_.Offer(collapsed_title, kRankFair);
}

void PageMetaCollector::OnFirstHeading(std::string_view text) { title_.Offer(text, kRankLast); }

void PageMetaCollector::OnJsonLd(std::string_view json) {
  if (json.size() > kMaxJsonLdBytes || ++json_ld_seen_ > kMaxJsonLdScripts) return;
  rapidjson::Document doc;
  std::string text(json);  // RapidJSON needs a terminated buffer
  // Some sites wrap JSON-LD in comment markers or CDATA; strip the common wrappers.
  for (const char* wrap : {"<!--", "//<![CDATA[", "<![CDATA["}) {
    size_t at = text.find(wrap);
    if (at != std::string::npos && text.find_first_not_of(" \t\r\n") == at) {
      text.replace(at, std::strlen(wrap), std::strlen(wrap), ' ');
    }
  }
  doc.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
            rapidjson::kParseNanAndInfFlag | rapidjson::kParseStopWhenDoneFlag |
            rapidjson::kParseIterativeFlag>(text.c_str());
  if (doc.HasParseError()) return;
  JsonLdFacts facts;
  WalkJsonLd(doc, 0, &facts);
  if (!facts.author.empty()) byline_.Offer(facts.author, kRankGood);
  if (!facts.published.empty()) published_.Offer(facts.published, kRankGood);
}

PageMeta PageMetaCollector::Finish() const {
  PageMeta meta;
  meta.title = title_.value;
  meta.byline = byline_.value;
  meta.published = published_.value;
  meta.language = language_.value;
  return meta;
}

}  // namespace lede
