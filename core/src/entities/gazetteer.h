#pragma once
// The compiled-in gazetteer: countries, capitals, cities, subdivisions, regions, organizations,
// seats of government, demonyms, groups, laws, roles and family-name-first surnames, built by
// scripts/build-gazetteer.mjs from declared data packages (docs/gazetteer.md).
//
//   const Gazetteer& g = Gazetteer::Default();
//   if (const GazEntry* e = g.Find("Kremlin")) { e->kind == GazKind::kSeat; e->code == "RUS"; }
//   GazMatch m;
//   if (MatchGazetteer(g, text, tokens, i, &m)) { /* tokens i..m.last_token name m.entry */ }

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

enum class GazKind : char {
  kCountry = 'C',      // a state: GPE
  kOrg = 'O',          // an organization with a proper name: ORG
  kSeat = 'M',         // a seat of government that stands for its state ("Kremlin"): ORG
  kCapital = 'K',      // a capital: GPE, stands for its state when it acts
  kDemonym = 'D',      // a nationality adjective or noun ("Russian"): NORP
  kGroup = 'G',        // a religious, ethnic or political group: NORP
  kCity = 'Y',         // a city: GPE
  kSubdivision = 'S',  // a governing region (state, province, republic): GPE
  kRegion = 'R',       // a place that does not govern (Siberia, Middle East): LOC
  kBody = 'B',         // a generic government body whose state the text gives ("Foreign Ministry")
  kLaw = 'L',          // a named law or treaty: LAW
  kRole = 'T',         // a title or role ("Foreign Minister")
  kFamilyName = 'F',   // a surname written first ("Wang" in "Wang Yi")
};

struct GazEntry {
  std::string_view key;   // as matched (roles: lowercase)
  GazKind kind = GazKind::kCountry;
  std::string_view code;     // ISO 3166-1 alpha-3, "EU", or "" (roles: "g" government, "o" other)
  std::string_view acts_as;  // whom it stands for when it acts (= code unless the data says
                             // "BEL>EU": Brussels is in Belgium but stands for the EU)
  std::string_view name;     // canonical name
};

// The entity type a gazetteer kind gives a mention ("GPE", "ORG", ...); "" for roles.
const char* GazKindType(GazKind kind);

class Gazetteer {
 public:
  // The compiled-in data, indexed once.
  static const Gazetteer& Default();
  // `data` must outlive the object: lines "key\tkind\tcode\tname", sorted by key bytes.
  explicit Gazetteer(std::string_view data);

  // The entry for `key`, or null. Entries live as long as the gazetteer, so callers keep
  // the pointer (a mention holds 8 bytes instead of a 72-byte copy).
  const GazEntry* Find(std::string_view key) const;
  // True when some key is `prefix` or starts with it (to stop extending a match early).
  bool HasPrefix(std::string_view prefix) const;
  // Find and HasPrefix of one key with one search.
  const GazEntry* FindAndPrefix(std::string_view key, bool* longer) const;
  // A role or title, matched case-insensitively ("foreign minister").
  const GazEntry* FindRole(std::string_view words) const;
  // False when no role ends with these four bytes (ASCII case ignored): a quick test before
  // building keys for FindRole ("ministers" -> "foreign minister"?).
  bool MayEndRole(std::string_view last4) const;
  // True for surnames written before the given name ("Wang", "Kim").
  bool IsFamilyNameFirst(std::string_view surname) const;
  // The canonical name of a state by its code ("RUS" -> "Russia", "EU" -> "European Union").
  std::string_view CountryName(std::string_view code) const;

  size_t size() const { return entries_.size(); }
  size_t bytes() const { return data_.size(); }

 private:
  GazEntry ParseLine(size_t start) const;
  size_t LowerBound(std::string_view key) const;

  std::string_view data_;
  std::vector<GazEntry> entries_;  // one per line, in key order (the binary search's keys)
  std::vector<std::pair<std::string_view, std::string_view>> countries_;  // code -> name, sorted
  std::vector<uint32_t> role_tails_;  // the last four bytes of every role key, sorted
  uint32_t by_first_byte_[257] = {};  // entries_ index of the first key starting with each byte
};

// A match of tokens [first_token, last_token] (inclusive); `span` leaves out a trailing
// possessive ("China" in "China's").
struct GazMatch {
  size_t first_token = 0;
  size_t last_token = 0;
  Span span;
  const GazEntry* entry = nullptr;
};

// The longest entry (roles and family names excluded) starting at token `i`, within its sentence.
bool MatchGazetteer(const Gazetteer& gazetteer, std::string_view text,
                    const std::vector<Token>& tokens, size_t i, GazMatch* match);

// The bytes of a possessive ending ("'s", "’s", or "'" after s) at the end of [start, end), or 0.
size_t PossessiveLength(std::string_view text, uint32_t start, uint32_t end);

// The lookup key of tokens [first, last]: token texts joined by one space where the text has
// space between them, curly apostrophes made straight, without `drop_tail` bytes at the end.
std::string TokenKey(std::string_view text, const std::vector<Token>& tokens, size_t first,
                     size_t last, size_t drop_tail = 0);

}  // namespace lede
