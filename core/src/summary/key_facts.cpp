#include "summary/key_facts.h"

#include <algorithm>
#include <map>
#include <string>
#include <string_view>

namespace lede {
namespace {

std::string_view Slice(const std::string& text, Span s) {
  if (s.empty() || s.end > text.size()) return {};
  return std::string_view(text).substr(s.start, s.end - s.start);
}

// Names in first-seen order, each once.
class NameList {
 public:
  void Add(std::string name) {
    if (name.empty() || std::find(names_.begin(), names_.end(), name) != names_.end()) return;
    names_.push_back(std::move(name));
  }
  bool empty() const { return names_.empty(); }
  std::string Join() const {
    std::string out;
    for (size_t i = 0; i < names_.size(); ++i) {
      if (i > 0) out += ", ";
      out += names_[i];
    }
    return out;
  }

 private:
  std::vector<std::string> names_;
};

std::string PartyName(const Analysis& a, const EventTarget& t) {
  if (t.actor >= 0 && static_cast<size_t>(t.actor) < a.actors.size()) return a.actors[t.actor].name;
  if (!t.name.empty()) return t.name;
  return std::string(Slice(a.text, t.span));
}

std::string ActorName(const Analysis& a, int actor) {
  if (actor < 0 || static_cast<size_t>(actor) >= a.actors.size()) return {};
  return a.actors[actor].name;
}

KeyFact Describe(const Analysis& a, int group, const std::vector<int>& members) {
  const Event& first = a.events[members.front()];
  NameList imposers, targets, speakers;
  std::string_view reason, date;
  bool counter = false;
  for (int i : members) {
    const Event& e = a.events[i];
    for (int actor : e.imposers) imposers.Add(ActorName(a, actor));
    if (e.imposers.empty()) {
      for (const EventTarget& t : e.imposer_spans) imposers.Add(PartyName(a, t));
    }
    for (const EventTarget& t : e.targets) targets.Add(PartyName(a, t));
    speakers.Add(ActorName(a, e.speaker));
    if (reason.empty()) reason = Slice(a.text, e.reason);
    if (date.empty()) date = Slice(a.text, e.date);
    counter = counter || e.counter;
  }
  const bool spoken = first.action == "call" || first.action == "oppose";
  const std::string by = imposers.Join();
  const std::string who = spoken && !speakers.empty() ? speakers.Join() : by;
  KeyFact fact;
  fact.group = group;
  fact.events = members;
  fact.text = (who.empty() ? "—" : who) + " → " + (targets.empty() ? "—" : targets.Join()) + ": " +
              first.action;
  if (!by.empty() && by != who) fact.text += (first.action == "call" ? ", on " : ", by ") + by;
  if (!reason.empty()) fact.text += ", " + std::string(reason);
  if (!date.empty()) fact.text += " (" + std::string(date) + ")";
  if (counter) fact.text += ", in retaliation";
  return fact;
}

}  // namespace

std::vector<KeyFact> MakeKeyFacts(const Analysis& analysis) {
  // Groups in the order of their first event; members in document order.
  std::map<int, size_t> slot;
  std::vector<std::pair<int, std::vector<int>>> groups;
  for (size_t i = 0; i < analysis.events.size(); ++i) {
    const int g = analysis.events[i].group;
    auto [it, fresh] = slot.try_emplace(g, groups.size());
    if (fresh) groups.push_back({g, {}});
    groups[it->second].second.push_back(static_cast<int>(i));
  }
  std::vector<KeyFact> facts;
  facts.reserve(groups.size());
  for (const auto& [group, members] : groups) facts.push_back(Describe(analysis, group, members));
  return facts;
}

}  // namespace lede
