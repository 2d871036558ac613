// Roles and affiliations of persons: titles before a name ("Russian Foreign Minister Sergei
// Lavrov", "European Council President Charles Michel", "former President Donald Trump"),
// appositions ("his Chinese counterpart, Wang Yi"; "Sergei Lavrov, Russia's foreign minister"),
// and plural roles handed out in order ("the foreign ministers of China and Russia ... Wang Yi
// and Sergei Lavrov").
#include <algorithm>

#include "actors/mention.h"

namespace lede {

namespace {

constexpr size_t kMaxRoleWords = 4;

// Words that qualify a title and belong to the role ("former President", "Deputy ...").
bool IsRoleModifier(const TokenView& t, size_t i) {
  for (const char* w : {"former", "then", "acting", "deputy", "vice", "top", "senior", "ex",
                        "outgoing", "incoming", "late", "interim", "chief", "jailed"}) {
    if (t.Is(i, w)) return true;
  }
  return false;
}

// The mention ending exactly at token `i`, or -1.
// Mentions are sorted and do not overlap, so their last tokens ascend.
int MentionEndingAt(const std::vector<Mention>& mentions, size_t i) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), i,
                             [](const Mention& m, size_t token) { return m.last_token < token; });
  return it != mentions.end() && it->last_token == i ? static_cast<int>(it - mentions.begin()) : -1;
}

int MentionStartingAt(const std::vector<Mention>& mentions, size_t i) {
  auto it = std::lower_bound(mentions.begin(), mentions.end(), i,
                             [](const Mention& m, size_t token) { return m.first_token < token; });
  return it != mentions.end() && it->first_token == i ? static_cast<int>(it - mentions.begin()) : -1;
}

std::string Slice(const TokenView& t, size_t first, size_t last) {
  return std::string(t.text().substr(t[first].start, t[last].end - t[first].start));
}

// The longest role ending at token `end` (inclusive) in the sentence of `anchor`: returns its
// first token, or size() when none.
size_t RoleEndingAt(const TokenView& t, size_t end, size_t anchor, const Gazetteer& g,
                    const GazEntry** entry) {
  size_t best = t.size();
  for (size_t n = 1; n <= kMaxRoleWords && n <= end + 1; ++n) {
    size_t first = end + 1 - n;
    if (!t.SameSentence(first, anchor)) break;
    std::string words = TokenKey(t.text(), t.tokens(), first, end);
    if (const GazEntry* e = g.FindRole(words)) {
      best = first;
      *entry = e;
    }
  }
  return best;
}

// Country code a mention gives to a role next to it (a state, its capital, a demonym, an
// organization's seat).
std::string CountryOf(const Mention& m) {
  if (!m.entry) return "";
  if (m.entry->kind == GazKind::kCapital || m.entry->kind == GazKind::kSeat) {
    return std::string(m.entry->acts_as);
  }
  return std::string(m.code);
}

// Parses "[former] [Org|Country|Demonym] [former] Title" ending at token `end`.
bool RoleBefore(const TokenView& t, const std::vector<Mention>& mentions, size_t end,
                size_t anchor, const Gazetteer& g, RoleInfo* info) {
  const GazEntry* entry = nullptr;
  size_t first = RoleEndingAt(t, end, anchor, g, &entry);
  if (first == t.size()) return false;
  info->role = Slice(t, first, end);
  info->government = entry->code == "g";
  info->counterpart = t.Is(end, "counterpart");
  size_t j = first;
  while (j > 0 && t.SameSentence(j - 1, anchor) && IsRoleModifier(t, j - 1)) --j;
  if (j < first) info->role = Slice(t, j, end);
  if (j > 0 && t.SameSentence(j - 1, anchor)) {
    int k = MentionEndingAt(mentions, j - 1);
    if (k >= 0) {
      const Mention& m = mentions[k];
      info->country = CountryOf(m);
      info->modifier = k;
      if (m.type == "ORG") {
        info->role = Slice(t, m.first_token, end);
        info->government = true;
      }
      size_t f = m.first_token;
      if (f > 0 && t.SameSentence(f - 1, anchor) && IsRoleModifier(t, f - 1)) {
        info->role = std::string(t.Word(f - 1)) + " " + info->role;
      }
    }
  }
  return true;
}

}  // namespace

