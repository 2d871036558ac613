// Aliases within a document: a person's shorter names ("Lavrov", "Wang" for "Wang Yi"),
// surnames the tagger missed, and acronyms defined in parentheses.
#include <algorithm>
#include <unordered_map>

#include "actors/mention.h"

namespace lede {

namespace {

bool EndsWith(const std::vector<std::string>& words, const std::vector<std::string>& tail) {
  if (tail.empty() || tail.size() > words.size()) return false;
  return std::equal(tail.rbegin(), tail.rend(), words.rbegin());
}

}  // namespace

std::vector<std::string> Words(const TokenView& t, const Mention& m) {
  std::vector<std::string> words;
  for (size_t i = m.first_token; i <= m.last_token; ++i) {
    uint32_t end = std::min(t[i].end, m.span.end);
    if (end > t[i].start) words.emplace_back(t.text().substr(t[i].start, end - t[i].start));
  }
  return words;
}

// Persons: the draft a PERSON mention refers to, or -1 for a new person.
int FindPerson(const std::vector<std::vector<std::string>>& names,
               const std::vector<size_t>& persons, const std::vector<std::string>& words,
               const Gazetteer& g) {
  int best = -1;
  for (size_t p : persons) {
    if (best >= 0 && p <= static_cast<size_t>(best)) continue;
    const std::vector<std::string>& name = names[p];
    bool same = name == words || EndsWith(name, words) || EndsWith(words, name);
    if (!same && words.size() == 1 && (name.size() == 2 || name.size() == 3) &&
        name[0] == words[0] && g.IsFamilyNameFirst(words[0])) {
      same = true;  // "Wang" for "Wang Yi", "Kim" for "Kim Jong Un"
    }
    if (!same && name.size() == 1 && words.size() == 2 && words[0] == name[0] &&
        g.IsFamilyNameFirst(words[0])) {
      same = true;
    }
    if (same) best = static_cast<int>(p);  // the latest person wins a shared surname
  }
  return best;
}

// Surnames of known persons that the tagger missed ("Wang sharply criticized").
void AddSurnameMentions(const TokenView& t, const Gazetteer& g, std::vector<Mention>* mentions) {
  std::unordered_map<std::string, int> surnames;  // surname -> count of persons having it
  for (const Mention& m : *mentions) {
    if (m.type != "PERSON") continue;
    std::vector<std::string> w = Words(t, m);
    if (w.size() < 2) continue;
    surnames[w.back()]++;
    if ((w.size() == 2 || w.size() == 3) && g.IsFamilyNameFirst(w[0])) surnames[w[0]]++;
  }
  if (surnames.empty()) return;
  // One sense per document: a name the tagger typed otherwise, which the gazetteer does not
  // know, is the person it names elsewhere ("Navalny's poisoning" tagged ORG).
  for (Mention& m : *mentions) {
    if (m.type == "PERSON" || m.entry || m.first_token != m.last_token) continue;
    auto it = surnames.find(std::string(t.text().substr(m.span.start, m.span.end - m.span.start)));
    if (it != surnames.end() && it->second == 1) m.type = "PERSON";
  }
  std::vector<Mention> added;
  size_t next = 0;  // the first mention not ending before the token
  for (size_t i = 0; i < t.size(); ++i) {
    while (next < mentions->size() && (*mentions)[next].last_token < i) ++next;
    if (next < mentions->size() && (*mentions)[next].first_token <= i) continue;
    if (!t.IsCapitalized(i)) continue;
    uint32_t poss = static_cast<uint32_t>(PossessiveLength(t.text(), t[i].start, t[i].end));
    std::string word(t.text().substr(t[i].start, t[i].end - poss - t[i].start));
    auto it = surnames.find(word);
    if (it == surnames.end() || it->second != 1) continue;
    Mention m;
    m.span = {t[i].start, t[i].end - poss};
    m.type = "PERSON";
    m.first_token = m.last_token = i;
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  // Exactly: growth would double a vector that stays for the rest of the stage.
  mentions->reserve(mentions->size() + added.size());
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

// "Office of Foreign Assets Control (OFAC)": the acronym names the organization before it.
void LinkAcronyms(const TokenView& t, std::vector<Mention>* mentions) {
  std::vector<Mention> added;
  for (const Mention& m : *mentions) {
    if (m.type != "ORG") continue;
    size_t open = m.last_token + 1;
    if (open + 2 >= t.size() || t.Word(open) != "(" || t.Word(open + 2) != ")") continue;
    std::string_view acr = t.Word(open + 1);
    if (acr.size() < 2 || !std::all_of(acr.begin(), acr.end(), [](char c) {
          return (c >= 'A' && c <= 'Z') || c == '.' || c == '-' || (c >= '0' && c <= '9');
        })) {
      continue;
    }
    auto next = std::lower_bound(mentions->begin(), mentions->end(), open + 1,
                                 [](const Mention& o, size_t token) { return o.last_token < token; });
    if (next != mentions->end() && next->first_token <= open + 1) continue;  // already a mention
    Mention a = m;
    a.span = {t[open + 1].start, t[open + 1].end};
    a.first_token = a.last_token = open + 1;
    a.from_tagger = false;
    added.push_back(std::move(a));
  }
  // Exactly: growth would double a vector that stays for the rest of the stage.
  if (!added.empty()) mentions->reserve(mentions->size() + added.size());
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::sort(mentions->begin(), mentions->end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

void UnifyNameTypes(const TokenView& t, const Gazetteer& g, std::vector<Mention>* mentions) {
  struct Votes {
    std::string first_type;
    std::unordered_map<std::string, int> count;
  };
  std::unordered_map<std::string, Votes> by_text;
  auto text_of = [&](const Mention& m) {
    return std::string(t.text().substr(m.span.start, m.span.end - m.span.start));
  };
  for (const Mention& m : *mentions) {
    if (m.entry || m.type == "LAW") continue;
    Votes& v = by_text[text_of(m)];
    // After a title ("President Bush") a name is a person's, whatever the tagger said.
    const bool titled = m.first_token > 0 && t.SameSentence(m.first_token - 1, m.first_token) &&
                        g.FindRole(t.Word(m.first_token - 1)) != nullptr;
    const std::string type(titled ? std::string_view("PERSON") : m.type);
    if (v.first_type.empty()) v.first_type = type;
    v.count[type] += titled ? 2 : 1;
  }
  // Words of persons' full names: those are not short forms of organizations.
  std::unordered_map<std::string, int> person_words;
  for (const Mention& m : *mentions) {
    if (m.type != "PERSON" || m.first_token == m.last_token) continue;
    person_words[std::string(t.Word(m.first_token))]++;
    person_words[std::string(t.Word(m.last_token))]++;
  }
  // First words of organizations' longer names.
  std::unordered_map<std::string, std::string_view> org_heads;  // -> the name in the text
  for (const Mention& m : *mentions) {
    if (m.entry || m.type != "ORG" || m.first_token == m.last_token) continue;
    org_heads.try_emplace(std::string(t.Word(m.first_token)),
                      t.text().substr(m.span.start, m.span.end - m.span.start));
  }
  for (Mention& m : *mentions) {
    if (m.entry || m.type == "LAW") continue;
    const std::string text = text_of(m);
    const Votes& v = by_text[text];
    std::string best = v.first_type;
    for (const auto& [type, n] : v.count) {
      if (n > v.count.at(best)) best = type;
    }
    m.type = TypeName(best);
    if (m.first_token == m.last_token && !person_words.count(text)) {
      auto it = org_heads.find(text);
      if (it != org_heads.end()) {
        m.type = "ORG";
        m.canonical = it->second;
      }
    }
  }
}

}  // namespace lede
