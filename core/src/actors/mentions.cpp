// Mentions from the tagger, the gazetteer and rules, merged without overlaps.
#include <algorithm>

#include "actors/mention.h"

namespace lede {

namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Words that end a law's name ("Magnitsky Act") and the small words allowed inside one.
bool IsLawHead(std::string_view w) {
  return w == "Act" || w == "Law" || w == "Treaty" || w == "Convention" || w == "Accord" ||
         w == "Accords" || w == "Charter" || w == "Amendment" || w == "Directive";
}
bool IsHonorific(const TokenView& t, size_t i) {
  for (const char* w : {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame",
                        "lord", "lady", "madam", "mme", "herr"}) {
    if (t.Is(i, w)) return true;
  }
  return false;
}

bool IsNameFiller(std::string_view w) {
  return w == "of" || w == "and" || w == "for" || w == "the" || w == "on" || w == "to" ||
         w == "in" || w == "Through" || w == "&";
}
// Place words that make a tagger LOC a non-governing place.
bool IsGeographicWord(std::string_view w) {
  static const char* const kWords[] = {"River", "Sea", "Ocean", "Mountains", "Mountain", "Valley",
                                       "Island", "Islands", "Peninsula", "Desert", "Gulf", "Bay",
                                       "Lake", "Strait", "Basin", "Plain", "Plateau", "Coast",
                                       "Square", "Street", "Avenue", "Bridge", "Canal", "Forest"};
  for (const char* k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Place words that are not also surnames.
bool IsPlaceNoun(std::string_view w) {
  for (const char* k : {"Square", "Street", "Avenue", "River", "Sea", "Ocean", "Mountains",
                        "Strait", "Peninsula", "Desert", "Canal", "Islands"}) {
    if (w == k) return true;
  }
  return false;
}

Mention FromMatch(const GazMatch& m) {
  Mention out;
  out.span = m.span;
  out.first_token = m.first_token;
  out.last_token = m.last_token;
  out.entry = m.entry;
  out.type = GazKindType(m.entry->kind);
  out.code = m.entry->code;
  return out;
}

// Capitalized words that head titles ("Talks In Beijing") without being part of a name.
bool IsTitleWord(const TokenView& t, size_t i) {
  for (const char* w : {"in", "at", "on", "of", "the", "and", "for", "to", "from", "with", "by",
                        "amid", "after", "over", "as", "against", "between", "near", "into"}) {
    if (t.Is(i, w)) return true;
  }
  return false;
}

// A place name inside a longer unknown name ("Lewis Hamilton", "Manchester United", "Mary
// Poppins"): capitalized words around it that are neither titles nor names the gazetteer knows.
bool InsideLongerName(const TokenView& t, const GazMatch& m, const Gazetteer& g,
                      bool known_before) {
  const GazKind k = m.entry->kind;
  if (k != GazKind::kCity && k != GazKind::kSubdivision && k != GazKind::kCapital) return false;
  auto name_word = [&](size_t i) {
    if (!t.IsCapitalized(i) || IsTitleWord(t, i)) return false;
    std::string_view w = t.Word(i);
    if (g.FindRole(w)) return false;
    return !(w.size() == 1 && !(w[0] >= 'A' && w[0] <= 'Z'));
  };
  const size_t before = m.first_token;
  // The word before counts unless it opens the sentence (capitalized anyway) or the gazetteer
  // knows it ("Russian Far East").
  if (before >= 2 && t.SameSentence(before - 2, before) && !known_before &&
      name_word(before - 1)) {
    return true;
  }
  const size_t after = m.last_token + 1;
  GazMatch next;
  if (after < t.size() && t.SameSentence(after, m.last_token) &&
      m.span.end == t[m.last_token].end && name_word(after) &&
      !MatchGazetteer(g, t.text(), t.tokens(), after, &next)) {
    return true;
  }
  return false;
}

// A copy of the text where sentences written in capitals are title-cased (ASCII letters after
// a word's first become lowercase, so byte offsets stay); `shouting` marks those sentences.
std::string FoldShoutedSentences(const TokenView& t, std::vector<bool>* shouting) {
  std::string folded;
  uint32_t sentences = t.size() ? t[t.size() - 1].sentence + 1 : 0;
  std::vector<int> upper(sentences, 0), lower(sentences, 0);
  for (size_t i = 0; i < t.size(); ++i) {
    for (char c : t.Word(i)) {
      if (c >= 'A' && c <= 'Z') ++upper[t[i].sentence];
      if (c >= 'a' && c <= 'z') ++lower[t[i].sentence];
    }
  }
  shouting->assign(sentences, false);
  bool any = false;
  for (uint32_t s = 0; s < sentences; ++s) {
    (*shouting)[s] = upper[s] >= 8 && lower[s] * 10 < upper[s];
    any = any || (*shouting)[s];
  }
  if (!any) return folded;
  folded.assign(t.text());
  for (size_t i = 0; i < t.size(); ++i) {
    if (!(*shouting)[t[i].sentence]) continue;
    bool word_start = true;
    for (uint32_t b = t[i].start; b < t[i].end; ++b) {
      char& c = folded[b];
      const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      if (letter && !word_start && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      word_start = !letter && static_cast<unsigned char>(c) < 0x80 && c != '\'';
    }
  }
  return folded;
}

bool Overlaps(const Span& a, const Span& b) { return a.start < b.end && b.start < a.end; }

// A law named by rule: capitalized words (small words allowed inside) ending in "Act", "Law", ...
bool MatchLaw(const TokenView& t, size_t head, Mention* out) {
  if (!IsLawHead(t.Word(head)) || head == 0) return false;
  size_t first = head;
  size_t i = head;
  while (i > 0 && t.SameSentence(i - 1, head)) {
    std::string_view w = t.Word(i - 1);
    if (t.IsCapitalized(i - 1) && w != "The") {
      first = --i;
    } else if (IsNameFiller(w) && i >= 2 && t.IsCapitalized(i - 2)) {
      --i;
    } else {
      break;
    }
  }
  if (first == head) return false;
  out->span = {t[first].start, t[head].end};
  out->first_token = first;
  out->last_token = head;
  out->type = "LAW";
  return true;
}

// Gazetteer matches and law names, longest first at each token. Headlines in capitals
// ("CHINA, RUSSIA SLAM U.S. SANCTIONS") match as written (acronyms) or title-cased, in a copy
// of the text with the same byte offsets; the copy is as large as the text, so it lives only
// here.
std::vector<Mention> GazetteerMentions(const TokenView& t, const Gazetteer& gazetteer) {
  std::vector<bool> shouting;
  std::string folded = FoldShoutedSentences(t, &shouting);

  std::vector<Mention> found;
  for (size_t i = 0; i < t.size();) {
    GazMatch match;
    const bool caps = shouting[t[i].sentence];
    if (MatchGazetteer(gazetteer, t.text(), t.tokens(), i, &match) ||
        (caps && MatchGazetteer(gazetteer, folded, t.tokens(), i, &match))) {
      const bool known_before = !found.empty() && found.back().last_token + 1 == i;
      if (!caps && InsideLongerName(t, match, gazetteer, known_before)) {
        i = match.last_token + 1;
        continue;
      }
      Mention m = FromMatch(match);
      // A generic body takes the nationality before it: "Chinese Foreign Ministry".
      if (m.entry->kind == GazKind::kBody && !found.empty() &&
          found.back().last_token + 1 == m.first_token && found.back().entry &&
          found.back().entry->kind == GazKind::kDemonym) {
        m.code = found.back().entry->code;
        m.span.start = found.back().span.start;
        m.first_token = found.back().first_token;
        found.pop_back();
      }
      found.push_back(std::move(m));
      i = match.last_token + 1;
      continue;
    }
    Mention law;
    if (MatchLaw(t, i, &law)) {
      while (!found.empty() && found.back().last_token >= law.first_token) found.pop_back();
      found.push_back(std::move(law));
    } else if (t.Word(i).find('-') != std::string_view::npos) {
      // Hyphenated words: "Russia-China", "pro-Kremlin", "U.S.-led".
      std::string_view w = t.Word(i);
      size_t pos = 0;
      while (pos <= w.size()) {
        size_t dash = std::min(w.find('-', pos), w.size());
        if (const GazEntry* e = gazetteer.Find(w.substr(pos, dash - pos))) {
          const GazKind k = e->kind;
          if (k == GazKind::kCountry || k == GazKind::kCapital || k == GazKind::kSeat ||
              k == GazKind::kDemonym || k == GazKind::kOrg) {
            Mention m = FromMatch({i, i, {t[i].start + static_cast<uint32_t>(pos),
                                          t[i].start + static_cast<uint32_t>(dash)}, e});
            found.push_back(std::move(m));
          }
        }
        pos = dash + 1;
      }
    }
    ++i;
  }
  return found;
}

}  // namespace

std::string_view TypeName(std::string_view type) {
  static constexpr std::string_view kTypes[] = {"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "MISC"};
  for (std::string_view k : kTypes) {
    if (type == k) return k;
  }
  // The tagger and the gazetteer give only the types above.
  return "MISC";
}

bool TokenView::Is(size_t i, std::string_view lower) const {
  if (i >= size()) return false;
  std::string_view w = Word(i);
  if (w.size() != lower.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    if (Lower(w[k]) != lower[k]) return false;
  }
  return true;
}

bool TokenView::IsCapitalized(size_t i) const {
  if (i >= size()) return false;
  unsigned char c = static_cast<unsigned char>(text_[tokens_[i].start]);
  return (c >= 'A' && c <= 'Z') || c >= 0xC3;  // non-ASCII letters count (Élysée, Łódź)
}

size_t TokenView::TokenAt(uint32_t pos) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                             [](const Token& t, uint32_t p) { return t.end <= p; });
  return static_cast<size_t>(it - tokens_.begin());
}

std::vector<Mention> TaggerMentions(const TokenView& t, const std::vector<Entity>& tagged,
                                    const Gazetteer& gazetteer) {
  std::vector<Mention> mentions;
  mentions.reserve(tagged.size());  // exact: no doubling spike on long inputs
  for (const Entity& e : tagged) {
    if (e.span.empty() || e.span.end > t.text().size()) continue;
    Mention m;
    m.span = e.span;
    m.type = TypeName(e.type);
    m.from_tagger = true;
    m.first_token = t.TokenAt(e.span.start);
    m.last_token = std::max(m.first_token, t.TokenAt(e.span.end - 1));
    if (m.last_token >= t.size()) continue;
    // Honorifics and titles the tagger took into a name ("Mr Straw", "President Joe Biden")
    // are not the name; an honorific also says the name is a person's.
    while (m.first_token < m.last_token && IsHonorific(t, m.first_token)) {
      ++m.first_token;
      m.span.start = t[m.first_token].start;
      m.type = "PERSON";
    }
    while (m.type == "PERSON" && m.first_token < m.last_token &&
           (gazetteer.FindRole(t.Word(m.first_token)) || t.Is(m.first_token, "former"))) {
      ++m.first_token;
      m.span.start = t[m.first_token].start;
    }
    // A title the tagger took into a state's name before a person ("US Undersecretary John
    // Bolton" tagged ORG) is the person's role: keep the state.
    if (m.type != "PERSON" && m.first_token < m.last_token &&
        gazetteer.FindRole(t.Word(m.last_token)) &&
        gazetteer.Find(TokenKey(t.text(), t.tokens(), m.first_token, m.last_token - 1))) {
      --m.last_token;
      m.span.end = t[m.last_token].end;
    }
    m.span.end -= static_cast<uint32_t>(PossessiveLength(t.text(), m.span.start, m.span.end));
    std::string key = TokenKey(t.text(), t.tokens(), m.first_token, m.last_token,
                               t[m.last_token].end - m.span.end);
    if (const GazEntry* entry = gazetteer.Find(key)) {
      // The tagger's PERSON and ORG stand; its place and MISC types yield to the gazetteer's,
      // and so does an ORG that is a state or a capital (the government acting: "Beijing").
      const bool org_entry = entry->kind == GazKind::kOrg || entry->kind == GazKind::kSeat ||
                             entry->kind == GazKind::kBody || entry->kind == GazKind::kCountry ||
                             entry->kind == GazKind::kCapital;
      if (m.type != "PERSON" && (m.type != "ORG" || org_entry)) {
        m.entry = entry;
        m.type = GazKindType(entry->kind);
        m.code = entry->code;
      }
    }
    // "Tiananmen Square" is a place whatever the tagger says ("Mike Lake" may be a person).
    if (!m.entry && m.first_token < m.last_token && IsGeographicWord(t.Word(m.last_token)) &&
        (m.type != "PERSON" || IsPlaceNoun(t.Word(m.last_token)))) {
      m.type = "LOC";
    }
    if (!m.entry && (m.type == "LOC" || m.type == "GPE")) {
      m.type = IsGeographicWord(t.Word(m.last_token)) ? "LOC" : "GPE";
    }
    if (!m.entry && m.type == "MISC" && IsLawHead(t.Word(m.last_token))) m.type = "LAW";
    mentions.push_back(std::move(m));
  }
  return mentions;
}

std::vector<Mention> CollectMentions(const TokenView& t, std::vector<Mention> mentions,
                                     const Gazetteer& gazetteer) {
  std::vector<Mention> found = GazetteerMentions(t, gazetteer);

  // Merge: a gazetteer match replaces tagger mentions it strictly contains; otherwise any
  // overlap with the tagger's mentions drops it.
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  // The longest tagger span so far, so the scan can start at the first one that may overlap.
  std::vector<uint32_t> max_end(mentions.size());
  for (size_t k = 0; k < mentions.size(); ++k) {
    max_end[k] = std::max(mentions[k].span.end, k ? max_end[k - 1] : 0u);
  }
  std::vector<bool> dropped(mentions.size(), false);
  std::vector<bool> kept(found.size(), false);
  size_t kept_count = 0;
  for (size_t f = 0; f < found.size(); ++f) {
    const Mention& g = found[f];
    bool keep = true;
    std::vector<size_t> covered;
    size_t from = static_cast<size_t>(
        std::upper_bound(max_end.begin(), max_end.end(), g.span.start) - max_end.begin());
    for (size_t k = from; k < mentions.size() && mentions[k].span.start < g.span.end; ++k) {
      const Mention& m = mentions[k];
      if (!Overlaps(m.span, g.span)) continue;
      const bool contains = g.span.start <= m.span.start && m.span.end <= g.span.end;
      const bool longer = g.span.end - g.span.start > m.span.end - m.span.start;
      // A tagger MISC over a hyphenated word yields to the states in it ("China-UK").
      const bool compound = m.type == "MISC" && m.first_token == m.last_token &&
                            t.Word(m.first_token).find('-') != std::string_view::npos;
      if ((contains && longer) || compound) {
        covered.push_back(k);
      } else {
        keep = false;
        break;
      }
    }
    if (!keep) continue;
    for (size_t k : covered) dropped[k] = true;
    kept[f] = true;
    ++kept_count;
  }
  // Sized exactly: this is the stage's mention list from here on, and many gazetteer matches
  // repeat a name the tagger found.
  std::vector<Mention> merged;
  merged.reserve(kept_count + static_cast<size_t>(
                                  std::count(dropped.begin(), dropped.end(), false)));
  for (size_t f = 0; f < found.size(); ++f) {
    if (kept[f]) merged.push_back(std::move(found[f]));
  }
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (!dropped[k]) merged.push_back(std::move(mentions[k]));
  }
  std::sort(merged.begin(), merged.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
  return merged;
}

namespace {

// Words after which a capital is a place, not its government ("a news conference in Beijing").
bool IsPlaceWord(const TokenView& t, size_t i) {
  static const char* const kWords[] = {
      "in",     "at",     "near",    "from",    "to",       "into",     "outside", "inside",
      "around", "across", "towards", "toward",  "via",      "within",   "through", "throughout",
      "visit",  "visits", "visited", "visiting", "arrived", "arriving", "flew",   "travelled",
      "traveled", "based",  "streets", "downtown", "central", "hometown"};
  for (const char* w : kWords) {
    if (t.Is(i, w)) return true;
  }
  // "the city of Moscow", "the outskirts of Kyiv" (but "the interests of Beijing" acts).
  if (t.Is(i, "of") && i > 0) {
    for (const char* w : {"city", "capital", "town", "outskirts", "streets", "centre", "center",
                          "mayor", "suburbs", "residents", "people"}) {
      if (t.Is(i - 1, w)) return true;
    }
  }
  return false;
}

}  // namespace

void MarkMetonyms(const TokenView& t, std::vector<Mention>* mentions) {
  for (Mention& m : *mentions) {
    if (!m.entry) continue;
    if (m.entry->kind == GazKind::kSeat) {
      m.acting = true;
      continue;
    }
    if (m.entry->kind != GazKind::kCapital) continue;
    size_t before = m.first_token;
    // Skip "the" and adjectives between a preposition and the name ("in the Chinese capital").
    bool place = false;
    if (before > 0 && t.SameSentence(before - 1, m.first_token)) {
      size_t p = before - 1;
      if (t.Is(p, "the") && p > 0 && t.SameSentence(p - 1, p)) --p;
      place = IsPlaceWord(t, p);
    }
    // "Moscow-based", "Beijing, China": a place named as such.
    const std::string_view after = t.text().substr(m.span.end, 7);
    if (after.substr(0, 6) == "-based") place = true;
    m.acting = !place;
  }
}

}  // namespace lede
