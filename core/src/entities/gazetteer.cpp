#include "entities/gazetteer.h"

#include <algorithm>

namespace lede {

extern const char kGazetteerData[];
extern const size_t kGazetteerSize;

namespace {

constexpr size_t kMaxMatchTokens = 10;  // the longest keys ("Organization of the Petroleum ...")

bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

bool KeyLess(const GazEntry& e, std::string_view key) { return e.key < key; }

}  // namespace

const char* GazKindType(GazKind kind) {
  switch (kind) {
    case GazKind::kCountry:
    case GazKind::kCapital:
    case GazKind::kCity:
    case GazKind::kSubdivision:
      return "GPE";
    case GazKind::kRegion:
      return "LOC";
    case GazKind::kOrg:
    case GazKind::kSeat:
    case GazKind::kBody:
      return "ORG";
    case GazKind::kDemonym:
    case GazKind::kGroup:
      return "NORP";
    case GazKind::kLaw:
      return "LAW";
    case GazKind::kRole:
    case GazKind::kFamilyName:
      return "";
  }
  return "";
}

const Gazetteer& Gazetteer::Default() {
  static const Gazetteer gazetteer(std::string_view(kGazetteerData, kGazetteerSize));
  return gazetteer;
}

namespace {

// Four bytes as one number, ASCII letters lower-cased (role keys are lower case).
uint32_t Tail4(std::string_view four) {
  uint32_t v = 0;
  for (char c : four) {
    const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    v = (v << 8) | static_cast<unsigned char>(lower);
  }
  return v;
}

}  // namespace

Gazetteer::Gazetteer(std::string_view data) : data_(data) {
  size_t pos = 0;
  while (pos < data_.size()) {
    size_t nl = data_.find('\n', pos);
    if (nl == std::string_view::npos) nl = data_.size();
    if (nl > pos) entries_.push_back(ParseLine(pos));
    pos = nl + 1;
  }
  for (const GazEntry& e : entries_) {
    if (e.kind == GazKind::kCountry && e.name == e.key) countries_.emplace_back(e.code, e.name);
  }
  countries_.emplace_back("EU", "European Union");
  std::sort(countries_.begin(), countries_.end());
  // Where the keys starting with each byte begin: a search looks only among those.
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    by_first_byte_[b] = static_cast<uint32_t>(
        std::lower_bound(entries_.begin(), entries_.end(), std::string_view(&c, 1), KeyLess) -
        entries_.begin());
  }
  by_first_byte_[256] = static_cast<uint32_t>(entries_.size());
  constexpr unsigned char kRoleMark = '~';  // role keys start with it
  for (uint32_t i = by_first_byte_[kRoleMark]; i < by_first_byte_[kRoleMark + 1]; ++i) {
    const std::string_view key = entries_[i].key;
    if (key.size() >= 5) role_tails_.push_back(Tail4(key.substr(key.size() - 4)));
  }
  std::sort(role_tails_.begin(), role_tails_.end());
}

bool Gazetteer::MayEndRole(std::string_view last4) const {
  if (last4.size() != 4) return true;
  return std::binary_search(role_tails_.begin(), role_tails_.end(), Tail4(last4));
}

GazEntry Gazetteer::ParseLine(size_t start) const {
  size_t end = data_.find('\n', start);
  if (end == std::string_view::npos) end = data_.size();
  std::string_view fields[4];
  size_t n = 0;
  size_t pos = start;
  while (n < 4) {
    size_t tab = data_.find('\t', pos);
    if (tab == std::string_view::npos || tab > end) tab = end;
    fields[n++] = data_.substr(pos, tab - pos);
    if (tab == end) break;
    pos = tab + 1;
  }
  GazEntry e;
  e.key = fields[0];
  e.kind = fields[1].empty() ? GazKind::kCountry : static_cast<GazKind>(fields[1][0]);
  std::string_view code = fields[2] == "-" ? std::string_view() : fields[2];
  size_t arrow = code.find('>');
  e.code = code.substr(0, arrow);
  e.acts_as = arrow == std::string_view::npos ? code : code.substr(arrow + 1);
  e.name = fields[3].empty() ? fields[0] : fields[3];
  return e;
}

