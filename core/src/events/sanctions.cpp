#include "events/sanctions.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "events/arguments.h"
#include "events/reading.h"
#include "events/triggers.h"
#include "events/view.h"

namespace lede {
namespace {

using events::Reading;
using events::SentenceView;
using events::Trigger;

// A cheap test before building a sentence's view: most sentences have no trigger stem.
// One pass over the sentence: a position is checked against the stems only when its two
// bytes begin one of them (a search per stem made this the events stage's main cost in WASM).
bool MayHoldTrigger(std::string_view s, bool recent) {
  static constexpr std::string_view kStems[] = {
      "anction",    "mbargo",        "lacklist", "reez",          "froze",         "ban",
      "ntity list", "xport control", "oycott",   "ariff",         "duties",        "etaliat",
      "eprisal",    "enalties",      "curbs",    "ountermeasure", "ounter-measure"};
  static const std::vector<bool> starts = [] {
    std::vector<bool> bigrams(1 << 16, false);
    for (std::string_view stem : kStems) {
      bigrams[static_cast<unsigned char>(stem[0]) << 8 | static_cast<unsigned char>(stem[1])] =
          true;
    }
    return bigrams;
  }();
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!starts[static_cast<unsigned char>(s[i]) << 8 | static_cast<unsigned char>(s[i + 1])]) {
      continue;
    }
    const std::string_view rest = s.substr(i);
    for (std::string_view stem : kStems) {
      if (rest.substr(0, stem.size()) == stem) return true;
    }
  }
  // "it" standing for sanctions of the sentence before: "wanted it to end".
  return recent && s.find("it ") != std::string_view::npos;
}

struct Codes {
  const char* cameo;
  const char* plover;
};

// CAMEO codes and PLOVER types per ../shared/corpus/sanctions/GUIDELINES.md: a call for
// sanctions is coded 1312 as PETRARCH does; opposition that asks that sanctions end is 1054.
Codes CodesFor(const std::string& action, bool asks_end) {
  if (action == "impose") return {"163", "SANCTION"};
  if (action == "threaten") return {"1312", "THREATEN"};
  if (action == "call") return {"1312", "REQUEST"};
  if (action == "lift") return {"085", "CONCEDE"};
  return {asks_end ? "1054" : "1244", "REJECT"};
}

bool SameParty(const EventTarget& a, const EventTarget& b) {
  if (a.actor >= 0 && a.actor == b.actor) return true;
  if (!a.name.empty() && a.name == b.name) return true;
  return !a.country.empty() && a.country == b.country;
}

bool Contains(const std::vector<EventTarget>& big, const std::vector<EventTarget>& small) {
  for (const EventTarget& s : small) {
    bool found = false;
    for (const EventTarget& b : big) found = found || SameParty(s, b);
    if (!found) return false;
  }
  return true;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Two reasons tell one story when they share a content word ("Xinjiang").
bool ReasonsAgree(const std::string& text, const Event& a, const Event& b) {
  if (a.reason.empty() || b.reason.empty()) return true;
  std::string ra =
      Lower(std::string_view(text).substr(a.reason.start, a.reason.end - a.reason.start));
  std::string rb =
      Lower(std::string_view(text).substr(b.reason.start, b.reason.end - b.reason.start));
  size_t i = 0;
  while (i < ra.size()) {
    while (i < ra.size() && !std::isalpha(static_cast<unsigned char>(ra[i]))) ++i;
    size_t j = i;
    while (j < ra.size() && std::isalpha(static_cast<unsigned char>(ra[j]))) ++j;
    if (j - i >= 5 && rb.find(ra.substr(i, j - i)) != std::string::npos) return true;
    i = j;
  }
  return false;
}

// Repeats of one event across sentences share a group: same action, one imposer set inside
// the other, a shared target and reasons that agree. Each event is compared with a bounded
// number of events before it, so the pass stays linear on very long inputs.
void LinkRepeats(const std::string& text, std::vector<Event>* events) {
  constexpr size_t kLookBack = 48;
  int next_group = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    Event& e = (*events)[i];
    e.group = -1;
    for (size_t j = i > kLookBack ? i - kLookBack : 0; j < i && e.group < 0; ++j) {
      const Event& o = (*events)[j];
      if (o.action != e.action || o.sentence.start == e.sentence.start) continue;
      if (e.imposer_spans.empty() || o.imposer_spans.empty() || e.targets.empty() ||
          o.targets.empty()) {
        continue;
      }
      if (!Contains(e.imposer_spans, o.imposer_spans) &&
          !Contains(o.imposer_spans, e.imposer_spans)) {
        continue;
      }
      bool shared_target = false;
      for (const EventTarget& a : e.targets) {
        for (const EventTarget& b : o.targets) shared_target = shared_target || SameParty(a, b);
      }
      if (shared_target && ReasonsAgree(text, e, o)) e.group = o.group;
    }
    if (e.group < 0) e.group = next_group++;
  }
}

