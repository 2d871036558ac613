#include "entities/ner_labels.h"

namespace lede::ner {

bool TransitionAllowed(int prev, int label) {
  const bool inside = prev >= 0 && prev != kOutside &&
                      (LabelPosition(prev) == kB || LabelPosition(prev) == kI);
  if (inside) {
    const int pos = LabelPosition(label);
    return label != kOutside && LabelType(label) == LabelType(prev) && (pos == kI || pos == kL);
  }
  return label == kOutside || LabelPosition(label) == kB || LabelPosition(label) == kU;
}

bool CanEnd(int label) {
  return label == kOutside || LabelPosition(label) == kL || LabelPosition(label) == kU;
}

std::string_view TypeName(int type) {
  switch (type) {
    case kPer: return "PER";
    case kOrg: return "ORG";
    case kLoc: return "LOC";
    case kMisc: return "MISC";
    default: return "";
  }
}

int TypeFromName(std::string_view name) {
  for (int t = 0; t < kNumTypes; ++t) {
    if (TypeName(t) == name) return t;
  }
  return -1;
}

std::vector<LabeledSpan> SpansFromLabels(const std::vector<int>& labels) {
  std::vector<LabeledSpan> spans;
  bool open = false;
  LabeledSpan cur;
  for (uint32_t i = 0; i < labels.size(); ++i) {
    const int label = labels[i];
    const int type = LabelType(label);
    const int pos = LabelPosition(label);
    if (open && (type != cur.type || pos == kB || pos == kU)) {
      cur.end = i;
      spans.push_back(cur);
      open = false;
    }
    if (label == kOutside) continue;
    if (!open) {
      cur = {i, i, type};
      open = true;
    }
    if (pos == kL || pos == kU) {
      cur.end = i + 1;
      spans.push_back(cur);
      open = false;
    }
  }
  if (open) {
    cur.end = static_cast<uint32_t>(labels.size());
    spans.push_back(cur);
  }
  return spans;
}

std::vector<int> LabelsFromSpans(const std::vector<LabeledSpan>& spans, size_t n) {
  std::vector<int> labels(n, kOutside);
  for (const LabeledSpan& s : spans) {
    if (s.end <= s.begin || s.end > n) continue;
    if (s.end - s.begin == 1) {
      labels[s.begin] = MakeLabel(s.type, kU);
      continue;
    }
    labels[s.begin] = MakeLabel(s.type, kB);
    for (uint32_t i = s.begin + 1; i + 1 < s.end; ++i) labels[i] = MakeLabel(s.type, kI);
    labels[s.end - 1] = MakeLabel(s.type, kL);
  }
  return labels;
}

}  // namespace lede::ner
