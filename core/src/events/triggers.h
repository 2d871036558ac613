#pragma once
// Sanction trigger words in a sentence: "sanctions", "embargo", "asset freeze", "blacklisted",
// "entity list", "export controls", "arms ban", "punitive tariffs", ...

#include <vector>

#include "events/view.h"

namespace lede {
namespace events {

struct Trigger {
  uint32_t first = 0;  // word indices, inclusive
  uint32_t last = 0;
  bool verb = false;      // "sanctioned", "blacklisted", "froze": the trigger is the predicate
  bool sanction_verb = false;  // a form of the verb "sanction" (also means "approve")
  bool singular = false;  // "sanction": mostly a penalty in general, not a state's measure
  bool lift = false;      // "unfreeze", "unfrozen": the word itself lifts
  bool counter = false;   // "counter-sanctions"
};

// `seen_before`: an earlier sentence had an event, so "the ban" may refer back to it;
// `recent`: one of the two sentences before had one, so "it" may stand for sanctions.
std::vector<Trigger> FindTriggers(const SentenceView& view, bool seen_before, bool recent);

}  // namespace events
}  // namespace lede
