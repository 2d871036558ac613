#pragma once
// The oracle every fuzz target applies: whatever the input, the result is consistent.
// Every offset lies inside its text on code point boundaries, every span is ordered, every
// entity's text is its slice, and the JSON parses with offsets inside the UTF-16 text.

#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "lede/lede.h"

namespace lede::fuzz {

[[noreturn]] inline void Fail(const char* what) {
  std::fprintf(stderr, "result check failed: %s\n", what);
  std::abort();
}

inline bool OnBoundary(const std::string& s, uint32_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

inline void CheckSpan(const std::string& text, Span span, const char* what) {
  if (span.start > span.end || span.end > text.size()) Fail(what);
  if (!OnBoundary(text, span.start) || !OnBoundary(text, span.end)) Fail(what);
}

inline void CheckAnalysis(const Analysis& a) {
  for (const Paragraph& p : a.paragraphs) CheckSpan(a.text, p.span, "paragraph");
  for (const Span& s : a.sentences) CheckSpan(a.text, s, "sentence");
  for (const Span& s : a.summary) CheckSpan(a.text, s, "summary");
  for (const Entity& e : a.entities) {
    CheckSpan(a.text, e.span, "entity");
    if (a.text.compare(e.span.start, e.span.end - e.span.start, e.text) != 0) Fail("entity text");
    if (e.actor >= static_cast<int>(a.actors.size())) Fail("entity actor");
  }
  for (const Event& e : a.events) {
    CheckSpan(a.text, e.trigger, "trigger");
    for (const EventTarget& t : e.targets) CheckSpan(a.text, t.span, "target");
    if (!e.reason.empty()) CheckSpan(a.text, e.reason, "reason");
    for (int i : e.imposers) {
      if (i < -1 || i >= static_cast<int>(a.actors.size())) Fail("imposer");
    }
  }
  std::string json = ToJson(a);
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) Fail("json parse");
  // UTF-16 length of the text, to bound every offset in the JSON.
  size_t units = 0;
  for (unsigned char c : a.text) units += (c & 0xC0) == 0x80 ? 0 : (c >= 0xF0 ? 2 : 1);
  for (const char* key : {"sentences", "summary", "entities", "paragraphs"}) {
    for (const auto& s : doc[key].GetArray()) {
      if (s["start"].GetUint() > s["end"].GetUint() || s["end"].GetUint() > units) Fail(key);
    }
  }
}

}  // namespace lede::fuzz
