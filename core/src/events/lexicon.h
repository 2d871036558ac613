#pragma once
// The words the events stage reads: sanction triggers and the cues around them that decide the
// action (impose, threaten, call, lift, oppose), polarity and modality.

#include <string_view>

namespace lede {
namespace events {

enum class Cue {
  kNone,
  kImpose,     // impose, announce, extend, tighten, keep ...
  kThreaten,   // threaten, warn, plan, consider, face ...
  kModal,      // will, would, could, may, might, likely: a threat when it governs "impose"
  kCall,       // urge, call for, demand, press for ...
  kLift,       // lift, ease, end, suspend, unfreeze ...
  kOppose,     // oppose, criticize, condemn, reject, veto ...
  kNegate,     // not, never, refuse, decline, without
  kAuthorize,  // a law that authorizes / allows / empowers someone to sanction
  kHypothesis  // if, unless, whether
};

Cue CueOf(std::string_view lower);

// Past participles after the trigger: "the ban was lifted", "sanctions imposed on".
bool IsLiftParticiple(std::string_view lower);
bool IsImposeParticiple(std::string_view lower);
// Auxiliaries and adverbs that may stand between a trigger and its predicate.
bool IsAuxiliary(std::string_view lower);

// Words that end a noun phrase or argument ("over", "that", "which", a verb of saying).
bool EndsPhrase(std::string_view lower);

// Goods and flows a ban or embargo is on: "ban on arms exports to China".
bool IsGoodsWord(std::string_view lower);

// Contexts where "sanction" is a court's, a club's or a benefit office's, not a state's.
bool IsNonStateContext(std::string_view lower);

// A court's or creditor's setting: "sanctions" there are never a state's.
bool IsCourtContext(std::string_view lower);

// "should", "must", "ought": a sentence saying sanctions should be imposed calls for them.
bool IsDeontic(std::string_view lower);

// Trade words that make "retaliation" and "tariffs" trade sanctions.
bool IsTradeWord(std::string_view lower);

// Nouns that make what follows generic: "a policy of adopting sanctions".
bool IsGenericNoun(std::string_view lower);

// Heads of target phrases that name people or bodies ("officials", "entities", "firms").
bool IsTargetNoun(std::string_view lower);

// Words that say one measure answers another ("tit-for-tat", "retaliatory").
bool IsCounterWord(std::string_view lower);

// Verbs of saying, for the speaker of calls and opposition ("Wang said").
bool IsSayingVerb(std::string_view lower);

}  // namespace events
}  // namespace lede
