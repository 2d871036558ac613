#include "events/arguments.h"

#include <algorithm>
#include <string_view>

#include "events/lexicon.h"
#include "events/when_why.h"

namespace lede {
namespace events {
namespace {

Span WordSpan(const SentenceView& v, uint32_t first, uint32_t last) {
  return {v.words[first].start, v.words[last].end};
}

class Builder {
 public:
  Builder(const Analysis& a, const SentencePair& s, const Trigger& t, const Reading& r, Event* e)
      : a_(a), v_(*s.view), prev_(s.prev), t_(t), r_(r), e_(e) {}

  bool Run();

 private:
  // A party as an event argument, with pronouns resolved to their antecedents.
  void AddRefs(int party, std::vector<EventTarget>* out) const;
  void AddGroup(const std::vector<int>& parties, std::vector<EventTarget>* out) const;
  std::vector<const Party*> Resolve(int party) const;
  int SubjectOf(int word) const;
  int AgentAfter(int word, int* end) const;
  int Attribution() const;
  bool TargetsAfter(int from);
  bool PhraseTargets(int first);
  void Premodifiers();
  bool Counter() const;
  int FirstActor(const std::vector<int>& parties) const;

  const Analysis& a_;
  const SentenceView& v_;
  const SentenceView* prev_;
  const Trigger& t_;
  const Reading& r_;
  Event* e_;
  int after_args_ = -1;  // last word used by arguments after the trigger
  bool subject_guess_ = false;
};

std::vector<const Party*> Builder::Resolve(int party) const {
  const Party& p = v_.parties[party];
  if (!p.pronoun) return {&p};
  // "it"/"its": the nearest state or body before it; "they"/"them": the first coordinated
  // group of the sentence, else the previous sentence's.
  auto find_in = [&](const SentenceView& s, uint32_t before) -> std::vector<const Party*> {
    if (p.plural) {
      for (size_t k = 0; k < s.parties.size(); ++k) {
        if (s.parties[k].first >= before) break;
        if (s.parties[k].pronoun || s.parties[k].demonym) continue;
        std::vector<int> g = Coordinated(s, static_cast<int>(k));
        if (g.size() >= 2) {
          std::vector<const Party*> out;
          for (int x : g) out.push_back(&s.parties[x]);
          return out;
        }
      }
      return {};
    }
    for (size_t k = s.parties.size(); k-- > 0;) {
      const Party& q = s.parties[k];
      if (q.first >= before || q.pronoun || q.demonym || q.type == "PERSON") continue;
      return {&q};
    }
    return {};
  };
  std::vector<const Party*> out = find_in(v_, p.first);
  if (out.empty() && prev_) out = find_in(*prev_, static_cast<uint32_t>(prev_->words.size()));
  return out;
}

void Builder::AddRefs(int party, std::vector<EventTarget>* out) const {
  const Party& p = v_.parties[party];
  Span span = WordSpan(v_, p.first, p.last);
  for (const Party* q : Resolve(party)) {
    EventTarget ref;
    ref.actor = q->actor;
    ref.country = q->country;
    ref.name = q->name;
    ref.span = span;
    bool dup = false;
    for (const EventTarget& o : *out) {
      dup = dup || (o.name == ref.name && (o.actor == ref.actor || ref.actor < 0));
    }
    if (!dup) out->push_back(std::move(ref));
  }
}

void Builder::AddGroup(const std::vector<int>& parties, std::vector<EventTarget>* out) const {
  for (int p : parties) AddRefs(p, out);
}

// The parties left of `word` that are its subject: the nearest one and those coordinated.
int Builder::SubjectOf(int word) const {
  const bool in_aside = v_.words[word].aside;
  int steps = 0;
  for (int i = StepLeft(v_, word, in_aside); i >= 0 && steps < 14;
       i = StepLeft(v_, i, in_aside), ++steps) {
    const Word& w = v_.words[i];
    if (w.lower == ";" || w.lower == "that" || IsQuoteWord(w)) return -1;
    if (w.party >= 0 && !v_.parties[w.party].demonym) {
      // "against Japan", "on China": the object of a preposition is not the subject.
      std::vector<int> g = Coordinated(v_, w.party);
      int before = static_cast<int>(v_.parties[g.front()].first) - 1;
      if (before >= 0 && v_.words[before].lower == "the") --before;
      if (before >= 0 && IsPreposition(v_.words[before].lower)) {
        i = static_cast<int>(v_.parties[g.front()].first);
        continue;
      }
      return w.party;
    }
  }
  return -1;
}

// "by X, Y and Z" within three words after `word`: returns the first party, sets *end.
int Builder::AgentAfter(int word, int* end) const {
  const int n = static_cast<int>(v_.words.size());
  for (int i = word + 1; i < n && i <= word + 3; ++i) {
    if (v_.words[i].lower != "by") continue;
    for (int k = i + 1; k < n && k <= i + 4; ++k) {
      if (v_.words[k].party >= 0) {
        std::vector<int> g = Coordinated(v_, v_.words[k].party);
        *end = static_cast<int>(v_.parties[g.back()].last);
        return v_.words[k].party;
      }
      if (IsPunct(v_.words[k].lower)) break;
    }
  }
  return -1;
}

// "Wang said", "said Wang", "the EU warned", "according to X": who states the sentence.
int Builder::Attribution() const {
  const int n = static_cast<int>(v_.words.size());
  for (int i = 0; i < n; ++i) {
    if (!IsSayingVerb(v_.words[i].lower)) continue;
    if (i > 0 && v_.words[i - 1].party >= 0 && !v_.parties[v_.words[i - 1].party].demonym) {
      return v_.words[i - 1].party;
    }
    for (int k = i + 1; k < n && k <= i + 3; ++k) {
      if (v_.words[k].party >= 0 && !v_.parties[v_.words[k].party].demonym) {
        return v_.words[k].party;
      }
      if (IsPunct(v_.words[k].lower)) break;
    }
  }
  return -1;
}

// Targets in the noun phrase starting at word `first` ("two Chechen officials", "them",
// "arms exports to China"). Returns false when the phrase is empty.
bool Builder::PhraseTargets(int first) {
  const int n = static_cast<int>(v_.words.size());
  bool goods = false;
  int last = first - 1;
  int via = -1;  // "arms exports to China": the word after "to"
  for (int i = first; i < n && i < first + 14; ++i) {
    const std::string_view w = v_.words[i].lower;
    if (IsGoodsWord(w)) goods = true;
    if (goods && (w == "to" || w == "with" || w == "from")) {
      if (via < 0) via = i + 1;
      last = i;
      continue;
    }
    if ((w == "," || w == "and") && i + 1 < n && v_.words[i + 1].party >= 0 &&
        v_.parties[v_.words[i + 1].party].first == static_cast<uint32_t>(i + 1) &&
        !v_.parties[v_.words[i + 1].party].pronoun) {
      continue;  // "China, Burma and Zimbabwe"
    }
    if (EndsPhrase(w) && !(i == first && w == "the")) break;
    Cue cue = CueOf(w);
    if (cue == Cue::kImpose || cue == Cue::kLift || cue == Cue::kThreaten) {
      if (v_.words[i].party < 0) break;
    }
    last = i;
  }
  if (last < first) return false;
  while (last > first && IsConnector(v_.words[last].lower)) --last;
  after_args_ = std::max(after_args_, last);
  std::vector<int> parties;
  bool only_parties = true;
  for (int i = (via >= 0 ? via : first); i <= last; ++i) {
    int p = v_.words[i].party;
    if (p >= 0) {
      if (parties.empty() || parties.back() != p) parties.push_back(p);
      if (v_.parties[p].demonym) only_parties = false;
    } else if (!IsConnector(v_.words[i].lower)) {
      only_parties = false;
    }
  }
  if (via >= 0 && !parties.empty()) only_parties = true;
  if (only_parties && !parties.empty()) {
    AddGroup(parties, &e_->targets);
    return true;
  }
  EventTarget span;
  span.span = WordSpan(v_, first, last);
  for (int p : parties) {
    if (v_.parties[p].pronoun) continue;  // "those it sees as offenders": not the target's
    std::vector<const Party*> r = Resolve(p);
    if (!r.empty() && !r[0]->country.empty()) {
      span.country = r[0]->country;
      break;
    }
  }
  e_->targets.push_back(std::move(span));
  return true;
}

// "sanctions on X", "embargo against X", "imposed on X", "applied to X".
bool Builder::TargetsAfter(int from) {
  const int n = static_cast<int>(v_.words.size());
  const bool in_aside = v_.words[t_.first].aside;
  int steps = 0;
  for (int i = StepRight(v_, from, in_aside); i < n && steps < 6;
       i = StepRight(v_, i, in_aside), ++steps) {
    const std::string_view w = v_.words[i].lower;
    if (w == "on" || w == "against" || w == "targeting" || w == "upon" ||
        (w == "to" && i > 0 && (v_.words[i - 1].lower == "applied" ||
                                v_.words[i - 1].lower == "extended"))) {
      return PhraseTargets(i + 1);
    }
    if (w == "," || w == ";" || w == "." || w == "over" || w == "for" || w == "that" ||
        w == "which" || w == "because") {
      return false;
    }
  }
  return false;
}

// Parties right before the trigger: "Western sanctions", "the EU's arms ban", "its own".
void Builder::Premodifiers() {
  std::vector<int> parties;
  for (int i = static_cast<int>(t_.first) - 1, steps = 0; i >= 0 && steps < 5; --i, ++steps) {
    const Word& w = v_.words[i];
    if (w.party >= 0) {
      if (parties.empty() || parties.front() != w.party) parties.insert(parties.begin(), w.party);
      continue;
    }
    const std::string_view l = w.lower;
    if (l == "and" || l == "'s" || l == "\xE2\x80\x99s") continue;
    if (l == "the" || l == "a" || l == "an" || l == "of" || l == "with" || IsPunctWord(w) ||
        w.cap || CueOf(l) != Cue::kNone || EndsPhrase(l)) {
      break;
    }
    // Adjectives, goods and numbers: "coordinated", "arms", "own", "15-year-old".
    continue;
  }
  if (parties.empty()) return;
  std::vector<int> imposers, targets;
  bool possessive = false;
  const bool have_imposer = !e_->imposer_spans.empty();
  for (int p : parties) {
    std::vector<const Party*> r = Resolve(p);
    if (r.empty()) continue;
    // A state that rarely sanctions anyone is the target ("Iran sanctions"), and so is a
    // sanctioner when the imposer is already known ("Straw backs ending China embargo");
    // bodies without a country ("Treasury sanctions") impose.
    bool own = v_.words[v_.parties[p].last].possessive || v_.parties[p].pronoun;
    // An adjective or a bloc's acronym before the trigger imposes ("Western sanctions",
    // "EU sanctions"); a country's bare name is mostly whom ("Russia sanctions").
    const Party& q = v_.parties[p];
    bool acronym = q.first == q.last &&
                   IsAcronym(std::string_view(a_.text).substr(
                       v_.words[q.first].start, v_.words[q.first].end - v_.words[q.first].start));
    bool adjective = q.demonym || r[0]->name == "the West" || acronym;
    bool imposer = own || (!have_imposer && (adjective || r[0]->country.empty()));
    if (parties.size() >= 2 && p != parties.front()) imposer = false;
    if (imposer && own) possessive = true;
    (imposer ? imposers : targets).push_back(p);
  }
  if (possessive && subject_guess_) e_->imposer_spans.clear();
  if (e_->imposer_spans.empty()) AddGroup(imposers, &e_->imposer_spans);
  if (e_->targets.empty()) AddGroup(targets, &e_->targets);
}

bool Builder::Counter() const {
  if (t_.counter) return true;
  if (t_.first >= 2 && v_.words[t_.first - 1].lower == "own") return true;
  for (size_t i = 0; i < v_.words.size(); ++i) {
    const std::string_view w = v_.words[i].lower;
    if (w == "response") {
      if (i > 0 && v_.words[i - 1].lower == "in") return true;
      continue;
    }
    if (w == "mirror") continue;
    if (IsCounterWord(w)) return true;
    if ((w == "hit" || w == "struck" || w == "strike") && i + 1 < v_.words.size() &&
        v_.words[i + 1].lower == "back") {
      return true;
    }
  }
  return false;
}

int Builder::FirstActor(const std::vector<int>& parties) const {
  for (int p : parties) {
    for (const Party* q : Resolve(p)) {
      if (q->actor >= 0) return q->actor;
    }
  }
  return -1;
}

bool Builder::Run() {
  const std::string& action = r_.action;
  int agent_end = -1;
  // Arguments follow the trigger or its reduced relative ("sanctions imposed on X"); a
  // predicate further on ("the ban ... was suspended") may carry its own agent.
  int from = static_cast<int>(t_.last);
  if (r_.after == from + 1) from = r_.after;
  int agent = AgentAfter(from, &agent_end);
  if (agent < 0 && r_.after > from) agent = AgentAfter(r_.after, &agent_end);
  if (agent >= 0) {
    AddGroup(Coordinated(v_, agent), &e_->imposer_spans);
    from = std::max(from, agent_end);
  }
  after_args_ = from;

  // Who acts: the subject of the governing verb, unless the verb is the speaker's.
  std::vector<int> speaker;
  if (r_.passive_target && r_.base >= 0) {
    int s = SubjectOf(r_.base);
    if (s >= 0) AddGroup(Coordinated(v_, s), &e_->targets);
  } else if (r_.base >= 0 && (action == "impose" || action == "lift" || action == "threaten") &&
             r_.base != r_.oppose_word && r_.base != r_.call_word) {
    int s = SubjectOf(r_.base);
    if (s >= 0 && e_->imposer_spans.empty()) {
      AddGroup(Coordinated(v_, s), &e_->imposer_spans);
      const std::string_view b = v_.words[r_.base].lower;
      // "plans to end the EU's embargo": the subject of a verb in -ing or after "to" is a
      // guess that a possessive before the trigger overrides.
      subject_guess_ = (r_.base > 0 && v_.words[r_.base - 1].lower == "to") ||
                       (b.size() > 4 && b.compare(b.size() - 3, 3, "ing") == 0);
    }
  }
  int speaker_word = r_.call_word >= 0 ? r_.call_word : r_.oppose_word;
  if (speaker_word >= 0) {
    int s = SubjectOf(speaker_word);
    if (s >= 0) speaker = Coordinated(v_, s);
    if (action == "call") {
      // "urged Japan to impose", "called on the EU to": the would-be imposer.
      // The addressee comes before the sanctions themselves: in "recommended sanctions
      // against Japan" Japan is whom, not who.
      for (int k = speaker_word + 1; k < static_cast<int>(v_.words.size()) &&
                                     k <= speaker_word + 4 && k < static_cast<int>(t_.first);
           ++k) {
        int p = v_.words[k].party;
        if (p >= 0 && !v_.parties[p].demonym) {
          AddGroup(Coordinated(v_, p), &e_->imposer_spans);
          break;
        }
        if (v_.words[k].lower == "to" || IsPunct(v_.words[k].lower)) break;
      }
    }
  }
  if (speaker.empty()) {
    int s = Attribution();
    if (s >= 0) speaker = {s};
  }
  if (t_.verb && t_.first > 0) {
    const std::string_view prev = v_.words[t_.first - 1].lower;
    bool passive = prev == "was" || prev == "were" || prev == "been" || prev == "be" ||
                   prev == "is" || prev == "are" || prev == "being" || prev == "get";
    if (passive) {
      int s = SubjectOf(static_cast<int>(t_.first));
      if (s >= 0 && e_->targets.empty()) AddGroup(Coordinated(v_, s), &e_->targets);
    } else {
      if (e_->imposer_spans.empty()) {
        int s = SubjectOf(static_cast<int>(t_.first));
        if (s >= 0) AddGroup(Coordinated(v_, s), &e_->imposer_spans);
      }
      // The object of "sanctioned", "blacklisted": a name, a number or a determiner starts it
      // ("sanctioned three firms"), not a verb ("retaliate included ...").
      if (e_->targets.empty() && t_.last + 1 < v_.words.size()) {
        const Word& o = v_.words[t_.last + 1];
        bool starts = o.party >= 0 || o.cap || IsDigitWord(o.lower) || o.lower == "the" ||
                      o.lower == "a" || o.lower == "an" || o.lower == "two" ||
                      o.lower == "three" || o.lower == "several" || o.lower == "its" ||
                      o.lower == "their" || IsTargetNoun(o.lower);
        if (starts) PhraseTargets(static_cast<int>(t_.last) + 1);
      }
    }
  }
  if (r_.relative_subject >= 0 && e_->imposer_spans.empty()) {
    AddGroup(Coordinated(v_, r_.relative_subject), &e_->imposer_spans);
  }
  // "added 22 Chinese entities to its export control list", "placed X on the blacklist".
  if (e_->targets.empty() && r_.base >= 0 && r_.base < static_cast<int>(t_.first)) {
    const std::string_view b = v_.words[r_.base].lower;
    if (b.rfind("add", 0) == 0 || b.rfind("plac", 0) == 0) PhraseTargets(r_.base + 1);
  }
  if (e_->targets.empty()) TargetsAfter(from);
  if (!t_.verb) Premodifiers();
  // Nobody sanctions themselves: a target that is also an imposer was misread.
  e_->targets.erase(std::remove_if(e_->targets.begin(), e_->targets.end(),
                                   [&](const EventTarget& t) {
                                     for (const EventTarget& i : e_->imposer_spans) {
                                       if (!t.name.empty() && t.name == i.name) return true;
                                     }
                                     return false;
                                   }),
                    e_->targets.end());
  if (e_->imposer_spans.empty() && action == "threaten" && !speaker.empty()) {
    AddGroup(speaker, &e_->imposer_spans);
  }

  // A verb "sanction" needs someone sanctioned, else it means "approve" ("a resolution
  // sanctioning military action"); a singular "sanction" needs a party ("the ultimate
  // sanction of losing a licence" is a penalty in general).
  bool named_target = false;
  for (const EventTarget& t : e_->targets) {
    if (!t.name.empty() || !t.country.empty()) named_target = true;
    if (t.name.empty() && t.country.empty()) {
      for (const Word& w : v_.words) {
        if (w.start >= t.span.start && w.end <= t.span.end && IsTargetNoun(w.lower)) {
          named_target = true;
        }
      }
    }
  }
  if (t_.sanction_verb && !named_target) return false;
  // A singular "sanction" is a state's only with someone it is on ("a sanction on Iran").
  if (t_.singular && e_->targets.empty()) return false;
  // A noun phrase with no cue states sanctions in force only when it names who or whom.
  if (r_.weak && !named_target && e_->imposer_spans.empty()) return false;
  // "power to decree sanctions against South Africa" is a step towards them; "authorizes the
  // government to sanction those it sees as offenders" is what a law allows in general.
  if (r_.authorized) {
    bool country = false;
    for (const EventTarget& t : e_->targets) country = country || !t.country.empty();
    if (!country) return false;
  }
  bool state_imposer = false;
  for (const EventTarget& p : e_->imposer_spans) state_imposer = state_imposer || !p.country.empty();
  for (const Word& w : v_.words) {
    if (IsCourtContext(w.lower)) return false;
    if (!state_imposer && IsNonStateContext(w.lower)) return false;
  }

  e_->reason = FindReason(v_, std::max(after_args_, static_cast<int>(t_.last)));
  e_->date = FindDate(v_, t_, r_.base);
  e_->counter = Counter();
  for (const EventTarget& p : e_->imposer_spans) {
    if (p.actor >= 0 &&
        std::find(e_->imposers.begin(), e_->imposers.end(), p.actor) == e_->imposers.end()) {
      e_->imposers.push_back(p.actor);
    }
  }
  if (action == "call" || action == "oppose" || r_.oppose_word >= 0) {
    e_->speaker = FirstActor(speaker);
  }
  (void)a_;
  return true;
}

}  // namespace

bool FillArguments(const Analysis& analysis, const SentencePair& s, const Trigger& trigger,
                   const Reading& reading, Event* event) {
  return Builder(analysis, s, trigger, reading, event).Run();
}

}  // namespace events
}  // namespace lede
