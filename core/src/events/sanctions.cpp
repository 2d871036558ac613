#include "events/sanctions.h"

namespace lede {

// Placeholder until the sanctions stage lands (events issue).
std::vector<Event> FindSanctionEvents(const Analysis&, const std::vector<Token>&) { return {}; }

}  // namespace lede
