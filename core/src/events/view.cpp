#include "events/view.h"

#include <unordered_set>

#include "events/places.h"

namespace lede {
namespace events {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Strips a possessive ending so that "China's" and "China’s" look up as "china".
bool StripPossessive(std::string* w) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (w->size() > suffix.size() + 1 && EndsWith(*w, suffix)) {
      w->resize(w->size() - suffix.size());
      return true;
    }
  }
  return false;
}

bool IsDash(std::string_view w) {
  return w == "-" || w == "--" || w == "\xE2\x80\x94" || w == "\xE2\x80\x93";
}

// Capitalized words that start sentences or titles but name nobody.
const std::unordered_set<std::string>& NotNames() {
  static const std::unordered_set<std::string> words = {
      "the", "a", "an", "in", "on", "at", "but", "and", "or", "it", "its", "this", "that",
      "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
      "mr", "mrs", "ms", "dr", "sir", "lord", "earlier", "later", "last", "after", "before",
      "when", "while", "as", "if", "however", "meanwhile", "since", "for", "with", "by",
      "from", "to", "of", "according", "countries", "officials", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "there", "what", "who", "why", "how", "any", "all", "some", "both", "such",
      "yet", "so", "also", "then", "now", "one", "two", "three", "sanctions", "president",
      "minister", "foreign", "secretary", "prime", "chancellor", "spokesman", "spokeswoman",
      "tory", "labour", "conservative", "conservatives"};
  return words;
}

bool IsAdjective(std::string_view key) {
  for (std::string_view end : {"an", "ese", "ish", "ch", "i", "ern", "ss", "en", "et"}) {
    if (EndsWith(key, end)) return true;
  }
  return false;
}

void AddParty(SentenceView* view, Party party) {
  int index = static_cast<int>(view->parties.size());
  for (uint32_t i = party.first; i <= party.last; ++i) view->words[i].party = index;
  view->parties.push_back(std::move(party));
}

bool Free(const SentenceView& view, uint32_t first, uint32_t last) {
  for (uint32_t i = first; i <= last; ++i) {
    if (view.words[i].party >= 0) return false;
  }
  return true;
}

// Mentions the entity and actor stages found, with the actor's canonical name and country.
void AddEntityParties(const Analysis& analysis, size_t entity_begin, size_t entity_end,
                      SentenceView* view) {
  for (size_t k = entity_begin; k < entity_end; ++k) {
    const Entity& e = analysis.entities[k];
    if (e.span.end <= view->span.start || e.span.start >= view->span.end) continue;
    if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE" && e.type != "NORP" &&
        e.type != "LOC") {
      continue;
    }
    Party p;
    bool found = false;
    for (uint32_t i = 0; i < view->words.size(); ++i) {
      const Word& w = view->words[i];
      if (w.start >= e.span.start && w.start < e.span.end && w.end <= e.span.end + 3) {  // +3: "'s"
        if (!found) p.first = i;
        p.last = i;
        found = true;
      }
    }
    if (!found || !Free(*view, p.first, p.last)) continue;
    p.type = e.type;
    p.actor = e.actor;
    std::string lower = LowerAscii(e.text);
    StripPossessive(&lower);
    const PlaceInfo* place = LookupPlace(lower);
    if (e.actor >= 0 && static_cast<size_t>(e.actor) < analysis.actors.size()) {
      const Actor& a = analysis.actors[e.actor];
      p.name = a.name;
      p.country = a.country;
      if (p.country.empty() && place) p.country = place->code;
    } else if (place) {
      p.name = place->name;
      p.country = place->code;
    } else {
      p.name = e.text;
    }
    p.demonym = e.type == "NORP";
    AddParty(view, std::move(p));
  }
}

