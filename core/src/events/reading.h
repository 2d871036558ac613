#pragma once
// Reads the words around a trigger into an action: impose, threaten, call, lift or oppose,
// or none (negated, hypothetical, a law that only allows sanctions).

#include <string>

#include "events/triggers.h"
#include "events/view.h"

namespace lede {
namespace events {

struct Reading {
  bool event = false;
  std::string action;
  bool weak = false;         // no cue: a noun phrase stating sanctions in force
  int base = -1;             // word index of the verb governing the trigger, before it
  int call_word = -1;        // "urged", "called (for)": its subject is the speaker
  int oppose_word = -1;      // "criticized", "oppose": its subject is the speaker
  int after = -1;            // the last word of a participle after the trigger, or -1
  bool passive_target = false;  // "X was threatened with sanctions", "X faces sanctions"
  bool authorized = false;
  int relative_subject = -1;    // "tariffs [President Reagan] slapped on": the imposer party      // "gave the government power to decree sanctions against X"
};

Reading ReadTrigger(const SentenceView& view, const Trigger& trigger);

// Word index `i` stepped left/right over asides (dash or bracket asides) unless `in_aside`.
int StepLeft(const SentenceView& view, int i, bool in_aside);
int StepRight(const SentenceView& view, int i, bool in_aside);

}  // namespace events
}  // namespace lede
