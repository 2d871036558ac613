#include "events/reading.h"

#include <string_view>

#include "events/lexicon.h"

namespace lede {
namespace events {
namespace {

constexpr int kLeftWindow = 8;    // words before the trigger that may govern it
constexpr int kRightWindow = 12;  // words after it that may hold its predicate

bool IsClauseBreak(std::string_view w) {
  return w == ";" || w == ":" || w == "," || w == "but" || w == "." || w == "?" || w == "!";
}

bool IsCallVerb(const SentenceView& v, int i) {
  const std::string_view w = v.words[i].lower;
  if (w.rfind("call", 0) == 0) {
    // "called for", "calls on ... to": not "what they called interference".
    if (static_cast<size_t>(i) + 1 >= v.words.size()) return false;
    const std::string_view next = v.words[i + 1].lower;
    return next == "for" || next == "on" || next == "upon";
  }
  return true;
}

// "is against sanctions", "voted against the embargo": a stance; "retaliate against tariffs"
// is a preposition after another verb.
bool StanceBeforeAgainst(const SentenceView& v, int i) {
  if (i == 0) return false;
  const std::string_view p = v.words[i - 1].lower;
  return p == "is" || p == "are" || p == "was" || p == "were" || p == "be" || p == "been" ||
         p == "campaign" || p == "campaigned" || p == "vote" || p == "voted" || p == "votes" ||
         p == "spoke" || p == "argued" || p == "lobbied" || p == "out" || p == "firmly" ||
         p == "strongly";
}

// "X was threatened with sanctions", "X has been hit with sweeping sanctions", "X faces
// sanctions": the subject of the verb is the target.
bool PassiveTarget(const SentenceView& v, int base) {
  if (base < 0) return false;
  const std::string_view b = v.words[base].lower;
  if (b == "face" || b == "faces" || b == "faced" || b == "facing") return true;
  if (base == 0 || base + 1 >= static_cast<int>(v.words.size())) return false;
  if (v.words[base + 1].lower != "with") return false;
  const std::string_view prev = v.words[base - 1].lower;
  return prev == "been" || prev == "was" || prev == "were" || prev == "be" || prev == "is" ||
         prev == "are" || prev == "being" || prev == "get" || prev == "got";
}

}  // namespace

int StepLeft(const SentenceView& v, int i, bool in_aside) {
  --i;
  while (i >= 0 && v.words[i].aside && !in_aside) --i;
  return i;
}

int StepRight(const SentenceView& v, int i, bool in_aside) {
  ++i;
  const int n = static_cast<int>(v.words.size());
  while (i < n && v.words[i].aside && !in_aside) ++i;
  return i;
}

Reading ReadTrigger(const SentenceView& v, const Trigger& t) {
  Reading r;
  const bool in_aside = v.words[t.first].aside;
  bool negated = false, modal = false, hypothesis = false, authorize = false;
  bool threaten = false, deontic = false;
  int neg_step = -1, modal_step = -1, base_step = -1;
  bool other_trigger = false;
  Cue base = Cue::kNone;

  // Left: the nearest verb cue governs; negation, modality and calls further left modify it.
  int steps = 0;
  for (int i = StepLeft(v, t.first, in_aside); i >= 0 && steps < kLeftWindow;
       i = StepLeft(v, i, in_aside), ++steps) {
    const std::string_view w = v.words[i].lower;
    if (IsClauseBreak(w) || IsQuoteWord(v.words[i])) break;
    if (w == "that" && base != Cue::kNone) break;  // "said that": the outer clause ends here
    // "Japan would not retaliate against tariffs ...": that negation is the other trigger's.
    if (w.rfind("retaliat", 0) == 0 || w.rfind("sanction", 0) == 0 || w.rfind("embargo", 0) == 0) {
      other_trigger = true;
    }
    Cue cue = CueOf(w);
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) cue = Cue::kNegate;
    switch (cue) {
      case Cue::kNegate:
        if (neg_step < 0 && !other_trigger) neg_step = steps;
        break;
      case Cue::kModal:
        if (modal_step < 0) modal_step = steps;
        if (IsDeontic(w)) deontic = true;
        break;
      case Cue::kHypothesis: hypothesis = true; break;
      case Cue::kAuthorize: authorize = true; break;
      case Cue::kCall:
        if (IsCallVerb(v, i) && r.call_word < 0) r.call_word = i;
        if (base == Cue::kNone && r.call_word == i) { base = cue; r.base = i; }
        break;
      case Cue::kOppose:
        if (w == "against" && (steps > 2 || !StanceBeforeAgainst(v, i))) break;
        if (r.oppose_word < 0) r.oppose_word = i;
        if (base == Cue::kNone) { base = cue; r.base = i; base_step = steps; }
        break;
      case Cue::kThreaten:
        threaten = true;
        if (base == Cue::kNone) { base = cue; r.base = i; base_step = steps; }
        break;
      case Cue::kImpose:
      case Cue::kLift:
        if (base == Cue::kNone) { base = cue; r.base = i; base_step = steps; }
        break;
      case Cue::kNone: break;
    }
  }

  // Negation and modality govern the verb next to them: "would not impose sanctions", but
  // not "Japan would not retaliate against tariffs Reagan slapped"; with no verb, only a
  // determiner negates ("no sanctions").
  const int reach = base != Cue::kNone ? base_step + 4 : 3;
  negated = neg_step >= 0 && neg_step <= reach;
  modal = base != Cue::kNone && modal_step >= 0 && modal_step <= reach;