// Places of the gazetteer the entity stage did not mark (mostly adjectives: "Western").
void AddPlaceParties(SentenceView* view) {
  const uint32_t n = static_cast<uint32_t>(view->words.size());
  for (uint32_t i = 0; i < n; ++i) {
    for (uint32_t len = 3; len >= 1; --len) {
      if (i + len > n || !Free(*view, i, i + len - 1)) continue;
      // Place names are capitalized ("us" the pronoun is not "US").
      if (!view->words[i].cap) continue;
      std::string key;
      for (uint32_t k = i; k < i + len; ++k) {
        if (k > i) key += ' ';
        key += view->words[k].lower;
      }
      const PlaceInfo* place = LookupPlace(key);
      if (!place) continue;
      Party p;
      p.first = i;
      p.last = i + len - 1;
      p.country = place->code;
      p.name = place->name;
      p.type = "GPE";
      // An adjective ("Chinese", "Western") names a country inside a span rather than acting.
      p.demonym = !place->seat && key != LowerAscii(place->name) && IsAdjective(key);
      if (p.demonym) p.type = "NORP";
      AddParty(view, std::move(p));
      i += len - 1;
      break;
    }
  }
}

// Without the entity stage: runs of capitalized words are names of someone.
void AddCapitalRuns(std::string_view text, SentenceView* view) {
  const uint32_t n = static_cast<uint32_t>(view->words.size());
  // In a heading in title case ("Mutual Sanctions") capitals tell nothing.
  uint32_t caps = 0, words = 0;
  for (const Word& w : view->words) {
    if (IsPunctWord(w)) continue;
    ++words;
    if (w.cap) ++caps;
  }
  if (caps * 2 > words) return;
  uint32_t i = 0;
  while (i < n) {
    const Word& w = view->words[i];
    if (!w.cap || w.party >= 0 || NotNames().count(w.lower)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j + 1 < n) {
      const Word& next = view->words[j + 1];
      if (next.cap && next.party < 0 && !view->words[j].possessive) {
        ++j;
      } else if (next.lower == "of" && j + 2 < n && view->words[j + 2].cap &&
                 view->words[j + 2].party < 0) {
        j += 2;
      } else {
        break;
      }
    }
    Party p;
    p.first = i;
    p.last = j;
    p.type = "ORG";
    std::string_view name = text.substr(w.start, view->words[j].end - w.start);
    std::string lower = LowerAscii(name);
    if (view->words[j].possessive) {
      StripPossessive(&lower);
      name = name.substr(0, lower.size());
    }
    p.name = std::string(name);
    AddParty(view, std::move(p));
    i = j + 1;
  }
}

void AddPronouns(SentenceView* view) {
  for (uint32_t i = 0; i < view->words.size(); ++i) {
    Word& w = view->words[i];
    if (w.party >= 0) continue;
    const std::string_view l = w.lower;
    bool singular = l == "it" || l == "its";
    bool plural = l == "they" || l == "them" || l == "their";
    if (!singular && !plural) continue;
    Party p;
    p.first = p.last = i;
    p.pronoun = true;
    p.plural = plural;
    p.type = "PRON";
    AddParty(view, std::move(p));
  }
}

}  // namespace

bool IsPunctWord(const Word& w) {
  for (char c : w.lower) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80)) {
      // Non-ASCII bytes: punctuation only for the quote and dash marks.
      if (c & 0x80) return w.lower.rfind("\xE2\x80", 0) == 0 && w.lower.size() == 3;
      return false;
    }
  }
  return true;
}

bool IsQuoteWord(const Word& w) {
  const std::string_view l = w.lower;
  return l == "\"" || l == "'" || l == "\xE2\x80\x9C" || l == "\xE2\x80\x9D" ||
         l == "\xE2\x80\x98" || l == "\xE2\x80\x99";
}

// "EU", "U.S.", "UN": capitals only.
bool IsAcronym(std::string_view raw) {
  int upper = 0;
  for (char c : raw) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++upper;
  }
  return upper >= 2;
}

