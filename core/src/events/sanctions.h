#pragma once
// Sanctions events: one per sentence that states an actor imposes, threatens, calls for,
// lifts or opposes sanctions, with imposers, targets, reason, date, speaker and counter flag.

#include <string_view>
#include <vector>

#include "lede/analysis.h"
#include "segment/tokens.h"

namespace lede {

// Reads text, sentences, entities and actors of `analysis`; returns the events.
std::vector<Event> FindSanctionEvents(const Analysis& analysis, const std::vector<Token>& tokens);

}  // namespace lede