  // Object relative: "tariffs President Reagan slapped on ...", "sanctions the EU imposed".
  {
    const int n = static_cast<int>(v.words.size());
    int i = static_cast<int>(t.last) + 1;
    int party = -1;
    while (i < n && i <= static_cast<int>(t.last) + 4 &&
           (v.words[i].party >= 0 || v.words[i].cap || v.words[i].lower == "the")) {
      if (party < 0 && v.words[i].party >= 0 && !v.parties[v.words[i].party].pronoun) {
        party = v.words[i].party;
      }
      ++i;
    }
    if (party >= 0 && i < n &&
        (IsImposeParticiple(v.words[i].lower) || IsLiftParticiple(v.words[i].lower))) {
      r.relative_subject = party;
      r.after = i;
    }
  }

  // Right: a predicate ("is likely to be lifted", "was imposed") or a reduced relative
  // ("sanctions imposed on China"), which states that the sanctions exist.
  Cue after = Cue::kNone;
  bool reduced_impose = false;
  bool aux = false, right_modal = false, right_negated = false;
  steps = 0;
  for (int i = StepRight(v, t.last, in_aside); i < static_cast<int>(v.words.size()) &&
                                                steps < kRightWindow;
       i = StepRight(v, i, in_aside), ++steps) {
    const std::string_view w = v.words[i].lower;
    if (w == "," || w == ";" || w == "." || w == "that" || w == "which" || w == "who" ||
        IsSayingVerb(w)) {
      break;
    }
    bool lift = IsLiftParticiple(w);
    bool impose = IsImposeParticiple(w);
    if (lift || impose) {
      if (aux) {
        after = lift ? Cue::kLift : Cue::kImpose;
        r.after = i;
        break;
      }
      if (steps == 0 && impose) {
        reduced_impose = true;  // keep looking for a real predicate
        r.after = i;
        continue;
      }
      if (steps == 0 && lift) {  // "the ban lifted", headline style
        after = Cue::kLift;
        r.after = i;
        break;
      }
      continue;
    }
    if (w == "to" && i + 1 < static_cast<int>(v.words.size()) &&
        CueOf(v.words[i + 1].lower) == Cue::kLift) {
      after = Cue::kLift;  // "wanted it to end"
      r.after = i + 1;
      break;
    }
    if (w == "to") continue;
    if (IsAuxiliary(w)) {
      aux = true;
      if (CueOf(w) == Cue::kModal) right_modal = true;
      if (IsDeontic(w)) deontic = true;
      continue;
    }
    if (w.size() > 3 && w.compare(w.size() - 3, 3, "n't") == 0) { right_negated = aux = true; continue; }
    if (w == "not" || w == "never") { if (aux) right_negated = true; continue; }
    if (aux) break;  // "are similar": a predicate that is not a sanction verb
  }
  if (after == Cue::kNone && reduced_impose) after = Cue::kImpose;
  if (r.relative_subject >= 0 && after == Cue::kNone) {
    after = IsLiftParticiple(v.words[r.after].lower) ? Cue::kLift : Cue::kImpose;
  }
  if (after != Cue::kNone && r.after > static_cast<int>(t.last) + 1) {
    // The modality and polarity of the predicate count only when there is one.
    modal = modal || right_modal;
    negated = negated || right_negated;
  } else {
    deontic = false;
  }

  // "a policy of (only) adopting sanctions": a habit or rule, not an act.
  if (r.base > 0) {
    const std::string_view b = v.words[r.base].lower;
    int k = r.base - 1;
    if (k >= 0 && v.words[k].lower == "only") --k;
    if (b.size() > 4 && b.compare(b.size() - 3, 3, "ing") == 0 && k >= 1 &&
        v.words[k].lower == "of" && IsGenericNoun(v.words[k - 1].lower)) {
      return r;
    }
  }
  // A law or vote that empowers someone to sanction is no event, unless it names whom
  // (checked with the arguments): then it is a step towards sanctions, a threat.
  if (authorize) {
    if (negated || hypothesis) return r;
    r.action = "threaten";
    r.authorized = true;
    r.event = true;
    return r;
  }
  const bool lift = base == Cue::kLift || after == Cue::kLift || t.lift;
  const bool call = r.call_word >= 0;
  r.passive_target = false;
  if (lift) {
    if (call) {
      if (negated) return r;
      r.action = "oppose";  // asking that sanctions end
    } else if (hypothesis) {
      return r;
    } else {
      r.action = negated ? "impose" : "lift";  // "refused to lift" keeps them
    }
  } else if (hypothesis && !threaten) {
    return r;
  } else if (call || (deontic && base == Cue::kNone)) {
    if (negated) return r;
    r.action = "call";
  } else if (base == Cue::kOppose) {
    bool exists = after == Cue::kImpose;
    if (!exists) {
      // "sanctions brought by X", "sanctions by X against Y": specific sanctions that exist.
      for (int i = static_cast<int>(t.last) + 1;
           i < static_cast<int>(v.words.size()) && i <= static_cast<int>(t.last) + 3; ++i) {
        if (v.words[i].lower == "by") exists = true;
      }
    }
    r.action = exists ? "impose" : "oppose";
  } else if (threaten || (modal && (base == Cue::kImpose || after == Cue::kImpose ||
                                    t.verb))) {
    if (negated) return r;
    r.action = "threaten";
    r.passive_target = PassiveTarget(v, r.base);
  } else if (base == Cue::kImpose || after == Cue::kImpose || t.verb) {
    if (negated) return r;
    r.action = "impose";
    r.passive_target = PassiveTarget(v, r.base);
  } else {
    if (negated || modal) return r;
    r.action = "impose";
    r.weak = true;
  }
  r.event = true;
  return r;
}

}  // namespace events
}  // namespace lede