RoleInfo FindRole(const TokenView& t, const std::vector<Mention>& mentions, size_t index,
                  const Gazetteer& g) {
  RoleInfo info;
  const Mention& m = mentions[index];
  const size_t first = m.first_token;
  if (first > 0 && t.SameSentence(first - 1, first)) {
    if (RoleBefore(t, mentions, first - 1, first, g, &info)) return info;
    // An apposition before the name: "his Chinese counterpart, Wang Yi".
    if (t.Word(first - 1) == "," && first > 1 &&
        RoleBefore(t, mentions, first - 2, first, g, &info)) {
      return info;
    }
  }
  // An apposition after the name: "Sergei Lavrov, Russia's foreign minister".
  size_t j = m.last_token + 1;
  if (j < t.size() && t.SameSentence(j, first) && t.Word(j) == ",") {
    ++j;
    for (const char* w : {"the", "a", "an", "his", "her", "its", "their"}) {
      if (t.Is(j, w)) {
        ++j;
        break;
      }
    }
    std::string country;
    int k = MentionStartingAt(mentions, j);
    int modifier = -1;
    if (k >= 0 && mentions[k].type != "PERSON") {
      country = CountryOf(mentions[k]);
      modifier = k;
      j = mentions[k].last_token + 1;
    }
    while (j < t.size() && IsRoleModifier(t, j)) ++j;
    for (size_t n = std::min(kMaxRoleWords, t.size() - std::min(j, t.size())); n >= 1; --n) {
      if (!t.SameSentence(j + n - 1, first)) continue;
      if (auto e = g.FindRole(TokenKey(t.text(), t.tokens(), j, j + n - 1))) {
        info.role = Slice(t, j, j + n - 1);
        info.government = e->code == "g";
        info.country = country;
        info.modifier = modifier;
        return info;
      }
    }
  }
  return {};
}

std::map<size_t, RoleInfo> DistributePluralRoles(const TokenView& t,
                                                 const std::vector<Mention>& mentions,
                                                 const Gazetteer& g) {
  std::map<size_t, RoleInfo> out;
  auto mention_at = [&](size_t token) { return MentionStartingAt(mentions, token); };
  for (size_t i = 0; i < t.size(); ++i) {
    std::string_view w = t.Word(i);
    if (w.size() < 3 || w.back() != 's') continue;
    // Most plurals end no role: their last four letters before the 's' say so without a key.
    // (Only plain ASCII: a curly apostrophe is rewritten in keys.)
    if (w.size() >= 5) {
      const std::string_view stem_tail = w.substr(w.size() - 5, 4);
      const bool ascii = std::all_of(stem_tail.begin(), stem_tail.end(),
                                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (ascii && !g.MayEndRole(stem_tail)) continue;
    }
    // "ministers" -> "minister", with up to two words before it ("foreign ministers").
    const GazEntry* role = nullptr;
    for (size_t n = std::min<size_t>(3, i + 1); n >= 1 && !role; --n) {
      if (!t.SameSentence(i + 1 - n, i)) continue;
      std::string key = TokenKey(t.text(), t.tokens(), i + 1 - n, i);
      key.pop_back();
      role = g.FindRole(key);
    }
    if (!role || role->code != "g") continue;
    // "... ministers of China and Russia": the states in order.
    std::vector<std::string> codes;
    size_t j = i + 1;
    if (t.Is(j, "of") && t.SameSentence(j, i)) {
      ++j;
      while (j < t.size() && t.SameSentence(j, i)) {
        int k = mention_at(j);
        if (k < 0 || !mentions[k].entry) break;
        std::string code = CountryOf(mentions[k]);
        if (code.empty() || mentions[k].type != "GPE") break;
        codes.push_back(code);
        j = mentions[k].last_token + 1;
        if (t.Is(j, "and") || t.Word(j) == ",") {
          ++j;
        } else {
          break;
        }
      }
    }
    if (codes.size() < 2) continue;
    // The persons named together next: "Wang Yi and Sergei Lavrov".
    const uint32_t last_sentence = t[i].sentence + 2;
    auto from = std::upper_bound(mentions.begin(), mentions.end(), i,
                                 [](size_t token, const Mention& m) { return token < m.first_token; });
    for (size_t k = static_cast<size_t>(from - mentions.begin()); k < mentions.size(); ++k) {
      const Mention& m = mentions[k];
      if (t[m.first_token].sentence > last_sentence) break;
      if (m.type != "PERSON") continue;
      std::vector<size_t> persons = {k};
      size_t next = k + 1;
      while (persons.size() < codes.size() && next < mentions.size() &&
             mentions[next].type == "PERSON" &&
             mentions[next].first_token == mentions[persons.back()].last_token + 2 &&
             (t.Is(mentions[persons.back()].last_token + 1, "and") ||
              t.Word(mentions[persons.back()].last_token + 1) == ",")) {
        persons.push_back(next++);
      }
      if (persons.size() != codes.size()) continue;
      for (size_t p = 0; p < persons.size(); ++p) {
        out[persons[p]].role = std::string(role->name);
        out[persons[p]].country = codes[p];
        out[persons[p]].government = true;
      }
      break;
    }
  }
  return out;
}

}  // namespace lede
