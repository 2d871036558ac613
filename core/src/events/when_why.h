#pragma once
// Why and when of a sanctions event, as spans of the sentence (empty when none).

#include "events/triggers.h"
#include "events/view.h"
#include "lede/analysis.h"

namespace lede {
namespace events {

// The reason phrase starting after word `from`: "over ...", "for ...", "accused of ...",
// "in response to ...", up to the end of its clause.
Span FindReason(const SentenceView& view, int from);

// The date expression nearest to the trigger or to the verb `base` governing it (-1: none).
Span FindDate(const SentenceView& view, const Trigger& trigger, int base);

}  // namespace events
}  // namespace lede
