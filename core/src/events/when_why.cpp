// Why and when of a sanctions event: the reason phrase after the trigger ("over human rights
// abuses") and the date expression nearest to it ("Earlier this month", "on March 18").
#include "events/when_why.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "events/lexicon.h"

namespace lede {
namespace events {
namespace {

bool IsReasonStart(const SentenceView& v, int i) {
  const std::string_view w = v.words[i].lower;
  const int n = static_cast<int>(v.words.size());
  // Views, not copies: these run for every word of every trigger sentence.
  auto next = [&](int k) -> std::string_view {
    return i + k < n ? std::string_view(v.words[i + k].lower) : std::string_view();
  };
  if (w == "over" || w == "because" || w == "accused" || w == "accusing" || w == "citing" ||
      w == "punishing") {
    return true;
  }
  if (w == "for") {
    std::string_view prev = i > 0 ? std::string_view(v.words[i - 1].lower) : std::string_view();
    if (CueOf(prev) == Cue::kCall || prev == "case") return false;
    std::string_view n1 = next(1);
    if (n1 == "the" && (next(2) == "first" || next(2) == "past")) return false;
    if (n1.empty() || (n1[0] >= '0' && n1[0] <= '9') || n1 == "years" || n1 == "now" ||
        n1 == "almost" || n1 == "more" || n1 == "decades" || n1 == "months" || n1 == "a" ||
        n1 == "some" || n1 == "several" || n1 == "many") {
      return false;
    }
    return true;
  }
  if (w == "in") {
    std::string_view n1 = next(1);
    return n1 == "response" || n1 == "retaliation" || n1 == "protest" ||
           (n1 == "the" && next(2) == "aftermath") || n1 == "connection";
  }
  if (w == "as") return next(1) == "punishment";
  if (w == "due") return next(1) == "to";
  return false;
}

bool IsMonth(std::string_view w) {
  static const char* const kMonths[] = {"january", "february", "march", "april", "may",
                                        "june", "july", "august", "september", "october",
                                        "november", "december", "jan", "feb", "aug", "sept",
                                        "oct", "nov", "dec"};
  for (const char* m : kMonths) {
    if (w == m) return true;
  }
  return false;
}

bool IsWeekday(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
         w == "friday" || w == "saturday" || w == "sunday";
}

bool IsTimeUnit(std::string_view w) {
  return w == "week" || w == "month" || w == "year" || w == "weekend" || w == "day" ||
         w == "days" || w == "weeks" || w == "months" || w == "years" || w == "spring" ||
         w == "summer" || w == "autumn" || w == "fall" || w == "winter" || w == "quarter" ||
         w == "decade" || IsWeekday(w) || IsMonth(w);
}

bool IsNumber(std::string_view w) {
  return !w.empty() && w[0] >= '0' && w[0] <= '9';
}

bool IsYear(std::string_view w) {
  return w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0) && IsNumber(w) &&
         w[3] >= '0' && w[3] <= '9';
}

}  // namespace

Span FindReason(const SentenceView& v_, int from) {
  const int n = static_cast<int>(v_.words.size());
  int start = -1;
  for (int i = from + 1; i < n; ++i) {
    if (IsReasonStart(v_, i)) {
      start = i;
      break;
    }
  }
  if (start < 0) return {};
  int last = start;
  for (int i = start + 1; i < n; ++i) {
    const Word& w = v_.words[i];
    if (w.lower == "," || w.lower == ";" || w.lower == ":" || IsQuoteWord(w) ||
        w.lower == "-" || w.lower == "--" || w.lower == "\xE2\x80\x94" ||
        IsSayingVerb(w.lower) || w.lower == "." || w.lower == "?" || w.lower == "!") {
      break;
    }
    last = i;
  }
  if (last == start) return {};
  return {v_.words[start].start, v_.words[last].end};
}

Span FindDate(const SentenceView& v_, const Trigger& t_, int base) {
  const int n = static_cast<int>(v_.words.size());
  int best_first = -1, best_last = -1, best_dist = 1 << 30;
  auto consider = [&](int first, int last) {
    int d = first > static_cast<int>(t_.last) ? first - static_cast<int>(t_.last)
                                              : static_cast<int>(t_.first) - last;
    if (base >= 0) d = std::min(d, std::abs(first - base));
    if (d < best_dist) {
      best_dist = d;
      best_first = first;
      best_last = last;
    }
  };
  auto w = [&](int k) -> std::string_view {
    return k >= 0 && k < n ? std::string_view(v_.words[k].lower) : std::string_view();
  };
  for (int i = 0; i < n; ++i) {
    const std::string_view x = v_.words[i].lower;
    const std::string_view before = w(i - 1);
    if ((x == "this" || x == "last" || x == "next") &&
        (before == "earlier" || before == "later" || before == "early" || before == "late")) {
      continue;  // the longer "Earlier this month" is taken at the word before
    }
    if ((x == "earlier" || x == "later" || x == "last" || x == "this" || x == "next" ||
         x == "early" || x == "late" || x == "past") &&
        (IsTimeUnit(w(i + 1)) || ((w(i + 1) == "this" || w(i + 1) == "last" ||
                                   w(i + 1) == "next") && IsTimeUnit(w(i + 2))))) {
      consider(i, IsTimeUnit(w(i + 1)) ? i + 1 : i + 2);
    } else if ((x == "the" || x == "that" || x == "a") &&
               (w(i + 1) == "same" || w(i + 1) == "next" || w(i + 1) == "following" ||
                w(i + 1) == "previous") &&
               w(i + 2) == "day") {
      consider(i, i + 2);
    } else if (x == "yesterday" || x == "today" || x == "tomorrow") {
      consider(i, i);
    } else if (IsMonth(x) && v_.words[i].cap &&
               (IsNumber(w(i + 1)) || IsNumber(w(i - 1)) || w(i - 1) == "in" ||
                w(i - 1) == "on" || w(i - 1) == "since" || w(i - 1) == "by" ||
                w(i - 1) == "until" || w(i - 1) == "early" || w(i - 1) == "late" ||
                w(i - 1) == "mid")) {
      int first = IsNumber(w(i - 1)) ? i - 1 : i;
      int last = IsNumber(w(i + 1)) ? i + 1 : i;
      if (w(last + 1) == "," && IsYear(w(last + 2))) last += 2;
      else if (IsYear(w(last + 1))) last += 1;
      consider(first, last);
    } else if (IsWeekday(x) && v_.words[i].cap) {
      consider(i, i);
    } else if (IsYear(x) && (w(i - 1) == "in" || w(i - 1) == "since" || w(i - 1) == "until" ||
                             w(i - 1) == "by") && !IsMonth(w(i - 2))) {
      consider(i - 1, i);
    } else if ((x == "in" || x == "within" || x == "over") &&
               ((w(i + 1) == "the" && (w(i + 2) == "next" || w(i + 2) == "coming")) ||
                IsNumber(w(i + 1)) || w(i + 1) == "six" || w(i + 1) == "two")) {
      int k = w(i + 1) == "the" ? i + 3 : i + 1;
      if (IsTimeUnit(w(k))) consider(i, k);
      else if (IsTimeUnit(w(k + 1))) consider(i, k + 1);
    }
  }
  if (best_first < 0) return {};
  return {v_.words[best_first].start, v_.words[best_last].end};
}

}  // namespace events
}  // namespace lede
