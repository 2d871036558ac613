// Mentions -> actors. The steps, each linear in the mentions or tokens (lookups are binary
// searches or hash maps):
//   1. mentions: the tagger's, plus gazetteer matches and rules (mentions.cpp)
//   2. metonyms: capitals and seats that act stand for their state (mentions.cpp)
//   3. persons: full names, then surnames that refer back ("Lavrov", "Wang" for "Wang Yi")
//   4. actors: one per state (by code), organization, group, place or person
//   5. roles and countries of persons (roles.cpp), with context when the title gives no state
// Places named as places ("a news conference in Beijing") become place actors of their own
// (type GPE or LOC, with the state they lie in), apart from the state actor.
#include "actors/actors.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "actors/mention.h"
#include "pipeline/release_memory.h"

namespace lede {

namespace {

struct Draft {
  std::string key;
  std::string name;
  std::string type;
  std::string country;
  std::vector<std::string> words;  // persons: the name's words
  std::vector<size_t> mentions;    // indices into the mention list
};

std::string MentionText(const TokenView& t, const Mention& m) {
  return std::string(t.text().substr(m.span.start, m.span.end - m.span.start));
}

// Nouns after a nationality that make it stand for the state ("Chinese officials").
bool IsStateNoun(const TokenView& t, size_t i, const Gazetteer& g) {
  for (const char* w : {"officials", "official", "authorities", "government", "leaders",
                        "leader", "diplomats", "diplomat", "forces", "troops", "military",
                        "army", "navy", "ministry", "embassy", "counterpart", "counterparts",
                        "state", "regime", "administration", "prosecutors", "side",
                        "delegation", "lawmakers", "parliament", "sanctions", "intelligence"}) {
    if (t.Is(i, w)) return true;
  }
  return i < t.size() && g.FindRole(t.Word(i)) != nullptr;
}

// The actor key and, for new actors, its name, type and country.
bool KeyOf(const TokenView& t, const Mention& m, const Gazetteer& g, Draft* d) {
  std::string text = MentionText(t, m);
  if (!m.entry) {
    if (m.type == "ORG") {
      if (!m.canonical.empty()) text = m.canonical;
      *d = {"O:" + text, text, "ORG", std::string(m.code), {}, {}};
      return true;
    }
    if (m.type == "GPE" || m.type == "LOC") {
      *d = {"P:" + text, text, std::string(m.type), std::string(m.code), {}, {}};
      return true;
    }
    return false;
  }
  const GazEntry& e = *m.entry;
  auto state = [&](std::string_view code) {
    std::string name(g.CountryName(code));
    if (name.empty()) return false;
    *d = {"X:" + std::string(code), name, code == "EU" ? "ORG" : "GPE", std::string(code), {}, {}};
    return true;
  };
  switch (e.kind) {
    case GazKind::kCountry:
      return state(e.code);
    case GazKind::kSeat:
      return state(e.acts_as);
    case GazKind::kCapital:
      if (m.acting) return state(e.acts_as);
      *d = {"P:" + std::string(e.name), std::string(e.name), "GPE", std::string(e.code), {}, {}};
      return true;
    case GazKind::kDemonym:
      if (!m.acting) return false;
      return state(e.code);
    case GazKind::kOrg:
      if (e.code == "EU" && e.name == g.CountryName("EU")) return state("EU");
      *d = {"O:" + std::string(e.name), std::string(e.name), "ORG", std::string(e.code), {}, {}};
      return true;
    case GazKind::kBody:
      *d = {"O:" + text + "|" + std::string(m.code), text, "ORG", std::string(m.code), {}, {}};
      return true;
    case GazKind::kGroup:
      *d = {"N:" + std::string(e.name), std::string(e.name), "NORP", "", {}, {}};
      return true;
    case GazKind::kCity:
    case GazKind::kSubdivision:
    case GazKind::kRegion:
      *d = {"P:" + std::string(e.name), std::string(e.name), GazKindType(e.kind),
            std::string(e.code), {}, {}};
      return true;
    default:
      return false;
  }
}

// The state a mention speaks for when it names one (for context votes).
std::string StateOf(const Mention& m) {
  if (!m.entry) return std::string(m.code);
  if (m.entry->kind == GazKind::kCapital && m.acting) return std::string(m.entry->acts_as);
  if (m.entry->kind == GazKind::kSeat) return std::string(m.entry->acts_as);
  return std::string(m.entry->code);
}

}  // namespace

void ResolveActors(std::string_view text, const std::vector<Span>& sentences,
                   const std::vector<Token>& tokens, std::vector<Entity>* entities,
                   std::vector<Actor>* actors) {
  const Gazetteer& g = Gazetteer::Default();
  TokenView t(text, tokens);
  std::vector<Mention> tagged = TaggerMentions(t, *entities, g);
  // The tagger's entities are all in `tagged` now; they are rebuilt from the mentions at the end.
  std::vector<Entity>().swap(*entities);
  std::vector<Mention> mentions = CollectMentions(t, std::move(tagged), g);
  MarkMetonyms(t, &mentions);
  UnifyNameTypes(t, g, &mentions);
  AddSurnameMentions(t, g, &mentions);
  LinkAcronyms(t, &mentions);
  ReleaseFreedMemory(text.size());
  // A nationality before a state noun or a title stands for the state ("Chinese officials").
  for (Mention& m : mentions) {
    if (m.entry && m.entry->kind == GazKind::kDemonym) {
      m.acting = IsStateNoun(t, m.last_token + 1, g) ||
                 (m.last_token + 2 < t.size() && IsStateNoun(t, m.last_token + 2, g));
    }
  }

  // Drafts: one per key; persons by name.
  std::vector<Draft> drafts;
  std::unordered_map<std::string, size_t> by_key;
  std::vector<size_t> persons;
  std::vector<std::vector<std::string>> names;  // persons' names as words, by draft
  std::unordered_map<std::string, std::vector<size_t>> person_words;  // first/last word -> persons
  std::vector<int> draft_of(mentions.size(), -1);
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.type == "PERSON") {
      std::vector<std::string> words = Words(t, m);
      if (words.empty()) continue;
      // Candidates share a first or last word with the mention (an index keeps this linear).
      std::vector<size_t> candidates;
      for (const std::string* w : {&words.front(), &words.back()}) {
        auto it = person_words.find(*w);
        if (it != person_words.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
      std::sort(candidates.begin(), candidates.end());
      int p = FindPerson(names, candidates, words, g);
      if (p < 0) {
        p = static_cast<int>(drafts.size());
        drafts.push_back({"", "", "PERSON", "", words, {}});
        names.push_back(words);
        persons.push_back(static_cast<size_t>(p));
      }
      Draft& d = drafts[p];
      if (words.size() > d.words.size()) d.words = names[p] = words;
      for (const std::string* w : {&d.words.front(), &d.words.back()}) {
        std::vector<size_t>& list = person_words[*w];
        if (std::find(list.begin(), list.end(), static_cast<size_t>(p)) == list.end()) list.push_back(p);
      }
      d.mentions.push_back(k);
      draft_of[k] = p;
      continue;
    }
    Draft d;
    if (!KeyOf(t, m, g, &d)) continue;
    auto [it, inserted] = by_key.try_emplace(d.key, drafts.size());
    if (inserted) {
      drafts.push_back(std::move(d));
      names.emplace_back();
    }
    drafts[it->second].mentions.push_back(k);
    draft_of[k] = static_cast<int>(it->second);
  }
  // Acronyms in parentheses join the organization they follow: later uses of "OFAC" too.
  std::unordered_map<std::string, int> acronyms;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.type != "ORG" || m.entry || draft_of[k] < 0) continue;
    std::string text_k = MentionText(t, m);
    auto it = acronyms.find(text_k);
    if (it != acronyms.end() && it->second != draft_of[k]) {
      Draft& from = drafts[draft_of[k]];
      from.mentions.erase(std::remove(from.mentions.begin(), from.mentions.end(), k),
                          from.mentions.end());
      draft_of[k] = it->second;
      drafts[it->second].mentions.push_back(k);
      continue;
    }
    size_t open = m.first_token;
    if (open >= 2 && t.Word(open - 1) == "(" && k > 0 && mentions[k - 1].type == "ORG" &&
        mentions[k - 1].last_token + 2 == open && draft_of[k - 1] >= 0) {
      acronyms[text_k] = draft_of[k - 1];
      Draft& from = drafts[draft_of[k]];
      from.mentions.erase(std::remove(from.mentions.begin(), from.mentions.end(), k),
                          from.mentions.end());
      draft_of[k] = draft_of[k - 1];
      drafts[draft_of[k]].mentions.push_back(k);
    }
  }

  // Roles and countries of persons.
  std::map<size_t, RoleInfo> plural = DistributePluralRoles(t, mentions, g);
  std::vector<RoleInfo> person_role(drafts.size());
  std::vector<bool> role_modifier(mentions.size(), false);  // states named in someone's title
  for (size_t p : persons) {
    Draft& d = drafts[p];
    std::sort(d.mentions.begin(), d.mentions.end());
    RoleInfo best;
    for (size_t k : d.mentions) {
      RoleInfo r = FindRole(t, mentions, k, g);
      if (r.role.empty()) {
        auto it = plural.find(k);
        r = it != plural.end() ? it->second : RoleInfo();
      }
      if (r.modifier >= 0) role_modifier[r.modifier] = true;
      if (r.counterpart) {
        // The role of the person this one is the counterpart of: the nearest before, in the
        // sentence, that has a role.
        for (size_t o = k; o-- > 0 && t.SameSentence(mentions[o].first_token, mentions[k].first_token);) {
          if (mentions[o].type == "PERSON" && draft_of[o] >= 0 && draft_of[o] != static_cast<int>(p) &&
              !person_role[draft_of[o]].role.empty()) {
            r.role = person_role[draft_of[o]].role;
            r.government = person_role[draft_of[o]].government;
            break;
          }
        }
        if (r.counterpart && r.role == "counterpart") r.role.clear();
      }
      if (r.role.empty()) continue;
      if (best.role.empty()) best = r;
      if (best.country.empty() && !r.country.empty()) best.country = r.country;
      if (!best.role.empty() && !best.country.empty()) break;
    }
    // A state office without its state: the state last personified in the sentence
    // ("accused Washington ... which former President Donald Trump left").
    if (!best.role.empty() && best.country.empty() && best.government && !d.mentions.empty()) {
      size_t k = d.mentions.front();
      for (size_t o = k; o-- > 0 && t.SameSentence(mentions[o].first_token, mentions[k].first_token);) {
        if (mentions[o].acting && mentions[o].entry &&
            mentions[o].entry->kind != GazKind::kDemonym) {
          best.country = StateOf(mentions[o]);
          break;
        }
      }
    }
    person_role[p] = best;
    d.country = best.country;
  }
  // Persons with a role but no state: the state most named in the sentences they appear in.
  for (size_t p : persons) {
    Draft& d = drafts[p];
    // Only for roles that are not state offices: "President Bush" in a story about Cuba is
    // not Cuban, while an activist is usually of the state the story is about.
    if (person_role[p].role.empty() || person_role[p].government || !d.country.empty()) continue;
    std::map<std::string, int> votes;
    std::vector<uint32_t> seen;
    for (size_t k : d.mentions) {
      uint32_t s = t[mentions[k].first_token].sentence;
      if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
      seen.push_back(s);
      auto lo = std::lower_bound(mentions.begin(), mentions.end(), s, [&](const Mention& m, uint32_t sent) {
        return t[m.first_token].sentence < sent;
      });
      for (auto it = lo; it != mentions.end() && t[it->first_token].sentence == s; ++it) {
        size_t o = static_cast<size_t>(it - mentions.begin());
        if (draft_of[o] == static_cast<int>(p)) continue;
        // Other persons' states and the states in their titles say whose they are, not ours.
        if (it->type == "PERSON" || role_modifier[o]) continue;
        std::string code = StateOf(*it);
        if (!code.empty()) votes[code]++;
      }
    }
    int top = 0, second = 0;
    std::string winner;
    for (const auto& [code, n] : votes) {
      if (n > top) {
        second = top;
        top = n;
        winner = code;
      } else if (n > second) {
        second = n;
      }
    }
    if (top >= 2 && top > second) d.country = winner;  // one mention in passing is no evidence
  }
  for (size_t p : persons) {
    Draft& d = drafts[p];
    for (size_t i = 0; i < d.words.size(); ++i) d.name += (i ? " " : "") + d.words[i];
  }

  // Actors in order of first mention.
  std::vector<size_t> order;
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (!drafts[i].mentions.empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return *std::min_element(drafts[a].mentions.begin(), drafts[a].mentions.end()) <
           *std::min_element(drafts[b].mentions.begin(), drafts[b].mentions.end());
  });
  std::vector<int> actor_of(drafts.size(), -1);
  actors->clear();
  actors->reserve(order.size());
  for (size_t i : order) {
    const Draft& d = drafts[i];
    Actor a;
    a.id = "a" + std::to_string(actors->size());
    a.name = d.name;
    a.type = d.type;
    a.role = d.type == "PERSON" ? person_role[i].role : "";
    a.country = d.country;
    a.mentions = static_cast<uint32_t>(d.mentions.size());
    for (size_t k : d.mentions) {
      std::string alias = MentionText(t, mentions[k]);
      if (alias != a.name && std::find(a.aliases.begin(), a.aliases.end(), alias) == a.aliases.end()) {
        a.aliases.push_back(alias);
      }
    }
    actor_of[i] = static_cast<int>(actors->size());
    actors->push_back(std::move(a));
  }
  // What resolving needed goes before the entities are rebuilt, the stage's peak.
  std::vector<Draft>().swap(drafts);
  std::vector<std::vector<std::string>>().swap(names);
  std::unordered_map<std::string, std::vector<size_t>>().swap(person_words);
  std::unordered_map<std::string, size_t>().swap(by_key);
  std::vector<RoleInfo>().swap(person_role);
  ReleaseFreedMemory(text.size());
  entities->reserve(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    Entity e;
    e.span = m.span;
    e.text = MentionText(t, m);
    e.type = m.type;
    e.actor = draft_of[k] >= 0 ? actor_of[draft_of[k]] : -1;
    entities->push_back(std::move(e));
  }
  (void)sentences;
}

}  // namespace lede
