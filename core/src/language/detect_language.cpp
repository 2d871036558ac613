#include "language/detect_language.h"

namespace lede {

// Placeholder until the language profile lands (entities issue).
std::string DetectLanguage(std::string_view /*text*/) { return ""; }

}  // namespace lede
