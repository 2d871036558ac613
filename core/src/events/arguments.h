#pragma once
// The arguments of one sanctions event: imposers, targets, reason, date, speaker, counter.

#include "events/reading.h"
#include "events/triggers.h"
#include "events/view.h"
#include "lede/analysis.h"

namespace lede {
namespace events {

struct SentencePair {
  const SentenceView* view = nullptr;
  const SentenceView* prev = nullptr;  // the sentence before, for pronouns; may be null
};

// Fills imposers, imposer_spans, targets, reason, date, speaker and counter of `event`.
// Returns false when the arguments show the trigger is no sanctions event ("sanctioning
// military action", a court's sanction on a litigant).
bool FillArguments(const Analysis& analysis, const SentencePair& s, const Trigger& trigger,
                   const Reading& reading, Event* event);

}  // namespace events
}  // namespace lede