size_t Gazetteer::LowerBound(std::string_view key) const {
  auto first = entries_.begin();
  auto last = entries_.end();
  if (!key.empty()) {
    const unsigned char b = static_cast<unsigned char>(key[0]);
    first = entries_.begin() + by_first_byte_[b];
    last = entries_.begin() + by_first_byte_[b + 1];
  }
  return static_cast<size_t>(std::lower_bound(first, last, key, KeyLess) - entries_.begin());
}

const GazEntry* Gazetteer::FindAndPrefix(std::string_view key, bool* longer) const {
  const size_t i = LowerBound(key);
  *longer = i < entries_.size() && entries_[i].key.substr(0, key.size()) == key;
  if (!key.empty() && i < entries_.size() && entries_[i].key == key) return &entries_[i];
  return nullptr;
}

const GazEntry* Gazetteer::Find(std::string_view key) const {
  bool longer;
  return FindAndPrefix(key, &longer);
}

bool Gazetteer::HasPrefix(std::string_view prefix) const {
  bool longer;
  FindAndPrefix(prefix, &longer);
  return longer;
}

const GazEntry* Gazetteer::FindRole(std::string_view words) const {
  // Most words asked about end no role: their last four bytes tell, without a key or a search
  // (a role's key ends with the same four bytes, lower-cased alike).
  if (words.size() >= 4 && !MayEndRole(words.substr(words.size() - 4))) return nullptr;
  std::string key = "~";
  for (char c : words) key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return Find(key);
}

bool Gazetteer::IsFamilyNameFirst(std::string_view surname) const {
  std::string key = "^";
  key.append(surname);
  return Find(key) != nullptr;
}

std::string_view Gazetteer::CountryName(std::string_view code) const {
  auto it = std::lower_bound(countries_.begin(), countries_.end(),
                             std::make_pair(code, std::string_view()));
  if (it != countries_.end() && it->first == code) return it->second;
  return {};
}

size_t PossessiveLength(std::string_view text, uint32_t start, uint32_t end) {
  std::string_view t = text.substr(start, end - start);
  auto ends = [&](std::string_view s) {
    return t.size() > s.size() && t.substr(t.size() - s.size()) == s;
  };
  if (ends("'s")) return 2;
  if (ends("\xE2\x80\x99s")) return 4;
  return 0;
}

std::string TokenKey(std::string_view text, const std::vector<Token>& tokens, size_t first,
                     size_t last, size_t drop_tail) {
  std::string key;
  for (size_t t = first; t <= last; ++t) {
    if (t > first && tokens[t].start > tokens[t - 1].end) key.push_back(' ');
    uint32_t end = tokens[t].end;
    if (t == last) end -= static_cast<uint32_t>(std::min<size_t>(drop_tail, end - tokens[t].start));
    std::string_view word = text.substr(tokens[t].start, end - tokens[t].start);
    // Curly apostrophes read as straight ones; the rest is copied a stretch at a time.
    for (size_t i = 0; i < word.size();) {
      size_t q = word.find("\xE2\x80\x99", i);
      if (q == std::string_view::npos) q = word.size();
      key.append(word.data() + i, q - i);
      if (q == word.size()) break;
      key.push_back('\'');
      i = q + 3;
    }
  }
  return key;
}

bool MatchGazetteer(const Gazetteer& gazetteer, std::string_view text,
                    const std::vector<Token>& tokens, size_t i, GazMatch* match) {
  const Token& first = tokens[i];
  if (IsAsciiLower(text[first.start]) && text.compare(first.start, 3, "al-") != 0) return false;
  bool found = false;
  for (size_t j = i; j < tokens.size() && j < i + kMaxMatchTokens; ++j) {
    if (tokens[j].sentence != first.sentence) break;
    std::string key = TokenKey(text, tokens, i, j);
    bool longer = false;  // some key starts with this one: one search answers both
    if (auto e = gazetteer.FindAndPrefix(key, &longer)) {
      *match = {i, j, {first.start, tokens[j].end}, e};
      found = true;
    } else if (size_t p = PossessiveLength(text, tokens[j].start, tokens[j].end)) {
      if (auto e2 = gazetteer.Find(TokenKey(text, tokens, i, j, p))) {
        *match = {i, j, {first.start, static_cast<uint32_t>(tokens[j].end - p)}, e2};
        found = true;
      }
    }
    if (!longer) break;
  }
  if (found && (match->entry->kind == GazKind::kRole || match->entry->kind == GazKind::kFamilyName)) {
    return false;
  }
  return found;
}

}  // namespace lede
