#include "events/triggers.h"

#include <string_view>

#include "events/lexicon.h"

namespace lede {
namespace events {
namespace {

bool IsAssetWord(std::string_view w) {
  // Not "accounts": a government freezing its own citizens' bank accounts is no sanction.
  return w == "asset" || w == "assets" || w == "funds" || w == "holdings" || w == "reserves";
}

bool NearAssets(const SentenceView& v, uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(v.words.size());
  // "assets which had previously been frozen": up to five words back.
  for (uint32_t k = (i >= 5 ? i - 5 : 0); k < n && k <= i + 3; ++k) {
    if (k != i && IsAssetWord(v.words[k].lower)) return true;
  }
  return false;
}

bool IsDefinite(std::string_view w) {
  return w == "the" || w == "this" || w == "that" || w == "its" || w == "their" ||
         w == "his" || w == "her";
}

// "arms ban", "ban on arms exports", "the ban" (after an earlier trigger), "banned from
// entering": the bans that are sanctions, not the smoking ban.
bool IsSanctionBan(const SentenceView& v, uint32_t i, bool seen_before) {
  const uint32_t n = static_cast<uint32_t>(v.words.size());
  if (i > 0 && IsGoodsWord(v.words[i - 1].lower)) return true;
  if (i + 2 < n && v.words[i + 1].lower == "on") {
    for (uint32_t k = i + 2; k < n && k <= i + 4; ++k) {
      if (IsGoodsWord(v.words[k].lower)) return true;
    }
  }
  if (i + 2 < n && v.words[i + 1].lower == "from" &&
      (v.words[i + 2].lower == "entering" || v.words[i + 2].lower == "travelling" ||
       v.words[i + 2].lower == "traveling")) {
    return true;
  }
  if (i + 3 < n && v.words[i + 2].lower == "from" && v.words[i + 3].lower == "entering") {
    return true;  // "ban them from entering"
  }
  if (seen_before && v.words[i].lower != "banned") {
    for (uint32_t k = i; k-- > 0 && k + 3 >= i;) {
      if (IsDefinite(v.words[k].lower)) return true;
    }
  }
  return false;
}

bool IsPunitiveWord(std::string_view w);

bool SentenceHas(const SentenceView& v, bool (*pred)(std::string_view)) {
  for (const Word& w : v.words) {
    if (pred(w.lower)) return true;
  }
  return false;
}

bool IsRetaliation(std::string_view w) {
  return w.rfind("retaliat", 0) == 0 || w == "reprisal" || w == "reprisals";
}

// Tariffs, duties, penalties and curbs are sanctions when punitive or retaliatory; anti-dumping
// duties are a trade remedy, not a sanction.
bool IsPunitiveTrade(const SentenceView& v, uint32_t i) {
  for (uint32_t k = (i >= 2 ? i - 2 : 0); k < i; ++k) {
    const std::string_view w = v.words[k].lower;
    if (w == "anti-dumping" || w == "antidumping" || w == "countervailing" || w == "import") {
      return false;
    }
  }
  for (uint32_t k = (i >= 2 ? i - 2 : 0); k < i; ++k) {
    if (IsPunitiveWord(v.words[k].lower)) return true;
  }
  // Tariffs someone merely imposes are trade policy; retaliation makes them sanctions.
  return SentenceHas(v, IsRetaliation);
}

// "he also wanted it to end", "He expects it to be lifted": "it" standing for sanctions
// named in the sentence before.
bool IsLiftedPronoun(const SentenceView& v, uint32_t i) {
  const uint32_t n = static_cast<uint32_t>(v.words.size());
  uint32_t k = i + 1;
  if (k < n && v.words[k].lower == "to") ++k;
  if (k < n && v.words[k].lower == "be") ++k;
  return k < n && CueOf(v.words[k].lower) == Cue::kLift;
}

bool IsPunitiveWord(std::string_view w) {
  return w == "punitive" || w == "retaliatory" || w == "penalty" || w == "sanction";
}

}  // namespace

std::vector<Trigger> FindTriggers(const SentenceView& v, bool seen_before, bool recent) {
  std::vector<Trigger> out;
  const uint32_t n = static_cast<uint32_t>(v.words.size());
  // In a sentence of ordinary case, a capitalized trigger next to capitalized words is part of
  // a name; headlines in title case keep theirs.
  uint32_t caps = 0, letters = 0;
  for (const Word& w : v.words) {
    if (IsPunctWord(w)) continue;
    ++letters;
    if (w.cap) ++caps;
  }
  const bool title_case = letters > 0 && caps * 2 > letters;
  auto title_run = [&](uint32_t i) {
    if (title_case || i == 0) return false;
    bool prev = v.words[i - 1].cap;
    bool next = i + 1 < n && v.words[i + 1].cap;
    return prev || next;
  };
  for (uint32_t i = 0; i < n; ++i) {
    const std::string_view w = v.words[i].lower;
    Trigger t;
    t.first = t.last = i;
    bool hit = false;
    if (w == "sanctions" || w == "counter-sanctions" || w == "countersanctions" ||
        w == "countermeasures" || w == "counter-measures") {
      hit = true;
      t.counter = w != "sanctions";
    } else if (w == "sanction") {
      hit = true;
      std::string_view prev = i > 0 ? std::string_view(v.words[i - 1].lower) : "";
      t.sanction_verb = prev == "to" || CueOf(prev) == Cue::kModal;
      t.verb = t.sanction_verb;
      t.singular = !t.verb;
    } else if (w == "sanctioned" || w == "sanctioning") {
      hit = t.verb = t.sanction_verb = true;
    } else if (w == "embargo" || w == "embargoes") {
      std::string_view prev = i > 0 ? std::string_view(v.words[i - 1].lower) : "";
      hit = prev != "press" && prev != "news" && prev != "media" && prev != "information";
    } else if (w == "blacklist" || w == "blacklists" || w == "black-list") {
      hit = true;
    } else if (w == "blacklisted" || w == "blacklisting") {
      hit = t.verb = true;
    } else if (w == "entity" && i + 1 < n && v.words[i + 1].lower == "list") {
      hit = true;
      t.last = i + 1;
    } else if ((w == "export" || w == "exports") && i + 1 < n &&
               (v.words[i + 1].lower == "controls" || v.words[i + 1].lower == "control")) {
      hit = true;
      t.last = i + 1;
    } else if (w == "freeze" || w == "freezes" || w == "froze" || w == "frozen" ||
               w == "freezing" || w == "unfreeze" || w == "unfrozen" || w == "unfreezing" ||
               w == "unfroze") {
      hit = NearAssets(v, i);
      // "frozen assets", "unfrozen funds": an adjective that presupposes the act.
      bool adjective = i + 1 < n && IsAssetWord(v.words[i + 1].lower) &&
                       (w == "frozen" || w == "unfrozen");
      t.lift = w.rfind("un", 0) == 0 && !adjective;
      t.verb = hit && !adjective && !t.lift && w != "freeze" && w != "freezes";
    } else if (w == "ban" || w == "bans" || w == "banned") {
      hit = IsSanctionBan(v, i, seen_before);
      t.verb = w == "banned";
    } else if (w == "boycott" || w == "boycotts") {
      hit = i > 0 && (v.words[i - 1].lower == "economic" || v.words[i - 1].lower == "trade");
    } else if (w == "tariffs" || w == "tariff" || w == "duties" || w == "penalties" ||
               w == "curbs") {
      hit = IsPunitiveTrade(v, i);
    } else if (IsRetaliation(w)) {
      // Retaliation is a sanction in a trade setting only (not a military strike).
      hit = SentenceHas(v, IsTradeWord);
      t.verb = w == "retaliate" || w == "retaliated" || w == "retaliates";
      t.counter = true;
    } else if (w == "it" && recent) {
      hit = IsLiftedPronoun(v, i);
    }
    // "the joint committee on Strategic Export Controls": a trigger word inside a name.
    if (hit && v.words[i].cap && title_run(i)) continue;
    if (!hit) continue;
    // One trigger per noun phrase: "asset freeze", "sanctions and asset freezes" stay apart
    // only when words separate them.
    if (!out.empty() && out.back().last + 1 == t.first) {
      out.back().last = t.last;
      out.back().lift = out.back().lift || t.lift;
      continue;
    }
    out.push_back(t);
  }
  return out;
}

}  // namespace events
}  // namespace lede
