// The stable names that JSON and JS carry for enums.
#include "lede/analysis.h"
#include "lede/status.h"

namespace lede {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid_argument";
    case StatusCode::kInputTooLarge: return "input_too_large";
    case StatusCode::kIoError: return "io_error";
    case StatusCode::kOutOfMemory: return "out_of_memory";
    case StatusCode::kInternal: return "internal";
  }
  return "internal";
}

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kBody: return "body";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kCredit: return "credit";
    case BlockKind::kDate: return "date";
    case BlockKind::kCaption: return "caption";
    case BlockKind::kNavigation: return "navigation";
    case BlockKind::kPromo: return "promo";
    case BlockKind::kFooter: return "footer";
    case BlockKind::kDuplicate: return "duplicate";
    case BlockKind::kOther: return "other";
  }
  return "other";
}

}  // namespace lede