bool IsDigitWord(const std::string& w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

bool IsPreposition(const std::string& w) {
  return w == "against" || w == "on" || w == "of" || w == "in" || w == "to" || w == "from" ||
         w == "with" || w == "at" || w == "for" || w == "over" || w == "by" || w == "into" ||
         w == "upon" || w == "towards" || w == "toward" || w == "about" || w == "under";
}

bool IsConnector(const std::string& w) {
  return w == "," || w == "and" || w == "the" || w == "both" || w == "&";
}

bool IsPunct(const std::string& w) {
  return w == "." || w == "," || w == ";" || w == ":" || w == "?" || w == "!";
}

// The parties coordinated with party `p` ("the United States and the European Union").
std::vector<int> Coordinated(const SentenceView& v, int p) {
  std::vector<int> group = {p};
  // Rightwards.
  for (int cur = p;;) {
    uint32_t i = v.parties[cur].last + 1;
    bool joined = false;
    while (i < v.words.size() && IsConnector(v.words[i].lower)) {
      joined = joined || v.words[i].lower != "the";
      ++i;
    }
    if (!joined || i >= v.words.size() || v.words[i].party < 0) break;
    int next = v.words[i].party;
    if (v.parties[next].first != i || v.parties[next].demonym) break;
    group.push_back(next);
    cur = next;
  }
  // Leftwards.
  for (int cur = p;;) {
    int i = static_cast<int>(v.parties[cur].first) - 1;
    bool joined = false;
    while (i >= 0 && IsConnector(v.words[i].lower)) {
      joined = joined || v.words[i].lower != "the";
      --i;
    }
    if (!joined || i < 0 || v.words[i].party < 0) break;
    int prev = v.words[i].party;
    if (v.parties[prev].last != static_cast<uint32_t>(i) || v.parties[prev].demonym) break;
    group.insert(group.begin(), prev);
    cur = prev;
  }
  return group;
}

SentenceView BuildView(const Analysis& analysis, const std::vector<Token>& tokens,
                       size_t token_begin, size_t token_end, uint32_t index,
                       size_t entity_begin, size_t entity_end) {
  SentenceView view;
  view.index = index;
  view.span = analysis.sentences[index];
  const std::string& text = analysis.text;
  bool in_dash = false;
  int brackets = 0;
  for (size_t t = token_begin; t < token_end; ++t) {
    Word w;
    w.start = tokens[t].start;
    w.end = tokens[t].end;
    std::string_view raw(text.data() + w.start, w.end - w.start);
    w.lower = LowerAscii(raw);
    w.cap = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    w.possessive = StripPossessive(&w.lower);
    // The tokenizer may split "Union's" into "Union" and "'s".
    bool clitic = w.lower == "'s" || w.lower == "\xE2\x80\x99s" ||
                  ((w.lower == "'" || w.lower == "\xE2\x80\x99") && !view.words.empty() &&
                   view.words.back().lower.back() == 's');
    if (clitic && !view.words.empty() && view.words.back().end == w.start) {
      view.words.back().possessive = true;
    }
    if (IsDash(w.lower)) {
      in_dash = !in_dash;
      w.aside = true;
    } else if (w.lower == "(" || w.lower == "[") {
      ++brackets;
    } else if (w.lower == ")" || w.lower == "]") {
      if (brackets > 0) --brackets;
      w.aside = true;
    }
    w.aside = w.aside || in_dash || brackets > 0;
    view.words.push_back(std::move(w));
  }
  // A dash that opens no closed aside ("... legislation -- the U.S. law") is a single break:
  // only the words up to the sentence end would be marked, so unmark them.
  if (in_dash) {
    for (size_t i = view.words.size(); i-- > 0;) {
      view.words[i].aside = false;
      if (IsDash(view.words[i].lower)) break;
    }
  }
  AddEntityParties(analysis, entity_begin, entity_end, &view);
  AddPlaceParties(&view);
  if (analysis.entities.empty()) AddCapitalRuns(text, &view);
  AddPronouns(&view);
  return view;
}

}  // namespace events
}  // namespace lede
