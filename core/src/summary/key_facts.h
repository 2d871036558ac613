#pragma once
// Key facts: one short structured line per sanctions event group, for readers who want the
// story's sanctions at a glance and for callers who index them:
//   "<who> → <whom>: <action>[, <reason>][ (<date>)][, in retaliation]"
// <who> is the imposers, or for calls and opposition the speaker (with ", on <imposers>" /
// ", by <imposers>" when the sentence names who should act). A group's events repeat one
// another, so the line merges their parties and takes the first reason and date given.
//
//   analysis.key_facts = MakeKeyFacts(analysis);   // after events

#include <vector>

#include "lede/analysis.h"

namespace lede {

std::vector<KeyFact> MakeKeyFacts(const Analysis& analysis);

}  // namespace lede