// Several triggers of one sentence with one action are one event: merge their arguments.
void MergeInto(Event* into, const Event& from) {
  for (int a : from.imposers) {
    if (std::find(into->imposers.begin(), into->imposers.end(), a) == into->imposers.end()) {
      into->imposers.push_back(a);
    }
  }
  auto add = [](std::vector<EventTarget>* to, const std::vector<EventTarget>& list) {
    for (const EventTarget& t : list) {
      bool dup = false;
      for (const EventTarget& o : *to)
        dup = dup || (o.span.start == t.span.start && o.name == t.name);
      if (!dup) to->push_back(t);
    }
  };
  add(&into->imposer_spans, from.imposer_spans);
  add(&into->targets, from.targets);
  if (into->reason.empty()) into->reason = from.reason;
  if (into->date.empty()) into->date = from.date;
  if (into->speaker < 0) into->speaker = from.speaker;
  into->counter = into->counter || from.counter;
}

}  // namespace

std::vector<Event> FindSanctionEvents(const Analysis& analysis, const std::vector<Token>& tokens) {
  std::vector<Event> events;
  const std::string& text = analysis.text;
  size_t tok = 0, ent = 0;
  SentenceView prev;
  bool have_prev = false;
  bool seen_event = false;
  uint32_t last_event_sentence = 0;
  for (uint32_t si = 0; si < analysis.sentences.size(); ++si) {
    const Span s = analysis.sentences[si];
    size_t tok_end = tok;
    while (tok < tokens.size() && tokens[tok].sentence < si) ++tok;
    tok_end = tok;
    while (tok_end < tokens.size() && tokens[tok_end].sentence == si) ++tok_end;
    while (ent < analysis.entities.size() && analysis.entities[ent].span.end <= s.start) ++ent;
    size_t ent_end = ent;
    while (ent_end < analysis.entities.size() && analysis.entities[ent_end].span.start < s.end) {
      ++ent_end;
    }
    std::string_view sentence(text.data() + s.start, s.end - s.start);
    const bool recent = seen_event && si <= last_event_sentence + 2;
    if (!MayHoldTrigger(sentence, recent)) {
      have_prev = false;  // built lazily below when a trigger sentence needs it
      continue;
    }
    SentenceView view = events::BuildView(analysis, tokens, tok, tok_end, si, ent, ent_end);
    if (!have_prev && si > 0) {
      // The previous sentence, for pronouns ("them", "its") that point back.
      size_t pt = tok;
      while (pt > 0 && tokens[pt - 1].sentence == si - 1) --pt;
      size_t pe = ent;
      while (pe > 0 && analysis.entities[pe - 1].span.end > analysis.sentences[si - 1].start) --pe;
      prev = events::BuildView(analysis, tokens, pt, tok, si - 1, pe, ent);
    }
    std::vector<Trigger> triggers = events::FindTriggers(view, seen_event, recent);
    std::vector<Event> found;
    std::vector<bool> weak;
    for (const Trigger& t : triggers) {
      Reading r = events::ReadTrigger(view, t);
      if (!r.event) continue;
      Event e;
      e.action = r.action;
      e.trigger = {view.words[t.first].start, view.words[t.last].end};
      e.sentence = s;
      events::SentencePair pair{&view, si > 0 ? &prev : nullptr};
      if (!events::FillArguments(analysis, pair, t, r, &e)) continue;
      Codes codes = CodesFor(e.action, r.call_word >= 0);
      e.code = codes.cameo;
      e.plover = codes.plover;
      bool merged = false;
      for (size_t k = 0; k < found.size(); ++k) {
        if (found[k].action == e.action) {
          MergeInto(&found[k], e);
          weak[k] = weak[k] && r.weak;
          merged = true;
          break;
        }
      }
      if (!merged) {
        found.push_back(std::move(e));
        weak.push_back(r.weak);
      }
    }
    if (!found.empty()) {
      seen_event = true;
      last_event_sentence = si;
    }
    // A noun phrase stating sanctions in force yields to a cued event in the same sentence.
    bool strong = std::find(weak.begin(), weak.end(), false) != weak.end();
    for (size_t k = 0; k < found.size(); ++k) {
      if (!(strong && weak[k])) events.push_back(std::move(found[k]));
    }
    prev = std::move(view);
    have_prev = true;
  }
  LinkRepeats(text, &events);
  return events;
}

}  // namespace lede
